/* ot-briefing.c: a briefing in memory, and its .ontheemd file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-briefing"

#include "config.h"

#include <json-glib/json-glib.h>

#include "ot-briefing.h"
#include "ot-briefing-private.h"
#include "ot-charts-enums.h"
#include "ot-csv-writer.h"
#include "ot-enums.h"
#include "ot-export-enums.h"
#include "ot-file-write.h"
#include "ot-resources.h"
#include "ot-text-enums.h"

struct _OtBriefing
{
  GObject     parent_instance;

  OtDataset  *dataset;
  char       *figures_origin;
  GBytes     *figures;      /* the embedded figures file, as CSV */
  GBytes     *events;       /* its dated events, or NULL */
  gboolean    letter;       /* the letter's own figures */
  GPtrArray  *chart_ids;    /* NULL-terminated */
  GHashTable *slides;       /* chart id → OtDeckSlide* */
  char       *title;
  char       *author;
  GDateTime  *date;
  OtLang      lang;
  OtTheme     theme;
  OtExportFormat format;
  int         width, height, scale;
  guint64     change_count;
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtBriefing, ot_briefing, G_TYPE_OBJECT)

G_DEFINE_QUARK (ot-briefing-error-quark, ot_briefing_error)

static void
ot_briefing_finalize (GObject *object)
{
  OtBriefing *self = OT_BRIEFING (object);

  g_clear_object (&self->dataset);
  g_free (self->figures_origin);
  g_clear_pointer (&self->figures, g_bytes_unref);
  g_clear_pointer (&self->events, g_bytes_unref);
  g_clear_pointer (&self->chart_ids, g_ptr_array_unref);
  g_clear_pointer (&self->slides, g_hash_table_unref);
  g_free (self->title);
  g_free (self->author);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (ot_briefing_parent_class)->finalize (object);
}

static void
ot_briefing_class_init (OtBriefingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ot_briefing_finalize;

  /* Emitted by every setter that changes something. */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
ot_briefing_init (OtBriefing *self)
{
  self->chart_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->chart_ids, NULL);
  self->slides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) ot_deck_slide_free);
  self->lang = OT_LANG_NL;
  self->theme = OT_THEME_LIGHT;
  self->format = OT_EXPORT_PNG;
}

static void
changed (OtBriefing *self)
{
  self->change_count++;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
set_chart_ids (OtBriefing         *self,
               const char * const *chart_ids)
{
  g_ptr_array_set_size (self->chart_ids, 0);
  for (guint i = 0; chart_ids != NULL && chart_ids[i] != NULL; i++)
    g_ptr_array_add (self->chart_ids, g_strdup (chart_ids[i]));
  g_ptr_array_add (self->chart_ids, NULL);
}

static void
set_all_charts (OtBriefing *self)
{
  g_ptr_array_set_size (self->chart_ids, 0);
  for (guint i = 0; i < ot_chart_get_n_charts (); i++)
    {
      const OtChart *chart = ot_chart_get_nth (i);

      if (ot_chart_supports (chart, self->dataset))
        g_ptr_array_add (self->chart_ids, g_strdup (chart->id));
    }
  g_ptr_array_add (self->chart_ids, NULL);
}

/* A briefing of @dataset, whose figures it embeds: the letter's files as
 * they are, other figures as a figures file written from them. */
OtBriefing *
ot_briefing_new (OtDataset  *dataset,
                 const char *figures_origin)
{
  OtBriefing *self;

  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  self = g_object_new (OT_TYPE_BRIEFING, NULL);
  self->dataset = g_object_ref (dataset);
  self->figures_origin = g_strdup (figures_origin);
  self->letter = ot_dataset_is_letter (dataset);
  if (self->letter)
    {
      self->figures = ot_resources_lookup ("figures.csv");
      self->events = ot_resources_lookup ("events.csv");
    }
  else
    {
      char *csv = ot_csv_write_figures (dataset);

      self->figures = g_bytes_new_take (csv, strlen (csv));
    }
  set_all_charts (self);
  return self;
}

OtDataset *
ot_briefing_get_dataset (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);
  return self->dataset;
}

const char *
ot_briefing_get_figures_origin (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);
  return self->figures_origin;
}

const char * const *
ot_briefing_get_chart_ids (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);
  return (const char * const *) self->chart_ids->pdata;
}

