/* test-dataset.c: the figures file, validated, and the letter's own figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "ot-dataset.h"
#include "ot-test.h"

#define HEADER "id,value,unit,qualifier,date,label_nl,label_en,parent,source\n"

static OtDataset *
load_text (const char *text,
           GError    **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);

  return ot_dataset_new_from_stream (stream, "figures.csv", NULL, error);
}

static void
expect_error (const char *rows,
              int         code,
              const char *message)
{
  g_autofree char *text = g_strconcat (HEADER, rows, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = load_text (text, &error);

  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, message);
  ck_assert_msg (g_error_matches (error, OT_DATASET_ERROR, code), "wrong code for “%s”", message);
}

START_TEST (test_letter_figures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);
  g_autoptr(GPtrArray) parts = NULL;
  const OtFigure *total, *funding, *resettlement, *target;

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  ck_assert (ot_dataset_is_letter (dataset));

  total = ot_dataset_lookup_figure (dataset, "displaced-total");
  ck_assert_ptr_nonnull (total);
  ck_assert_double_eq (total->value, 65300000);
  ck_assert_int_eq (total->unit, OT_UNIT_PEOPLE);
  ck_assert_ptr_eq (ot_dataset_find_breakdown (dataset), total);

  parts = ot_dataset_dup_parts (dataset, "displaced-total");
  ck_assert_uint_eq (parts->len, 3);
  ck_assert_double_eq (((OtFigure *) parts->pdata[0])->value, 21300000);
  ck_assert_double_eq (((OtFigure *) parts->pdata[1])->value, 40800000);
  ck_assert_double_eq (((OtFigure *) parts->pdata[2])->value, 3200000);
  ck_assert_str_eq (((OtFigure *) parts->pdata[1])->label[OT_LANG_NL], "Ontheemd in eigen land");

  funding = ot_dataset_lookup_figure (dataset, "syria-region-funding");
  ck_assert_double_eq (funding->value, 260000000);
  ck_assert_int_eq (funding->unit, OT_UNIT_EUR);
  ck_assert_int_eq (funding->qualifier, OT_QUALIFIER_IN_ADDITION);

  resettlement = ot_dataset_lookup_figure (dataset, "resettlement-eu-turkey");
  ck_assert_double_eq (resettlement->value, 4000);
  ck_assert_int_eq (resettlement->qualifier, OT_QUALIFIER_UP_TO_ABOUT);

  target = ot_dataset_lookup_figure (dataset, "resettlement-target");
  ck_assert_double_eq (target->value, 10);
  ck_assert_int_eq (target->unit, OT_UNIT_PERCENT);
  ck_assert_int_eq (target->qualifier, OT_QUALIFIER_NOT_AGREED);

  /* 21.3 + 40.8 + 3.2 = 65.3: nothing to warn about. */
  ck_assert_ptr_null (ot_dataset_get_warnings (dataset)[0]);
}
END_TEST

START_TEST (test_letter_events)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);
  const OtEvent *un, *us, *whs, *agreed, *compacts;

  ck_assert_uint_eq (ot_dataset_get_n_events (dataset), 11);

  un = ot_dataset_lookup_event (dataset, "un-summit");
  ck_assert_uint_eq (un->start.year, 2016);
  ck_assert_uint_eq (un->start.month, 9);
  ck_assert_uint_eq (un->start.day, 19);
  us = ot_dataset_lookup_event (dataset, "us-summit");
  ck_assert_uint_eq (us->start.day, 20);

  whs = ot_dataset_lookup_event (dataset, "world-humanitarian-summit");
  ck_assert_uint_eq (whs->start.day, 23);
  ck_assert_uint_eq (whs->end.day, 24);
  ck_assert_uint_eq (whs->end.month, 5);

  agreed = ot_dataset_lookup_event (dataset, "declaration-agreed");
  ck_assert_uint_eq (agreed->start.month, 7);
  ck_assert_uint_eq (agreed->start.day, 0);
  ck_assert_int_eq (agreed->qualifier, OT_EVENT_QUALIFIER_END_OF);

  compacts = ot_dataset_lookup_event (dataset, "global-compacts");
  ck_assert_uint_eq (compacts->start.year, 2018);
  ck_assert_uint_eq (compacts->start.month, 0);
  ck_assert_int_eq (compacts->qualifier, OT_EVENT_QUALIFIER_BY);
}
END_TEST

/* The letter's dates are read when first asked for; charts drawn in
 * threads may ask at once, and each sees all of them. */
static gpointer
count_events_cb (gpointer dataset)
{
  const OtEvent *un = ot_dataset_lookup_event (dataset, "un-summit");

  return GUINT_TO_POINTER (un != NULL ? ot_dataset_get_n_events (dataset) : 0);
}

