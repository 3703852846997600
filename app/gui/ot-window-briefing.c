/* ot-window-briefing.c: the briefing the window edits: its file, the
 * unsaved mark, undo and redo, the recovery file, and the question on close
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-window-private.h"

/* A step of the history: one chart's changes. */
typedef struct
{
  char           *chart_id;
  OtChartChanges *changes;  /* NULL: the letter's own */
} ChartState;

static gpointer
chart_state_copy (gconstpointer state)
{
  const ChartState *from = state;
  ChartState *copy = g_new0 (ChartState, 1);

  copy->chart_id = g_strdup (from->chart_id);
  copy->changes = from->changes != NULL ? ot_chart_changes_copy (from->changes) : NULL;
  return copy;
}

static void
chart_state_free (gpointer state)
{
  ChartState *chart = state;

  g_free (chart->chart_id);
  g_clear_pointer (&chart->changes, ot_chart_changes_free);
  g_free (chart);
}

static gboolean
chart_state_equal (gconstpointer a,
                   gconstpointer b)
{
  const ChartState *x = a, *y = b;

  if (g_strcmp0 (x->chart_id, y->chart_id) != 0)
    return FALSE;
  if (x->changes == NULL || y->changes == NULL)
    return (x->changes == NULL || ot_chart_changes_is_empty (x->changes))
           && (y->changes == NULL || ot_chart_changes_is_empty (y->changes));
  return ot_chart_changes_equal (x->changes, y->changes);
}

static void
chart_state_apply (gpointer      target,
                   gconstpointer state)
{
  const ChartState *chart = state;

  ot_briefing_set_changes (OT_BRIEFING (target), chart->chart_id, chart->changes);
}

static const OtEditKind chart_kind = {
  chart_state_copy, chart_state_free, chart_state_equal, chart_state_apply,
};

/* The ids of @charts (const OtChart; NULL: none), in order. */
static GStrv
chart_ids_of (GPtrArray *charts)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; charts != NULL && i < charts->len; i++)
    g_strv_builder_add (ids, ((const OtChart *) g_ptr_array_index (charts, i))->id);
  return g_strv_builder_end (ids);
}

/* A step of the history: which charts are slides, in what order. */
static gpointer
slides_state_copy (gconstpointer state)
{
  return g_strdupv ((GStrv) state);
}

static gboolean
slides_state_equal (gconstpointer a,
                    gconstpointer b)
{
  return g_strv_equal (a, b);
}

static void
slides_state_apply (gpointer      target,
                    gconstpointer state)
{
  ot_briefing_set_chart_ids (OT_BRIEFING (target), state);
}

static const OtEditKind slides_kind = {
  slides_state_copy, (void (*) (gpointer)) g_strfreev, slides_state_equal, slides_state_apply,
};

/* A step of the history: one slide's quote and speaker notes. */
typedef struct
{
  char  *chart_id;
  GStrv  quote;   /* NULL: the figure's own sentence */
  char  *notes;   /* NULL: none */
} SlideState;

static void
slide_state_init (SlideState *state,
                  OtBriefing *briefing,
                  const char *chart_id)
{
  state->chart_id = (char *) chart_id;
  state->quote = (GStrv) ot_briefing_get_quote (briefing, chart_id);
  state->notes = (char *) ot_briefing_get_speaker_notes (briefing, chart_id);
}

static gpointer
slide_state_copy (gconstpointer state)
{
  const SlideState *from = state;
  SlideState *copy = g_new0 (SlideState, 1);

  copy->chart_id = g_strdup (from->chart_id);
  copy->quote = g_strdupv (from->quote);
  copy->notes = g_strdup (from->notes);
  return copy;
}

static void
slide_state_free (gpointer state)
{
  SlideState *slide = state;

  g_free (slide->chart_id);
  g_strfreev (slide->quote);
  g_free (slide->notes);
  g_free (slide);
}

