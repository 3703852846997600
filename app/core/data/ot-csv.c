/* ot-csv.c: a streaming CSV reader on libcsv that knows where every field is
 *
 * libcsv does not report positions, so the input is fed to it in segments
 * that end at the characters that can end a field or a row (comma, quote,
 * CR, LF). A callback is then always caused by the last byte fed, and the
 * reader knows the line and column of every field it hands on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-csv"

#include "config.h"

#include <csv.h>
#include <string.h>

#include "ot-csv.h"
#include "ot-i18n.h"
#include "ot-text.h"

#define CHUNK_SIZE (64 * 1024)

typedef struct
{
  gsize offset;   /* in Reader.row_text */
  guint line;
  guint column;
} Field;

typedef struct
{
  struct csv_parser  parser;
  const OtCsvLimits *limits;
  const char        *file;
  const OtCsvColumn *columns;
  guint              n_columns;
  OtCsvRowFunc       row_func;
  gpointer           user_data;

  /* Position of the next byte fed, 1-based. */
  guint              line;
  guint              column;
  gboolean           prev_cr;

  /* Where the field being read began, and how many bytes it has had so
   * far; valid when !at_field_start. */
  gboolean           at_field_start;
  guint              field_line;
  guint              field_column;
  gsize              field_size;
  guint              field_lead;     /* spaces or tabs before it */
  gboolean           field_quoted;

  guint              n_rows;      /* below the header */

  /* The row being read: its fields' text, each ending in a NUL, in one
   * buffer (no allocation a field), and where each starts. */
  GString           *row_text;
  Field             *fields;      /* limits->max_fields of them */
  guint              n_fields;

  /* What reader_take_row hands on, one a requested column (and a NULL). */
  const char       **values;
  guint             *value_lines;
  guint             *value_columns;

  /* From the header: file column -> requested column, or -1. */
  gboolean           have_header;
  guint              header_line;
  int               *map;
  guint              n_file_columns;

  GError            *error;
} Reader;

G_DEFINE_QUARK (ot-csv-error-quark, ot_csv_error)

void
ot_set_error_at (GError    **error,
                 GQuark      domain,
                 gint        code,
                 const char *file,
                 guint       line,
                 guint       column,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line == 0)
    g_set_error (error, domain, code, "%s: %s", file, message);
  else if (column == 0)
    g_set_error (error, domain, code, "%s:%u: %s", file, line, message);
  else
    g_set_error (error, domain, code, "%s:%u:%u: %s", file, line, column, message);
}

static void
reader_advance (Reader     *self,
                const char *data,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
        {
          if (!self->prev_cr)
            self->line++;
          self->column = 1;
          self->prev_cr = FALSE;
        }
      else if (c == '\r')
        {
          self->line++;
          self->column = 1;
          self->prev_cr = TRUE;
        }
      else
        {
          if ((c & 0xC0) != 0x80) /* not a UTF-8 continuation byte */
            self->column++;
          self->prev_cr = FALSE;
        }
    }
}

static char *
field_text (Reader *self,
            guint   i)
{
  return self->row_text->str + self->fields[i].offset;
}

static void
reader_clear_row (Reader *self)
{
  g_string_truncate (self->row_text, 0);
  self->n_fields = 0;
}

/* Most fields are ASCII, which is UTF-8 as it is; checked a word at a time. */
static gboolean
is_ascii (const char *text,
          gsize       len)
{
  guint64 bits = 0;
  gsize i = 0;

  for (; i + sizeof bits <= len; i += sizeof bits)
    {
      guint64 word;

      memcpy (&word, text + i, sizeof word);
      bits |= word;
    }
  for (; i < len; i++)
    bits |= (guchar) text[i];

  return (bits & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
}

/* Most fields are printable ASCII (0x20 to 0x7E), valid UTF-8 and fit
 * for every output as they are: checked a word at a time, a byte under
 * 0x20 by the borrow of subtracting 0x20, one of 0x7F or more by its top
 * bit or that of adding 1. */
static gboolean
is_printable_ascii (const char *text,
                    gsize       len)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64 bad = 0;
  gsize i = 0;

  for (; i + sizeof bad <= len; i += sizeof bad)
    {
      guint64 word;

      memcpy (&word, text + i, sizeof word);
      bad |= ((word - 0x20 * ones) & ~word) | word | (word + ones);
    }
  if ((bad & 0x80 * ones) != 0)
    return FALSE;
  for (; i < len; i++)
    if ((guchar) text[i] < 0x20 || (guchar) text[i] >= 0x7F)
      return FALSE;
  return TRUE;
}

