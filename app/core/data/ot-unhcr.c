/* ot-unhcr.c: UNHCR Refugee Data Finder exports, aggregated into a series
 *
 * A download is a zip with population.csv (and footnotes.csv, not used).
 * population.csv starts with lines of description; the header is the line
 * that starts with "Year,". Those lines are blanked, not dropped, before
 * the file goes through the figures file's CSV reader, so every message
 * still names the line and column a user sees in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-unhcr"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "ot-archive.h"
#include "ot-csv.h"
#include "ot-i18n.h"
#include "ot-text.h"
#include "ot-unhcr.h"

#define PEEK_SIZE        (64 * 1024)

/* An export of many years and countries is far larger than a figures
 * file; it is read in a stream and only its sums per year are kept. */
static const OtCsvLimits unhcr_limits = {
  OT_UNHCR_MAX_UNPACKED_SIZE, OT_UNHCR_MAX_ROWS, OT_CSV_MAX_FIELD_SIZE, OT_CSV_MAX_FIELDS,
};

const OtSeriesCategory ot_unhcr_abroad_categories[3] = {
  OT_SERIES_REFUGEES_UNHCR, OT_SERIES_ASYLUM_SEEKERS, OT_SERIES_OTHER_PROTECTION,
};

/* A stream that passes on only the line ends of its first lines. */

#define OT_TYPE_PREAMBLE_STREAM (ot_preamble_stream_get_type ())
G_DECLARE_FINAL_TYPE (OtPreambleStream, ot_preamble_stream, OT, PREAMBLE_STREAM,
                      GFilterInputStream)

struct _OtPreambleStream
{
  GFilterInputStream parent_instance;
  guint              lines_left;
  gboolean           prev_cr;
};

G_DEFINE_FINAL_TYPE (OtPreambleStream, ot_preamble_stream, G_TYPE_FILTER_INPUT_STREAM)

static gssize
ot_preamble_stream_read (GInputStream  *stream,
                         void          *buffer,
                         gsize          count,
                         GCancellable  *cancellable,
                         GError       **error)
{
  OtPreambleStream *self = OT_PREAMBLE_STREAM (stream);
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  guchar *bytes = buffer;

  for (;;)
    {
      gssize n = g_input_stream_read (base, buffer, count, cancellable, error);
      gsize out = 0;

      if (n <= 0 || self->lines_left == 0)
        return n;

      /* Line ends are counted as the CSV reader counts them. */
      for (gssize i = 0; i < n; i++)
        {
          guchar c = bytes[i];

          if (self->lines_left == 0)
            bytes[out++] = c;
          else if (c == '\r' || c == '\n')
            {
              bytes[out++] = c;
              if (c == '\r' || !self->prev_cr)
                self->lines_left--;
            }
          self->prev_cr = c == '\r';
        }

      /* A read that kept nothing is not the end of the stream. */
      if (out > 0)
        return out;
    }
}

static void
ot_preamble_stream_class_init (OtPreambleStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = ot_preamble_stream_read;
}

static void
ot_preamble_stream_init (OtPreambleStream *self)
{
}

/* A stream of one entry of an open archive. */

#define OT_TYPE_ARCHIVE_STREAM (ot_archive_stream_get_type ())
G_DECLARE_FINAL_TYPE (OtArchiveStream, ot_archive_stream, OT, ARCHIVE_STREAM, GInputStream)

struct _OtArchiveStream
{
  GInputStream     parent_instance;
  const OtArchive *la;
  struct archive  *archive;   /* not owned */
  const char      *name;
  gboolean         encrypted;
  guint64         *unpacked;  /* what the zip has unpacked so far, skipped entries too */
};

G_DEFINE_FINAL_TYPE (OtArchiveStream, ot_archive_stream, G_TYPE_INPUT_STREAM)

