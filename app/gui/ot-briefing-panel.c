/* ot-briefing-panel.c: the side panel where the chart on screen, its slide
 * and the briefing's title slide are made the user's own
 *
 * Every row shows what the chart says now: the letter's own words until
 * the user writes hers, and a reset button beside each row brings the
 * letter's back. The panel changes nothing itself: each edit is a signal
 * ("edit-chart", "edit-quote", …) that the window makes a named step to
 * undo and puts in the briefing; the panel then follows the briefing
 * (ot_briefing_panel_sync), so undo, redo, opening a file and the H key in
 * the chart all show here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-briefing-panel"

#include "config.h"

#include "ot-accessible.h"
#include "ot-briefing-panel.h"
#include "ot-quote-picker.h"
#include "ot-slide.h"
#include "ot-chart-view.h"
#include "ot-deck-changes.h"
#include "ot-format.h"

typedef struct
{
  const char *field;   /* the history's field; the row's name for tests */
  const char *title;   /* the row's title, untranslated */
  const char *change;  /* the step's name, untranslated */
  const char *tooltip;
} EntryInfo;

static const EntryInfo entries[OT_PANEL_N_ENTRIES] = {
  [OT_PANEL_TITLE] = { "title", N_("Title"), N_("Title Change"), NULL },
  [OT_PANEL_SUBTITLE] = { "subtitle", N_("Subtitle"), N_("Subtitle Change"), NULL },
  [OT_PANEL_NOTES] = { "notes", N_("Notes under the chart"), N_("Notes Change"), NULL },
  [OT_PANEL_SOURCE] = { "source", N_("Source"), N_("Source Change"),
                        N_("What the source line cites; the chart still links to the "
                           "letter's sentence") },
  [OT_PANEL_BYLINE] = { "byline", N_("Byline"), N_("Byline Change"),
                        N_("After the source, for example: Grafiek: Ministerie van …") },
  [OT_PANEL_SPEAKER_NOTES] = { "speaker-notes", N_("Speaker notes"), NULL,
                               N_("What you will say; in the slides' notes, not on the slide") },
  [OT_PANEL_DECK_TITLE] = { "deck-title", N_("Briefing title"), NULL,
                            N_("The title slide's headline; without it there is no title "
                               "slide") },
  [OT_PANEL_DECK_AUTHOR] = { "deck-author", N_("Author or organisation"), NULL, NULL },
  [OT_PANEL_NEW_ANNOTATION] = { "new-annotation", N_("New annotation"), NULL,
                                N_("A short note beside the element, with a line to it; "
                                   "Enter adds it") },
};

struct _OtBriefingPanel
{
  GtkWidget       parent_instance;

  OtBriefing     *briefing;   /* what it shows; NULL: nothing to edit */
  OtChartView    *chart_view; /* the chart it edits */
  OtLang          lang;
  OtLang          quote_lang; /* the slides': what a quotation is in */
  GtkWidget      *scroller;
  GtkWidget      *content;
  GtkWidget      *entries[OT_PANEL_N_ENTRIES];
  GtkWidget      *resets[OT_PANEL_N_ENTRIES];
  gulong          handlers[OT_PANEL_N_ENTRIES];
  GtkWidget      *highlight_list;
  GHashTable     *highlight_checks;  /* element id → GtkCheckButton */
  GPtrArray      *element_ids;       /* what the chart draws, in its order */
  GtkWidget      *annotation_list;
  GtkWidget      *annotation_target;
  GPtrArray      *annotation_rows;   /* the annotations' entry rows, in order */
  GtkWidget      *quote_row;
  GtkWidget      *quote_label;
  GtkWidget      *quote_button;
  GtkWidget      *quote_reset;
  GtkWidget      *picker;
  GtkWidget      *date_button;
  GtkWidget      *date_day;
  GtkWidget      *date_month;
  GtkWidget      *date_year;
  GtkWidget      *chart_reset;
  char           *chart_id;
  char           *letter_title;      /* the chart's own texts, without the user's */
  char           *letter_subtitle;
  char           *letter_source;
  char           *default_quote;
  gboolean        syncing;
  char           *step_key;
  guint           n_steps;
};

enum
{
  EDIT_CHART,
  EDIT_QUOTE,
  EDIT_SPEAKER_NOTES,
  EDIT_TITLE_SLIDE,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtBriefingPanel, ot_briefing_panel, GTK_TYPE_WIDGET)

static OtBriefing *
get_briefing (OtBriefingPanel *self)
{
  return self->briefing;
}

static const OtChartChanges *
get_changes (OtBriefingPanel *self)
{
  OtBriefing *briefing = get_briefing (self);

  return briefing != NULL && self->chart_id != NULL
         ? ot_briefing_get_changes (briefing, self->chart_id) : NULL;
}

static OtChartChanges *
dup_changes (OtBriefingPanel *self)
{
  const OtChartChanges *changes = get_changes (self);

  return changes != NULL ? ot_chart_changes_copy (changes) : ot_chart_changes_new ();
}

/* A key of its own for an edit that is a step by itself (a click), so
 * that it is never joined to the one before. */
static const char *
next_key (OtBriefingPanel *self,
          const char      *what)
{
  g_free (self->step_key);
  self->step_key = g_strdup_printf ("%s#%u", what, ++self->n_steps);
  return self->step_key;
}

