/* ot-dataset-read.c: a figures file, or the letter's figures and dates, read
 * into a dataset and checked, naming the file, line and column of what is
 * wrong
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-dataset"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-csv.h"
#include "ot-dataset-private.h"
#include "ot-format.h"
#include "ot-i18n.h"
#include "ot-resources.h"
#include "ot-text.h"

enum { FIG_ID, FIG_VALUE, FIG_UNIT, FIG_QUALIFIER, FIG_DATE, FIG_LABEL_NL, FIG_LABEL_EN,
       FIG_PARENT, FIG_BASE, FIG_SOURCE, FIG_SOURCE_EN, FIG_PUBLICATION, FIG_PUBLICATION_EN,
       N_FIG_COLUMNS };

static const OtCsvColumn figure_columns[N_FIG_COLUMNS] = {
  [FIG_ID] = { "id", TRUE },
  [FIG_VALUE] = { "value", TRUE },
  [FIG_UNIT] = { "unit", TRUE },
  [FIG_QUALIFIER] = { "qualifier", FALSE },
  [FIG_DATE] = { "date", FALSE },
  [FIG_LABEL_NL] = { "label_nl", TRUE },
  [FIG_LABEL_EN] = { "label_en", TRUE },
  [FIG_PARENT] = { "parent", FALSE },
  [FIG_BASE] = { "base", FALSE },
  [FIG_SOURCE] = { "source", TRUE },
  [FIG_SOURCE_EN] = { "source_en", FALSE },
  [FIG_PUBLICATION] = { "publication", FALSE },
  [FIG_PUBLICATION_EN] = { "publication_en", FALSE },
};

enum { EV_ID, EV_START, EV_END, EV_QUALIFIER, EV_HIGHLIGHT, EV_LABEL_NL, EV_LABEL_EN, EV_SOURCE,
       EV_SOURCE_EN, N_EV_COLUMNS };

static const OtCsvColumn event_columns[N_EV_COLUMNS] = {
  [EV_ID] = { "id", TRUE },
  [EV_START] = { "start", TRUE },
  [EV_END] = { "end", FALSE },
  [EV_QUALIFIER] = { "qualifier", FALSE },
  [EV_HIGHLIGHT] = { "highlight", FALSE },
  [EV_LABEL_NL] = { "label_nl", TRUE },
  [EV_LABEL_EN] = { "label_en", TRUE },
  [EV_SOURCE] = { "source", TRUE },
  [EV_SOURCE_EN] = { "source_en", FALSE },
};

static void add_warning (OtDataset  *self,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

/* @format is a message, translated. */
static void
add_warning (OtDataset  *self,
             const char *format,
             ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Keep the array NULL-terminated for get_warnings. */
  g_ptr_array_insert (self->warnings, self->warnings->len - 1, message);
}

/* Field checks: each names the cell it complains about. */

/* @message says which cell is empty; it is translated here. */
static gboolean
check_present (const OtCsvRow *row,
               guint           column,
               const char     *message,
               GError        **error)
{
  const char *value = row->values[column];

  if (value != NULL && *value != '\0')
    return TRUE;

  ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_MISSING, row->file,
                   row->lines[column], row->columns[column], "%s", ot_msg (message));
  return FALSE;
}

/* A text no longer than @max characters, or an error at its cell;
 * @message (marked with N_) takes the length and the most. */
static gboolean
check_length (const OtCsvRow *row,
              guint           column,
              const char     *message,
              glong           max,
              GError        **error)
{
  const char *value = row->values[column];
  glong length;

  /* Bytes first: most texts are far shorter, and need no count. */
  if (value == NULL || strlen (value) <= (gsize) max)
    return TRUE;
  length = g_utf8_strlen (value, -1);
  if (length <= max)
    return TRUE;

  ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_TOO_LARGE, row->file,
                   row->lines[column], row->columns[column], ot_msg (message), length, max);
  return FALSE;
}