static gboolean
strv_same (const char * const *a,
           const char * const *b)
{
  if (a == NULL || a[0] == NULL || b == NULL || b[0] == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

static gboolean
slide_state_equal (gconstpointer a,
                   gconstpointer b)
{
  const SlideState *x = a, *y = b;

  return g_strcmp0 (x->chart_id, y->chart_id) == 0
         && strv_same ((const char * const *) x->quote, (const char * const *) y->quote)
         && g_strcmp0 (x->notes != NULL && *x->notes != '\0' ? x->notes : NULL,
                       y->notes != NULL && *y->notes != '\0' ? y->notes : NULL) == 0;
}

static void
slide_state_apply (gpointer      target,
                   gconstpointer state)
{
  const SlideState *slide = state;

  ot_briefing_set_quote (OT_BRIEFING (target), slide->chart_id,
                         (const char * const *) slide->quote);
  ot_briefing_set_speaker_notes (OT_BRIEFING (target), slide->chart_id, slide->notes);
}

/* Their own kinds, so that a quote step never swallows a notes step. */
static const OtEditKind quote_kind = {
  slide_state_copy, slide_state_free, slide_state_equal, slide_state_apply,
};
static const OtEditKind notes_kind = {
  slide_state_copy, slide_state_free, slide_state_equal, slide_state_apply,
};

/* A step of the history: the deck's title slide. */
typedef struct
{
  char      *title;
  char      *author;
  GDateTime *date;   /* only the day counts */
} TitleSlideState;

static gpointer
title_slide_state_copy (gconstpointer state)
{
  const TitleSlideState *from = state;
  TitleSlideState *copy = g_new0 (TitleSlideState, 1);

  copy->title = g_strdup (from->title);
  copy->author = g_strdup (from->author);
  copy->date = from->date != NULL ? g_date_time_ref (from->date) : NULL;
  return copy;
}

static void
title_slide_state_free (gpointer state)
{
  TitleSlideState *slide = state;

  g_free (slide->title);
  g_free (slide->author);
  g_clear_pointer (&slide->date, g_date_time_unref);
  g_free (slide);
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  int ya, ma, da, yb, mb, db;

  if (a == NULL || b == NULL)
    return a == b;
  g_date_time_get_ymd (a, &ya, &ma, &da);
  g_date_time_get_ymd (b, &yb, &mb, &db);
  return ya == yb && ma == mb && da == db;
}

static gboolean
title_slide_state_equal (gconstpointer a,
                         gconstpointer b)
{
  const TitleSlideState *x = a, *y = b;

  return g_strcmp0 (x->title, y->title) == 0 && g_strcmp0 (x->author, y->author) == 0
         && same_day (x->date, y->date);
}

static void
title_slide_state_apply (gpointer      target,
                         gconstpointer state)
{
  const TitleSlideState *slide = state;

  ot_briefing_set_title (OT_BRIEFING (target), slide->title);
  ot_briefing_set_author (OT_BRIEFING (target), slide->author);
  ot_briefing_set_date (OT_BRIEFING (target), slide->date);
}

static const OtEditKind title_slide_kind = {
  title_slide_state_copy, title_slide_state_free, title_slide_state_equal,
  title_slide_state_apply,
};

static char *
briefing_checksum (OtBriefing *briefing)
{
  g_autoptr(GBytes) bytes = ot_briefing_to_bytes (briefing);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/* The briefing as it is now is the saved one (or the one opened, or new). */
static void
remember_saved (OtWindow *self)
{
  self->saved_count = ot_briefing_get_change_count (self->briefing);
  g_free (self->saved_checksum);
  self->saved_checksum = briefing_checksum (self->briefing);
  self->checked_count = self->saved_count;
  self->checked_modified = FALSE;
}

/* Whether the briefing differs from the saved one: by what it holds, so
 * that undoing back to it clears the mark, and redoing sets it again. */
gboolean
ot_window_get_modified (OtWindow *self)
{
  guint64 count;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  if (self->briefing == NULL)
    return FALSE;
  count = ot_briefing_get_change_count (self->briefing);
  if (count == self->saved_count)
    return FALSE;
  if (self->saved_checksum == NULL)
    return TRUE;
  if (count != self->checked_count)
    {
      g_autofree char *now = briefing_checksum (self->briefing);

      self->checked_count = count;
      self->checked_modified = !g_str_equal (now, self->saved_checksum);
    }
  return self->checked_modified;
}

/* What the bar offering unsaved changes says, or NULL. */
const char *
ot_window_get_restore_text (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return ot_banner_get_text (self->restore_banner);
}

/* This window's own recovery file (written only while there are unsaved
 * changes), or NULL. */
GFile *
ot_window_get_recovery_file (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->recovery != NULL ? ot_recovery_get_file (self->recovery) : NULL;
}

GFile *
ot_window_get_briefing_file (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->briefing_file;
}

OtBriefing *
ot_window_get_briefing (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->briefing;
}

/* @chart_id's changes in the briefing, or NULL: what every output of the
 * chart draws. */
const OtChartChanges *
ot_window_get_chart_changes (OtWindow   *self,
                             const char *chart_id)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->briefing != NULL && chart_id != NULL
         ? ot_briefing_get_changes (self->briefing, chart_id) : NULL;
}

/* The deck's edits: the title slide, each slide's quote, speaker notes and
 * changes (never NULL). */
OtDeckChanges *
ot_window_dup_deck_changes (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->briefing != NULL ? ot_briefing_dup_deck_changes (self->briefing)
                                : ot_deck_changes_new ();
}

/* The slides, as the command line makes them of the briefing: its charts
 * in its order, those the figures can draw; every chart when it has none.
 * NULL without figures. */
GPtrArray *
ot_window_dup_slide_charts (OtWindow *self)
{
  g_autoptr(GPtrArray) charts = NULL;

  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  if (self->dataset == NULL)
    return NULL;
  if (self->briefing != NULL)
    charts = ot_chart_list_from_ids (ot_briefing_get_chart_ids (self->briefing), self->dataset,
                                     NULL);
  if (charts == NULL || charts->len == 0)
    {
      g_clear_pointer (&charts, g_ptr_array_unref);
      charts = ot_chart_list_from_ids (NULL, self->dataset, NULL);
    }
  return g_steal_pointer (&charts);
}

GStrv
ot_window_dup_slide_ids (OtWindow *self)
{
  g_autoptr(GPtrArray) charts = ot_window_dup_slide_charts (self);

  return chart_ids_of (charts);
}

/* "•" before the name of a briefing with unsaved changes; a new briefing
 * nobody changed is just Ontheemd. */
static void
update_title (OtWindow *self)
{
  gboolean modified = ot_window_get_modified (self);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->briefing_file != NULL)
    name = g_file_get_basename (self->briefing_file);
  else if (modified)
    name = g_strdup (ot_gettext (self->lang, "New Briefing"));

  if (name == NULL)
    title = g_strdup ("Ontheemd");
  else
    title = g_strdup_printf ("%s%s — Ontheemd", modified ? "• " : "", name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, name != NULL ? title : "Ontheemd");
}

/* The chart on screen drawn with its changes. */
void
ot_window_update_changes (OtWindow *self)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);

  ot_chart_view_set_changes (self->chart_view,
                             self->briefing != NULL && chart != NULL
                             ? ot_briefing_get_changes (self->briefing, chart->id) : NULL);
}