static void
edit_chart (OtBriefingPanel      *self,
            const char           *field,
            const char           *name,
            const OtChartChanges *changes)
{
  if (get_briefing (self) == NULL || self->chart_id == NULL)
    return;
  g_signal_emit (self, signals[EDIT_CHART], 0, self->chart_id, field, name,
                 changes != NULL && !ot_chart_changes_is_empty (changes) ? changes : NULL);
}

/* The chart's own texts: a layout of it without the user's changes. */
static void
read_letter_texts (OtBriefingPanel *self)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  OtDataset *dataset = ot_chart_view_get_dataset (self->chart_view);
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  OtChartLayout *layout;
  OtChartStyle style;

  g_clear_pointer (&self->letter_title, g_free);
  g_clear_pointer (&self->letter_subtitle, g_free);
  g_clear_pointer (&self->letter_source, g_free);
  g_clear_pointer (&self->default_quote, g_free);
  g_clear_pointer (&self->element_ids, g_ptr_array_unref);
  self->element_ids = g_ptr_array_new_with_free_func (g_free);
  if (chart == NULL || dataset == NULL)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  context = ot_chart_text_context_new (cr);
  ot_chart_view_get_style (self->chart_view, &style);
  style.changes = NULL;
  layout = ot_chart_layout_new (chart, context, dataset, 1280, 720, &style);
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);
      char **target = box->part == OT_TEXT_PART_TITLE ? &self->letter_title
                      : box->part == OT_TEXT_PART_SUBTITLE ? &self->letter_subtitle : NULL;

      if (target != NULL && *target == NULL)
        *target = g_strdup (pango_layout_get_text (box->layout));
    }
  self->letter_source = g_strdup (layout->source_line);
  g_ptr_array_unref (self->element_ids);
  self->element_ids = ot_chart_layout_dup_element_ids (layout);
  self->default_quote = ot_chart_layout_dup_caption (layout, dataset, self->quote_lang);
  ot_chart_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static char *
dup_element_name (OtBriefingPanel *self,
                  const char      *element_id)
{
  OtDataset *dataset = ot_chart_view_get_dataset (self->chart_view);

  if (dataset == NULL)
    return g_strdup (element_id);
  return ot_chart_dup_element_name (dataset, ot_chart_view_get_layout (self->chart_view),
                                    element_id, self->lang);
}

/* The letter's own for a text row, or "" where the letter has none. */
static const char *
letter_text (OtBriefingPanel *self,
             OtPanelEntry     entry)
{
  const char *text = entry == OT_PANEL_TITLE ? self->letter_title
                     : entry == OT_PANEL_SUBTITLE ? self->letter_subtitle
                     : entry == OT_PANEL_SOURCE ? self->letter_source : NULL;

  return text != NULL ? text : "";
}

static char **
chart_field (OtChartChanges *changes,
             OtPanelEntry    entry)
{
  switch (entry)
    {
    case OT_PANEL_TITLE: return &changes->title;
    case OT_PANEL_SUBTITLE: return &changes->subtitle;
    case OT_PANEL_NOTES: return &changes->notes;
    case OT_PANEL_SOURCE: return &changes->source;
    case OT_PANEL_BYLINE: return &changes->byline;
    default: return NULL;
    }
}

/* What a row holds now: NULL for the letter's own. */
static const char *
get_value (OtBriefingPanel *self,
           OtPanelEntry     entry)
{
  OtBriefing *briefing = get_briefing (self);
  const OtChartChanges *changes = get_changes (self);

  if (briefing == NULL)
    return NULL;
  switch (entry)
    {
    case OT_PANEL_SPEAKER_NOTES:
      return self->chart_id != NULL ? ot_briefing_get_speaker_notes (briefing, self->chart_id)
                                    : NULL;
    case OT_PANEL_DECK_TITLE:
      return ot_briefing_get_title (briefing);
    case OT_PANEL_DECK_AUTHOR:
      return ot_briefing_get_author (briefing);
    case OT_PANEL_NEW_ANNOTATION:
    case OT_PANEL_N_ENTRIES:
      return NULL;
    default:
      return changes != NULL ? *chart_field ((OtChartChanges *) changes, entry) : NULL;
    }
}

/* @reset: a step of its own, not joined to the typing before it. */
static void
set_value (OtBriefingPanel *self,
           OtPanelEntry     entry,
           const char      *value,
           gboolean         reset)
{
  OtBriefing *briefing = get_briefing (self);

  if (briefing == NULL || self->chart_id == NULL)
    return;
  switch (entry)
    {
    case OT_PANEL_SPEAKER_NOTES:
      g_signal_emit (self, signals[EDIT_SPEAKER_NOTES], 0, self->chart_id, value);
      break;
    case OT_PANEL_DECK_TITLE:
      g_signal_emit (self, signals[EDIT_TITLE_SLIDE], 0, value, ot_briefing_get_author (briefing),
                     ot_briefing_get_date (briefing));
      break;
    case OT_PANEL_DECK_AUTHOR:
      g_signal_emit (self, signals[EDIT_TITLE_SLIDE], 0, ot_briefing_get_title (briefing), value,
                     ot_briefing_get_date (briefing));
      break;
    case OT_PANEL_NEW_ANNOTATION:
    case OT_PANEL_N_ENTRIES:
      break;
    default:
      {
        g_autoptr(OtChartChanges) changes = dup_changes (self);
        char **field = chart_field (changes, entry);
        g_autofree char *key = NULL;

        if (field == NULL)
          break;
        g_free (*field);
        *field = g_strdup (value);
        key = reset ? g_strdup (next_key (self, entries[entry].field))
                    : g_strdup (entries[entry].field);
        edit_chart (self, key, entries[entry].change, changes);
      }
    }
}