/* The texts a chart draws, each within its stated length. */
static gboolean
check_lengths (const OtCsvRow *row,
               guint           id,
               guint           label_nl,
               guint           label_en,
               guint           source,
               guint           source_en,
               GError        **error)
{
  return check_length (row, id, N_("the id is %ld characters long; the most is %ld"),
                       OT_DATASET_MAX_ID_LENGTH, error)
         && check_length (row, label_nl, N_("the Dutch label (label_nl) is %ld characters long; "
                                            "the most is %ld"),
                          OT_DATASET_MAX_LABEL_LENGTH, error)
         && check_length (row, label_en, N_("the English label (label_en) is %ld characters "
                                            "long; the most is %ld"),
                          OT_DATASET_MAX_LABEL_LENGTH, error)
         && check_length (row, source, N_("the source is %ld characters long; the most is %ld"),
                          OT_DATASET_MAX_SOURCE_LENGTH, error)
         && check_length (row, source_en, N_("the English source (source_en) is %ld characters "
                                             "long; the most is %ld"),
                          OT_DATASET_MAX_SOURCE_LENGTH, error);
}

static gboolean
check_id (const OtCsvRow *row,
          guint           column,
          GHashTable     *seen,
          GError        **error)
{
  const char *id = row->values[column];

  if (!check_present (row, column, N_("the id is empty"), error))
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
        {
          ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_ID, row->file,
                           row->lines[column], row->columns[column],
                           ot_msg ("the id “%s” may only hold lower-case letters a–z, digits, "
                                   "“-” and “_”"), id);
          return FALSE;
        }
    }

  if (g_hash_table_contains (seen, id))
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_ID, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("the id “%s” is used twice; ids must be unique"), id);
      return FALSE;
    }

  return TRUE;
}

/* A plain decimal number: digits, an optional point and fraction, an
 * optional exponent. No hex, no "inf", no thousands separators. */
static gboolean
parse_value (const OtCsvRow *row,
             guint           column,
             double         *out_value,
             GError        **error)
{
  const char *text = row->values[column];
  const char *p = text;
  char *end = NULL;
  gboolean digits = FALSE;
  double value;

  if (!check_present (row, column, N_("the value is empty"), error))
    return FALSE;

  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits = TRUE;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++, digits = TRUE;
    }
  if (digits && (*p == 'e' || *p == 'E'))
    {
      const char *exp = p + 1;

      if (*exp == '+' || *exp == '-')
        exp++;
      if (g_ascii_isdigit (*exp))
        {
          p = exp;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }

  if (!digits || *p != '\0')
    {
      const char *hint = strchr (text, ',') != NULL
        ? ot_msg ("; write decimals with a point and no thousands separators") : "";

      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_VALUE, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("expected a number, found “%s”%s"), text, hint);
      return FALSE;
    }

  /* Past 10^15 (more than the world's yearly product in euro) no figure
   * of a letter lies, and the charts' number formats end there too. */
  value = g_ascii_strtod (text, &end);
  if (!isfinite (value) || fabs (value) > OT_DATASET_MAX_VALUE)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_VALUE, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("the number “%s” is too large; the most is 10^15"), text);
      return FALSE;
    }
  if (value < 0)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_VALUE, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("expected a number of zero or more, found “%s”"), text);
      return FALSE;
    }

  *out_value = value;
  return TRUE;
}