static void
briefing_changed_cb (OtWindow *self)
{
  g_autoptr(GMenuModel) menu = NULL;

  ot_window_update_changes (self);
  update_title (self);
  /* The menu names the step undo and redo would take. */
  if (self->settings != NULL)
    {
      menu = ot_window_build_menu (self);
      gtk_menu_button_set_menu_model (self->menu_button, menu);
    }
  /* Undone back to the saved briefing: nothing is left to recover. */
  if (self->recovery != NULL && ot_window_get_modified (self))
    ot_recovery_changed (self->recovery);
  else if (self->recovery != NULL)
    ot_recovery_discard (self->recovery);
  ot_window_panel_update (self);
  ot_window_actions_update (self);
}

static GBytes *
produce_recovery_cb (gpointer user_data)
{
  OtWindow *self = user_data;

  return ot_window_get_modified (self) ? ot_briefing_to_bytes (self->briefing) : NULL;
}

/* Restored, not saved: unsaved until the user saves it, into the file it
 * was of (@file), or a new one. */
static void
take_restored (OtWindow   *self,
               OtBriefing *briefing,
               GFile      *file)
{
  ot_window_show_briefing_dataset (self, ot_briefing_get_dataset (briefing));
  ot_window_set_briefing (self, briefing, file);
  self->saved_count = G_MAXUINT64;
  g_clear_pointer (&self->saved_checksum, g_free);
  briefing_changed_cb (self);
}

static gboolean offer_restore_cb (gpointer user_data);

/* Restore: into this window while it holds nothing of its own, else into
 * a new one. Then the next file left behind, if any. */