static void
entry_changed_cb (GtkEditable     *editable,
                  OtBriefingPanel *self)
{
  OtPanelEntry entry = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "ot-entry"));
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *limited = NULL;

  if (self->syncing || entry == OT_PANEL_NEW_ANNOTATION)
    return;
  /* The briefing file holds at most this much of a text. */
  if (g_utf8_strlen (text, -1) > OT_CHART_CHANGES_MAX_TEXT)
    {
      limited = g_utf8_substring (text, 0, OT_CHART_CHANGES_MAX_TEXT);
      text = limited;
    }
  /* The letter's own words again are the letter's own. */
  if (entry == OT_PANEL_TITLE || entry == OT_PANEL_SUBTITLE || entry == OT_PANEL_SOURCE)
    set_value (self, entry, g_str_equal (text, letter_text (self, entry)) ? NULL : text, FALSE);
  else
    set_value (self, entry, *text != '\0' ? text : NULL, FALSE);
}

static void
reset_clicked_cb (GtkButton       *button,
                  OtBriefingPanel *self)
{
  OtPanelEntry entry = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ot-entry"));

  /* The button goes insensitive: the keyboard stays on its row. */
  if (self->entries[entry] != NULL)
    gtk_widget_grab_focus (self->entries[entry]);
  set_value (self, entry, NULL, TRUE);
  ot_briefing_panel_sync (self);
}

static GtkWidget *
new_group (OtBriefingPanel *self,
           const char      *title,
           const char      *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), ot_gettext (self->lang, title));
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           ot_gettext (self->lang, description));
  gtk_box_append (GTK_BOX (self->content), group);
  return group;
}

static GtkWidget *
new_reset_button (OtBriefingPanel *self,
                  const char      *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-undo-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, ot_gettext (self->lang, tooltip));
  ot_accessible_set_label (button, ot_gettext (self->lang, tooltip));
  return button;
}

static void
add_entry (OtBriefingPanel *self,
           GtkWidget       *group,
           OtPanelEntry     entry,
           const char      *reset_tooltip)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ot_gettext (self->lang, entries[entry].title));
  if (entries[entry].tooltip != NULL)
    gtk_widget_set_tooltip_text (row, ot_gettext (self->lang, entries[entry].tooltip));
  g_object_set_data (G_OBJECT (row), "ot-entry", GUINT_TO_POINTER (entry));
  self->handlers[entry] = g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), self);
  if (reset_tooltip != NULL)
    {
      GtkWidget *reset = new_reset_button (self, reset_tooltip);

      g_object_set_data (G_OBJECT (reset), "ot-entry", GUINT_TO_POINTER (entry));
      g_signal_connect (reset, "clicked", G_CALLBACK (reset_clicked_cb), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), reset);
      self->resets[entry] = reset;
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->entries[entry] = row;
}

/* Highlight: a check box for each element; the others are drawn muted. */
static void
highlight_toggled_cb (GtkCheckButton  *check,
                      OtBriefingPanel *self)
{
  g_autoptr(OtChartChanges) changes = NULL;
  const char *element_id = NULL;

  if (self->syncing)
    return;
  for (guint i = 0; i < self->element_ids->len && element_id == NULL; i++)
    if (g_hash_table_lookup (self->highlight_checks, self->element_ids->pdata[i]) == check)
      element_id = self->element_ids->pdata[i];
  if (element_id == NULL)
    return;
  changes = dup_changes (self);
  if (!ot_chart_changes_set_highlighted (changes, self->element_ids, element_id,
                                         gtk_check_button_get_active (check)))
    {
      /* The briefing file holds no more: the tick goes back. */
      self->syncing = TRUE;
      gtk_check_button_set_active (check, FALSE);
      self->syncing = FALSE;
      g_signal_emit (self, signals[MESSAGE], 0,
                     ot_gettext (self->lang, "A chart highlights at most 64 elements"));
      return;
    }
  edit_chart (self, next_key (self, "highlight"), N_("Highlight Change"), changes);
}

static void
add_highlight_rows (OtBriefingPanel *self,
                    GtkWidget       *group)
{
  for (guint i = 0; i < self->element_ids->len; i++)
    {
      const char *id = g_ptr_array_index (self->element_ids, i);
      g_autofree char *name = dup_element_name (self, id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      ot_accessible_set_label (check, name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (highlight_toggled_cb), self);
      g_hash_table_insert (self->highlight_checks, g_strdup (id), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* Annotations: a row for each, its text editable, with a button that
 * removes it; and a row that adds one to the element chosen above it. */
static void
annotation_changed_cb (GtkEditable     *editable,
                       OtBriefingPanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "ot-index"));
  g_autoptr(OtChartChanges) changes = NULL;
  g_autofree char *field = NULL;
  OtAnnotation *annotation;
  const char *text = gtk_editable_get_text (editable);

  if (self->syncing)
    return;
  changes = dup_changes (self);
  if (index >= changes->annotations->len)
    return;
  annotation = g_ptr_array_index (changes->annotations, index);
  /* A note without words is none: the row says so until it has some (the
   * trash button removes it). */
  {
    g_autofree char *stripped = g_strstrip (g_strdup (text));

    if (*stripped == '\0')
      {
        gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
        return;
      }
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  }
  g_free (annotation->text);
  annotation->text = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1),
                                                     OT_CHART_CHANGES_MAX_ANNOTATION));
  field = g_strdup_printf ("annotation-%u", index);
  edit_chart (self, field, N_("Annotation Change"), changes);
}