static gssize
ot_archive_stream_read (GInputStream  *stream,
                        void          *buffer,
                        gsize          count,
                        GCancellable  *cancellable,
                        GError       **error)
{
  OtArchiveStream *self = OT_ARCHIVE_STREAM (stream);
  la_ssize_t n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  n = self->la->archive_read_data (self->archive, buffer, count);
  if (n < 0)
    {
      /* libarchive's reasons are in English only, and say the same to a
       * reader: the zip is not whole. */
      if (self->encrypted)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     ot_msg ("cannot unpack %s: it is encrypted; save it unencrypted, or "
                             "download it again"), self->name);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     ot_msg ("cannot unpack %s: the zip is damaged or incomplete; download it "
                             "again"), self->name);
      return -1;
    }

  *self->unpacked += n;
  if (*self->unpacked > OT_UNHCR_MAX_UNPACKED_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   ot_msg ("%s unpacks to more than %u MB, more than any export of UNHCR's"),
                   self->name, OT_UNHCR_MAX_UNPACKED_SIZE / (1024 * 1024));
      return -1;
    }

  return n;
}

static void
ot_archive_stream_class_init (OtArchiveStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = ot_archive_stream_read;
}

static void
ot_archive_stream_init (OtArchiveStream *self)
{
}

/* Detection. */

static gboolean
starts_with_year (const char *line,
                  gsize       len)
{
  return (len >= 5 && memcmp (line, "Year,", 5) == 0)
         || (len >= 7 && memcmp (line, "\"Year\",", 7) == 0);
}

/* The line (1-based) of the header in the first bytes of a file, or 0;
 * it may be past OT_UNHCR_MAX_PREAMBLE_LINES, which the reader then says. */
guint
ot_unhcr_find_header (const char *data,
                      gsize       len)
{
  gsize start = 0;

  g_return_val_if_fail (data != NULL || len == 0, 0);

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;

  for (guint line = 1; start < len; line++)
    {
      gsize end = start;

      while (end < len && data[end] != '\n' && data[end] != '\r')
        end++;
      if (starts_with_year (data + start, end - start))
        return line;
      if (end < len && data[end] == '\r' && end + 1 < len && data[end + 1] == '\n')
        end++;
      start = end + 1;
    }

  return 0;
}

gboolean
ot_unhcr_is_zip (const char *data,
                 gsize       len)
{
  /* A local file header, or the end record of an empty zip. */
  return len >= 4 && (memcmp (data, "PK\x03\x04", 4) == 0 || memcmp (data, "PK\x05\x06", 4) == 0);
}

/* The export's columns. */

enum { COL_YEAR, COL_ORIGIN, COL_ORIGIN_ISO, COL_ASYLUM, COL_ASYLUM_ISO, COL_REFUGEES,
       COL_ASYLUM_SEEKERS, COL_RETURNED_REFUGEES, COL_IDPS, COL_RETURNED_IDPS,
       COL_RETURNED_IDPS_SPELLED, COL_STATELESS, COL_OTHERS_OF_CONCERN, COL_OTHER_PROTECTION,
       COL_HOST_COMMUNITY, N_COLUMNS };

static const OtCsvColumn columns[N_COLUMNS] = {
  [COL_YEAR] = { "Year", TRUE },
  [COL_ORIGIN] = { "Country of origin", TRUE },
  [COL_ORIGIN_ISO] = { "Country of origin (ISO)", FALSE },
  [COL_ASYLUM] = { "Country of asylum", TRUE },
  [COL_ASYLUM_ISO] = { "Country of asylum (ISO)", FALSE },
  [COL_REFUGEES] = { "Refugees under UNHCR's mandate", FALSE },
  [COL_ASYLUM_SEEKERS] = { "Asylum-seekers", FALSE },
  [COL_RETURNED_REFUGEES] = { "Returned refugees", FALSE },
  [COL_IDPS] = { "IDPs of concern to UNHCR", FALSE },
  /* The source's own spelling, and the one it may be corrected to. */
  [COL_RETURNED_IDPS] = { "Returned IDPss", FALSE },
  [COL_RETURNED_IDPS_SPELLED] = { "Returned IDPs", FALSE },
  [COL_STATELESS] = { "Stateless persons", FALSE },
  [COL_OTHERS_OF_CONCERN] = { "Others of concern", FALSE },
  [COL_OTHER_PROTECTION] = { "Other people in need of international protection", FALSE },
  [COL_HOST_COMMUNITY] = { "Host Community", FALSE },
};

