/* test-csv.c: the streaming CSV reader, its positions and its errors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ot-csv.h"
#include "ot-test.h"

static const OtCsvColumn columns[] = {
  { "id", TRUE },
  { "value", TRUE },
  { "note", FALSE },
};

typedef struct
{
  GPtrArray *ids;
  GPtrArray *values;
  GPtrArray *notes;
  GArray    *lines;
  GArray    *value_columns;
} Rows;

static gboolean
collect_cb (const OtCsvRow *row,
            gpointer        user_data,
            GError        **error)
{
  Rows *rows = user_data;

  g_ptr_array_add (rows->ids, g_strdup (row->values[0]));
  g_ptr_array_add (rows->values, g_strdup (row->values[1]));
  g_ptr_array_add (rows->notes, g_strdup (row->values[2]));
  g_array_append_val (rows->lines, row->line);
  g_array_append_val (rows->value_columns, row->columns[1]);
  return TRUE;
}

static Rows *
rows_new (void)
{
  Rows *rows = g_new0 (Rows, 1);

  rows->ids = g_ptr_array_new_with_free_func (g_free);
  rows->values = g_ptr_array_new_with_free_func (g_free);
  rows->notes = g_ptr_array_new_with_free_func (g_free);
  rows->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  rows->value_columns = g_array_new (FALSE, FALSE, sizeof (guint));
  return rows;
}

static void
rows_free (Rows *rows)
{
  g_ptr_array_unref (rows->ids);
  g_ptr_array_unref (rows->values);
  g_ptr_array_unref (rows->notes);
  g_array_unref (rows->lines);
  g_array_unref (rows->value_columns);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rows, rows_free)

static gboolean
read_bytes (const char *data,
            gsize       len,
            Rows       *rows,
            GError    **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, len, NULL);

  return ot_csv_read_stream (stream, "test.csv", columns, G_N_ELEMENTS (columns),
                             collect_cb, rows, NULL, error);
}

static gboolean
read_text (const char *text,
           Rows       *rows,
           GError    **error)
{
  return read_bytes (text, strlen (text), rows, error);
}

static gboolean
read_fixture (const char *name,
              Rows       *rows,
              GError    **error)
{
  g_autofree char *path = ot_test_data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);

  if (stream == NULL)
    return FALSE;
  return ot_csv_read_stream (G_INPUT_STREAM (stream), name, columns, G_N_ELEMENTS (columns),
                             collect_cb, rows, NULL, error);
}

static void
expect_error (const char *text,
              GQuark      domain,
              int         code,
              const char *message)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (!read_text (text, rows, &error));
  ot_assert_error_message (error, message);
  ck_assert_msg (g_error_matches (error, domain, code), "wrong code for “%s”", message);
}

START_TEST (test_plain)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (read_text ("id,value\na,1\nb,2\n", rows, &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (rows->ids->len, 2);
  ck_assert_str_eq (g_ptr_array_index (rows->ids, 1), "b");
  ck_assert_str_eq (g_ptr_array_index (rows->values, 1), "2");
  /* The optional column is absent, not empty. */
  ck_assert_ptr_null (g_ptr_array_index (rows->notes, 0));
  ck_assert_uint_eq (g_array_index (rows->lines, guint, 1), 3);
  ck_assert_uint_eq (g_array_index (rows->value_columns, guint, 1), 3);
}
END_TEST

START_TEST (test_bom_crlf_fixture)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert_msg (read_fixture ("csv-bom-crlf.csv", rows, &error), "%s",
                 error ? error->message : "");
  ck_assert_uint_eq (rows->ids->len, 2);
  ck_assert_str_eq (g_ptr_array_index (rows->ids, 0), "first");
  ck_assert_str_eq (g_ptr_array_index (rows->values, 1), "20");
  ck_assert_uint_eq (g_array_index (rows->lines, guint, 1), 3);
}
END_TEST

START_TEST (test_order_extra_and_quotes_fixture)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert_msg (read_fixture ("csv-reordered-quoted.csv", rows, &error), "%s",
                 error ? error->message : "");
  ck_assert_uint_eq (rows->ids->len, 3);
  /* Columns in another order, an unknown column ignored. */
  ck_assert_str_eq (g_ptr_array_index (rows->ids, 0), "a");
  ck_assert_str_eq (g_ptr_array_index (rows->values, 0), "1");
  /* A quoted field with a comma, doubled quotes and a line break. */
  ck_assert_str_eq (g_ptr_array_index (rows->notes, 0), "one, with a comma");
  ck_assert_str_eq (g_ptr_array_index (rows->notes, 1), "say \"two\"");
  ck_assert_str_eq (g_ptr_array_index (rows->notes, 2), "three\nlines\nlong");
  /* The row after a multi-line field starts on its real line. */
  ck_assert_uint_eq (g_array_index (rows->lines, guint, 2), 4);
}
END_TEST