void
ot_briefing_set_chart_ids (OtBriefing         *self,
                           const char * const *chart_ids)
{
  g_return_if_fail (OT_IS_BRIEFING (self));

  if (chart_ids != NULL
      && g_strv_equal (chart_ids, (const char * const *) self->chart_ids->pdata))
    return;
  set_chart_ids (self, chart_ids);
  changed (self);
}

static OtDeckSlide *
lookup_slide (OtBriefing *self,
              const char *chart_id)
{
  return chart_id != NULL ? g_hash_table_lookup (self->slides, chart_id) : NULL;
}

static OtDeckSlide *
ensure_slide (OtBriefing *self,
              const char *chart_id)
{
  OtDeckSlide *slide = lookup_slide (self, chart_id);

  if (slide == NULL)
    {
      slide = g_new0 (OtDeckSlide, 1);
      g_hash_table_insert (self->slides, g_strdup (chart_id), slide);
    }
  return slide;
}

const OtChartChanges *
ot_briefing_get_changes (OtBriefing *self,
                         const char *chart_id)
{
  OtDeckSlide *slide;

  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);

  slide = lookup_slide (self, chart_id);
  return slide != NULL ? slide->changes : NULL;
}

void
ot_briefing_set_changes (OtBriefing           *self,
                         const char           *chart_id,
                         const OtChartChanges *changes)
{
  OtDeckSlide *slide;

  g_return_if_fail (OT_IS_BRIEFING (self));
  g_return_if_fail (chart_id != NULL);

  if (ot_chart_changes_equal (ot_briefing_get_changes (self, chart_id), changes))
    return;
  slide = ensure_slide (self, chart_id);
  g_clear_pointer (&slide->changes, ot_chart_changes_free);
  if (!ot_chart_changes_is_empty (changes))
    slide->changes = ot_chart_changes_copy (changes);
  changed (self);
}

const char * const *
ot_briefing_get_quote (OtBriefing *self,
                       const char *chart_id)
{
  OtDeckSlide *slide;

  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);

  slide = lookup_slide (self, chart_id);
  return slide != NULL ? (const char * const *) slide->quote : NULL;
}

void
ot_briefing_set_quote (OtBriefing         *self,
                       const char         *chart_id,
                       const char * const *passages)
{
  const char * const *old;
  OtDeckSlide *slide;

  g_return_if_fail (OT_IS_BRIEFING (self));
  g_return_if_fail (chart_id != NULL);

  if (passages != NULL && passages[0] == NULL)
    passages = NULL;
  old = ot_briefing_get_quote (self, chart_id);
  if (old == passages || (old != NULL && passages != NULL && g_strv_equal (old, passages)))
    return;
  slide = ensure_slide (self, chart_id);
  g_strfreev (slide->quote);
  slide->quote = g_strdupv ((GStrv) passages);
  changed (self);
}

const char *
ot_briefing_get_speaker_notes (OtBriefing *self,
                               const char *chart_id)
{
  OtDeckSlide *slide;

  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);

  slide = lookup_slide (self, chart_id);
  return slide != NULL ? slide->speaker_notes : NULL;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
ot_briefing_set_speaker_notes (OtBriefing *self,
                               const char *chart_id,
                               const char *notes)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  g_return_if_fail (chart_id != NULL);

  if (notes != NULL && *notes == '\0')
    notes = NULL;
  if (g_strcmp0 (ot_briefing_get_speaker_notes (self, chart_id), notes) == 0)
    return;
  set_string (&ensure_slide (self, chart_id)->speaker_notes, notes);
  changed (self);
}

const char *
ot_briefing_get_title (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);
  return self->title;
}

void
ot_briefing_set_title (OtBriefing *self,
                       const char *title)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  if (set_string (&self->title, title))
    changed (self);
}

const char *
ot_briefing_get_author (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);
  return self->author;
}

void
ot_briefing_set_author (OtBriefing *self,
                        const char *author)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  if (set_string (&self->author, author))
    changed (self);
}

GDateTime *
ot_briefing_get_date (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);
  return self->date;
}

/* Only the day counts. */
void
ot_briefing_set_date (OtBriefing *self,
                      GDateTime  *date)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (OT_IS_BRIEFING (self));

  if (date != NULL)
    day = g_date_time_new_utc (g_date_time_get_year (date), g_date_time_get_month (date),
                               g_date_time_get_day_of_month (date), 0, 0, 0);
  if (day == self->date || (day != NULL && self->date != NULL && g_date_time_equal (day, self->date)))
    return;
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_steal_pointer (&day);
  changed (self);
}