static void
restore_response_cb (OtWindow   *self,
                     const char *response)
{
  g_autoptr(OtRecovery) left = g_steal_pointer (&self->left);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OtBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GFile) file = NULL;

  if (left == NULL)
    return;
  if (!g_str_equal (response, "primary"))
    {
      ot_recovery_discard (left);
      g_idle_add_full (G_PRIORITY_LOW, offer_restore_cb, g_object_ref (self), g_object_unref);
      return;
    }
  bytes = ot_recovery_read (ot_recovery_get_file (left), &error);
  if (bytes != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (ot_recovery_get_file (left));

      briefing = ot_briefing_load_from_bytes (bytes, name, &error);
    }
  if (briefing == NULL)
    {
      /* Kept for another try: its lock is let go with it. */
      ot_window_show_error (self, ot_gettext (self->lang, "The unsaved changes could not be "
                                              "restored"),
                            error != NULL ? error->message : "");
      return;
    }
  label = ot_recovery_dup_label (left);
  file = label != NULL ? g_file_new_for_uri (label) : NULL;
  if (!ot_window_get_modified (self) && self->briefing_file == NULL)
    take_restored (self, briefing, file);
  else
    {
      OtWindow *other = ot_window_new (gtk_window_get_application (GTK_WINDOW (self)),
                                       self->settings);

      take_restored (other, briefing, file);
      gtk_window_present (GTK_WINDOW (other));
    }
  /* In the restoring window's own file now: this one is done. */
  ot_recovery_discard (left);
  g_idle_add_full (G_PRIORITY_LOW, offer_restore_cb, g_object_ref (self), g_object_unref);
}

/* "Unsaved changes to “syriers.ontheemd” from 14:02 today can be restored." */
void
ot_window_update_restore_banner (OtWindow *self)
{
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->left == NULL)
    {
      ot_banner_set_question (self->restore_banner, NULL, NULL, NULL);
      return;
    }
  label = ot_recovery_dup_label (self->left);
  if (label != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (label);

      name = g_file_get_basename (file);
    }
  time = ot_recovery_dup_time (self->left);
  local = time != NULL ? g_date_time_to_local (time) : NULL;
  if (local != NULL)
    {
      g_autofree char *clock = g_date_time_format (local, "%H:%M");

      if (g_date_time_get_year (local) == g_date_time_get_year (now)
          && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
        when = g_strdup_printf (ot_gettext (self->lang, "today at %s"), clock);
      else
        {
          g_autofree char *day = ot_deck_format_date (local, self->lang);

          when = g_strdup_printf (ot_gettext (self->lang, "%s at %s"), day, clock);
        }
    }
  if (name != NULL)
    text = g_strdup_printf (ot_gettext (self->lang, "Ontheemd did not close properly: the "
                                        "changes to “%s” made %s were not saved."), name,
                            when != NULL ? when : "");
  else
    text = g_strdup_printf (ot_gettext (self->lang, "Ontheemd did not close properly: a new "
                                        "briefing made %s was not saved."),
                            when != NULL ? when : "");
  ot_banner_set_question (self->restore_banner, text, ot_gettext (self->lang, "_Restore"),
                          ot_gettext (self->lang, "_Discard"));
}

/* A window that did not close left unsaved changes: a bar offers them,
 * Restore or Discard, one file at a time. */