/* Where the byte at @offset of a field's value stands in the file: after
 * the spaces libcsv dropped and the opening quote, each doubled quote two
 * columns. */
static void
position_in_field (Reader     *self,
                   const char *text,
                   gsize       offset,
                   guint      *out_line,
                   guint      *out_column)
{
  guint line = self->field_line;
  guint column = self->field_column + self->field_lead + (self->field_quoted ? 1 : 0);
  gboolean prev_cr = FALSE;

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) text[i];

      if (c == '\n')
        {
          if (!prev_cr)
            line++;
          column = 1;
        }
      else if (c == '\r')
        {
          line++;
          column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        column += self->field_quoted && c == '"' ? 2 : 1;
      prev_cr = c == '\r';
    }

  *out_line = line;
  *out_column = column;
}

/* Valid UTF-8, and nothing no output can hold (a control character, a
 * noncharacter); else the error, at the field or the character. */
static gboolean
check_field_text (Reader     *self,
                  const char *text,
                  gsize       len)
{
  const char *bad;
  gsize offset;
  gunichar c;

  /* reader_feed gives libcsv no NUL bytes. */
  g_assert (memchr (text, '\0', len) == NULL);

  if (!is_ascii (text, len) && !g_utf8_validate_len (text, len, &bad))
    {
      ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_ENCODING, self->file,
                       self->field_line, self->field_column,
                       ot_msg ("the field is not valid UTF-8 (byte 0x%02X); save the file as "
                               "UTF-8"),
                       (guchar) *bad);
      return FALSE;
    }

  if (ot_text_find_unfit (text, len, &offset, &c))
    {
      g_autofree char *what = ot_text_describe_unfit (c);
      guint line, column;

      position_in_field (self, text, offset, &line, &column);
      ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_ENCODING, self->file,
                       line, column, ot_msg ("%s, which no chart, SVG or PDF can hold; "
                                             "remove it from the file"), what);
      return FALSE;
    }
  return TRUE;
}

static void
field_cb (void  *data,
          size_t len,
          void  *user_data)
{
  Reader *self = user_data;
  const char *text = data != NULL ? data : "";

  self->at_field_start = TRUE;
  if (self->error != NULL)
    return;

  if (self->n_fields == self->limits->max_fields)
    {
      ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE, self->file,
                       self->field_line, self->field_column,
                       ot_msg ("more than %u fields in one row; the most is %u"),
                       self->limits->max_fields, self->limits->max_fields);
      return;
    }

  /* Most fields are printable ASCII, which needs no closer look. */
  if (!is_printable_ascii (text, len) && !check_field_text (self, text, len))
    return;

  {
    gsize at = self->row_text->len;

    self->fields[self->n_fields++] = (Field) { at, self->field_line, self->field_column };
    g_string_set_size (self->row_text, at + len + 1);
    memcpy (self->row_text->str + at, text, len);
    self->row_text->str[at + len] = '\0';
  }
}