static void
annotation_remove_cb (GtkButton       *button,
                      OtBriefingPanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ot-index"));
  g_autoptr(OtChartChanges) changes = dup_changes (self);

  if (index >= changes->annotations->len)
    return;
  g_ptr_array_remove_index (changes->annotations, index);
  edit_chart (self, next_key (self, "annotations"), N_("Remove Annotation"), changes);
  /* The row is gone: the keyboard goes on from the next, or the new one. */
  if (index < self->annotation_rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->annotation_rows, index));
  else if (self->entries[OT_PANEL_NEW_ANNOTATION] != NULL)
    gtk_widget_grab_focus (self->entries[OT_PANEL_NEW_ANNOTATION]);
}

gboolean
ot_briefing_panel_add_annotation (OtBriefingPanel *self,
                                  const char      *element_id,
                                  const char      *text)
{
  g_autoptr(OtChartChanges) changes = NULL;
  g_autofree char *limited = NULL;

  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), FALSE);

  if (element_id == NULL || text == NULL || *g_strstrip (limited = g_strdup (text)) == '\0')
    return FALSE;
  changes = dup_changes (self);
  if (changes->annotations->len >= OT_CHART_CHANGES_MAX_ANNOTATIONS)
    {
      g_signal_emit (self, signals[MESSAGE], 0,
                     ot_gettext (self->lang, "A chart holds at most 32 annotations"));
      return FALSE;
    }
  if (g_utf8_strlen (limited, -1) > OT_CHART_CHANGES_MAX_ANNOTATION)
    {
      char *cut = g_utf8_substring (limited, 0, OT_CHART_CHANGES_MAX_ANNOTATION);

      g_free (limited);
      limited = cut;
    }
  ot_chart_changes_add_annotation (changes, element_id, 0, limited);
  edit_chart (self, next_key (self, "annotations"), N_("Add Annotation"), changes);
  return TRUE;
}

static void
annotation_apply_cb (OtBriefingPanel *self)
{
  GtkEditable *entry = GTK_EDITABLE (self->entries[OT_PANEL_NEW_ANNOTATION]);
  guint index = adw_combo_row_get_selected (ADW_COMBO_ROW (self->annotation_target));

  if (index >= self->element_ids->len)
    return;
  if (ot_briefing_panel_add_annotation (self, g_ptr_array_index (self->element_ids, index),
                                        gtk_editable_get_text (entry)))
    gtk_editable_set_text (entry, "");
}

static void
fill_annotations (OtBriefingPanel *self)
{
  const OtChartChanges *changes = get_changes (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->annotation_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->annotation_list), child);
  g_ptr_array_set_size (self->annotation_rows, 0);

  for (guint i = 0; changes != NULL && i < changes->annotations->len; i++)
    {
      const OtAnnotation *annotation = g_ptr_array_index (changes->annotations, i);
      g_autofree char *target = ot_annotation_dup_target (annotation);
      g_autofree char *name = dup_element_name (self, target);
      g_autofree char *remove_name = g_strdup_printf (ot_gettext (self->lang, "Remove the annotation on %s"),
                                                      name);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (row), annotation->text);
      g_object_set_data (G_OBJECT (row), "ot-index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "changed", G_CALLBACK (annotation_changed_cb), self);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_name);
      ot_accessible_set_label (remove, remove_name);
      g_object_set_data (G_OBJECT (remove), "ot-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (annotation_remove_cb), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (self->annotation_list), row);
      g_ptr_array_add (self->annotation_rows, row);
    }
  gtk_widget_set_visible (self->annotation_list, self->annotation_rows->len > 0);
}

static gboolean
annotations_match (OtBriefingPanel *self)
{
  const OtChartChanges *changes = get_changes (self);
  guint n = changes != NULL ? changes->annotations->len : 0;

  if (n != self->annotation_rows->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const OtAnnotation *annotation = g_ptr_array_index (changes->annotations, i);
      g_autofree char *target = ot_annotation_dup_target (annotation);
      g_autofree char *name = dup_element_name (self, target);
      GtkWidget *row = g_ptr_array_index (self->annotation_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
add_annotation_rows (OtBriefingPanel *self,
                     GtkWidget       *group)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *add;

  self->annotation_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->annotation_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->annotation_list, "boxed-list");
  gtk_widget_set_margin_bottom (self->annotation_list, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->annotation_list);

  for (guint i = 0; i < self->element_ids->len; i++)
    {
      g_autofree char *name = dup_element_name (self, g_ptr_array_index (self->element_ids, i));

      gtk_string_list_append (names, name);
    }
  self->annotation_target = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->annotation_target),
                                 ot_gettext (self->lang, "Annotate"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->annotation_target), G_LIST_MODEL (names));
  {
    /* Rows named for a screen reader, the popup's whole. */
    g_autoptr(GtkListItemFactory) factory = ot_accessible_string_factory_new ();
    g_autoptr(GtkListItemFactory) list_factory = ot_accessible_string_factory_new ();

    adw_combo_row_set_factory (ADW_COMBO_ROW (self->annotation_target), factory);
    adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->annotation_target), list_factory);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->annotation_target);

  add_entry (self, group, OT_PANEL_NEW_ANNOTATION, NULL);
  /* Enter or the + button adds it. */
  g_signal_connect_swapped (self->entries[OT_PANEL_NEW_ANNOTATION], "entry-activated",
                            G_CALLBACK (annotation_apply_cb), self);
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, ot_gettext (self->lang, "Add the annotation"));
  ot_accessible_set_label (add, ot_gettext (self->lang, "Add the annotation"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (annotation_apply_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->entries[OT_PANEL_NEW_ANNOTATION]), add);
  fill_annotations (self);
}