static gboolean
offer_restore_cb (gpointer user_data)
{
  OtWindow *self = user_data;
  g_autoptr(GFile) folder = ot_recovery_folder ();

  if (self->left == NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    self->left = ot_recovery_claim_left (folder);
  ot_window_update_restore_banner (self);
  return G_SOURCE_REMOVE;
}

/* @briefing is the window's, as saved in @file (NULL: not saved yet). */
void
ot_window_set_briefing (OtWindow   *self,
                        OtBriefing *briefing,
                        GFile      *file)
{
  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (OT_IS_BRIEFING (briefing));

  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_data (self->briefing, self);
  g_set_object (&self->briefing, briefing);
  g_set_object (&self->briefing_file, file);
  remember_saved (self);
  if (self->history == NULL)
    self->history = ot_edit_history_new (briefing);
  ot_edit_history_clear (self->history);
  ot_edit_history_set_target (self->history, briefing);
  if (self->recovery == NULL && !self->recovery_failed)
    {
      g_autoptr(GFile) folder = ot_recovery_folder ();
      g_autoptr(GError) error = NULL;

      /* A file of this window's own, locked while it lives: two windows
       * never write into one, nor offer each other's. */
      self->recovery = ot_recovery_new_own (folder, produce_recovery_cb, self, &error);
      if (self->recovery == NULL)
        {
          self->recovery_failed = TRUE;
          g_warning ("No recovery file: %s", error->message);
        }
      g_signal_connect_swapped (self->restore_banner, "response",
                                G_CALLBACK (restore_response_cb), self);
      g_idle_add_full (G_PRIORITY_LOW, offer_restore_cb, g_object_ref (self), g_object_unref);
    }
  if (self->recovery != NULL)
    {
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      ot_recovery_set_label (self->recovery, uri);
    }
  g_signal_connect_swapped (briefing, "changed", G_CALLBACK (briefing_changed_cb), self);
  /* An opened briefing exports as it did when it was saved. */
  if (file != NULL)
    ot_window_apply_export_choices (self);
  briefing_changed_cb (self);
}

/* A new briefing of the figures on screen. */
void
ot_window_new_briefing (OtWindow *self)
{
  g_autoptr(OtBriefing) briefing = NULL;
  GFile *figures = ot_window_get_file (self);
  g_autofree char *origin = figures != NULL ? g_file_get_uri (figures) : NULL;

  if (self->dataset == NULL)
    return;
  briefing = ot_briefing_new (self->dataset, origin);
  /* The slides chosen last, when the figures draw them. */
  {
    g_auto(GStrv) slides = self->settings != NULL
                           ? g_settings_get_strv (self->settings, "slides") : NULL;
    g_autoptr(GPtrArray) charts = slides != NULL && slides[0] != NULL
                                  ? ot_chart_list_from_ids ((const char * const *) slides,
                                                            self->dataset, NULL)
                                  : NULL;

    if (charts != NULL && charts->len > 0)
      {
        g_auto(GStrv) chosen = chart_ids_of (charts);

        ot_briefing_set_chart_ids (briefing, (const char * const *) chosen);
      }
  }
  ot_window_set_briefing (self, briefing, NULL);
}

/* Whether @text (NULL: none) is within @max characters, as a briefing file
 * must be to be read again (docs/limits.md); if not, the window says so. */
static gboolean
fits (OtWindow   *self,
      const char *text,
      guint       max)
{
  g_autofree char *message = NULL;

  if (text == NULL || g_utf8_strlen (text, -1) <= (glong) max)
    return TRUE;
  message = g_strdup_printf (ot_gettext (self->lang, "Too long: a text of a briefing holds at "
                                         "most %u characters"), max);
  ot_window_toast (self, message, NULL);
  return FALSE;
}

/* Whether @changes can be saved and read again: within the file's limits. */
static gboolean
changes_fit (OtWindow             *self,
             const OtChartChanges *changes)
{
  const char *texts[5];

  if (changes == NULL)
    return TRUE;
  texts[0] = changes->title;
  texts[1] = changes->subtitle;
  texts[2] = changes->notes;
  texts[3] = changes->source;
  texts[4] = changes->byline;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!fits (self, texts[i], OT_CHART_CHANGES_MAX_TEXT))
      return FALSE;
  for (guint i = 0; changes->annotations != NULL && i < changes->annotations->len; i++)
    if (!fits (self, ((const OtAnnotation *) changes->annotations->pdata[i])->text,
               OT_CHART_CHANGES_MAX_ANNOTATION))
      return FALSE;
  return (changes->annotations == NULL
          || changes->annotations->len <= OT_CHART_CHANGES_MAX_ANNOTATIONS)
         && (changes->highlight == NULL
             || g_strv_length (changes->highlight) <= OT_CHART_CHANGES_MAX_HIGHLIGHT);
}

/* Records @after as @chart_id's changes, as one step named @name (an
 * untranslated message): typing into the same field (@field) within a
 * second is one step. */
void
ot_window_edit_chart (OtWindow             *self,
                      const char           *chart_id,
                      const char           *field,
                      const char           *name,
                      const OtChartChanges *after)
{
  g_autofree char *key = NULL;
  ChartState before_state, after_state;

  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (self->briefing != NULL && chart_id != NULL);

  if (!changes_fit (self, after))
    return;
  key = g_strconcat (field, ":", chart_id, NULL);
  before_state.chart_id = (char *) chart_id;
  before_state.changes = (OtChartChanges *) ot_briefing_get_changes (self->briefing, chart_id);
  after_state.chart_id = (char *) chart_id;
  after_state.changes = (OtChartChanges *) after;
  ot_edit_history_push (self->history, &chart_kind, key, name, &before_state, &after_state,
                        g_get_monotonic_time ());
  ot_briefing_set_changes (self->briefing, chart_id, after);
}