static gboolean
parse_date_cell (const OtCsvRow *row,
                 guint           column,
                 OtDate         *out_date,
                 GError        **error)
{
  const char *text = row->values[column];

  if (text == NULL || *text == '\0')
    return TRUE;

  if (!ot_date_parse (text, out_date))
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_DATE, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("expected a date as 2016, 2016-07 or 2016-09-19, found “%s”"), text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The publication a figure names, kept once; its English name where the
 * file gives one, else the same. */
static void
add_publication (OtDataset  *self,
                 const char *publication,
                 const char *publication_en)
{
  const char *original = has_text (publication) ? publication : publication_en;
  g_autofree char *nl = has_text (original) ? g_strstrip (g_strdup (original)) : NULL;
  g_autofree char *en = has_text (publication_en) ? g_strstrip (g_strdup (publication_en))
                                                  : g_strdup (nl);

  if (nl == NULL || *nl == '\0')
    {
      self->unpublished = TRUE;
      return;
    }
  for (guint i = 0; i < self->publications[OT_LANG_NL]->len; i++)
    if (g_str_equal (g_ptr_array_index (self->publications[OT_LANG_NL], i), nl))
      return;
  g_ptr_array_add (self->publications[OT_LANG_NL], g_steal_pointer (&nl));
  g_ptr_array_add (self->publications[OT_LANG_EN], g_steal_pointer (&en));
}

static gboolean
figure_row_cb (const OtCsvRow *row,
               gpointer        user_data,
               GError        **error)
{
  OtDataset *self = user_data;
  g_autoptr(OtFigure) figure = g_new0 (OtFigure, 1);
  const char *parent = row->values[FIG_PARENT];
  const char *base = row->values[FIG_BASE];

  if (self->figures->len == OT_DATASET_MAX_FIGURES)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_TOO_LARGE, row->file,
                       row->line, 1, ot_msg ("more than %u figures; a figures file holds at "
                                             "most %u, as many as a chart can show"),
                       OT_DATASET_MAX_FIGURES, OT_DATASET_MAX_FIGURES);
      return FALSE;
    }

  if (!check_lengths (row, FIG_ID, FIG_LABEL_NL, FIG_LABEL_EN, FIG_SOURCE, FIG_SOURCE_EN, error)
      || !check_id (row, FIG_ID, self->figures_by_id, error)
      || !parse_value (row, FIG_VALUE, &figure->value, error))
    return FALSE;

  if (!check_present (row, FIG_UNIT, N_("the unit is empty"), error))
    return FALSE;
  if (!ot_unit_parse (row->values[FIG_UNIT], &figure->unit))
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_UNIT, row->file,
                       row->lines[FIG_UNIT], row->columns[FIG_UNIT],
                       ot_msg ("unknown unit “%s”; expected people, EUR or percent"),
                       row->values[FIG_UNIT]);
      return FALSE;
    }

  if (!ot_figure_qualifier_parse (row->values[FIG_QUALIFIER], &figure->qualifier))
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_QUALIFIER, row->file,
                       row->lines[FIG_QUALIFIER], row->columns[FIG_QUALIFIER],
                       ot_msg ("unknown qualifier “%s”; expected nothing, up_to_about, "
                               "not_agreed or in_addition"), row->values[FIG_QUALIFIER]);
      return FALSE;
    }

  if (figure->unit == OT_UNIT_PERCENT && figure->value > 100)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_VALUE, row->file,
                       row->lines[FIG_VALUE], row->columns[FIG_VALUE],
                       ot_msg ("expected a percentage from 0 to 100, found “%s”"),
                       row->values[FIG_VALUE]);
      return FALSE;
    }

  if (!parse_date_cell (row, FIG_DATE, &figure->date, error)
      || !check_present (row, FIG_LABEL_NL, N_("the Dutch label (label_nl) is empty"), error)
      || !check_present (row, FIG_LABEL_EN, N_("the English label (label_en) is empty"), error)
      || !check_present (row, FIG_SOURCE, N_("the source is empty"), error))
    return FALSE;

  figure->id = g_strdup (row->values[FIG_ID]);
  figure->label[OT_LANG_NL] = g_strdup (row->values[FIG_LABEL_NL]);
  figure->label[OT_LANG_EN] = g_strdup (row->values[FIG_LABEL_EN]);
  figure->source = g_strdup (row->values[FIG_SOURCE]);
  if (row->values[FIG_SOURCE_EN] != NULL && *row->values[FIG_SOURCE_EN] != '\0')
    figure->source_en = g_strdup (row->values[FIG_SOURCE_EN]);
  figure->line = row->line;
  add_publication (self, row->values[FIG_PUBLICATION], row->values[FIG_PUBLICATION_EN]);
  if (parent != NULL && *parent != '\0')
    {
      figure->parent_id = g_strdup (parent);
      figure->parent_column = row->columns[FIG_PARENT];
    }
  if (base != NULL && *base != '\0')
    {
      if (figure->unit != OT_UNIT_PERCENT)
        {
          ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_PARENT, row->file,
                           row->lines[FIG_BASE], row->columns[FIG_BASE],
                           ot_msg ("only a percentage has a base; “%s” is in %s"),
                           figure->id, ot_unit_to_string (figure->unit));
          return FALSE;
        }
      figure->base_id = g_strdup (base);
      figure->base_column = row->columns[FIG_BASE];
    }

  g_hash_table_insert (self->figures_by_id, figure->id, figure);
  g_ptr_array_add (self->figures, g_steal_pointer (&figure));
  return TRUE;
}