static void
reader_take_header (Reader *self)
{
  g_autoptr(GString) found = g_string_new (NULL);

  self->have_header = TRUE;
  self->header_line = self->fields[0].line;
  self->n_file_columns = self->n_fields;
  self->map = g_new (int, self->n_file_columns);

  for (guint i = 0; i < self->n_fields; i++)
    {
      char *name = field_text (self, i);

      g_strstrip (name);
      self->map[i] = -1;
      g_string_append_printf (found, "%s%s", i > 0 ? ", " : "", name);

      for (guint c = 0; c < self->n_columns; c++)
        {
          if (g_ascii_strcasecmp (name, self->columns[c].name) != 0)
            continue;

          for (guint j = 0; j < i; j++)
            {
              if (self->map[j] == (int) c)
                {
                  ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_HEADER, self->file,
                                   self->header_line, self->fields[i].column,
                                   ot_msg ("the column “%s” appears twice in the header"), name);
                  return;
                }
            }
          self->map[i] = c;
        }
    }

  for (guint c = 0; c < self->n_columns; c++)
    {
      gboolean present = FALSE;

      for (guint i = 0; i < self->n_file_columns; i++)
        present |= self->map[i] == (int) c;

      if (!present && self->columns[c].required)
        {
          /* Spreadsheets in Dutch save "CSV" with semicolons. */
          const char *hint = "";

          if (self->n_file_columns == 1 && strchr (found->str, ';') != NULL)
            hint = ot_msg ("; separate the columns with commas, not semicolons");
          else if (self->n_file_columns == 1 && strchr (found->str, '\t') != NULL)
            hint = ot_msg ("; separate the columns with commas, not tabs");

          ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_HEADER, self->file,
                           self->header_line, 1,
                           ot_msg ("the header has no column “%s” (it has: %s)%s"),
                           self->columns[c].name, found->str, hint);
          return;
        }
    }
}

static void
reader_take_row (Reader *self)
{
  OtCsvRow row;

  if (self->n_fields != self->n_file_columns)
    {
      gboolean too_many = self->n_fields > self->n_file_columns;
      guint where = too_many ? self->n_file_columns : self->n_fields - 1;

      ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_FIELD_COUNT, self->file,
                       self->fields[where].line, self->fields[where].column,
                       ot_msg ("expected %u fields as in the header on line %u, found %u"),
                       self->n_file_columns, self->header_line, self->n_fields);
      return;
    }

  memset (self->values, 0, (self->n_columns + 1) * sizeof *self->values);
  memset (self->value_lines, 0, (self->n_columns + 1) * sizeof *self->value_lines);
  memset (self->value_columns, 0, (self->n_columns + 1) * sizeof *self->value_columns);

  for (guint i = 0; i < self->n_file_columns; i++)
    {
      int c = self->map[i];

      if (c < 0)
        continue;
      self->values[c] = field_text (self, i);
      self->value_lines[c] = self->fields[i].line;
      self->value_columns[c] = self->fields[i].column;
    }

  row.file = self->file;
  row.line = self->fields[0].line;
  row.values = self->values;
  row.lines = self->value_lines;
  row.columns = self->value_columns;

  self->row_func (&row, self->user_data, &self->error);
}

static void
row_cb (int   c,
        void *user_data)
{
  Reader *self = user_data;

  self->at_field_start = TRUE;

  if (self->error == NULL && self->n_fields > 0)
    {
      if (!self->have_header)
        reader_take_header (self);
      else if (++self->n_rows > self->limits->max_rows)
        ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE, self->file,
                         self->fields[0].line, 1,
                         ot_msg ("more than %u rows below the header; the most is %u"),
                         self->limits->max_rows, self->limits->max_rows);
      else
        reader_take_row (self);
    }

  reader_clear_row (self);
}

static void
reader_mark_field_start (Reader *self)
{
  self->at_field_start = FALSE;
  self->field_line = self->line;
  self->field_column = self->column;
  self->field_size = 0;
  self->field_lead = 0;
  self->field_quoted = FALSE;
}

/* What a byte is to the scan: a boundary (the characters that can end a
 * field or a row, and NUL, which ends the scan to be refused), a UTF-8
 * continuation byte (no column of its own), or 0. */
