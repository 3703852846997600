/* ot-import.c: any data file Ontheemd reads, told apart by its content
 *
 * The one entry point for --data and for a file opened or dropped in the
 * window: a figures file, a Refugee Data Finder population.csv (with or
 * without its ISO columns) or the zip it comes in. The kind is told from
 * the first bytes, not from the file's name, which a download or a
 * drag-and-drop may have changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-import"

#include "config.h"

#include <string.h>

#include "ot-import.h"
#include "ot-text.h"
#include "ot-unhcr.h"

/* A figures file's header names an "id" column. */
static gboolean
starts_with_id_column (const char *data,
                       gsize       len)
{
  gsize start = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  gsize end = start;
  g_autofree char *line = NULL;
  g_auto(GStrv) fields = NULL;

  while (end < len && data[end] != '\n' && data[end] != '\r')
    end++;
  line = g_strndup (data + start, end - start);
  fields = g_strsplit (line, ",", -1);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_strstrip (fields[i]);
      if (g_ascii_strcasecmp (fields[i], "id") == 0
          || g_ascii_strcasecmp (fields[i], "\"id\"") == 0)
        return TRUE;
    }
  return FALSE;
}

OtImportFormat
ot_import_detect (const char *data,
                  gsize       len)
{
  g_return_val_if_fail (data != NULL || len == 0, OT_IMPORT_FIGURES);

  if (ot_unhcr_is_zip (data, len))
    return OT_IMPORT_UNHCR_ZIP;
  /* A "Year," line further down than an export has it is still an
   * export's (whose reader says where its header is), unless the file
   * starts as a figures file does. */
  if (ot_unhcr_find_header (data, len) != 0 && !starts_with_id_column (data, len))
    return OT_IMPORT_UNHCR_CSV;
  /* Anything else is read as figures, whose reader says what it expected. */
  return OT_IMPORT_FIGURES;
}

static OtDataset *
load_export (GInputStream   *stream,
             OtImportFormat  format,
             const char     *name,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autoptr(OtSeries) series = NULL;

  if (format == OT_IMPORT_UNHCR_ZIP)
    series = ot_unhcr_read_zip (stream, name, cancellable, error);
  else
    series = ot_unhcr_read_csv (stream, name, cancellable, error);

  return series != NULL ? ot_dataset_new_for_series (series) : NULL;
}

static OtImportFormat
detect_peeked (GBufferedInputStream *stream)
{
  gsize len = 0;
  const char *data = g_buffered_input_stream_peek_buffer (stream, &len);

  return ot_import_detect (data, len);
}

OtDataset *
ot_import_stream (GInputStream *stream,
                  const char   *raw_name,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GBufferedInputStream) buffered = NULL;
  g_autofree char *name = NULL;
  OtImportFormat format;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (raw_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Shown in messages and on the chart: what no output holds made visible. */
  name = ot_text_make_visible (raw_name);

  buffered = ot_unhcr_peek_stream_new (stream, name, cancellable, error);
  if (buffered == NULL)
    return NULL;

  format = detect_peeked (buffered);
  if (format != OT_IMPORT_FIGURES)
    return load_export (G_INPUT_STREAM (buffered), format, name, cancellable, error);

  /* Its own figures only, as from a file on disk. */
  return ot_dataset_new_from_stream (G_INPUT_STREAM (buffered), name, cancellable, error);
}

OtDataset *
ot_import_file (GFile        *file,
                GCancellable *cancellable,
                GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBufferedInputStream) buffered = NULL;
  g_autofree char *name = NULL;
  OtImportFormat format;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A pipe would block the open itself, so anything but a regular file,
   * and a file that does not open, is the figures loader's to explain. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return ot_dataset_new_from_file (file, cancellable, error);

  stream = g_file_read (file, cancellable, NULL);
  if (stream == NULL)
    return ot_dataset_new_from_file (file, cancellable, error);

  {
    g_autofree char *parse_name = g_file_get_parse_name (file);

    name = ot_text_make_visible (parse_name);
  }
  buffered = ot_unhcr_peek_stream_new (G_INPUT_STREAM (stream), name, cancellable, error);
  if (buffered == NULL)
    return NULL;

  format = detect_peeked (buffered);
  if (format != OT_IMPORT_FIGURES)
    return load_export (G_INPUT_STREAM (buffered), format, name, cancellable, error);

  g_input_stream_close (G_INPUT_STREAM (buffered), cancellable, NULL);
  return ot_dataset_new_from_file (file, cancellable, error);
}