static const struct
{
  guint            column;
  OtSeriesCategory category;
} population_columns[] = {
  { COL_REFUGEES, OT_SERIES_REFUGEES_UNHCR },
  { COL_ASYLUM_SEEKERS, OT_SERIES_ASYLUM_SEEKERS },
  { COL_RETURNED_REFUGEES, OT_SERIES_RETURNED_REFUGEES },
  { COL_IDPS, OT_SERIES_IDPS },
  { COL_RETURNED_IDPS, OT_SERIES_RETURNED_IDPS },
  { COL_RETURNED_IDPS_SPELLED, OT_SERIES_RETURNED_IDPS },
  { COL_STATELESS, OT_SERIES_STATELESS },
  { COL_OTHERS_OF_CONCERN, OT_SERIES_OTHERS_OF_CONCERN },
  { COL_OTHER_PROTECTION, OT_SERIES_OTHER_PROTECTION },
  { COL_HOST_COMMUNITY, OT_SERIES_HOST_COMMUNITY },
};

typedef struct
{
  OtSeries   *series;
  guint       header_line;
  guint       n_rows;
  GHashTable *names;    /* every country named so far */
} Import;

/* A country's name within its limits, and one of at most so many. */
static gboolean
check_country (Import         *self,
               const OtCsvRow *row,
               guint           column,
               const char     *name,
               GError        **error)
{
  glong length;

  if (strlen (name) > OT_UNHCR_MAX_NAME_LENGTH
      && (length = g_utf8_strlen (name, -1)) > OT_UNHCR_MAX_NAME_LENGTH)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("the country's name is %ld characters long; the most is %u "
                               "(UNHCR's longest is 52)"), length, OT_UNHCR_MAX_NAME_LENGTH);
      return FALSE;
    }

  if (g_hash_table_contains (self->names, name))
    return TRUE;
  if (g_hash_table_size (self->names) == OT_UNHCR_MAX_COUNTRIES)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file,
                       row->lines[column], row->columns[column],
                       ot_msg ("more than %u different countries; UNHCR's exports name about "
                               "250, and Ontheemd keeps at most %u"), OT_UNHCR_MAX_COUNTRIES,
                       OT_UNHCR_MAX_COUNTRIES);
      return FALSE;
    }
  g_hash_table_add (self->names, g_strdup (name));
  return TRUE;
}

static gboolean
is_missing (const char *text)
{
  return text == NULL || *text == '\0' || g_str_equal (text, "-");
}

/* UNHCR writes an unknown country as "UNK"; without the ISO columns the
 * name is all there is. */
static gboolean
is_unknown_country (const char *name,
                    const char *iso)
{
  if (iso != NULL)
    return g_str_equal (iso, "UNK") || is_missing (name);
  return is_missing (name) || g_ascii_strcasecmp (name, "Unknown") == 0
         || g_str_equal (name, "UNK");
}