/* The slide's quotation: the letter's sentences the user picks. */
static void
quote_chosen_cb (OtQuotePicker   *picker,
                 GStrv            passages,
                 OtBriefingPanel *self)
{
  if (self->chart_id != NULL)
    g_signal_emit (self, signals[EDIT_QUOTE], 0, self->chart_id, passages);
}

static void
picker_destroyed_cb (OtBriefingPanel *self)
{
  self->picker = NULL;
}

static void
choose_quote_cb (OtBriefingPanel *self)
{
  OtBriefing *briefing = get_briefing (self);
  const char * const *chosen;
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(OtLetter) letter = NULL;
  g_autoptr(GError) error = NULL;
  OtQuotePicker *picker;

  if (briefing == NULL || self->chart_id == NULL)
    return;
  /* The slides' language: a quotation is in the words the slides say. */
  letter = ot_letter_new_default (self->quote_lang, &error);
  if (letter == NULL)
    {
      g_signal_emit (self, signals[MESSAGE], 0, error->message);
      return;
    }
  chosen = ot_briefing_get_quote (briefing, self->chart_id);
  if (chosen == NULL)
    {
      const OtChartLayout *layout = ot_chart_view_get_layout (self->chart_view);

      defaults = layout != NULL
                 ? ot_chart_layout_dup_source_sentences (layout,
                                                         ot_chart_view_get_dataset (self->chart_view),
                                                         self->quote_lang)
                 : g_ptr_array_new ();
      g_ptr_array_add (defaults, NULL);
      chosen = (const char * const *) defaults->pdata;
    }
  picker = ot_quote_picker_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), letter,
                                self->lang, self->quote_lang, chosen);
  g_signal_connect (picker, "chosen", G_CALLBACK (quote_chosen_cb), self);
  self->picker = GTK_WIDGET (picker);
  g_signal_connect_object (picker, "destroy", G_CALLBACK (picker_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (picker));
}

static void
quote_reset_cb (OtBriefingPanel *self)
{
  gtk_widget_grab_focus (self->quote_button);
  if (self->chart_id != NULL)
    g_signal_emit (self, signals[EDIT_QUOTE], 0, self->chart_id, NULL);
}

static void
add_quote_row (OtBriefingPanel *self,
               GtkWidget       *group)
{
  GtkWidget *row;

  self->quote_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quote_row),
                                 ot_gettext (self->lang, "Quotation"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->quote_row), FALSE);
  self->quote_button = gtk_button_new_with_mnemonic (ot_gettext (self->lang, "_Choose…"));
  gtk_widget_set_valign (self->quote_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->quote_button,
                               ot_gettext (self->lang, "Choose the sentences of the letter the slide quotes"));
  g_signal_connect_swapped (self->quote_button, "clicked", G_CALLBACK (choose_quote_cb), self);
  self->quote_reset = new_reset_button (self, N_("Quote the figure’s own sentence"));
  g_signal_connect_swapped (self->quote_reset, "clicked", G_CALLBACK (quote_reset_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->quote_row), self->quote_reset);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->quote_row), self->quote_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->quote_row), self->quote_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->quote_row);

  /* The quotation as the slide has it, in the body's size. */
  self->quote_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE,
                                    "wrap-mode", PANGO_WRAP_WORD_CHAR, "margin-start", 12,
                                    "margin-end", 12, "margin-top", 8, "margin-bottom", 8,
                                    "selectable", TRUE, NULL);
  row = adw_preferences_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), self->quote_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->quote_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->quote_row, NULL, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* The title slide's date: day, month and year in a popover (the month named
 * in the panel's language, whatever the system's), today, or no date. */
static void
set_date (OtBriefingPanel *self,
          GDateTime       *date)
{
  OtBriefing *briefing = get_briefing (self);

  if (briefing != NULL && !self->syncing)
    g_signal_emit (self, signals[EDIT_TITLE_SLIDE], 0, ot_briefing_get_title (briefing),
                   ot_briefing_get_author (briefing), date);
}

static void
date_changed_cb (OtBriefingPanel *self)
{
  int year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->date_year));
  guint month = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->date_month)) + 1;
  int day = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->date_day));
  g_autoptr(GDateTime) date = NULL;

  if (self->syncing || month < 1 || month > 12)
    return;
  day = CLAMP (day, 1, g_date_get_days_in_month (month, year));
  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  set_date (self, date);
}

