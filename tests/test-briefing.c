/* test-briefing.c: the briefing and its .ontheemd file: what is saved comes
 * back, and a damaged file says where and what
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ot-briefing.h"
#include "ot-test.h"

static OtBriefing *
new_letter_briefing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);

  ck_assert_ptr_nonnull (dataset);
  return ot_briefing_new (dataset, NULL);
}

static void
on_changed_cb (OtBriefing *briefing,
               guint      *count)
{
  (*count)++;
}

/* Every kind of edit survives a save and a load, byte for byte. */
START_TEST (test_round_trip)
{
  g_autoptr(OtBriefing) briefing = new_letter_briefing ();
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
  g_autoptr(OtBriefing) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2016, 9, 8, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  const char *quote[] = { "de bestaande toezegging om maximaal circa 4.000 Syrische vluchtelingen te hervestigen", NULL };
  const char *order[] = { "key-figures", "funding", NULL };
  const OtChartChanges *back;
  guint count = 0;

  g_signal_connect (briefing, "changed", G_CALLBACK (on_changed_cb), &count);
  changes->title = g_strdup ("Nederland hervestigt hooguit 4.000 Syriërs");
  changes->subtitle = g_strdup ("");
  changes->notes = g_strdup ("Bron: brief van 8 september 2016\nTweede regel");
  changes->byline = g_strdup ("Grafiek: Ministerie van Justitie en Veiligheid");
  changes->highlight = g_strsplit ("resettlement-eu-turkey,year-2015", ",", -1);
  ot_chart_changes_add_annotation (changes, "resettlement-eu-turkey", 0, "hooguit");
  ot_chart_changes_add_annotation (changes, NULL, 2015, "piek");
  ot_briefing_set_changes (briefing, "key-figures", changes);
  ot_briefing_set_changes (briefing, "key-figures", changes);
  ck_assert_uint_eq (count, 1);
  ot_briefing_set_quote (briefing, "key-figures", quote);
  ot_briefing_set_speaker_notes (briefing, "key-figures", "Begin met de 4.000.");
  ot_briefing_set_title (briefing, "Briefing \"hervestiging\"");
  ot_briefing_set_author (briefing, "Ministerie van Justitie en Veiligheid");
  ot_briefing_set_date (briefing, date);
  ot_briefing_set_lang (briefing, OT_LANG_EN);
  ot_briefing_set_theme (briefing, OT_THEME_DARK);
  ot_briefing_set_export (briefing, OT_EXPORT_SVG, 1920, 1080, 2);
  ot_briefing_set_chart_ids (briefing, order);
  ck_assert_uint_eq (count, 10);
  ck_assert_uint_eq (ot_briefing_get_change_count (briefing), 10);

  bytes = ot_briefing_to_bytes (briefing);
  loaded = ot_briefing_load_from_bytes (bytes, "b.ontheemd", &error);
  ck_assert_msg (loaded != NULL, "%s", error ? error->message : "");
  back = ot_briefing_get_changes (loaded, "key-figures");
  ck_assert (ot_chart_changes_equal (back, changes));
  ck_assert_str_eq (ot_briefing_get_quote (loaded, "key-figures")[0], quote[0]);
  ck_assert_str_eq (ot_briefing_get_speaker_notes (loaded, "key-figures"), "Begin met de 4.000.");
  ck_assert_str_eq (ot_briefing_get_title (loaded), "Briefing \"hervestiging\"");
  ck_assert_int_eq (g_date_time_get_day_of_month (ot_briefing_get_date (loaded)), 8);
  ck_assert_int_eq (ot_briefing_get_lang (loaded), OT_LANG_EN);
  ck_assert_int_eq (ot_briefing_get_theme (loaded), OT_THEME_DARK);
  ck_assert (g_strv_equal (ot_briefing_get_chart_ids (loaded), order));
  ck_assert (ot_dataset_is_letter (ot_briefing_get_dataset (loaded)));
  {
    OtExportFormat format;
    int width, height, scale;

    ot_briefing_get_export (loaded, &format, &width, &height, &scale);
    ck_assert_int_eq (format, OT_EXPORT_SVG);
    ck_assert_int_eq (width, 1920);
    ck_assert_int_eq (scale, 2);
  }
  again = ot_briefing_to_bytes (loaded);
  ck_assert (g_bytes_equal (bytes, again));

  /* Reset is NULL. */
  ot_briefing_set_changes (briefing, "key-figures", NULL);
  ck_assert_ptr_null (ot_briefing_get_changes (briefing, "key-figures"));
}
END_TEST