static gboolean
import_row_cb (const OtCsvRow *row,
               gpointer        user_data,
               GError        **error)
{
  Import *self = user_data;
  gboolean origin_unknown, asylum_unknown, returned_idps_seen = FALSE;
  OtSeriesCountry *origin_sums = NULL, *asylum_sums = NULL;
  OtSeriesYear *sums;
  g_autofree char *origin = NULL;
  g_autofree char *asylum = NULL;
  guint year;

  if (self->n_rows++ == 0)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (population_columns); i++)
        any |= row->values[population_columns[i].column] != NULL;
      if (!any)
        {
          ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file,
                           self->header_line, 1,
                           ot_msg ("the header has none of UNHCR's population columns; expected "
                                   "“%s”, “%s”, “%s” or another"), columns[COL_REFUGEES].name,
                           columns[COL_ASYLUM_SEEKERS].name, columns[COL_IDPS].name);
          return FALSE;
        }
    }
  else if (self->n_rows > OT_UNHCR_MAX_ROWS)
    {
      ot_set_error_at (error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE, row->file, row->line, 1,
                       ot_msg ("more than %u rows, more than any export of UNHCR's"),
                       OT_UNHCR_MAX_ROWS);
      return FALSE;
    }

  if (is_missing (row->values[COL_YEAR]))
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_MISSING, row->file,
                       row->lines[COL_YEAR], row->columns[COL_YEAR], ot_msg ("the year is empty"));
      return FALSE;
    }
  if (!ot_series_parse_year (row->values[COL_YEAR], row->file, row->lines[COL_YEAR],
                             row->columns[COL_YEAR], &year, error))
    return FALSE;

  sums = ot_series_ensure_year (self->series, year);
  /* Names as a reader sees them: "Unknown " and "Unknown" are one country. */
  origin = g_strstrip (g_strdup (row->values[COL_ORIGIN]));
  asylum = g_strstrip (g_strdup (row->values[COL_ASYLUM]));
  origin_unknown = is_unknown_country (origin, row->values[COL_ORIGIN_ISO]);
  asylum_unknown = is_unknown_country (asylum, row->values[COL_ASYLUM_ISO]);
  if (!check_country (self, row, COL_ORIGIN, origin, error)
      || !check_country (self, row, COL_ASYLUM, asylum, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (population_columns); i++)
    {
      guint c = population_columns[i].column;
      OtSeriesCategory category = population_columns[i].category;
      double value;

      if (is_missing (row->values[c]))
        continue;
      if (!ot_series_parse_count (row->values[c], row->file, row->lines[c], row->columns[c],
                                  &value, error))
        return FALSE;

      /* A file with both spellings is counted once. */
      if (category == OT_SERIES_RETURNED_IDPS)
        {
          if (returned_idps_seen)
            continue;
          returned_idps_seen = TRUE;
        }

      ot_series_year_add_value (sums, category, value);
      /* Found at the row's first value, in that order, as a country no
       * value names is none of the series'. */
      if (origin_sums == NULL)
        {
          origin_sums = ot_series_ensure_country (self->series, year, OT_SERIES_BY_ORIGIN, origin,
                                                  row->values[COL_ORIGIN_ISO], origin_unknown);
          asylum_sums = ot_series_ensure_country (self->series, year, OT_SERIES_BY_ASYLUM, asylum,
                                                  row->values[COL_ASYLUM_ISO], asylum_unknown);
        }
      ot_series_country_add_value (origin_sums, category, value);
      ot_series_country_add_value (asylum_sums, category, value);
    }

  if (ot_series_get_n_country_entries (self->series) > OT_UNHCR_MAX_COUNTRY_YEARS)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file, row->line, 1,
                       ot_msg ("more than %u sums of a year and a country; a full export of "
                               "UNHCR's has about 30,000, and Ontheemd keeps at most %u"),
                       OT_UNHCR_MAX_COUNTRY_YEARS, OT_UNHCR_MAX_COUNTRY_YEARS);
      return FALSE;
    }

  return TRUE;
}

/* Reads ahead so a file's kind can be told from its first bytes; the
 * result's buffer holds them, and reading it starts at the beginning. */
GBufferedInputStream *
ot_unhcr_peek_stream_new (GInputStream  *stream,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBufferedInputStream) buffered = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  if (G_IS_BUFFERED_INPUT_STREAM (stream)
      && g_buffered_input_stream_get_buffer_size (G_BUFFERED_INPUT_STREAM (stream)) >= PEEK_SIZE)
    buffered = g_object_ref (G_BUFFERED_INPUT_STREAM (stream));
  else
    buffered = G_BUFFERED_INPUT_STREAM (g_buffered_input_stream_new_sized (stream, PEEK_SIZE));

  while (g_buffered_input_stream_get_available (buffered) < PEEK_SIZE)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n = g_buffered_input_stream_fill (buffered, -1, cancellable, &local_error);

      if (n < 0)
        {
          g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO, "%s: %s", name,
                       ot_msg_for_error (local_error));
          return NULL;
        }
      if (n == 0)
        break;
    }

  return g_steal_pointer (&buffered);
}

