/* ot-dataset.c: the figures and dated events a chart draws, validated
 *
 * The object and what it answers; reading a figures file, or the letter's
 * figures and dates, into one is ot-dataset-read.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-dataset"

#include "config.h"

#include <string.h>

#include "ot-dataset-private.h"
#include "ot-format.h"
#include "ot-i18n.h"

G_DEFINE_FINAL_TYPE (OtDataset, ot_dataset, G_TYPE_OBJECT)
G_DEFINE_QUARK (ot-dataset-error-quark, ot_dataset_error)

static void
ot_dataset_finalize (GObject *object)
{
  OtDataset *self = OT_DATASET (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->figures_by_id, g_hash_table_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->events_by_id, g_hash_table_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->letter_events, g_bytes_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_object (&self->series);
  for (guint i = 0; i < OT_N_LANGS; i++)
    {
      g_clear_pointer (&self->publications[i], g_ptr_array_unref);
      g_clear_pointer (&self->source_label[i], g_free);
    }

  G_OBJECT_CLASS (ot_dataset_parent_class)->finalize (object);
}

static void
ot_dataset_class_init (OtDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_dataset_finalize;
}

static void
ot_dataset_init (OtDataset *self)
{
  self->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_figure_free);
  self->figures_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_event_free);
  self->events_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->warnings, NULL);
  for (guint i = 0; i < OT_N_LANGS; i++)
    self->publications[i] = g_ptr_array_new_with_free_func (g_free);
}

/* What a chart's source line and an exported file's metadata cite: the
 * letter; the publications the figures name, and the file's own name (never
 * its folders) where a figure names none; or the series' source. */
void
ot_dataset_set_source_labels (OtDataset *self)
{
  for (guint lang = 0; lang < OT_N_LANGS; lang++)
    {
      g_autoptr(GString) label = g_string_new (NULL);
      GPtrArray *publications = self->publications[lang];

      g_clear_pointer (&self->source_label[lang], g_free);
      if (self->is_letter)
        g_string_append (label, ot_gettext (lang, "Kamerstuk 26 150, no. 155, 8 September 2016"));
      else if (self->figures->len == 0 && self->series != NULL)
        {
          g_autofree char *series = ot_series_dup_source_label (self->series, lang);

          g_string_append (label, series);
        }
      else
        {
          for (guint i = 0; i < publications->len; i++)
            g_string_append_printf (label, "%s%s", i > 0 ? "; " : "",
                                    (char *) g_ptr_array_index (publications, i));
          if (self->unpublished || publications->len == 0)
            {
              g_autofree char *file = g_path_get_basename (self->name);

              g_string_append_printf (label, "%s%s", label->len > 0 ? "; " : "", file);
            }
        }
      self->source_label[lang] = g_string_free (g_steal_pointer (&label), FALSE);
    }
}

const char *
ot_dataset_get_name (OtDataset *self)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);

  return self->name;
}

gboolean
ot_dataset_is_letter (OtDataset *self)
{
  g_return_val_if_fail (OT_IS_DATASET (self), FALSE);

  return self->is_letter;
}

/* What a chart's footer cites (see set_source_labels): no folder of the
 * file's path is in it. */
const char *
ot_dataset_get_source_label (OtDataset *self,
                             OtLang     lang)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, NULL);

  return self->source_label[lang];
}

/* What the data is, as the title of a deck of its charts. */
char *
ot_dataset_dup_title (OtDataset *self,
                      OtLang     lang)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, NULL);

  if (self->is_letter)
    return g_strdup (ot_gettext (lang, "The figures of Kamerstuk 26 150, no. 155"));

  if (self->figures->len == 0 && self->series != NULL)
    {
      guint n = ot_series_get_n_years (self->series);

      if (n == 0)
        return g_strdup (ot_gettext (lang, "Figures from UNHCR's Refugee Data Finder"));
      if (n == 1)
        /* TRANSLATORS: a deck's title; %u is a year */
        return g_strdup_printf (ot_gettext (lang, "Figures from UNHCR's Refugee Data Finder, "
                                            "%u"), ot_series_get_year (self->series, 0)->year);
      /* TRANSLATORS: a deck's title; "2021–2023" */
      return g_strdup_printf (ot_gettext (lang, "Figures from UNHCR's Refugee Data Finder, "
                                          "%u–%u"),
                              ot_series_get_year (self->series, 0)->year,
                              ot_series_get_year (self->series, n - 1)->year);
    }

  /* TRANSLATORS: a deck's title; %s is where the figures come from, the
   * publications a figures file names or else the file's name */
  return g_strdup_printf (ot_gettext (lang, "Figures from %s"), self->source_label[lang]);
}

/* @label as a keyword: "Asylum seekers" as "asylum seekers", but "UNHCR"
 * and "CBS figures" as they are. */
static void
append_keyword (GString    *keywords,
                const char *label)
{
  gunichar first = g_utf8_get_char (label);
  const char *rest = g_utf8_next_char (label);

  g_string_append (keywords, ", ");
  if (g_unichar_isupper (first) && *rest != '\0' && !g_unichar_isupper (g_utf8_get_char (rest)))
    {
      g_string_append_unichar (keywords, g_unichar_tolower (first));
      g_string_append (keywords, rest);
    }
  else
    g_string_append (keywords, label);
}

