/* ot-csv-writer.c: CSV out through libcsv's writer, safe to open in a spreadsheet
 *
 * Every field goes through csv_write (), which quotes it and doubles its
 * quotes, so commas, quotes and line breaks survive. A field that a
 * spreadsheet would take for a formula gets an apostrophe in front: opened
 * in a spreadsheet it is text, never a formula that runs (see
 * ot_csv_neutralise). Files are written through ot_file_write_bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-csv-writer"

#include "config.h"

#include <csv.h>
#include <string.h>

#include "ot-csv-writer.h"
#include "ot-file-write.h"
#include "ot-i18n.h"

struct _OtCsvWriter
{
  GString  *text;
  gboolean  row_started;
};

OtCsvWriter *
ot_csv_writer_new (void)
{
  OtCsvWriter *self = g_new0 (OtCsvWriter, 1);

  self->text = g_string_new (NULL);
  return self;
}

void
ot_csv_writer_free (OtCsvWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_free (self);
}

/* What a spreadsheet skips before it looks for a formula: spaces of every
 * kind (LibreOffice and Excel trim no-break and ideographic spaces too),
 * line breaks and tabs, and the invisible zero-width characters. */
static gboolean
is_skipped_before_formula (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x2060
         || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x180E;
}

/* What starts a formula: = + - @ as ASCII, full-width (Japanese and
 * Chinese input gives ＝ for =, which Excel and Calc take as it), small
 * and super- or subscript forms, and the minus sign U+2212. */
static gboolean
starts_formula (gunichar c)
{
  static const gunichar triggers[] = {
    '=', '+', '-', '@',
    0xFF1D, 0xFF0B, 0xFF0D, 0xFF20,   /* ＝ ＋ － ＠ */
    0xFE66, 0xFE62, 0xFE63, 0xFE6B,   /* small = + - @ */
    0x207C, 0x207A, 0x207B, 0x208C, 0x208A, 0x208B,   /* super- and subscript = + - */
    0x2212,                           /* − */
  };

  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    if (c == triggers[i])
      return TRUE;
  return FALSE;
}

char *
ot_csv_neutralise (const char *text)
{
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  /* A tab or a line break first is itself how some spreadsheets hide a
   * formula in a cell; any of them gets the apostrophe. */
  if (text[0] == '\t' || text[0] == '\r' || text[0] == '\n')
    return g_strconcat ("'", text, NULL);

  p = text;
  if (g_utf8_validate (text, -1, NULL))
    while (*p != '\0' && is_skipped_before_formula (g_utf8_get_char (p)))
      p = g_utf8_next_char (p);
  else
    while (*p == ' ')
      p++;

  if (*p != '\0' && starts_formula (g_utf8_get_char_validated (p, -1)))
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

void
ot_csv_writer_add_field (OtCsvWriter *self,
                         const char  *text)
{
  g_autofree char *safe = NULL;
  gsize len, room, written;

  g_return_if_fail (self != NULL);

  safe = ot_csv_neutralise (text != NULL ? text : "");
  len = strlen (safe);

  if (self->row_started)
    g_string_append_c (self->text, ',');
  self->row_started = TRUE;

  /* Quoted, every quote doubled: at most twice as long, plus two. */
  room = 2 * len + 2;
  g_string_set_size (self->text, self->text->len + room);
  written = csv_write (self->text->str + self->text->len - room, room, safe, len);
  g_assert (written <= room);
  g_string_truncate (self->text, self->text->len - room + written);
}

/* Rows end in CRLF, as RFC 4180 writes them. */
void
ot_csv_writer_end_row (OtCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->text, "\r\n");
  self->row_started = FALSE;
}

const char *
ot_csv_writer_get_text (OtCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text->str;
}

GBytes *
ot_csv_writer_free_to_bytes (OtCsvWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);

  bytes = g_string_free_to_bytes (self->text);
  g_free (self);
  return bytes;
}

static char *
date_to_string (const OtDate *date)
{
  if (date->year == 0)
    return g_strdup ("");
  if (date->month == 0)
    return g_strdup_printf ("%04u", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);
  return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
}

/* The figures in the shape of the figures file, so what a user exports
 * opens again with Open. */
char *
ot_csv_write_figures (OtDataset *dataset)
{
  static const char *header[] = {
    "id", "value", "unit", "qualifier", "date", "label_nl", "label_en", "parent", "base", "source",
    "source_en",
  };
  g_autoptr(OtCsvWriter) writer = ot_csv_writer_new ();

  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    ot_csv_writer_add_field (writer, header[i]);
  ot_csv_writer_end_row (writer);

  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *date = date_to_string (&figure->date);
      const char *qualifier = ot_figure_qualifier_to_string (figure->qualifier);

      /* Full precision, a decimal point whatever the locale. */
      g_ascii_formatd (value, sizeof value, "%.15g", figure->value);

      ot_csv_writer_add_field (writer, figure->id);
      ot_csv_writer_add_field (writer, value);
      ot_csv_writer_add_field (writer, ot_unit_to_string (figure->unit));
      ot_csv_writer_add_field (writer, qualifier);
      ot_csv_writer_add_field (writer, date);
      ot_csv_writer_add_field (writer, figure->label[OT_LANG_NL]);
      ot_csv_writer_add_field (writer, figure->label[OT_LANG_EN]);
      ot_csv_writer_add_field (writer, figure->parent_id);
      ot_csv_writer_add_field (writer, figure->base_id);
      ot_csv_writer_add_field (writer, figure->source);
      ot_csv_writer_add_field (writer, figure->source_en);
      ot_csv_writer_end_row (writer);
    }

  {
    OtCsvWriter *done = g_steal_pointer (&writer);
    char *text = g_string_free (done->text, FALSE);

    g_free (done);
    return text;
  }
}

gboolean
ot_csv_write_figures_to_file (OtDataset    *dataset,
                              GFile        *file,
                              GCancellable *cancellable,
                              GError      **error)
{
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (OT_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = ot_csv_write_figures (dataset);
  /* A byte order mark, so spreadsheets read the file as UTF-8. */
  contents = g_strconcat ("\xEF\xBB\xBF", text, NULL);

  bytes = g_bytes_new_take (g_steal_pointer (&contents), strlen (text) + 3);
  return ot_file_write_bytes (file, bytes, cancellable, error);
}