/* Records @ids (NULL or empty: every chart the figures draw, in their own
 * order) as the briefing's slides, as one step "Slides Change". */
void
ot_window_edit_slides (OtWindow           *self,
                       const char * const *ids)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_auto(GStrv) after = NULL;

  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (self->briefing != NULL);

  charts = ot_chart_list_from_ids (ids, ot_briefing_get_dataset (self->briefing), NULL);
  after = chart_ids_of (charts);
  ot_edit_history_push (self->history, &slides_kind, "slides", N_("Slides Change"),
                        ot_briefing_get_chart_ids (self->briefing), after,
                        g_get_monotonic_time ());
  ot_briefing_set_chart_ids (self->briefing, (const char * const *) after);
}

/* Records @passages (NULL: the figure's own sentence) as the quote of
 * @chart_id's slide, as one step "Quote Change". Refused, with a message,
 * unless every passage is the letter's words in order. */
gboolean
ot_window_edit_quote (OtWindow           *self,
                      const char         *chart_id,
                      const char * const *passages)
{
  g_autofree char *key = NULL;
  SlideState before, after;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->briefing != NULL && chart_id != NULL, FALSE);

  if (!ot_briefing_is_letter_quote (passages))
    {
      ot_window_toast (self, ot_gettext (self->lang, "A slide quotes only the letter’s own "
                                         "words"), NULL);
      return FALSE;
    }
  key = g_strconcat ("quote:", chart_id, NULL);
  slide_state_init (&before, self->briefing, chart_id);
  after = before;
  after.quote = (GStrv) passages;
  ot_edit_history_push (self->history, &quote_kind, key, N_("Quote Change"), &before, &after,
                        g_get_monotonic_time ());
  ot_briefing_set_quote (self->briefing, chart_id, passages);
  return TRUE;
}

/* Records @notes (NULL or "": none) as the speaker notes of @chart_id's
 * slide; typing within a second is one step "Speaker Notes Change".
 * Refused, with a message, beyond the file's limit. */
gboolean
ot_window_edit_speaker_notes (OtWindow   *self,
                              const char *chart_id,
                              const char *notes)
{
  g_autofree char *key = NULL;
  SlideState before, after;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->briefing != NULL && chart_id != NULL, FALSE);

  if (!fits (self, notes, OT_CHART_CHANGES_MAX_TEXT))
    return FALSE;
  key = g_strconcat ("speaker-notes:", chart_id, NULL);
  slide_state_init (&before, self->briefing, chart_id);
  after = before;
  after.notes = (char *) notes;
  ot_edit_history_push (self->history, &notes_kind, key, N_("Speaker Notes Change"), &before,
                        &after, g_get_monotonic_time ());
  ot_briefing_set_speaker_notes (self->briefing, chart_id, notes);
  return TRUE;
}

/* Records the deck's title slide: @title (NULL: no title slide), @author
 * and @date (NULL: none; only the day counts), as one step "Title Slide
 * Change"; typing into one of them within a second is one step. Refused,
 * with a message, beyond the file's limits. */
gboolean
ot_window_edit_title_slide (OtWindow   *self,
                            const char *title,
                            const char *author,
                            GDateTime  *date)
{
  TitleSlideState before, after;
  const char *field;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->briefing != NULL, FALSE);

  if (!fits (self, title, OT_CHART_CHANGES_MAX_TEXT)
      || !fits (self, author, OT_CHART_CHANGES_MAX_TEXT))
    return FALSE;

  before.title = (char *) ot_briefing_get_title (self->briefing);
  before.author = (char *) ot_briefing_get_author (self->briefing);
  before.date = ot_briefing_get_date (self->briefing);
  after.title = (char *) title;
  after.author = (char *) author;
  after.date = date;
  /* The field typed into, so that typing the author after the title is a
   * step of its own. */
  if (g_strcmp0 (before.title, title) != 0)
    field = "title-slide:title";
  else if (g_strcmp0 (before.author, author) != 0)
    field = "title-slide:author";
  else
    field = "title-slide:date";
  ot_edit_history_push (self->history, &title_slide_kind, field, N_("Title Slide Change"),
                        &before, &after, g_get_monotonic_time ());
  title_slide_state_apply (self->briefing, &after);
  return TRUE;
}