OtLang
ot_briefing_get_lang (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), OT_LANG_NL);
  return self->lang;
}

void
ot_briefing_set_lang (OtBriefing *self,
                      OtLang      lang)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  g_return_if_fail (lang < OT_N_LANGS);
  if (self->lang == lang)
    return;
  self->lang = lang;
  changed (self);
}

OtTheme
ot_briefing_get_theme (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), OT_THEME_LIGHT);
  return self->theme;
}

void
ot_briefing_set_theme (OtBriefing *self,
                       OtTheme     theme)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  g_return_if_fail (theme < OT_N_THEMES);
  if (self->theme == theme)
    return;
  self->theme = theme;
  changed (self);
}

void
ot_briefing_get_export (OtBriefing     *self,
                        OtExportFormat *format,
                        int            *width,
                        int            *height,
                        int            *scale)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  if (format != NULL)
    *format = self->format;
  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
  if (scale != NULL)
    *scale = self->scale;
}

void
ot_briefing_set_export (OtBriefing     *self,
                        OtExportFormat  format,
                        int             width,
                        int             height,
                        int             scale)
{
  g_return_if_fail (OT_IS_BRIEFING (self));
  if (self->format == format && self->width == width && self->height == height
      && self->scale == scale)
    return;
  self->format = format;
  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  self->scale = MAX (scale, 0);
  changed (self);
}

guint64
ot_briefing_get_change_count (OtBriefing *self)
{
  g_return_val_if_fail (OT_IS_BRIEFING (self), 0);
  return self->change_count;
}

OtDeckChanges *
ot_briefing_dup_deck_changes (OtBriefing *self)
{
  OtDeckChanges *deck;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);

  deck = ot_deck_changes_new ();
  deck->title = g_strdup (self->title);
  deck->author = g_strdup (self->author);
  deck->date = self->date != NULL ? g_date_time_ref (self->date) : NULL;
  g_hash_table_iter_init (&iter, self->slides);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const OtDeckSlide *slide = value;
      OtDeckSlide *copy = ot_deck_changes_ensure_slide (deck, key);

      copy->quote = g_strdupv (slide->quote);
      copy->speaker_notes = g_strdup (slide->speaker_notes);
      copy->changes = slide->changes != NULL ? ot_chart_changes_copy (slide->changes) : NULL;
    }
  return deck;
}

/* What the file reader needs of the object. */
void
ot_briefing_take_slide (OtBriefing  *self,
                        const char  *chart_id,
                        OtDeckSlide *slide)
{
  g_hash_table_replace (self->slides, g_strdup (chart_id), slide);
}

GHashTable *
ot_briefing_get_slides (OtBriefing *self)
{
  return self->slides;
}

void
ot_briefing_get_figures (OtBriefing *self,
                         gboolean   *letter,
                         GBytes    **figures,
                         GBytes    **events)
{
  *letter = self->letter;
  *figures = self->figures;
  *events = self->events;
}

OtBriefing *
ot_briefing_new_embedded (OtDataset  *dataset,
                          const char *figures_origin,
                          gboolean    letter,
                          GBytes     *figures,
                          GBytes     *events)
{
  OtBriefing *self = g_object_new (OT_TYPE_BRIEFING, NULL);

  self->dataset = g_object_ref (dataset);
  self->figures_origin = g_strdup (figures_origin);
  self->letter = letter;
  self->figures = g_bytes_ref (figures);
  self->events = events != NULL ? g_bytes_ref (events) : NULL;
  set_all_charts (self);
  return self;
}

void
ot_briefing_load_settings (OtBriefing     *self,
                           OtLang          lang,
                           OtTheme         theme,
                           OtExportFormat  format,
                           int             width,
                           int             height,
                           int             scale)
{
  self->lang = lang;
  self->theme = theme;
  self->format = format;
  self->width = width;
  self->height = height;
  self->scale = scale;
}

void
ot_briefing_load_title_slide (OtBriefing *self,
                              const char *title,
                              const char *author,
                              GDateTime  *date)
{
  set_string (&self->title, title);
  set_string (&self->author, author);
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
}

void
ot_briefing_load_chart_ids (OtBriefing         *self,
                            const char * const *chart_ids)
{
  set_chart_ids (self, chart_ids);
}