/* The smallest power of ten the published figures are rounded to. */
static double
rounding_unit (double value)
{
  double unit = 1;

  if (value == 0)
    return 1;

  while (unit < 1e15 && fabs (fmod (value, unit * 10)) < 1e-6)
    unit *= 10;
  return unit;
}

/* Linear in the number of figures, so the largest file the reader takes
 * is checked at once, however its parents are chained. */
static gboolean
check_parents (OtDataset  *self,
               GError    **error)
{
  /* figure -> the walk (i + 1) that first went through it */
  g_autoptr(GHashTable) walked = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      const OtFigure *figure = g_ptr_array_index (self->figures, i);
      const OtFigure *parent;
      const OtFigure *walk;

      if (figure->base_id != NULL)
        {
          const OtFigure *base = g_hash_table_lookup (self->figures_by_id, figure->base_id);

          if (base == NULL || base->unit == OT_UNIT_PERCENT)
            {
              ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_PARENT, self->name,
                               figure->line, figure->base_column,
                               base == NULL
                               ? ot_msg ("the base “%s” is not the id of any figure in the file")
                               : ot_msg ("the base “%s” is itself a percentage"), figure->base_id);
              return FALSE;
            }
        }

      if (figure->parent_id == NULL)
        continue;

      parent = g_hash_table_lookup (self->figures_by_id, figure->parent_id);
      if (parent == NULL)
        {
          ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_PARENT, self->name,
                           figure->line, figure->parent_column,
                           ot_msg ("the parent “%s” is not the id of any figure in the file"),
                           figure->parent_id);
          return FALSE;
        }

      if (parent->unit != figure->unit)
        {
          ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_PARENT, self->name,
                           figure->line, figure->parent_column,
                           ot_msg ("the part “%s” is in %s but its parent “%s” is in %s"),
                           figure->id, ot_unit_to_string (figure->unit),
                           parent->id, ot_unit_to_string (parent->unit));
          return FALSE;
        }

      for (walk = figure; walk != NULL && walk->parent_id != NULL;
           walk = g_hash_table_lookup (self->figures_by_id, walk->parent_id))
        {
          guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (walked, walk));

          if (seen == i + 1)
            {
              ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_PARENT, self->name,
                               figure->line, figure->parent_column,
                               ot_msg ("the parents of “%s” form a cycle; a figure cannot be "
                                       "part of itself"), figure->id);
              return FALSE;
            }
          /* An earlier walk went on from here and found no cycle. */
          if (seen != 0)
            break;
          g_hash_table_insert (walked, (gpointer) walk, GUINT_TO_POINTER (i + 1));
        }
    }

  return TRUE;
}

/* Parts must add up to their parent within the rounding of the published
 * figures; a file where they do not loads, with a warning. */
static void
check_sums (OtDataset *self)
{
  /* parent id -> its parts in file order; one pass, not one per figure */
  g_autoptr(GHashTable) parts_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < self->figures->len; i++)
    {
      OtFigure *figure = g_ptr_array_index (self->figures, i);
      GPtrArray *parts;

      if (figure->parent_id == NULL)
        continue;
      parts = g_hash_table_lookup (parts_of, figure->parent_id);
      if (parts == NULL)
        {
          parts = g_ptr_array_new ();
          g_hash_table_insert (parts_of, figure->parent_id, parts);
        }
      g_ptr_array_add (parts, figure);
    }

  for (guint i = 0; i < self->figures->len; i++)
    {
      const OtFigure *parent = g_ptr_array_index (self->figures, i);
      GPtrArray *parts = g_hash_table_lookup (parts_of, parent->id);
      double sum = 0, unit = rounding_unit (parent->value);

      if (parts == NULL)
        continue;

      for (guint j = 0; j < parts->len; j++)
        {
          const OtFigure *part = g_ptr_array_index (parts, j);

          sum += part->value;
          unit = MIN (unit, rounding_unit (part->value));
        }

      /* Each rounded figure may be off by half a unit. */
      if (fabs (sum - parent->value) > unit / 2 * (parts->len + 1) + 1e-9)
        {
          OtLang lang = ot_messages_get_lang ();
          g_autofree char *sum_text = ot_format_quantity (sum, parent->unit, lang);
          g_autofree char *total_text = ot_format_quantity (parent->value, parent->unit, lang);

          add_warning (self, ot_msg ("%s:%u: the %u parts of “%s” add up to %s, not to its %s"),
                       self->name, parent->line, parts->len, parent->id, sum_text, total_text);
        }
    }
}