START_TEST (test_letter_events_first_asked_in_threads)
{
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
      GThread *threads[4];

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        threads[i] = g_thread_new ("events", count_events_cb, dataset);
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        ck_assert_uint_eq (GPOINTER_TO_UINT (g_thread_join (threads[i])), 11);
    }
}
END_TEST

START_TEST (test_more_parts_from_a_user_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ot_test_data_path ("figures-four-parts.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_file (file, NULL, &error);
  g_autoptr(GPtrArray) parts = NULL;

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  ck_assert (!ot_dataset_is_letter (dataset));
  parts = ot_dataset_dup_parts (dataset, ot_dataset_find_breakdown (dataset)->id);
  ck_assert_uint_eq (parts->len, 4);
  /* A file of one's own brings its own figures only: the letter's dates
   * and UNHCR's series are no part of it, so no chart draws them for it. */
  ck_assert_uint_eq (ot_dataset_get_n_events (dataset), 0);
  ck_assert_ptr_null (ot_dataset_get_series (dataset));
}
END_TEST

START_TEST (test_parts_that_do_not_add_up_warn)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = load_text (
    HEADER
    "total,65300000,people,,,Totaal,Total,,s\n"
    "a,21300000,people,,,A,A,total,s\n"
    "b,40800000,people,,,B,B,total,s\n"
    "c,2200000,people,,,C,C,total,s\n", &error);
  const char * const *warnings;

  ck_assert_ptr_nonnull (dataset);
  warnings = ot_dataset_get_warnings (dataset);
  ck_assert_ptr_nonnull (warnings[0]);
  ck_assert_str_eq (warnings[0], "figures.csv:2: the 3 parts of “total” add up to 64.3 million, "
                                 "not to its 65.3 million");
  ck_assert_ptr_null (warnings[1]);
}
END_TEST

START_TEST (test_rounding_is_allowed)
{
  g_autoptr(GError) error = NULL;
  /* Published figures rounded to 0.1 million may be off by a little. */
  g_autoptr(OtDataset) dataset = load_text (
    HEADER
    "total,10000000,people,,,T,T,,s\n"
    "a,3300000,people,,,A,A,total,s\n"
    "b,3300000,people,,,B,B,total,s\n"
    "c,3300000,people,,,C,C,total,s\n", &error);

  ck_assert_ptr_nonnull (dataset);
  ck_assert_ptr_null (ot_dataset_get_warnings (dataset)[0]);
}
END_TEST

START_TEST (test_value_not_a_number)
{
  expect_error ("a,12abc,people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: expected a number, found “12abc”");
}
END_TEST

START_TEST (test_value_with_decimal_comma)
{
  expect_error ("a,\"65,3\",people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: expected a number, found “65,3”; write decimals with a point "
                "and no thousands separators");
}
END_TEST

START_TEST (test_value_empty)
{
  expect_error ("a,,people,,,A,A,,s\n", OT_DATASET_ERROR_MISSING,
                "figures.csv:2:3: the value is empty");
}
END_TEST

START_TEST (test_value_negative)
{
  expect_error ("a,-5,people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: expected a number of zero or more, found “-5”");
}
END_TEST

START_TEST (test_value_nan_and_infinite)
{
  expect_error ("a,NaN,people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: expected a number, found “NaN”");
  expect_error ("a,inf,people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: expected a number, found “inf”");
  expect_error ("a,1e400,people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: the number “1e400” is too large; the most is 10^15");
  expect_error ("a,1000000000000001,people,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: the number “1000000000000001” is too large; the most is "
                "10^15");
}
END_TEST

START_TEST (test_unknown_unit)
{
  expect_error ("a,5,dollars,,,A,A,,s\n", OT_DATASET_ERROR_UNIT,
                "figures.csv:2:5: unknown unit “dollars”; expected people, EUR or percent");
}
END_TEST

START_TEST (test_percent_over_hundred)
{
  expect_error ("a,110,percent,,,A,A,,s\n", OT_DATASET_ERROR_VALUE,
                "figures.csv:2:3: expected a percentage from 0 to 100, found “110”");
}
END_TEST

START_TEST (test_unknown_qualifier)
{
  expect_error ("a,5,people,roughly,,A,A,,s\n", OT_DATASET_ERROR_QUALIFIER,
                "figures.csv:2:12: unknown qualifier “roughly”; expected nothing, up_to_about, "
                "not_agreed or in_addition");
}
END_TEST

START_TEST (test_bad_date)
{
  expect_error ("a,5,people,,2016-02-30,A,A,,s\n", OT_DATASET_ERROR_DATE,
                "figures.csv:2:13: expected a date as 2016, 2016-07 or 2016-09-19, "
                "found “2016-02-30”");
}
END_TEST

START_TEST (test_duplicate_id)
{
  expect_error ("a,5,people,,,A,A,,s\nb,5,people,,,B,B,,s\na,6,people,,,A,A,,s\n",
                OT_DATASET_ERROR_ID,
                "figures.csv:4:1: the id “a” is used twice; ids must be unique");
}
END_TEST

