/* test-format.c: numbers and dates as Dutch and English readers write them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "ot-format.h"
#include "ot-test.h"

static void
assert_quantity (double      value,
                 OtUnit      unit,
                 OtLang      lang,
                 const char *expected)
{
  g_autofree char *text = ot_format_quantity (value, unit, lang);

  ck_assert_str_eq (text, expected);
}

START_TEST (test_millions)
{
  assert_quantity (21300000, OT_UNIT_PEOPLE, OT_LANG_NL, "21,3 miljoen");
  assert_quantity (40800000, OT_UNIT_PEOPLE, OT_LANG_NL, "40,8 miljoen");
  assert_quantity (3200000, OT_UNIT_PEOPLE, OT_LANG_NL, "3,2 miljoen");
  assert_quantity (65300000, OT_UNIT_PEOPLE, OT_LANG_NL, "65,3 miljoen");
  assert_quantity (21300000, OT_UNIT_PEOPLE, OT_LANG_EN, "21.3 million");
  assert_quantity (3200000, OT_UNIT_PEOPLE, OT_LANG_EN, "3.2 million");
  assert_quantity (65300000, OT_UNIT_PEOPLE, OT_LANG_EN, "65.3 million");
  assert_quantity (1500000000, OT_UNIT_PEOPLE, OT_LANG_NL, "1,5 miljard");
  assert_quantity (1500000000, OT_UNIT_PEOPLE, OT_LANG_EN, "1.5 billion");
}
END_TEST

START_TEST (test_euro_and_percent)
{
  assert_quantity (260000000, OT_UNIT_EUR, OT_LANG_NL, "€ 260 miljoen");
  assert_quantity (260000000, OT_UNIT_EUR, OT_LANG_EN, "€260 million");
  assert_quantity (10, OT_UNIT_PERCENT, OT_LANG_NL, "10%");
  assert_quantity (10, OT_UNIT_PERCENT, OT_LANG_EN, "10%");
  assert_quantity (12.5, OT_UNIT_PERCENT, OT_LANG_NL, "12,5%");
}
END_TEST

START_TEST (test_grouping)
{
  g_autofree char *nl = ot_format_decimal (1234567.5, 2, OT_LANG_NL);
  g_autofree char *en = ot_format_decimal (1234567.5, 2, OT_LANG_EN);
  g_autofree char *small = ot_format_decimal (999, 2, OT_LANG_NL);
  g_autofree char *zero = ot_format_decimal (0, 2, OT_LANG_EN);

  ck_assert_str_eq (nl, "1.234.567,5");
  ck_assert_str_eq (en, "1,234,567.5");
  ck_assert_str_eq (small, "999");
  ck_assert_str_eq (zero, "0");
  assert_quantity (4000, OT_UNIT_PEOPLE, OT_LANG_NL, "4.000");
  assert_quantity (4000, OT_UNIT_PEOPLE, OT_LANG_EN, "4,000");
}
END_TEST

START_TEST (test_qualified_figure)
{
  OtFigure figure = { .value = 4000, .unit = OT_UNIT_PEOPLE,
                      .qualifier = OT_QUALIFIER_UP_TO_ABOUT };
  g_autofree char *nl = ot_format_figure (&figure, OT_LANG_NL);
  g_autofree char *en = ot_format_figure (&figure, OT_LANG_EN);

  ck_assert_str_eq (nl, "maximaal circa 4.000");
  ck_assert_str_eq (en, "up to about 4,000");
}
END_TEST

START_TEST (test_user_locale_does_not_leak)
{
  g_autofree char *en = NULL;

  /* A German or Dutch user locale must not turn the English point into a comma. */
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL && setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    return;
  en = ot_format_quantity (21300000, OT_UNIT_PEOPLE, OT_LANG_EN);
  setlocale (LC_ALL, "C");
  ck_assert_str_eq (en, "21.3 million");
}
END_TEST

START_TEST (test_dates)
{
  OtDate day = { 2016, 9, 19 }, month = { 2016, 7, 0 }, year = { 2018, 0, 0 };
  g_autofree char *nl = ot_format_date (&day, OT_LANG_NL);
  g_autofree char *en = ot_format_date (&day, OT_LANG_EN);
  g_autofree char *nl_month = ot_format_date (&month, OT_LANG_NL);
  g_autofree char *en_year = ot_format_date (&year, OT_LANG_EN);

  ck_assert_str_eq (nl, "19 september 2016");
  ck_assert_str_eq (en, "19 September 2016");
  ck_assert_str_eq (nl_month, "juli 2016");
  ck_assert_str_eq (en_year, "2018");
}
END_TEST