enum { PLAIN, CONTINUATION, BOUNDARY };
static const guint8 byte_class[256] = {
  [','] = BOUNDARY, ['"'] = BOUNDARY, ['\r'] = BOUNDARY, ['\n'] = BOUNDARY,
  ['\0'] = BOUNDARY, [0x80 ... 0xBF] = CONTINUATION,
};

static gboolean
reader_feed (Reader     *self,
             const char *data,
             gsize       len)
{
  gsize i = 0;

  while (i < len && self->error == NULL)
    {
      gsize end = i;
      gsize plain = 0, continuations = 0;
      gsize done;

      /* Line ends between rows belong to no field; after a comma they end
       * an empty one, which starts here. */
      if (self->at_field_start && (data[i] == '\r' || data[i] == '\n'))
        {
          if (self->n_fields > 0)
            reader_mark_field_start (self);
          end = i + 1;
        }
      else
        {
          if (self->at_field_start)
            {
              gsize lead = i;

              reader_mark_field_start (self);
              while (lead < len && (data[lead] == ' ' || data[lead] == '\t'))
                lead++;
              self->field_lead = lead - i;
              self->field_quoted = lead < len && data[lead] == '"';
            }
          while (end < len && byte_class[(guchar) data[end]] != BOUNDARY)
            continuations += byte_class[(guchar) data[end++]];
          plain = end - i;
          if (end < len)
            end++; /* the boundary closes the segment */
        }

      /* libcsv would keep a field of any size in memory; a NUL byte, which
       * no text file holds, is refused where it is, before it is parsed. */
      if (!self->at_field_start)
        {
          /* The scan stops at one: it can only be the segment's last byte. */
          const char *nul = end > i && data[end - 1] == '\0' ? data + end - 1 : NULL;

          if (nul != NULL)
            {
              reader_advance (self, data + i, nul - (data + i));
              ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_ENCODING, self->file,
                               self->line, self->column,
                               ot_msg ("a NUL byte; this is not a text file (or it is UTF-16: "
                                       "save it as UTF-8)"));
              return FALSE;
            }

          self->field_size += end - i;
          if (self->field_size > self->limits->max_field_size)
            {
              ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE, self->file,
                               self->field_line, self->field_column,
                               ot_msg ("the field is longer than %u KB, the most a field may hold"),
                               (guint) (self->limits->max_field_size / 1024));
              return FALSE;
            }
        }

      done = csv_parse (&self->parser, data + i, end - i, field_cb, row_cb, self);
      if (done < end - i && self->error == NULL)
        {
          reader_advance (self, data + i, done);
          if (csv_error (&self->parser) == CSV_EPARSE)
            ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_SYNTAX, self->file,
                             self->line, self->column,
                             ot_msg ("a stray quote: a field with a \" must be quoted as a whole, "
                                     "and a quote inside it doubled (\"\")"));
          else
            ot_set_error_at (&self->error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE, self->file,
                             self->line, self->column, "%s",
                             csv_error (&self->parser) == CSV_ENOMEM
                             ? ot_msg ("out of memory")
                             : ot_msg ("the field is too large to read"));
          return FALSE;
        }

      /* Counted while scanning, the bytes before the boundary hold no line
       * end and need no second look. */
      if (plain > 0)
        {
          self->column += plain - continuations;
          self->prev_cr = FALSE;
        }
      reader_advance (self, data + i + plain, end - i - plain);
      i = end;
    }

  return self->error == NULL;
}

const OtCsvLimits ot_csv_figures_limits = {
  OT_CSV_MAX_FILE_SIZE, OT_CSV_MAX_ROWS, OT_CSV_MAX_FIELD_SIZE, OT_CSV_MAX_FIELDS,
};

gboolean
ot_csv_read_stream (GInputStream      *stream,
                    const char        *file,
                    const OtCsvColumn *columns,
                    guint              n_columns,
                    OtCsvRowFunc       row_func,
                    gpointer           user_data,
                    GCancellable      *cancellable,
                    GError           **error)
{
  return ot_csv_read_stream_with_limits (stream, file, &ot_csv_figures_limits, columns, n_columns,
                                         row_func, user_data, cancellable, error);
}