OtDataset *
ot_dataset_new_from_stream (GInputStream *figures,
                            const char   *raw_name,
                            GCancellable *cancellable,
                            GError      **error)
{
  g_autoptr(OtDataset) self = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (figures), NULL);
  g_return_val_if_fail (raw_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A file's name goes into messages and onto the chart: shown, never
   * refused, with what no output can hold made visible. */
  name = ot_text_make_visible (raw_name);
  self = g_object_new (OT_TYPE_DATASET, NULL);
  self->name = g_strdup (name);

  if (!ot_csv_read_stream (figures, name, figure_columns, N_FIG_COLUMNS,
                           figure_row_cb, self, cancellable, error))
    return NULL;

  if (self->figures->len == 0)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_NO_ROWS, name, 0, 0,
                       ot_msg ("the file has a header but no figures"));
      return NULL;
    }

  if (!check_parents (self, error))
    return NULL;

  check_sums (self);
  ot_dataset_set_source_labels (self);

  return g_steal_pointer (&self);
}

OtDataset *
ot_dataset_new_from_file (GFile        *figures,
                          GCancellable *cancellable,
                          GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (figures), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  {
    g_autofree char *parse_name = g_file_get_parse_name (figures);

    name = ot_text_make_visible (parse_name);
  }

  /* Asked before opening: opening a pipe waits for a writer, and a folder
   * or a device is never a figures file. */
  info = g_file_query_info (figures, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO, ot_msg ("%s: no such file"), name);
      else
        g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO, "%s: %s", name,
                     ot_msg_for_error (local_error));
      return NULL;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      break;
    case G_FILE_TYPE_DIRECTORY:
      g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO,
                   ot_msg ("%s: is a folder; expected a figures file"), name);
      return NULL;
    case G_FILE_TYPE_UNKNOWN:
    case G_FILE_TYPE_SYMBOLIC_LINK:
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO,
                   ot_msg ("%s: is a device, a pipe or a socket, not a file; expected a "
                           "figures file"), name);
      return NULL;
    }

  /* The reader counts too; this only spares reading what it would refuse. */
  if (g_file_info_get_size (info) > OT_CSV_MAX_FILE_SIZE)
    {
      g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE,
                   ot_msg ("%s: the file is larger than %u MB, the most Ontheemd reads"),
                   name, OT_CSV_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  stream = g_file_read (figures, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO, "%s: %s", name,
                   ot_msg_for_error (local_error));
      return NULL;
    }

  /* A file of one's own has its own figures only: the letter's dates and
   * UNHCR's series are the letter's, and no chart of them is the file's. */
  return ot_dataset_new_from_stream (G_INPUT_STREAM (stream), name, cancellable, error);
}

OtDataset *
ot_dataset_new_default (GError **error)
{
  g_autoptr(GBytes) figures = ot_resources_lookup ("figures.csv");
  g_autoptr(GInputStream) figures_stream = NULL;
  g_autoptr(OtDataset) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_assert (figures != NULL);

  figures_stream = g_memory_input_stream_new_from_bytes (figures);
  self = ot_dataset_new_from_stream (figures_stream, "figures.csv", NULL, error);
  if (self == NULL)
    return NULL;

  /* Its dates are read when a chart or a link first asks for them: most
   * exports draw none (ot_dataset_read_letter_events). */
  self->letter_events = ot_resources_lookup ("events.csv");
  g_assert (self->letter_events != NULL);
  self->is_letter = TRUE;
  ot_dataset_set_source_labels (self);
  return g_steal_pointer (&self);
}