gboolean
ot_window_undo (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  return self->history != NULL && ot_edit_history_undo (self->history);
}

gboolean
ot_window_redo (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  return self->history != NULL && ot_edit_history_redo (self->history);
}

/* "Undo Title Change", in the window's language; NULL when nothing. */
char *
ot_window_dup_undo_label (OtWindow *self,
                          gboolean  redo)
{
  const char *name;

  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  if (self->history == NULL)
    return NULL;
  name = redo ? ot_edit_history_get_redo_name (self->history)
              : ot_edit_history_get_undo_name (self->history);
  if (name == NULL)
    return NULL;
  return g_strdup_printf (redo ? ot_gettext (self->lang, "Redo %s")
                               : ot_gettext (self->lang, "Undo %s"),
                          ot_gettext (self->lang, name));
}

/* Saves the briefing into @file, through the one atomic write; the file
 * is then the briefing's, and nothing is left to recover. */
gboolean
ot_window_save_briefing_to (OtWindow  *self,
                            GFile     *file,
                            GError   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->briefing == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           ot_gettext (self->lang, "There are no figures to export."));
      return FALSE;
    }
  ot_window_take_export_choices (self);
  if (!ot_briefing_save (self->briefing, file, NULL, error))
    return FALSE;

  g_set_object (&self->briefing_file, file);
  remember_saved (self);
  if (self->recovery != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      ot_recovery_discard (self->recovery);
      ot_recovery_set_label (self->recovery, uri);
    }
  ot_window_add_recent (self, file);
  update_title (self);
  ot_window_actions_update (self);
  name = g_file_get_basename (file);
  text = g_strdup_printf (ot_gettext (self->lang, "Saved “%s”"), name);
  ot_window_toast (self, text, NULL);
  return TRUE;
}

/* Saves into @file, or says in a dialog why it could not. */
gboolean
ot_window_save_briefing_or_say (OtWindow *self,
                                GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (ot_window_save_briefing_to (self, file, &error))
    return TRUE;
  ot_window_show_error (self, ot_gettext (self->lang, "The briefing could not be saved"),
                        error->message);
  return FALSE;
}

/* A briefing file: read whole (its limits are the reader's); one that
 * cannot be used is named in an error and what is on screen stays. */
gboolean
ot_window_open_briefing (OtWindow  *self,
                         GFile     *file,
                         GError   **error)
{
  g_autoptr(OtBriefing) briefing = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  briefing = ot_briefing_load (file, NULL, error);
  if (briefing == NULL)
    return FALSE;

  ot_window_show_briefing_dataset (self, ot_briefing_get_dataset (briefing));
  ot_window_set_briefing (self, briefing, file);
  ot_window_add_recent (self, file);
  name = g_file_get_basename (file);
  text = g_strdup_printf (ot_gettext (self->lang, "Opened “%s”"), name);
  ot_window_toast (self, text, NULL);
  return TRUE;
}

/* Whether @file is a briefing, by its name. */
gboolean
ot_window_is_briefing_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, ".ontheemd");
}

void
ot_window_briefing_dispose (OtWindow *self)
{
  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_data (self->briefing, self);
  /* Closed on purpose: saved, or the user chose to discard. */
  if (self->recovery != NULL)
    ot_recovery_discard (self->recovery);
  g_clear_pointer (&self->recovery, ot_recovery_free);
  /* Not answered: left for the next start to offer. */
  g_clear_pointer (&self->left, ot_recovery_free);
  g_clear_pointer (&self->history, ot_edit_history_free);
  g_clear_object (&self->briefing);
  g_clear_object (&self->briefing_file);
  g_clear_pointer (&self->saved_checksum, g_free);
}

/* The side panel (F9): the chart on screen, its slide and the title
 * slide, made the user's own (ot-briefing-panel.c). It is filled only
 * while shown. */
void
ot_window_panel_update (OtWindow *self)
{
  if (self->briefing_panel == NULL || !gtk_revealer_get_reveal_child (self->panel_revealer))
    return;
  ot_briefing_panel_set_context (self->briefing_panel, self->briefing, self->chart_view,
                                 self->lang, ot_window_get_export_lang (self));
  if (self->panel_stale)
    {
      self->panel_stale = FALSE;
      ot_briefing_panel_rebuild (self->briefing_panel);
    }
  else
    ot_briefing_panel_sync (self->briefing_panel);
}