/* What the data is about, as keywords of an exported file: the letter's
 * subjects; UNHCR and the groups an export counts; or the source and what
 * the figures of a file are (those that are no part of another). */
char *
ot_dataset_dup_keywords (OtDataset *self,
                         OtLang     lang)
{
  g_autoptr(GString) keywords = NULL;
  guint n = 0;

  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, NULL);

  if (self->is_letter)
    return g_strdup (ot_gettext (lang, "refugees, migration, displacement, UN summit 2016, "
                                 "Kamerstuk 26 150"));

  keywords = g_string_new (NULL);
  if (self->figures->len == 0 && self->series != NULL)
    {
      g_string_append (keywords, "UNHCR, Refugee Data Finder");
      for (guint c = 0; c < OT_N_SERIES_CATEGORIES; c++)
        if (ot_series_has_category (self->series, c))
          append_keyword (keywords, ot_series_category_get_label (c, lang));
      return g_string_free (g_steal_pointer (&keywords), FALSE);
    }

  g_string_append (keywords, self->source_label[lang]);
  for (guint i = 0; i < self->figures->len && n < 8; i++)
    {
      const OtFigure *figure = g_ptr_array_index (self->figures, i);

      if (figure->parent_id != NULL)
        continue;
      append_keyword (keywords, ot_figure_get_label (figure, lang));
      n++;
    }
  return g_string_free (g_steal_pointer (&keywords), FALSE);
}

guint
ot_dataset_get_n_figures (OtDataset *self)
{
  g_return_val_if_fail (OT_IS_DATASET (self), 0);

  return self->figures->len;
}

const OtFigure *
ot_dataset_get_figure (OtDataset *self,
                       guint      index)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);

  return g_ptr_array_index (self->figures, index);
}

const OtFigure *
ot_dataset_lookup_figure (OtDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->figures_by_id, id);
}

/* The figures whose parent is @parent_id, in file order. */
GPtrArray *
ot_dataset_dup_parts (OtDataset  *self,
                      const char *parent_id)
{
  GPtrArray *parts;

  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (parent_id != NULL, NULL);

  parts = g_ptr_array_new ();
  for (guint i = 0; i < self->figures->len; i++)
    {
      const OtFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_strcmp0 (figure->parent_id, parent_id) == 0)
        g_ptr_array_add (parts, (gpointer) figure);
    }

  return parts;
}

/* The first figure of the file that has parts: the one a breakdown shows. */
const OtFigure *
ot_dataset_find_breakdown (OtDataset *self)
{
  g_autoptr(GHashTable) parents = NULL;

  g_return_val_if_fail (OT_IS_DATASET (self), NULL);

  parents = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->figures->len; i++)
    {
      const OtFigure *figure = g_ptr_array_index (self->figures, i);

      if (figure->parent_id != NULL)
        g_hash_table_add (parents, figure->parent_id);
    }

  for (guint i = 0; i < self->figures->len; i++)
    {
      const OtFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_hash_table_contains (parents, figure->id))
        return figure;
    }

  return NULL;
}

guint
ot_dataset_get_n_events (OtDataset *self)
{
  g_return_val_if_fail (OT_IS_DATASET (self), 0);

  ot_dataset_read_letter_events (self);
  return self->events->len;
}

const OtEvent *
ot_dataset_get_event (OtDataset *self,
                      guint      index)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  ot_dataset_read_letter_events (self);
  g_return_val_if_fail (index < self->events->len, NULL);

  return g_ptr_array_index (self->events, index);
}

const OtEvent *
ot_dataset_lookup_event (OtDataset  *self,
                         const char *id)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  ot_dataset_read_letter_events (self);
  return g_hash_table_lookup (self->events_by_id, id);
}

const char * const *
ot_dataset_get_warnings (OtDataset *self)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);

  return (const char * const *) self->warnings->pdata;
}

/* A dataset of counts alone, named after the file they came from. */
OtDataset *
ot_dataset_new_for_series (OtSeries *series)
{
  OtDataset *self;

  g_return_val_if_fail (OT_IS_SERIES (series), NULL);

  self = g_object_new (OT_TYPE_DATASET, NULL);
  self->name = g_strdup (ot_series_get_name (series));
  self->series = g_object_ref (series);
  ot_dataset_set_source_labels (self);
  return self;
}

/* The letter gets UNHCR's published series on first use: the trend puts
 * its figures in context. A figures file of one's own has none. */
OtSeries *
ot_dataset_get_series (OtDataset *self)
{
  g_return_val_if_fail (OT_IS_DATASET (self), NULL);

  if (self->series == NULL && self->is_letter)
    self->series = ot_series_new_published ();
  return self->series;
}

void
ot_dataset_set_series (OtDataset *self,
                       OtSeries  *series)
{
  g_return_if_fail (OT_IS_DATASET (self));
  g_return_if_fail (series == NULL || OT_IS_SERIES (series));

  g_set_object (&self->series, series);
  ot_dataset_set_source_labels (self);
}