START_TEST (test_bad_id)
{
  expect_error ("Total Figure,5,people,,,A,A,,s\n", OT_DATASET_ERROR_ID,
                "figures.csv:2:1: the id “Total Figure” may only hold lower-case letters a–z, "
                "digits, “-” and “_”");
}
END_TEST

START_TEST (test_unknown_parent)
{
  expect_error ("a,5,people,,,A,A,,s\nb,2,people,,,B,B,totaal,s\n", OT_DATASET_ERROR_PARENT,
                "figures.csv:3:18: the parent “totaal” is not the id of any figure in the file");
}
END_TEST

START_TEST (test_parent_cycle)
{
  expect_error ("a,5,people,,,A,A,c,s\nb,2,people,,,B,B,a,s\nc,2,people,,,C,C,b,s\n",
                OT_DATASET_ERROR_PARENT,
                "figures.csv:2:18: the parents of “a” form a cycle; a figure cannot be part of "
                "itself");
}
END_TEST

START_TEST (test_parent_in_another_unit)
{
  expect_error ("a,5,people,,,A,A,,s\nb,2,EUR,,,B,B,a,s\n", OT_DATASET_ERROR_PARENT,
                "figures.csv:3:15: the part “b” is in EUR but its parent “a” is in people");
}
END_TEST

START_TEST (test_missing_label_and_source)
{
  expect_error ("a,5,people,,,,A,,s\n", OT_DATASET_ERROR_MISSING,
                "figures.csv:2:14: the Dutch label (label_nl) is empty");
  expect_error ("a,5,people,,,A,A,,\n", OT_DATASET_ERROR_MISSING,
                "figures.csv:2:19: the source is empty");
}
END_TEST

START_TEST (test_header_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = load_text (HEADER, &error);

  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, "figures.csv: the file has a header but no figures");
}
END_TEST

START_TEST (test_missing_file_and_folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/figures.csv");
  g_autofree char *dir_path = ot_test_data_path ("");
  g_autoptr(GFile) folder = g_file_new_for_path (dir_path);
  OtDataset *dataset;

  dataset = ot_dataset_new_from_file (missing, NULL, &error);
  ck_assert_ptr_null (dataset);
  ck_assert_msg (g_str_has_prefix (error->message, "/nonexistent/figures.csv: "), "%s",
                 error->message);
  g_clear_error (&error);

  dataset = ot_dataset_new_from_file (folder, NULL, &error);
  ck_assert_ptr_null (dataset);
  ck_assert_ptr_nonnull (error);
}
END_TEST

START_TEST (test_same_in_every_locale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;

  /* A user locale with a decimal comma must not change what 65.3 means. */
  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") == NULL && setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    return;
  dataset = load_text (HEADER "a,65.3,people,,,A,A,,s\n", &error);
  ck_assert_double_eq_tol (ot_dataset_lookup_figure (dataset, "a")->value, 65.3, 1e-9);
  setlocale (LC_NUMERIC, "C");
}
END_TEST

static Suite *
dataset_suite (void)
{
  Suite *suite = suite_create ("dataset");
  TCase *good = tcase_create ("good");
  TCase *bad = tcase_create ("bad");

  tcase_add_test (good, test_letter_figures);
  tcase_add_test (good, test_letter_events);
  tcase_add_test (good, test_letter_events_first_asked_in_threads);
  tcase_add_test (good, test_more_parts_from_a_user_file);
  tcase_add_test (good, test_parts_that_do_not_add_up_warn);
  tcase_add_test (good, test_rounding_is_allowed);
  tcase_add_test (good, test_same_in_every_locale);
  suite_add_tcase (suite, good);

  tcase_add_test (bad, test_value_not_a_number);
  tcase_add_test (bad, test_value_with_decimal_comma);
  tcase_add_test (bad, test_value_empty);
  tcase_add_test (bad, test_value_negative);
  tcase_add_test (bad, test_value_nan_and_infinite);
  tcase_add_test (bad, test_unknown_unit);
  tcase_add_test (bad, test_percent_over_hundred);
  tcase_add_test (bad, test_unknown_qualifier);
  tcase_add_test (bad, test_bad_date);
  tcase_add_test (bad, test_duplicate_id);
  tcase_add_test (bad, test_bad_id);
  tcase_add_test (bad, test_unknown_parent);
  tcase_add_test (bad, test_parent_cycle);
  tcase_add_test (bad, test_parent_in_another_unit);
  tcase_add_test (bad, test_missing_label_and_source);
  tcase_add_test (bad, test_header_only);
  tcase_add_test (bad, test_missing_file_and_folder);
  suite_add_tcase (suite, bad);

  return suite;
}

int
main (void)
{
  return ot_test_run (dataset_suite ());
}