START_TEST (test_positions_after_multiline_field)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (read_text ("id,note,value\n\"x\",\"a\nb\",1\ny,z,2\n", rows, &error));
  ck_assert_uint_eq (g_array_index (rows->lines, guint, 1), 4);
  ck_assert_uint_eq (g_array_index (rows->value_columns, guint, 0), 4);
}
END_TEST

START_TEST (test_cr_only_line_endings)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (read_text ("id,value\ra,1\rb,2\r", rows, &error));
  ck_assert_uint_eq (rows->ids->len, 2);
  ck_assert_uint_eq (g_array_index (rows->lines, guint, 1), 3);
}
END_TEST

START_TEST (test_utf8_columns_count_characters)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  /* "é" is two bytes and one column. */
  ck_assert (!read_text ("id,value\né,1,extra\n", rows, &error));
  ot_assert_error_message (error, "test.csv:2:5: expected 2 fields as in the header on line 1, "
                                  "found 3");
}
END_TEST

START_TEST (test_unterminated_quote)
{
  expect_error ("id,value\na,\"12\nb,3\n", OT_CSV_ERROR, OT_CSV_ERROR_SYNTAX,
                "test.csv:2:3: a quoted field is never closed: the file ends before its "
                "closing \"");
}
END_TEST

START_TEST (test_stray_quote)
{
  expect_error ("id,value\na,1\nb,12\"3\n", OT_CSV_ERROR, OT_CSV_ERROR_SYNTAX,
                "test.csv:3:5: a stray quote: a field with a \" must be quoted as a whole, "
                "and a quote inside it doubled (\"\")");
}
END_TEST

START_TEST (test_too_many_fields)
{
  expect_error ("id,value\na,1\nb,2,3\n", OT_CSV_ERROR, OT_CSV_ERROR_FIELD_COUNT,
                "test.csv:3:5: expected 2 fields as in the header on line 1, found 3");
}
END_TEST

START_TEST (test_too_few_fields)
{
  expect_error ("id,value\na\n", OT_CSV_ERROR, OT_CSV_ERROR_FIELD_COUNT,
                "test.csv:2:1: expected 2 fields as in the header on line 1, found 1");
}
END_TEST

START_TEST (test_missing_column)
{
  expect_error ("id,valeu\na,1\n", OT_CSV_ERROR, OT_CSV_ERROR_HEADER,
                "test.csv:1:1: the header has no column “value” (it has: id, valeu)");
}
END_TEST

START_TEST (test_duplicate_column)
{
  expect_error ("id,value,id\na,1,b\n", OT_CSV_ERROR, OT_CSV_ERROR_HEADER,
                "test.csv:1:10: the column “id” appears twice in the header");
}
END_TEST

START_TEST (test_empty_file)
{
  expect_error ("", OT_CSV_ERROR, OT_CSV_ERROR_EMPTY,
                "test.csv: the file is empty; expected a header line naming the columns");
  expect_error ("\n\n", OT_CSV_ERROR, OT_CSV_ERROR_EMPTY,
                "test.csv: the file is empty; expected a header line naming the columns");
}
END_TEST

START_TEST (test_nul_byte)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;
  static const char data[] = "id,value\na,1\x00" "2\n";

  ck_assert (!read_bytes (data, sizeof data - 1, rows, &error));
  ot_assert_error_message (error, "test.csv:2:4: a NUL byte; this is not a text file (or it is "
                                  "UTF-16: save it as UTF-8)");
}
END_TEST

/* Fields are checked a word (8 bytes) at a time: a byte no output can
 * hold, or a NUL, is found at every place of a field, and the bytes at
 * the ends of printable ASCII pass. */