static void
assert_load_error (const char *text,
                   int         code,
                   const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OtBriefing) briefing = ot_briefing_load_from_bytes (bytes, "b.ontheemd", &error);

  ck_assert_ptr_null (briefing);
  ck_assert_msg (g_error_matches (error, OT_BRIEFING_ERROR, code), "%s: code %d", error->message,
                 error->code);
  ck_assert_str_eq (error->message, message);
}

START_TEST (test_errors)
{
  assert_load_error ("{\n  \"format\": \"ontheemd-briefing\",\n  \"version\" 1\n}",
                     OT_BRIEFING_ERROR_SYNTAX, "b.ontheemd:3:13: expected “:” after the name");
  assert_load_error ("{\"format\":\"ontheemd-briefing\",\"version\":1,}",
                     OT_BRIEFING_ERROR_SYNTAX, "b.ontheemd:1:43: expected a name in double quotes");
  assert_load_error ("{\"format\":\"ontheemd-briefing\",\"version\":7}",
                     OT_BRIEFING_ERROR_VERSION,
                     "b.ontheemd: written by a newer Ontheemd (briefing version 7); this one "
                     "reads version 1. Update Ontheemd to open it.");
  assert_load_error ("{\"format\":\"ontheemd-briefing\",\"version\":1,\"figures\":{\"figures.csv\":"
                     "\"id,value\\nx,-5\\n\"}}",
                     OT_BRIEFING_ERROR_FIGURES,
                     "b.ontheemd › figures.csv:1:1: the header has no column “unit” (it has: id, value)");
}
END_TEST

/* Each file of tests/data/bad/briefing is refused with exactly the message
 * in NAME.expected (English) and NAME.expected-nl (Dutch). */
static void
check_bad_corpus (OtLang lang)
{
  static const char *suffixes[OT_N_LANGS] = { [OT_LANG_EN] = "expected",
                                              [OT_LANG_NL] = "expected-nl" };
  g_autofree char *dir_path = ot_test_data_path ("bad/briefing");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GString) wrong = g_string_new (NULL);
  const char *name;
  guint n = 0;

  ck_assert_ptr_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *stem = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OtBriefing) briefing = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".ontheemd"))
        continue;
      n++;
      stem = g_strndup (name, strlen (name) - strlen (".ontheemd"));
      expected_path = g_strdup_printf ("%s/%s.%s", dir_path, stem, suffixes[lang]);
      if (g_file_get_contents (expected_path, &expected, NULL, NULL))
        g_strchomp (expected);
      ck_assert (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

      ot_messages_set_lang (lang);
      briefing = ot_briefing_load_from_bytes (bytes, name, &error);
      ot_messages_set_lang (OT_LANG_EN);
      if (briefing != NULL)
        g_string_append_printf (wrong, "\n%s: loads", name);
      else if (g_strcmp0 (expected, error->message) != 0)
        g_string_append_printf (wrong, "\n%s:\n  expected %s\n  got      %s", name,
                                expected != NULL ? expected : "(no expected file)", error->message);
    }
  if (wrong->len > 0)
    fprintf (stderr, "%s\n", wrong->str);
  ck_assert_msg (wrong->len == 0, "the briefing corpus gave other messages in %s (see above)",
                 ot_lang_to_code (lang));
  ck_assert_uint_ge (n, 30);
}

START_TEST (test_bad_corpus)
{
  check_bad_corpus (OT_LANG_EN);
}
END_TEST

START_TEST (test_bad_corpus_in_dutch)
{
  check_bad_corpus (OT_LANG_NL);
}
END_TEST

/* A file is read no further than the limit. */
START_TEST (test_too_large)
{
  gsize size = OT_BRIEFING_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtBriefing) briefing = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  briefing = ot_briefing_load_from_bytes (bytes, "big.ontheemd", &error);
  ck_assert_ptr_null (briefing);
  ck_assert (g_error_matches (error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_LIMIT));
  ck_assert_str_eq (error->message, "big.ontheemd: the file is larger than 8 MB, the most Ontheemd reads");
}
END_TEST

static Suite *
briefing_suite (void)
{
  Suite *suite = suite_create ("briefing");
  TCase *tc = tcase_create ("file");

  tcase_add_test (tc, test_round_trip);
  tcase_add_test (tc, test_errors);
  tcase_add_test (tc, test_bad_corpus);
  tcase_add_test (tc, test_bad_corpus_in_dutch);
  tcase_add_test (tc, test_too_large);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  return ot_test_run (briefing_suite ());
}