OtSeries *
ot_unhcr_read_csv (GInputStream *stream,
                   const char   *name,
                   GCancellable *cancellable,
                   GError      **error)
{
  g_autoptr(GBufferedInputStream) buffered = NULL;
  g_autoptr(GInputStream) blanked = NULL;
  g_autoptr(OtSeries) series = NULL;
  Import import = { 0 };
  const char *start;
  gsize len;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  buffered = ot_unhcr_peek_stream_new (stream, name, cancellable, error);
  if (buffered == NULL)
    return NULL;

  start = g_buffered_input_stream_peek_buffer (buffered, &len);
  import.header_line = ot_unhcr_find_header (start, len);
  if (import.header_line > OT_UNHCR_MAX_PREAMBLE_LINES)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name,
                       import.header_line, 1,
                       ot_msg ("the header (the line that starts with “Year,”) comes after %u "
                               "lines of description; a UNHCR export has it within its first %u "
                               "lines, and Ontheemd looks no further"), import.header_line - 1,
                       OT_UNHCR_MAX_PREAMBLE_LINES);
      return NULL;
    }
  if (import.header_line == 0)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name, 0, 0,
                       ot_msg ("no line in the first %u starts with “Year,”; expected the header of "
                               "a UNHCR Refugee Data Finder export"),
                       OT_UNHCR_MAX_PREAMBLE_LINES);
      return NULL;
    }

  blanked = g_object_new (OT_TYPE_PREAMBLE_STREAM, "base-stream", buffered,
                          "close-base-stream", FALSE, NULL);
  OT_PREAMBLE_STREAM (blanked)->lines_left = import.header_line - 1;

  series = ot_series_new (name, OT_SERIES_EXPORT);
  import.series = series;
  import.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!ot_csv_read_stream_with_limits (blanked, name, &unhcr_limits, columns, N_COLUMNS,
                                       import_row_cb, &import, cancellable, error))
    {
      g_hash_table_unref (import.names);
      return NULL;
    }
  g_hash_table_unref (import.names);

  if (import.n_rows == 0)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_NO_ROWS, name,
                       import.header_line, 0, ot_msg ("the header is not followed by any rows"));
      return NULL;
    }

  return g_steal_pointer (&series);
}

/* The zip, read as it streams in. */

typedef struct
{
  const OtArchive *la;
  GInputStream    *stream;
  GCancellable    *cancellable;
  GError          *error;
  char             buffer[PEEK_SIZE];   /* what libarchive reads from, and may still point into */
  char             skipped[PEEK_SIZE];  /* what an entry passed over unpacks to */
} ZipSource;

static la_ssize_t
zip_read_cb (struct archive *archive,
             void           *user_data,
             const void    **out_buffer)
{
  ZipSource *source = user_data;
  gssize n;

  g_clear_error (&source->error);
  n = g_input_stream_read (source->stream, source->buffer, sizeof source->buffer,
                           source->cancellable, &source->error);
  if (n < 0)
    {
      source->la->archive_set_error (archive, EIO, "%s", source->error->message);
      return -1;
    }

  *out_buffer = source->buffer;
  return n;
}

static void
set_zip_error (GError    **error,
               const char *name,
               ZipSource  *source)
{
  if (source->error != NULL)
    g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO, "%s: %s", name,
                 ot_msg_for_error (source->error));
  else
    ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name, 0, 0, "%s",
                     ot_msg ("cannot read the zip: it is damaged or incomplete, or not a zip; "
                             "download it again"));
}