static void
today_cb (OtBriefingPanel *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_utc (g_date_time_get_year (now),
                                                    g_date_time_get_month (now),
                                                    g_date_time_get_day_of_month (now),
                                                    0, 0, 0);

  set_date (self, today);
}

static void
no_date_cb (OtBriefingPanel *self)
{
  set_date (self, NULL);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
}

static GtkWidget *
new_date_spin (OtBriefingPanel *self,
               double           lower,
               double           upper,
               const char      *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ot_gettext (self->lang, name), -1);
  gtk_widget_set_tooltip_text (spin, ot_gettext (self->lang, name));
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (date_changed_cb), self);
  return spin;
}

static void
add_date_row (OtBriefingPanel *self,
              GtkWidget       *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *today = gtk_button_new_with_mnemonic (ot_gettext (self->lang, "_Today"));
  GtkWidget *none = gtk_button_new_with_mnemonic (ot_gettext (self->lang, "_No Date"));
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ot_gettext (self->lang, "Date"));
  for (guint m = 1; m <= 12; m++)
    gtk_string_list_append (months, ot_format_month_name (m, self->lang));
  self->date_day = new_date_spin (self, 1, 31, N_("Day"));
  self->date_month = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (months)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_month),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ot_gettext (self->lang, "Month"), -1);
  gtk_widget_set_tooltip_text (self->date_month, ot_gettext (self->lang, "Month"));
  g_signal_connect_swapped (self->date_month, "notify::selected",
                            G_CALLBACK (date_changed_cb), self);
  self->date_year = new_date_spin (self, 1900, 2999, N_("Year"));
  gtk_box_append (GTK_BOX (fields), self->date_day);
  gtk_box_append (GTK_BOX (fields), self->date_month);
  gtk_box_append (GTK_BOX (fields), self->date_year);
  g_signal_connect_swapped (today, "clicked", G_CALLBACK (today_cb), self);
  g_signal_connect_swapped (none, "clicked", G_CALLBACK (no_date_cb), self);
  gtk_widget_set_hexpand (today, TRUE);
  gtk_widget_set_hexpand (none, TRUE);
  gtk_box_append (GTK_BOX (buttons), today);
  gtk_box_append (GTK_BOX (buttons), none);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  self->date_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->date_button), popover);
  gtk_widget_set_valign (self->date_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->date_button,
                               ot_gettext (self->lang, "The date on the title slide"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->date_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->date_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
reset_chart_cb (OtBriefingPanel *self)
{
  ot_briefing_panel_focus_first (self);
  edit_chart (self, next_key (self, "reset"), N_("Reset Chart"), NULL);
}

/* Every row again: for another chart, or in another language. */
void
ot_briefing_panel_rebuild (OtBriefingPanel *self)
{
  const OtChart *chart;
  GtkWidget *group, *child;
  g_autofree char *chart_title = NULL;

  g_return_if_fail (OT_IS_BRIEFING_PANEL (self));

  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  /* Nothing a row does as it goes (a spin button committing its text) is
   * an edit, and nothing points at the rows once they are gone. */
  self->syncing = TRUE;
  memset (self->entries, 0, sizeof self->entries);
  memset (self->resets, 0, sizeof self->resets);
  self->quote_row = self->quote_label = self->quote_button = self->quote_reset = NULL;
  self->date_button = self->date_day = self->date_month = self->date_year = NULL;
  self->chart_reset = self->annotation_list = self->annotation_target = NULL;
  self->highlight_list = NULL;
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  self->syncing = FALSE;
  g_hash_table_remove_all (self->highlight_checks);
  g_ptr_array_set_size (self->annotation_rows, 0);
  g_clear_pointer (&self->chart_id, g_free);
  if (self->chart_view == NULL)
    return;

  chart = ot_chart_view_get_chart (self->chart_view);
  self->chart_id = chart != NULL ? g_strdup (chart->id) : NULL;
  read_letter_texts (self);
  if (chart == NULL)
    return;
  chart_title = ot_chart_dup_title (chart, ot_chart_view_get_dataset (self->chart_view), self->lang);

  group = new_group (self, N_("Chart"), NULL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), chart_title);
  add_entry (self, group, OT_PANEL_TITLE, N_("Use the letter's title"));
  add_entry (self, group, OT_PANEL_SUBTITLE, N_("Use the letter's subtitle"));
  add_entry (self, group, OT_PANEL_NOTES, N_("Remove the notes"));
  add_entry (self, group, OT_PANEL_SOURCE, N_("Use the letter's source line"));
  add_entry (self, group, OT_PANEL_BYLINE, N_("Remove the byline"));

  group = new_group (self, N_("Highlight"),
                     N_("What you talk about; the rest is drawn muted. H in the chart "
                        "highlights the element it is on."));
  add_highlight_rows (self, group);

  group = new_group (self, N_("Annotations"),
                     N_("A short note beside an element, placed where it covers nothing"));
  add_annotation_rows (self, group);

  group = new_group (self, N_("Slide"), NULL);
  add_quote_row (self, group);
  add_entry (self, group, OT_PANEL_SPEAKER_NOTES, N_("Remove the speaker notes"));

  group = new_group (self, N_("Title Slide"),
                     N_("The first slide of the deck and the presentation"));
  add_entry (self, group, OT_PANEL_DECK_TITLE, N_("Remove the title slide's title"));
  add_entry (self, group, OT_PANEL_DECK_AUTHOR, N_("Remove the author"));
  add_date_row (self, group);

  self->chart_reset = gtk_button_new_with_mnemonic (ot_gettext (self->lang, "_Reset Chart"));
  gtk_widget_set_tooltip_text (self->chart_reset,
                               ot_gettext (self->lang, "The chart's text, highlight and annotations as the "
                                         "letter has them"));
  gtk_widget_set_halign (self->chart_reset, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->chart_reset, "pill");
  g_signal_connect_swapped (self->chart_reset, "clicked", G_CALLBACK (reset_chart_cb), self);
  gtk_box_append (GTK_BOX (self->content), self->chart_reset);

  ot_briefing_panel_sync (self);
}

static void
sync_entry (OtBriefingPanel *self,
            OtPanelEntry     entry)
{
  GtkWidget *row = self->entries[entry];
  const char *value = get_value (self, entry);
  const char *shown = value != NULL ? value : letter_text (self, entry);

  if (row == NULL)
    return;
  if (entry != OT_PANEL_NEW_ANNOTATION
      && !g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), shown))
    gtk_editable_set_text (GTK_EDITABLE (row), shown);
  if (self->resets[entry] != NULL)
    gtk_widget_set_sensitive (self->resets[entry], value != NULL);
}