static gboolean
event_row_cb (const OtCsvRow *row,
              gpointer        user_data,
              GError        **error)
{
  OtDataset *self = user_data;
  g_autoptr(OtEvent) event = g_new0 (OtEvent, 1);

  if (self->events->len == OT_DATASET_MAX_FIGURES)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_TOO_LARGE, row->file,
                       row->line, 1, ot_msg ("more than %u dates; a file of dates holds at most "
                                             "%u, as many as the timeline can show"),
                       OT_DATASET_MAX_FIGURES, OT_DATASET_MAX_FIGURES);
      return FALSE;
    }

  if (!check_lengths (row, EV_ID, EV_LABEL_NL, EV_LABEL_EN, EV_SOURCE, EV_SOURCE_EN, error)
      || !check_id (row, EV_ID, self->events_by_id, error)
      || !check_present (row, EV_START, N_("the start date is empty"), error)
      || !parse_date_cell (row, EV_START, &event->start, error)
      || !parse_date_cell (row, EV_END, &event->end, error))
    return FALSE;

  if (event->end.year != 0 && ot_date_compare (&event->end, &event->start) < 0)
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_DATE, row->file,
                       row->lines[EV_END], row->columns[EV_END],
                       ot_msg ("the end date “%s” is before the start date “%s”"),
                       row->values[EV_END], row->values[EV_START]);
      return FALSE;
    }

  if (!ot_event_qualifier_parse (row->values[EV_QUALIFIER], &event->qualifier))
    {
      ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_QUALIFIER, row->file,
                       row->lines[EV_QUALIFIER], row->columns[EV_QUALIFIER],
                       ot_msg ("unknown qualifier “%s”; expected nothing, end_of or by"),
                       row->values[EV_QUALIFIER]);
      return FALSE;
    }

  if (row->values[EV_HIGHLIGHT] != NULL && *row->values[EV_HIGHLIGHT] != '\0')
    {
      if (g_str_equal (row->values[EV_HIGHLIGHT], "letter"))
        event->letter_date = TRUE;
      else if (g_str_equal (row->values[EV_HIGHLIGHT], "yes"))
        event->highlight = TRUE;
      else
        {
          ot_set_error_at (error, OT_DATASET_ERROR, OT_DATASET_ERROR_QUALIFIER, row->file,
                           row->lines[EV_HIGHLIGHT], row->columns[EV_HIGHLIGHT],
                           ot_msg ("expected “yes”, “letter” or nothing in highlight, found “%s”"),
                           row->values[EV_HIGHLIGHT]);
          return FALSE;
        }
    }

  if (!check_present (row, EV_LABEL_NL, N_("the Dutch label (label_nl) is empty"), error)
      || !check_present (row, EV_LABEL_EN, N_("the English label (label_en) is empty"), error)
      || !check_present (row, EV_SOURCE, N_("the source is empty"), error))
    return FALSE;

  event->id = g_strdup (row->values[EV_ID]);
  event->label[OT_LANG_NL] = g_strdup (row->values[EV_LABEL_NL]);
  event->label[OT_LANG_EN] = g_strdup (row->values[EV_LABEL_EN]);
  event->source = g_strdup (row->values[EV_SOURCE]);
  if (row->values[EV_SOURCE_EN] != NULL && *row->values[EV_SOURCE_EN] != '\0')
    event->source_en = g_strdup (row->values[EV_SOURCE_EN]);
  event->line = row->line;

  g_hash_table_insert (self->events_by_id, event->id, event);
  g_ptr_array_add (self->events, g_steal_pointer (&event));
  return TRUE;
}

/* The letter's dates, built in and checked by the test suite (as its
 * series is: ot_series_new_published); read once, under a lock, as a
 * chart drawn in a thread may be the first to ask. */
void
ot_dataset_read_letter_events (OtDataset *self)
{
  static GMutex lock;
  g_autoptr(GBytes) events = NULL;

  if (g_atomic_pointer_get (&self->letter_events) == NULL)
    return;

  g_mutex_lock (&lock);
  if (self->letter_events != NULL)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (self->letter_events);
      g_autoptr(GError) error = NULL;

      if (!ot_csv_read_stream (stream, "events.csv", event_columns, N_EV_COLUMNS, event_row_cb,
                               self, NULL, &error))
        g_error ("the letter's built-in dates do not load: %s", error->message);
      /* Only now: another thread waits on the lock until they are all read. */
      events = self->letter_events;
      g_atomic_pointer_set (&self->letter_events, NULL);
    }
  g_mutex_unlock (&lock);
}

gboolean
ot_dataset_load_events (OtDataset    *self,
                        GInputStream *events,
                        const char   *name,
                        GCancellable *cancellable,
                        GError      **error)
{
  g_return_val_if_fail (OT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (events), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  ot_dataset_read_letter_events (self);
  return ot_csv_read_stream (events, name, event_columns, N_EV_COLUMNS,
                             event_row_cb, self, cancellable, error);
}