START_TEST (test_unfit_byte_at_every_place)
{
  static const guchar unfit[] = { 0x01, 0x1F, 0x7F, 0x00 };

  for (guint u = 0; u < G_N_ELEMENTS (unfit); u++)
    for (guint at = 0; at < 20; at++)
      {
        g_autoptr(Rows) rows = rows_new ();
        g_autoptr(GError) error = NULL;
        g_autofree char *expected = NULL;
        char data[64] = "id,value\na,xxxxxxxxxxxxxxxxxxxx\n";

        data[11 + at] = (char) unfit[u];
        ck_assert (!read_bytes (data, strlen ("id,value\na,xxxxxxxxxxxxxxxxxxxx\n"), rows,
                                &error));
        if (unfit[u] == 0)
          expected = g_strdup_printf ("test.csv:2:%u: a NUL byte; this is not a text file (or it "
                                      "is UTF-16: save it as UTF-8)", 3 + at);
        else
          expected = g_strdup_printf ("test.csv:2:%u: the control character U+%04X, which no "
                                      "chart, SVG or PDF can hold; remove it from the file",
                                      3 + at, unfit[u]);
        ot_assert_error_message (error, expected);
      }

  for (guint at = 0; at < 20; at++)
    {
      g_autoptr(Rows) rows = rows_new ();
      g_autoptr(GError) error = NULL;
      char data[64] = "id,value\na,xxxxxxxxxxxxxxxxxxxx\n";
      g_autofree char *expected = NULL;

      data[11 + at] = at % 2 == 0 ? ' ' : '~';
      /* libcsv drops a space that leads a field. */
      expected = g_strndup (data + (at == 0 ? 12 : 11), at == 0 ? 19 : 20);
      ck_assert_msg (read_text (data, rows, &error), "%s", error ? error->message : "");
      ck_assert_str_eq (g_ptr_array_index (rows->values, 0), expected);
    }
}
END_TEST

START_TEST (test_latin1)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (!read_fixture ("csv-latin1.csv", rows, &error));
  ot_assert_error_message (error, "csv-latin1.csv:2:1: the field is not valid UTF-8 "
                                  "(byte 0xEB); save the file as UTF-8");
}
END_TEST

START_TEST (test_utf16)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;
  static const char data[] = "\xFF\xFEi\0d\0";

  ck_assert (!read_bytes (data, sizeof data - 1, rows, &error));
  ot_assert_error_message (error, "test.csv:1:1: the file is UTF-16; save it as UTF-8");
}
END_TEST

START_TEST (test_row_error_stops_reading)
{
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  /* The first bad row is reported, not the last. */
  ck_assert (!read_text ("id,value\na\nb\n", rows, &error));
  ot_assert_error_message (error, "test.csv:2:1: expected 2 fields as in the header on line 1, "
                                  "found 1");
  ck_assert_uint_eq (rows->ids->len, 0);
}
END_TEST

START_TEST (test_large_chunked_input)
{
  g_autoptr(GString) text = g_string_new ("id,value\n");
  g_autoptr(Rows) rows = rows_new ();
  g_autoptr(GError) error = NULL;

  /* Far more than one read buffer, so fields straddle chunk boundaries; as
   * many rows as the reader takes. */
  for (guint i = 0; i < OT_CSV_MAX_ROWS; i++)
    g_string_append_printf (text, "row-%u,\"%u\"\n", i, i * 7);
  ck_assert_uint_gt (text->len, 2 * 64 * 1024);

  ck_assert (read_text (text->str, rows, &error));
  ck_assert_uint_eq (rows->ids->len, OT_CSV_MAX_ROWS);
  ck_assert_str_eq (g_ptr_array_index (rows->values, 1234), "8638");
  ck_assert_uint_eq (g_array_index (rows->lines, guint, 9999), 10001);
}
END_TEST

static Suite *
csv_suite (void)
{
  Suite *suite = suite_create ("csv");
  TCase *good = tcase_create ("good");
  TCase *bad = tcase_create ("bad");

  tcase_add_test (good, test_plain);
  tcase_add_test (good, test_bom_crlf_fixture);
  tcase_add_test (good, test_order_extra_and_quotes_fixture);
  tcase_add_test (good, test_positions_after_multiline_field);
  tcase_add_test (good, test_cr_only_line_endings);
  tcase_add_test (good, test_large_chunked_input);
  suite_add_tcase (suite, good);

  tcase_add_test (bad, test_utf8_columns_count_characters);
  tcase_add_test (bad, test_unterminated_quote);
  tcase_add_test (bad, test_stray_quote);
  tcase_add_test (bad, test_too_many_fields);
  tcase_add_test (bad, test_too_few_fields);
  tcase_add_test (bad, test_missing_column);
  tcase_add_test (bad, test_duplicate_column);
  tcase_add_test (bad, test_empty_file);
  tcase_add_test (bad, test_nul_byte);
  tcase_add_test (bad, test_unfit_byte_at_every_place);
  tcase_add_test (bad, test_latin1);
  tcase_add_test (bad, test_utf16);
  tcase_add_test (bad, test_row_error_stops_reading);
  suite_add_tcase (suite, bad);

  return suite;
}

int
main (void)
{
  return ot_test_run (csv_suite ());
}