START_TEST (test_event_dates)
{
  OtEvent summit = { .start = { 2016, 5, 23 }, .end = { 2016, 5, 24 } };
  OtEvent agreed = { .start = { 2016, 7, 0 }, .qualifier = OT_EVENT_QUALIFIER_END_OF };
  OtEvent compacts = { .start = { 2018, 0, 0 }, .qualifier = OT_EVENT_QUALIFIER_BY };
  g_autofree char *summit_nl = ot_format_event_date (&summit, OT_LANG_NL);
  g_autofree char *summit_en = ot_format_event_date (&summit, OT_LANG_EN);
  g_autofree char *agreed_nl = ot_format_event_date (&agreed, OT_LANG_NL);
  g_autofree char *agreed_en = ot_format_event_date (&agreed, OT_LANG_EN);
  g_autofree char *compacts_nl = ot_format_event_date (&compacts, OT_LANG_NL);
  g_autofree char *compacts_en = ot_format_event_date (&compacts, OT_LANG_EN);

  ck_assert_str_eq (summit_nl, "23–24 mei 2016");
  ck_assert_str_eq (summit_en, "23–24 May 2016");
  ck_assert_str_eq (agreed_nl, "eind juli 2016");
  ck_assert_str_eq (agreed_en, "end of July 2016");
  ck_assert_str_eq (compacts_nl, "uiterlijk in 2018");
  ck_assert_str_eq (compacts_en, "by 2018");
}
END_TEST

START_TEST (test_date_parse)
{
  OtDate date;

  ck_assert (ot_date_parse ("2016-09-19", &date));
  ck_assert (ot_date_parse ("2016-07", &date));
  ck_assert_uint_eq (date.day, 0);
  ck_assert (ot_date_parse ("2018", &date));
  ck_assert (!ot_date_parse ("2016-13", &date));
  ck_assert (!ot_date_parse ("2016-02-30", &date));
  ck_assert (!ot_date_parse ("19-09-2016", &date));
  ck_assert (!ot_date_parse ("2016-9-19", &date));
}
END_TEST

START_TEST (test_languages)
{
  OtLang lang;

  ck_assert (ot_lang_parse ("nl", &lang) && lang == OT_LANG_NL);
  ck_assert (ot_lang_parse ("nl_BE.UTF-8", &lang) && lang == OT_LANG_NL);
  ck_assert (ot_lang_parse ("en-GB", &lang) && lang == OT_LANG_EN);
  ck_assert (!ot_lang_parse ("fr", &lang));
  ck_assert (!ot_lang_parse ("nlx", &lang));
  ck_assert_str_eq (ot_gettext (OT_LANG_NL, "Source: %s"), "Bron: %s");
  ck_assert_str_eq (ot_gettext (OT_LANG_EN, "Source: %s"), "Source: %s");
  /* A derived number is marked as such in either language. */
  ck_assert_str_eq (ot_gettext (OT_LANG_NL, "%s (calculated: %s)"), "%s (berekend: %s)");
  ck_assert_str_eq (ot_gettext (OT_LANG_EN, "%s (calculated: %s)"), "%s (calculated: %s)");
}
END_TEST

/* In full, never "exactly": 40.8 million is a tenth of a million, and a
 * figure whose every digit is published has no "in full" to add. */
START_TEST (test_in_full)
{
  OtFigure idps = { .value = 40800000, .unit = OT_UNIT_PEOPLE };
  OtFigure money = { .value = 260000000, .unit = OT_UNIT_EUR };
  OtFigure ceiling = { .value = 4000, .unit = OT_UNIT_PEOPLE,
                       .qualifier = OT_QUALIFIER_UP_TO_ABOUT };
  OtFigure target = { .value = 10, .unit = OT_UNIT_PERCENT };
  g_autofree char *nl = ot_format_in_full (&idps, OT_LANG_NL);
  g_autofree char *en = ot_format_in_full (&idps, OT_LANG_EN);
  g_autofree char *euro = ot_format_in_full (&money, OT_LANG_EN);

  ck_assert_str_eq (en, "40,800,000 people in full (published as 40.8 million)");
  ck_assert_str_eq (nl, "voluit 40.800.000 personen (gepubliceerd als 40,8 miljoen)");
  ck_assert_ptr_nonnull (strstr (euro, "260,000,000"));
  ck_assert_ptr_null (ot_format_in_full (&ceiling, OT_LANG_EN));
  ck_assert_ptr_null (ot_format_in_full (&target, OT_LANG_EN));
  ck_assert_ptr_null (strstr (en, "exactly"));
}
END_TEST

static Suite *
format_suite (void)
{
  Suite *suite = suite_create ("format");
  TCase *tc = tcase_create ("format");

  tcase_add_test (tc, test_millions);
  tcase_add_test (tc, test_euro_and_percent);
  tcase_add_test (tc, test_grouping);
  tcase_add_test (tc, test_qualified_figure);
  tcase_add_test (tc, test_user_locale_does_not_leak);
  tcase_add_test (tc, test_dates);
  tcase_add_test (tc, test_event_dates);
  tcase_add_test (tc, test_date_parse);
  tcase_add_test (tc, test_languages);
  tcase_add_test (tc, test_in_full);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (format_suite ());
}