/* The rows show the briefing: after an edit, undo, redo or an opened file. */
void
ot_briefing_panel_sync (OtBriefingPanel *self)
{
  OtBriefing *briefing;
  const OtChartChanges *changes;
  const char * const *quote;
  GHashTableIter iter;
  gpointer id, check;
  GDateTime *date;
  g_autofree char *quote_text = NULL;

  g_return_if_fail (OT_IS_BRIEFING_PANEL (self));

  briefing = get_briefing (self);
  if (self->chart_view == NULL || self->chart_id == NULL || self->quote_label == NULL)
    return;
  gtk_widget_set_sensitive (self->content, briefing != NULL);
  if (briefing == NULL)
    return;
  changes = get_changes (self);

  self->syncing = TRUE;
  for (guint i = 0; i < OT_PANEL_N_ENTRIES; i++)
    sync_entry (self, i);

  g_hash_table_iter_init (&iter, self->highlight_checks);
  while (g_hash_table_iter_next (&iter, &id, &check))
    gtk_check_button_set_active (check, ot_chart_changes_is_highlighted (changes, id));

  if (!annotations_match (self))
    fill_annotations (self);
  else
    for (guint i = 0; i < self->annotation_rows->len; i++)
      {
        GtkEditable *row = g_ptr_array_index (self->annotation_rows, i);
        const OtAnnotation *annotation = g_ptr_array_index (changes->annotations, i);

        if (!g_str_equal (gtk_editable_get_text (row), annotation->text))
          gtk_editable_set_text (row, annotation->text);
      }

  quote = ot_briefing_get_quote (briefing, self->chart_id);
  quote_text = quote != NULL && quote[0] != NULL ? ot_slide_dup_quote (quote, self->quote_lang)
                                                 : g_strdup (self->default_quote);
  gtk_label_set_text (GTK_LABEL (self->quote_label),
                      quote_text != NULL && *quote_text != '\0'
                      ? quote_text : ot_gettext (self->lang, "No quotation"));
  gtk_widget_set_sensitive (self->quote_reset, quote != NULL);

  date = ot_briefing_get_date (briefing);
  if (date != NULL)
    {
      g_autofree char *label = ot_deck_format_date (date, self->lang);

      gtk_menu_button_set_label (GTK_MENU_BUTTON (self->date_button), label);
    }
  else
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->date_button),
                               ot_gettext (self->lang, "No date"));
  {
    /* The fields show the date, or today to start from. */
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    GDateTime *shown = date != NULL ? date : now;

    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->date_day),
                               g_date_time_get_day_of_month (shown));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->date_month),
                                g_date_time_get_month (shown) - 1);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->date_year), g_date_time_get_year (shown));
  }

  gtk_widget_set_sensitive (self->chart_reset, changes != NULL
                                               && !ot_chart_changes_is_empty (changes));
  self->syncing = FALSE;
}

/* What the panel shows: @briefing's edits of @chart_view's chart, in
 * @lang. Call ot_briefing_panel_rebuild() when the chart or the language
 * changed, ot_briefing_panel_sync() when only the briefing did. */
void
ot_briefing_panel_set_context (OtBriefingPanel *self,
                               OtBriefing      *briefing,
                               OtChartView     *chart_view,
                               OtLang           lang,
                               OtLang           quote_lang)
{
  g_return_if_fail (OT_IS_BRIEFING_PANEL (self));
  g_return_if_fail (briefing == NULL || OT_IS_BRIEFING (briefing));
  g_return_if_fail (OT_IS_CHART_VIEW (chart_view));

  g_set_object (&self->briefing, briefing);
  self->chart_view = chart_view;
  self->lang = lang;
  self->quote_lang = quote_lang;
}