static void
edit_panel_change_state (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       user_data)
{
  OtWindow *self = user_data;
  gboolean open = g_variant_get_boolean (state);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  g_simple_action_set_state (action, state);
  gtk_revealer_set_reveal_child (self->panel_revealer, open);
  if (open)
    {
      /* On a narrow window, the chart it edits is beside it. */
      if (ot_panes_get_folded (self->panes))
        ot_window_set_page (self, "chart");
      ot_window_panel_update (self);
      ot_briefing_panel_focus_first (self->briefing_panel);
    }
  else if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->briefing_panel)))
    gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
}

/* ot_window_edit_quote tells the user itself when it refuses. */
static void
panel_edit_quote_cb (OtWindow           *self,
                     const char         *chart_id,
                     const char * const *passages)
{
  ot_window_edit_quote (self, chart_id, passages);
}

static void
panel_message_cb (OtWindow   *self,
                  const char *text)
{
  ot_window_toast (self, text, NULL);
}

void
ot_window_panel_init (OtWindow *self)
{
  g_autoptr(GSimpleAction) action =
    g_simple_action_new_stateful ("edit-panel", NULL, g_variant_new_boolean (FALSE));

  g_signal_connect (action, "change-state", G_CALLBACK (edit_panel_change_state), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_signal_connect_swapped (self->briefing_panel, "edit-chart", G_CALLBACK (ot_window_edit_chart),
                            self);
  g_signal_connect_swapped (self->briefing_panel, "edit-quote", G_CALLBACK (panel_edit_quote_cb),
                            self);
  g_signal_connect_swapped (self->briefing_panel, "edit-speaker-notes",
                            G_CALLBACK (ot_window_edit_speaker_notes), self);
  g_signal_connect_swapped (self->briefing_panel, "edit-title-slide",
                            G_CALLBACK (ot_window_edit_title_slide), self);
  g_signal_connect_swapped (self->briefing_panel, "message", G_CALLBACK (panel_message_cb), self);
  self->panel_stale = TRUE;
}

GtkWidget *
ot_window_get_briefing_panel (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->briefing_panel);
}

/* The panel open, its annotation row on @element_id (the chart's context
 * menu: Annotate…). */
void
ot_window_annotate_element (OtWindow   *self,
                            const char *element_id)
{
  g_return_if_fail (OT_IS_WINDOW (self));

  g_action_group_change_action_state (G_ACTION_GROUP (self), "edit-panel",
                                      g_variant_new_boolean (TRUE));
  ot_window_panel_update (self);
  ot_briefing_panel_begin_annotation (self->briefing_panel, element_id);
}

/* H on an element of the chart: it stands out, or no longer does. */
void
ot_window_toggle_highlight (OtWindow   *self,
                            const char *element_id)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  const OtChartLayout *layout = ot_chart_view_get_layout (self->chart_view);
  const OtChartChanges *old;
  g_autoptr(OtChartChanges) changes = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *key = NULL;
  gboolean now;

  g_return_if_fail (OT_IS_WINDOW (self));

  if (self->briefing == NULL || chart == NULL || layout == NULL || element_id == NULL)
    return;
  old = ot_briefing_get_changes (self->briefing, chart->id);
  now = !ot_chart_changes_is_highlighted (old, element_id);
  /* Named now: the edit lays the chart out again. */
  name = ot_chart_dup_element_name (ot_chart_view_get_dataset (self->chart_view), layout,
                                    element_id, self->lang);
  changes = old != NULL ? ot_chart_changes_copy (old) : ot_chart_changes_new ();
  order = ot_chart_layout_dup_element_ids (layout);
  if (!ot_chart_changes_set_highlighted (changes, order, element_id, now))
    {
      ot_window_toast (self, ot_gettext (self->lang, "A chart highlights at most 64 elements"),
                       NULL);
      return;
    }
  key = g_strdup_printf ("highlight#%" G_GINT64_FORMAT, g_get_monotonic_time ());
  ot_window_edit_chart (self, chart->id, key, N_("Highlight Change"),
                        ot_chart_changes_is_empty (changes) ? NULL : changes);

  message = g_strdup_printf (now ? ot_gettext (self->lang, "%s is highlighted")
                                 : ot_gettext (self->lang, "%s is no longer highlighted"),
                             name);
  ot_window_announce (self, message);
}
