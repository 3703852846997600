/* test-csv-writer.c: CSV out, quoted by libcsv, safe from formula injection,
 * and read back by our own reader
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "ot-csv-writer.h"
#include "ot-dataset.h"
#include "ot-test.h"

START_TEST (test_fields_are_quoted)
{
  g_autoptr(OtCsvWriter) writer = ot_csv_writer_new ();

  ot_csv_writer_add_field (writer, "plain");
  ot_csv_writer_add_field (writer, "a, b");
  ot_csv_writer_add_field (writer, "say \"hi\"");
  ot_csv_writer_add_field (writer, "two\nlines");
  ot_csv_writer_add_field (writer, NULL);
  ot_csv_writer_end_row (writer);
  ot_csv_writer_add_field (writer, "Syrië");
  ot_csv_writer_end_row (writer);

  ck_assert_str_eq (ot_csv_writer_get_text (writer),
                    "\"plain\",\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\r\n"
                    "\"Syrië\"\r\n");
}
END_TEST

START_TEST (test_formulas_are_neutralised)
{
  static const struct { const char *in, *out; } cases[] = {
    { "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")" },
    { "+1+1", "'+1+1" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "  =1", "'  =1" },
    { "\t=1", "'\t=1" },
    { "\r=1", "'\r=1" },
    { "65300000", "65300000" },
    { "2015-12-31", "2015-12-31" },
    { "a=b", "a=b" },
    { "", "" },
    /* What the first guard missed (issue 13): a line break first, spaces
     * or no-break spaces before the sign, full-width signs. */
    { "\n=1+1", "'\n=1+1" },
    { "\r\n=1", "'\r\n=1" },
    { " \t =1", "' \t =1" },
    { "\xC2\xA0=1", "'\xC2\xA0=1" },                       /* U+00A0 */
    { "\xE2\x80\xAF+1", "'\xE2\x80\xAF+1" },             /* U+202F */
    { "\xE3\x80\x80@SUM(A1)", "'\xE3\x80\x80@SUM(A1)" }, /* U+3000 */
    { "\xEF\xBB\xBF=1", "'\xEF\xBB\xBF=1" },             /* U+FEFF */
    { "\xE2\x80\x8B=1", "'\xE2\x80\x8B=1" },             /* U+200B */
    { "\xEF\xBC\x9D" "1+1", "'\xEF\xBC\x9D" "1+1" },           /* ＝ */
    { "\xEF\xBC\x8B" "1", "'\xEF\xBC\x8B" "1" },               /* ＋ */
    { "\xEF\xBC\x8D" "1", "'\xEF\xBC\x8D" "1" },               /* － */
    { "\xEF\xBC\xA0" "A1", "'\xEF\xBC\xA0" "A1" },             /* ＠ */
    { "\xC2\xA0 \xEF\xBC\x9D" "1", "'\xC2\xA0 \xEF\xBC\x9D" "1" },
    { "\xE2\x88\x92" "1", "'\xE2\x88\x92" "1" },               /* − U+2212 */
    { "\xEF\xB9\xA6" "1", "'\xEF\xB9\xA6" "1" },           /* ﹦ */
    { "Syri\xC3\xAB = 3", "Syri\xC3\xAB = 3" },
    { "65,3 miljoen", "65,3 miljoen" },
    { "\xC2\xA0", "\xC2\xA0" },
  };
  g_autoptr(OtCsvWriter) writer = ot_csv_writer_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = ot_csv_neutralise (cases[i].in);

      ck_assert_str_eq (out, cases[i].out);
    }

  ot_csv_writer_add_field (writer, "=1+2");
  ot_csv_writer_end_row (writer);
  ck_assert_str_eq (ot_csv_writer_get_text (writer), "\"'=1+2\"\r\n");
}
END_TEST

/* What the table exports opens again as the same figures. */
START_TEST (test_figures_round_trip)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) letter = ot_dataset_new_default (&error);
  g_autoptr(OtDataset) again = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *text = NULL;

  ck_assert_ptr_nonnull (letter);
  text = ot_csv_write_figures (letter);
  ck_assert (g_str_has_prefix (text, "\"id\",\"value\",\"unit\",\"qualifier\",\"date\","
                                    "\"label_nl\",\"label_en\",\"parent\",\"base\",\"source\","
                                    "\"source_en\"\r\n"));
  /* The English sentence goes along (issue 13: it was dropped). */
  ck_assert (strstr (text, "\"At present, 65.3 million people are displaced or have fled their "
                           "homes.\"\r\n") != NULL);
  ck_assert (strstr (text, "\"displaced-idps\",\"40800000\",\"people\",\"\",\"2015-12-31\"")
             != NULL);
  ck_assert (strstr (text, "\"resettlement-eu-turkey\",\"4000\",\"people\",\"up_to_about\"")
             != NULL);

  stream = g_memory_input_stream_new_from_data (g_strdup (text), -1, g_free);
  again = ot_dataset_new_from_stream (stream, "again.csv", NULL, &error);
  ck_assert_msg (again != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (ot_dataset_get_n_figures (again), ot_dataset_get_n_figures (letter));
  for (guint i = 0; i < ot_dataset_get_n_figures (letter); i++)
    {
      const OtFigure *a = ot_dataset_get_figure (letter, i);
      const OtFigure *b = ot_dataset_lookup_figure (again, a->id);

      ck_assert_ptr_nonnull (b);
      ck_assert (a->value == b->value);
      ck_assert_int_eq (a->unit, b->unit);
      ck_assert_int_eq (a->qualifier, b->qualifier);
      ck_assert_int_eq (ot_date_compare (&a->date, &b->date), 0);
      ck_assert_str_eq (a->label[OT_LANG_NL], b->label[OT_LANG_NL]);
      ck_assert_str_eq (a->label[OT_LANG_EN], b->label[OT_LANG_EN]);
      ck_assert_str_eq (a->source, b->source);
      ck_assert_str_eq (a->source_en != NULL ? a->source_en : "",
                        b->source_en != NULL ? b->source_en : "");
      ck_assert_str_eq (a->parent_id != NULL ? a->parent_id : "",
                        b->parent_id != NULL ? b->parent_id : "");
      ck_assert_str_eq (a->base_id != NULL ? a->base_id : "",
                        b->base_id != NULL ? b->base_id : "");
    }
}
END_TEST

START_TEST (test_file_written_whole_or_not_at_all)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) letter = ot_dataset_new_default (&error);
  g_autofree char *dir = g_dir_make_tmp ("ot-csv-writer-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "figures.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "figures.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;
  gsize len;

  ck_assert (ot_csv_write_figures_to_file (letter, file, NULL, &error));
  ck_assert (g_file_get_contents (path, &contents, &len, NULL));
  ck_assert (g_str_has_prefix (contents, "\xEF\xBB\xBF\"id\","));

  ck_assert (!ot_csv_write_figures_to_file (letter, bad, NULL, &error));
  ck_assert (strstr (error->message, "could not be written") != NULL);
  ck_assert (!g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

static Suite *
csv_writer_suite (void)
{
  Suite *suite = suite_create ("csv-writer");
  TCase *tc = tcase_create ("writer");

  tcase_add_test (tc, test_fields_are_quoted);
  tcase_add_test (tc, test_formulas_are_neutralised);
  tcase_add_test (tc, test_figures_round_trip);
  tcase_add_test (tc, test_file_written_whole_or_not_at_all);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (csv_writer_suite ());
}