OtSeries *
ot_unhcr_read_zip (GInputStream *stream,
                   const char   *name,
                   GCancellable *cancellable,
                   GError      **error)
{
  g_autofree ZipSource *source = g_new0 (ZipSource, 1);
  g_autoptr(OtSeries) series = NULL;
  g_autoptr(GError) local_error = NULL;
  const OtArchive *la;
  struct archive *archive;
  struct archive_entry *entry = NULL;
  gboolean found = FALSE;
  guint n_entries, unreadable = 0;
  guint64 unpacked = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  la = ot_archive_get (&local_error);
  if (la == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return NULL;
    }
  source->la = la;
  source->stream = stream;
  source->cancellable = cancellable;

  archive = la->archive_read_new ();
  la->archive_read_support_format_zip (archive);
  if (la->archive_read_open (archive, source, NULL, zip_read_cb, NULL) != ARCHIVE_OK)
    {
      set_zip_error (error, name, source);
      goto out;
    }

  for (n_entries = 0; !found; n_entries++)
    {
      int status;
      const char *path, *base;

      if (n_entries == OT_UNHCR_MAX_ZIP_ENTRIES)
        {
          ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name, 0, 0,
                           ot_msg ("population.csv is not among the first %u entries of the "
                                   "zip, which holds more; Ontheemd looks at no more (a "
                                   "download from UNHCR's Refugee Data Finder has two)"),
                           OT_UNHCR_MAX_ZIP_ENTRIES);
          goto out;
        }

      status = la->archive_read_next_header (archive, &entry);
      if (status == ARCHIVE_EOF)
        break;
      if (status < ARCHIVE_WARN)
        {
          set_zip_error (error, name, source);
          goto out;
        }

      /* The download holds it at the top; a zip made again may nest it. A
       * name that cannot be read (bytes that are not UTF-8 in an entry the
       * zip marks as UTF-8) is remembered for the message. */
      path = la->archive_entry_pathname (entry);
      if (path == NULL && unreadable == 0)
        unreadable = n_entries + 1;
      base = path != NULL ? strrchr (path, '/') : NULL;
      base = base != NULL ? base + 1 : path;
      found = base != NULL && g_str_equal (base, "population.csv")
              && la->archive_entry_filetype (entry) == AE_IFREG;

      /* An entry passed over is unpacked all the same: counted, so that no
       * zip of padding can keep the program busy (libarchive would unpack
       * it unseen to find the next one). */
      while (!found)
        {
          la_ssize_t n = la->archive_read_data (archive, source->skipped, sizeof source->skipped);

          if (n == 0)
            break;
          if (n < 0)
            {
              set_zip_error (error, name, source);
              goto out;
            }
          unpacked += n;
          if (unpacked > OT_UNHCR_MAX_UNPACKED_SIZE)
            {
              ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name, 0, 0,
                               ot_msg ("the zip unpacks to more than %u MB before "
                                       "population.csv, more than any download of UNHCR's"),
                               OT_UNHCR_MAX_UNPACKED_SIZE / (1024 * 1024));
              goto out;
            }
        }
    }

  if (!found && unreadable != 0)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name, 0, 0,
                       ot_msg ("the zip holds no population.csv whose name can be read: the "
                               "name of entry %u is not valid UTF-8, though the zip says it is; "
                               "expected a download from UNHCR's Refugee Data Finder"),
                       unreadable);
      goto out;
    }
  if (!found)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, name, 0, 0,
                       ot_msg ("the zip holds no population.csv; expected a download from UNHCR's "
                               "Refugee Data Finder"));
      goto out;
    }

  {
    /* A zip's names are bytes; what messages and labels show must be UTF-8. */
    g_autofree char *path = ot_text_make_visible (la->archive_entry_pathname (entry));
    g_autofree char *inner = g_strdup_printf ("%s/%s", name, path);
    g_autoptr(OtArchiveStream) entry_stream = g_object_new (OT_TYPE_ARCHIVE_STREAM, NULL);

    entry_stream->la = la;
    entry_stream->archive = archive;
    entry_stream->name = path;
    entry_stream->unpacked = &unpacked;
    entry_stream->encrypted = la->archive_entry_is_encrypted (entry);
    series = ot_unhcr_read_csv (G_INPUT_STREAM (entry_stream), inner, cancellable, error);
    if (series != NULL)
      {
        g_autofree char *zip = g_path_get_basename (name);

        ot_series_set_display_name (series, zip);
      }
  }

out:
  la->archive_read_free (archive);
  g_clear_error (&source->error);
  return g_steal_pointer (&series);
}