GtkEditable *
ot_briefing_panel_get_entry (OtBriefingPanel *self,
                             OtPanelEntry     entry)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), NULL);
  g_return_val_if_fail (entry < OT_PANEL_N_ENTRIES, NULL);

  return self->entries[entry] != NULL ? GTK_EDITABLE (self->entries[entry]) : NULL;
}

GtkWidget *
ot_briefing_panel_get_reset_button (OtBriefingPanel *self,
                                    OtPanelEntry     entry)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), NULL);
  g_return_val_if_fail (entry < OT_PANEL_N_ENTRIES, NULL);

  return self->resets[entry];
}

GtkWidget *
ot_briefing_panel_get_highlight_check (OtBriefingPanel *self,
                                       const char      *element_id)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), NULL);

  return g_hash_table_lookup (self->highlight_checks, element_id);
}

GtkWidget *
ot_briefing_panel_get_quote_button (OtBriefingPanel *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), NULL);

  return self->quote_button;
}

GtkWidget *
ot_briefing_panel_get_quote_picker (OtBriefingPanel *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), NULL);

  return self->picker;
}

/* The annotation row, on @element_id, ready to type into. */
gboolean
ot_briefing_panel_begin_annotation (OtBriefingPanel *self,
                                    const char      *element_id)
{
  guint index;

  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), FALSE);

  if (element_id == NULL || self->annotation_target == NULL
      || !g_ptr_array_find_with_equal_func (self->element_ids, element_id, g_str_equal, &index))
    return FALSE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->annotation_target), index);
  gtk_widget_grab_focus (self->entries[OT_PANEL_NEW_ANNOTATION]);
  return TRUE;
}

GtkEditable *
ot_briefing_panel_get_annotation_entry (OtBriefingPanel *self,
                                        guint            index)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), NULL);

  return index < self->annotation_rows->len
         ? GTK_EDITABLE (g_ptr_array_index (self->annotation_rows, index)) : NULL;
}

guint
ot_briefing_panel_get_annotation_target (OtBriefingPanel *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING_PANEL (self), 0);

  return self->annotation_target != NULL
         ? adw_combo_row_get_selected (ADW_COMBO_ROW (self->annotation_target))
         : GTK_INVALID_LIST_POSITION;
}

void
ot_briefing_panel_focus_first (OtBriefingPanel *self)
{
  g_return_if_fail (OT_IS_BRIEFING_PANEL (self));

  if (self->entries[OT_PANEL_TITLE] != NULL)
    gtk_widget_grab_focus (self->entries[OT_PANEL_TITLE]);
}

static void
ot_briefing_panel_dispose (GObject *object)
{
  OtBriefingPanel *self = OT_BRIEFING_PANEL (object);

  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  g_clear_object (&self->briefing);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (ot_briefing_panel_parent_class)->dispose (object);
}

static void
ot_briefing_panel_finalize (GObject *object)
{
  OtBriefingPanel *self = OT_BRIEFING_PANEL (object);

  g_hash_table_unref (self->highlight_checks);
  g_ptr_array_unref (self->annotation_rows);
  g_clear_pointer (&self->element_ids, g_ptr_array_unref);
  g_free (self->chart_id);
  g_free (self->step_key);
  g_free (self->letter_title);
  g_free (self->letter_subtitle);
  g_free (self->letter_source);
  g_free (self->default_quote);
  G_OBJECT_CLASS (ot_briefing_panel_parent_class)->finalize (object);
}

static void
ot_briefing_panel_class_init (OtBriefingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_briefing_panel_dispose;
  object_class->finalize = ot_briefing_panel_finalize;

  /**
   * OtBriefingPanel::edit-chart:
   * @chart_id: the chart
   * @field: what was edited, so typing into one row is one step
   * @name: the step's name, untranslated ("Title Change")
   * @changes: (nullable): the chart's changes after it; NULL: the letter's own
   */
  signals[EDIT_CHART] =
    g_signal_new ("edit-chart", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_STRING,
                  /* the history keeps the name itself: a static string */
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_POINTER);
  /**
   * OtBriefingPanel::edit-quote:
   * @chart_id: the slide's chart
   * @passages: (nullable): the letter's words; NULL: the figure's own sentence
   */
  signals[EDIT_QUOTE] =
    g_signal_new ("edit-quote", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRV);
  signals[EDIT_SPEAKER_NOTES] =
    g_signal_new ("edit-speaker-notes", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  /**
   * OtBriefingPanel::edit-title-slide:
   * @title: (nullable):
   * @author: (nullable):
   * @date: (nullable):
   */
  signals[EDIT_TITLE_SLIDE] =
    g_signal_new ("edit-title-slide", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_DATE_TIME);
  /**
   * OtBriefingPanel::message:
   * @text: what the user should know, in the panel's language
   */
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "briefingpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ot_briefing_panel_init (OtBriefingPanel *self)
{
  GtkWidget *clamp;

  self->highlight_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->annotation_rows = g_ptr_array_new ();
  self->element_ids = g_ptr_array_new_with_free_func (g_free);
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  g_object_set (self->content, "margin-start", 12, "margin-end", 12, "margin-top", 12,
                "margin-bottom", 24, NULL);
  clamp = g_object_new (ADW_TYPE_CLAMP, "maximum-size", 480, "child", self->content, NULL);
  self->scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW, "hscrollbar-policy", GTK_POLICY_NEVER,
                                 "child", clamp, "width-request", 360, NULL);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}