gboolean
ot_csv_read_stream_with_limits (GInputStream      *stream,
                                const char        *file,
                                const OtCsvLimits *limits,
                                const OtCsvColumn *columns,
                                guint              n_columns,
                                OtCsvRowFunc       row_func,
                                gpointer           user_data,
                                GCancellable      *cancellable,
                                GError           **error)
{
  g_autofree char *buffer = NULL;
  gsize total = 0;
  gboolean first = TRUE;
  Reader self = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (columns != NULL && n_columns > 0, FALSE);
  g_return_val_if_fail (row_func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (csv_init (&self.parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    {
      g_set_error (error, OT_CSV_ERROR, OT_CSV_ERROR_IO, ot_msg ("%s: out of memory"), file);
      return FALSE;
    }

  self.file = file;
  self.limits = limits;
  self.columns = columns;
  self.n_columns = n_columns;
  self.row_func = row_func;
  self.user_data = user_data;
  self.line = 1;
  self.column = 1;
  self.at_field_start = TRUE;
  self.row_text = g_string_sized_new (1024);
  self.fields = g_new (Field, limits->max_fields);
  self.values = g_new (const char *, n_columns + 1);
  self.value_lines = g_new (guint, n_columns + 1);
  self.value_columns = g_new (guint, n_columns + 1);
  buffer = g_malloc (CHUNK_SIZE);

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gsize n = 0;
      const char *data = buffer;

      if (!g_input_stream_read_all (stream, buffer, CHUNK_SIZE, &n, cancellable, &local_error))
        {
          g_set_error (&self.error, OT_CSV_ERROR, OT_CSV_ERROR_IO, "%s: %s",
                       file, local_error->message);
          break;
        }

      /* Counted as it streams: a pipe or a device has no size to ask for. */
      total += n;
      if (total > self.limits->max_file_size)
        {
          ot_set_error_at (&self.error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE, file, 0, 0,
                           ot_msg ("the file is larger than %u MB, the most Ontheemd reads"),
                           (guint) (self.limits->max_file_size / (1024 * 1024)));
          break;
        }

      if (first)
        {
          first = FALSE;
          if (n >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                         || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
            {
              ot_set_error_at (&self.error, OT_CSV_ERROR, OT_CSV_ERROR_ENCODING, file, 1, 1,
                               ot_msg ("the file is UTF-16; save it as UTF-8"));
              break;
            }
          /* A byte order mark is allowed and not part of the first name. */
          if (n >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
            {
              data += 3;
              n -= 3;
            }
        }

      if (n == 0)
        break;

      if (!reader_feed (&self, data, n))
        break;
    }

  if (self.error == NULL)
    {
      /* A file that ends in a comma ends in an empty field. */
      if (self.at_field_start && self.n_fields > 0)
        reader_mark_field_start (&self);
      if (csv_fini (&self.parser, field_cb, row_cb, &self) != 0 && self.error == NULL)
        ot_set_error_at (&self.error, OT_CSV_ERROR, OT_CSV_ERROR_SYNTAX, file,
                         self.field_line, self.field_column,
                         ot_msg ("a quoted field is never closed: the file ends before its "
                                 "closing \""));
    }

  if (self.error == NULL && !self.have_header)
    ot_set_error_at (&self.error, OT_CSV_ERROR, OT_CSV_ERROR_EMPTY, file, 0, 0,
                     ot_msg ("the file is empty; expected a header line naming the columns"));

  if (self.error != NULL)
    g_propagate_error (error, g_steal_pointer (&self.error));
  else
    ok = TRUE;

  csv_free (&self.parser);
  g_string_free (self.row_text, TRUE);
  g_free (self.fields);
  g_free (self.values);
  g_free (self.value_lines);
  g_free (self.value_columns);
  g_free (self.map);

  return ok;
}
