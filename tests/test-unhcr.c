/* test-unhcr.c: UNHCR's published series and Refugee Data Finder exports,
 * loaded, aggregated and refused with the line and column at fault
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <math.h>

#include "ot-archive.h"
#include "ot-i18n.h"
#include "ot-import.h"
#include "ot-series.h"
#include "ot-test.h"
#include "ot-unhcr.h"

#define NO -1.0   /* no published figure */

/* ../shared/reference/unhcr-global-trends.md, in millions. */
static const struct
{
  guint  year;
  double total, refugees, unhcr, unrwa, idps, asylum, other;
} reference[] = {
  { 2012, 45.2, 15.4, 10.5, NO, 28.8, 0.937, NO },
  { 2013, 51.2, 16.7, 11.7, 5.0, 33.3, 1.2, NO },
  { 2014, 59.5, 19.5, 14.4, 5.1, 38.2, 1.8, NO },
  { 2015, 65.3, 21.3, 16.1, 5.2, 40.8, 3.2, NO },
  { 2016, 65.6, 22.5, 17.2, 5.3, 40.3, 2.8, NO },
  { 2017, 68.5, 25.4, 19.9, 5.4, 40.0, 3.1, NO },
  { 2018, 70.8, 25.9, 20.4, 5.5, 41.3, 3.5, NO },
  { 2019, 79.5, 26.0, 20.4, 5.6, 45.7, 4.2, 3.6 },
  { 2020, 82.4, 26.4, 20.7, 5.7, 48.0, 4.1, 3.9 },
  { 2021, 89.3, 27.1, 21.3, 5.8, 53.2, 4.6, 4.4 },
  { 2022, 108.4, 35.3, 29.4, 5.9, 62.5, 5.4, 5.2 },
  { 2023, 117.3, 43.4, 31.6, 6.0, 68.3, 6.9, 5.8 },
  { 2024, 123.2, NO, NO, NO, 73.5, NO, NO },
};

static void
assert_value (const OtSeriesYear *year,
              OtSeriesCategory    category,
              double              millions)
{
  double value = year->values[category];

  if (millions == NO)
    ck_assert_msg (isnan (value), "%u, category %d: %f, expected no figure", year->year,
                   category, value);
  else
    ck_assert_msg (value == round (millions * 1e6), "%u, category %d: %f, expected %f",
                   year->year, category, value, millions * 1e6);
}

START_TEST (test_published_series_is_the_reference)
{
  g_autoptr(OtSeries) series = ot_series_new_published ();

  ck_assert_uint_eq (ot_series_get_n_years (series), G_N_ELEMENTS (reference));
  ck_assert_int_eq (ot_series_get_kind (series), OT_SERIES_PUBLISHED);
  for (guint i = 0; i < G_N_ELEMENTS (reference); i++)
    {
      const OtSeriesYear *year = ot_series_get_year (series, i);
      g_autofree char *source = g_strdup_printf ("Global Trends %u", reference[i].year);

      ck_assert_uint_eq (year->year, reference[i].year);
      assert_value (year, OT_SERIES_TOTAL, reference[i].total);
      assert_value (year, OT_SERIES_REFUGEES, reference[i].refugees);
      assert_value (year, OT_SERIES_REFUGEES_UNHCR, reference[i].unhcr);
      assert_value (year, OT_SERIES_REFUGEES_UNRWA, reference[i].unrwa);
      assert_value (year, OT_SERIES_IDPS, reference[i].idps);
      assert_value (year, OT_SERIES_ASYLUM_SEEKERS, reference[i].asylum);
      assert_value (year, OT_SERIES_OTHER_PROTECTION, reference[i].other);
      ck_assert_str_eq (year->source, source);
      ck_assert_int_eq (year->highlight, year->year == 2015);
      ck_assert_int_eq (year->other_label[OT_LANG_EN] != NULL, reference[i].other != NO);
    }

  ck_assert_str_eq (ot_series_lookup_year (series, 2019)->other_label[OT_LANG_EN],
                    "Venezuelans displaced abroad");
  ck_assert_str_eq (ot_series_lookup_year (series, 2023)->other_label[OT_LANG_NL],
                    "andere mensen die internationale bescherming nodig hebben, meegeteld bij "
                    "vluchtelingen");
  ck_assert_uint_eq (ot_series_find_highlight (series)->year, 2015);
}
END_TEST

/* The letter's 2015 figures are the series' 2015, to the person. */
START_TEST (test_published_2015_is_the_letter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) letter = ot_dataset_new_default (&error);
  OtSeries *series = ot_dataset_get_series (letter);
  const OtSeriesYear *year = ot_series_find_highlight (series);

  ck_assert_ptr_nonnull (series);
  ck_assert_double_eq (year->values[OT_SERIES_TOTAL],
                       ot_dataset_lookup_figure (letter, "displaced-total")->value);
  ck_assert_double_eq (year->values[OT_SERIES_REFUGEES],
                       ot_dataset_lookup_figure (letter, "displaced-refugees")->value);
  ck_assert_double_eq (year->values[OT_SERIES_IDPS],
                       ot_dataset_lookup_figure (letter, "displaced-idps")->value);
  ck_assert_double_eq (year->values[OT_SERIES_ASYLUM_SEEKERS],
                       ot_dataset_lookup_figure (letter, "displaced-asylum-seekers")->value);
}
END_TEST

static void
expect_published_error (const char *csv,
                        const char *expected)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtSeries) series = ot_series_new_from_stream (stream, "trends.csv", NULL, &error);

  ck_assert_ptr_null (series);
  ot_assert_error_message (error, expected);
}

START_TEST (test_published_errors)
{
  expect_published_error ("year,total,source\n2015,65300000,a\n2016,65.6,b\n",
                          "trends.csv:3:6: expected a number of people, found “65.6”; write "
                          "whole numbers with no thousands separators");
  expect_published_error ("year,total,source\n2015,1,a\n2015,2,b\n",
                          "trends.csv:3:1: the year 2015 appears twice; a year has one row");
  expect_published_error ("year,total,source\n15,1,a\n",
                          "trends.csv:2:1: expected a year from 1900 to 2200, found “15”");
  expect_published_error ("year,total,source\n2015,1,\n", "trends.csv:2:8: the source is empty");
  expect_published_error ("year,total,highlight,source\n2015,1,yes,a\n2016,2,yes,b\n",
                          "trends.csv:3:8: a second highlighted year; only the year of the "
                          "letter's figures is highlighted");
  expect_published_error ("year,total,other,other_label_nl,other_label_en,source\n"
                          "2019,1,2,,x,a\n",
                          "trends.csv:2:10: the Dutch label of the other group "
                          "(other_label_nl) is empty");
  expect_published_error ("year,source\n2015,a\n",
                          "trends.csv:1:1: the header has no column “total” (it has: year, "
                          "source)");
  expect_published_error ("year,total,source\n", "trends.csv: the file has a header but no years");
}
END_TEST

/* An empty total is missing, not zero. */
START_TEST (test_published_empty_cells_stay_missing)
{
  static const char csv[] = "year,total,idps,source\n2023,,68300000,x\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtSeries) series = ot_series_new_from_stream (stream, "t.csv", NULL, &error);

  ck_assert_msg (series != NULL, "%s", error ? error->message : "");
  ck_assert (isnan (ot_series_get_year (series, 0)->values[OT_SERIES_TOTAL]));
  ck_assert (isnan (ot_series_get_year (series, 0)->values[OT_SERIES_REFUGEES]));
  ck_assert_double_eq (ot_series_get_year (series, 0)->values[OT_SERIES_IDPS], 68300000);
  ck_assert (!ot_series_has_category (series, OT_SERIES_TOTAL));
}
END_TEST

static OtDataset *
import_fixture (const char *name)
{
  g_autofree char *path = ot_test_data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_import_file (file, NULL, &error);

  ck_assert_msg (dataset != NULL, "%s: %s", name, error ? error->message : "");
  return dataset;
}

/* The sums tests/data/make-unhcr-fixtures.py prints. */
static void
assert_fixture_sums (OtSeries *series)
{
  const OtSeriesYear *y2021, *y2023;

  ck_assert_int_eq (ot_series_get_kind (series), OT_SERIES_EXPORT);
  ck_assert_uint_eq (ot_series_get_n_years (series), 3);
  y2021 = ot_series_get_year (series, 0);
  y2023 = ot_series_get_year (series, 2);
  ck_assert_uint_eq (y2021->year, 2021);
  ck_assert_uint_eq (y2023->year, 2023);

  ck_assert_double_eq (y2021->values[OT_SERIES_REFUGEES_UNHCR], 8793011);
  ck_assert_double_eq (y2021->values[OT_SERIES_ASYLUM_SEEKERS], 146010);
  ck_assert_double_eq (y2021->values[OT_SERIES_IDPS], 11100001);
  /* "-" in every 2021 row: missing, not zero. */
  ck_assert (isnan (y2021->values[OT_SERIES_OTHER_PROTECTION]));
  ck_assert_double_eq (y2023->values[OT_SERIES_REFUGEES_UNHCR], 11819026);
  ck_assert_double_eq (y2023->values[OT_SERIES_ASYLUM_SEEKERS], 148012);
  ck_assert_double_eq (y2023->values[OT_SERIES_RETURNED_REFUGEES], 3000);
  ck_assert_double_eq (y2023->values[OT_SERIES_IDPS], 11300003);
  /* The source's own spelling, "Returned IDPss". */
  ck_assert_double_eq (y2023->values[OT_SERIES_RETURNED_IDPS], 30000);
  ck_assert_double_eq (y2023->values[OT_SERIES_STATELESS], 483003);
  ck_assert_double_eq (y2023->values[OT_SERIES_OTHERS_OF_CONCERN], 3000);
  ck_assert_double_eq (y2023->values[OT_SERIES_OTHER_PROTECTION], 5530000);
  ck_assert_double_eq (y2023->values[OT_SERIES_HOST_COMMUNITY], 300000);
  /* An export publishes no total, and none is made up. */
  ck_assert (isnan (y2023->values[OT_SERIES_TOTAL]));
  ck_assert (!ot_series_has_category (series, OT_SERIES_TOTAL));
}

static void
assert_fixture_top (OtSeries *series)
{
  static const struct { const char *name; double value; } origin[] = {
    { "Afghanistan", 5970003 }, { "Syrian Arab Rep.", 3923008 },
    { "Venezuela (Bolivarian Republic of)", 2533000 }, { "Ukraine", 2200003 },
    { "Myanmar", 900003 }, { "South Sudan", 803000 }, { "Congo, Dem. Rep. of the", 453003 },
    { "Somalia", 280003 }, { "Eritrea", 162003 }, { "Sudan", 150004 },
  };
  g_autoptr(GArray) top = ot_series_dup_top (series, 2023, OT_SERIES_BY_ORIGIN,
                                             ot_unhcr_abroad_categories, 3, 10);
  g_autoptr(GArray) all = ot_series_dup_top (series, 2023, OT_SERIES_BY_ORIGIN,
                                             ot_unhcr_abroad_categories, 3, 100);
  g_autoptr(GArray) asylum = ot_series_dup_top (series, 2023, OT_SERIES_BY_ASYLUM,
                                                ot_unhcr_abroad_categories, 3, 10);
  gboolean unknown_seen = FALSE;

  ck_assert_uint_eq (top->len, 10);
  for (guint i = 0; i < top->len; i++)
    {
      ck_assert_str_eq (g_array_index (top, OtSeriesRank, i).name, origin[i].name);
      ck_assert_double_eq (g_array_index (top, OtSeriesRank, i).value, origin[i].value);
    }

  /* Colombia has only internally displaced: it fled no border. UNK is one
   * unknown country. */
  ck_assert_uint_eq (all->len, 13);
  for (guint i = 0; i < all->len; i++)
    {
      const OtSeriesRank *rank = &g_array_index (all, OtSeriesRank, i);

      ck_assert_str_ne (rank->name, "Colombia");
      if (rank->unknown)
        {
          unknown_seen = TRUE;
          ck_assert_double_eq (rank->value, 3000);
        }
    }
  ck_assert (unknown_seen);

  ck_assert_str_eq (g_array_index (asylum, OtSeriesRank, 0).name, "Iran (Islamic Rep. of)");
  ck_assert_double_eq (g_array_index (asylum, OtSeriesRank, 0).value, 3850000);
  ck_assert_str_eq (g_array_index (asylum, OtSeriesRank, 1).name, "Türkiye");
  ck_assert_str_eq (g_array_index (asylum, OtSeriesRank, 9).name, "Kenya");
}

START_TEST (test_each_shape_of_an_export)
{
  const char *files[] = { "unhcr-population.csv", "unhcr-population-no-iso.csv",
                          "unhcr-download.zip" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(OtDataset) dataset = import_fixture (files[i]);
      OtSeries *series = ot_dataset_get_series (dataset);

      ck_assert_uint_eq (ot_dataset_get_n_figures (dataset), 0);
      ck_assert (ot_series_has_countries (series));
      assert_fixture_sums (series);
      assert_fixture_top (series);
    }

  {
    g_autoptr(OtDataset) zipped = import_fixture ("unhcr-download.zip");

    ck_assert (g_str_has_suffix (ot_series_get_name (ot_dataset_get_series (zipped)),
                                 "unhcr-download.zip/population.csv"));
  }
}
END_TEST

START_TEST (test_detect)
{
  ck_assert_int_eq (ot_import_detect ("PK\x03\x04rest", 8), OT_IMPORT_UNHCR_ZIP);
  ck_assert_int_eq (ot_import_detect ("Year,x\n", 7), OT_IMPORT_UNHCR_CSV);
  ck_assert_int_eq (ot_import_detect ("\xEF\xBB\xBF\"a\"\r\n\r\nYear,x\r\n", 18),
                    OT_IMPORT_UNHCR_CSV);
  ck_assert_int_eq (ot_import_detect ("id,value\n", 9), OT_IMPORT_FIGURES);
  ck_assert_int_eq (ot_import_detect ("", 0), OT_IMPORT_FIGURES);
  ck_assert_uint_eq (ot_unhcr_find_header ("a\r\nb\rc\nYear,", 12), 4);
  /* "Year" inside a line is not a header. */
  ck_assert_uint_eq (ot_unhcr_find_header ("a,Year,b\n", 9), 0);
}
END_TEST

static void
expect_import_error (const char *data,
                     gssize      len,
                     const char *expected)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (
    g_memdup2 (data, len < 0 ? strlen (data) : (gsize) len), len < 0 ? (gssize) strlen (data) : len,
    g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_import_stream (stream, "export.csv", NULL, &error);

  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, expected);
}

#define PREAMBLE "\"Extracted from the UNHCR Refugee Population Statistics Database\"\r\n\r\n"
#define HEADER "Year,\"Country of origin\",\"Country of asylum\",\"Refugees under UNHCR's " \
               "mandate\",Asylum-seekers\r\n"

/* Lines are counted from the top of the file, description lines included. */
START_TEST (test_errors_name_line_and_column)
{
  expect_import_error (PREAMBLE HEADER "2023,\"Syria\",\"Türkiye\",100,-\r\n"
                       "2023,\"Syria\",\"Germany\",12x,5\r\n",
                       -1, "export.csv:5:24: expected a number of people, found “12x”");
  expect_import_error (PREAMBLE HEADER "2023,\"Syria\",\"Germany\",\"1,200\",5\r\n",
                       -1, "export.csv:4:24: expected a number of people, found “1,200”; write "
                       "whole numbers with no thousands separators");
  expect_import_error (PREAMBLE HEADER "20x3,\"Syria\",\"Germany\",1,5\r\n",
                       -1, "export.csv:4:1: expected a year from 1900 to 2200, found “20x3”");
  expect_import_error (PREAMBLE HEADER "-,\"Syria\",\"Germany\",1,5\r\n",
                       -1, "export.csv:4:1: the year is empty");
  expect_import_error (PREAMBLE HEADER "2023,\"Syria\",\"Germany\",1\r\n",
                       -1, "export.csv:4:24: expected 5 fields as in the header on line 3, "
                       "found 4");
  expect_import_error (PREAMBLE "Year,\"Country of origin\",Asylum-seekers\n2023,x,1\n",
                       -1, "export.csv:3:1: the header has no column “Country of asylum” (it "
                       "has: Year, Country of origin, Asylum-seekers)");
  expect_import_error ("Year,\"Country of origin\",\"Country of asylum\",Note\n2023,a,b,c\n",
                       -1, "export.csv:1:1: the header has none of UNHCR's population columns; "
                       "expected “Refugees under UNHCR's mandate”, “Asylum-seekers”, “IDPs of "
                       "concern to UNHCR” or another");
  expect_import_error (PREAMBLE HEADER, -1, "export.csv:3: the header is not followed by any "
                       "rows");
  expect_import_error (PREAMBLE HEADER "2023,\"Syr\xE9\",\"Germany\",1,5\r\n", -1,
                       "export.csv:4:6: the field is not valid UTF-8 (byte 0xE9); save the file "
                       "as UTF-8");

  /* libarchive words the reason; the file and what it was are ours. */
  {
    static const char junk[] = "PK\x03\x04 this is no zip at all";
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (junk, sizeof junk - 1,
                                                                          NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(OtDataset) dataset = ot_import_stream (stream, "d.zip", NULL, &error);

    ck_assert_ptr_null (dataset);
    ck_assert_msg (g_str_has_prefix (error->message, "d.zip: cannot read the zip: "), "%s",
                   error->message);
  }
}
END_TEST

/* A zip made here, to put a fault inside its population.csv. */
static GBytes *
make_zip (const char *entry_name,
          const char *contents)
{
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();
  gsize size = 1024 * 1024, used = 0;
  guchar *buffer = g_malloc (size);

  archive_write_set_format_zip (archive);
  archive_write_open_memory (archive, buffer, size, &used);
  archive_entry_set_pathname (entry, entry_name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, strlen (contents));
  archive_write_header (archive, entry);
  archive_write_data (archive, contents, strlen (contents));
  archive_write_close (archive);
  archive_write_free (archive);
  archive_entry_free (entry);

  return g_bytes_new_take (g_realloc (buffer, used), used);
}

/* A zip of several entries; an entry whose contents are NULL holds @pad
 * zero bytes, written without its size in the header (as a stream: the
 * reader cannot skip it unread). */
static GBytes *
make_zip_entries (const char * const *names,
                  const char * const *contents,
                  guint               n,
                  gsize               pad)
{
  struct archive *archive = archive_write_new ();
  gsize size = 16 * 1024 * 1024, used = 0;
  guchar *buffer = g_malloc (size);
  g_autofree char *zeros = g_malloc0 (1024 * 1024);

  archive_write_set_format_zip (archive);
  archive_write_open_memory (archive, buffer, size, &used);
  for (guint i = 0; i < n; i++)
    {
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, names[i]);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      if (contents[i] != NULL)
        archive_entry_set_size (entry, strlen (contents[i]));
      ck_assert_int_eq (archive_write_header (archive, entry), ARCHIVE_OK);
      if (contents[i] != NULL)
        archive_write_data (archive, contents[i], strlen (contents[i]));
      else
        for (gsize done = 0; done < pad; done += 1024 * 1024)
          archive_write_data (archive, zeros, MIN (pad - done, 1024 * 1024));
      archive_entry_free (entry);
    }
  archive_write_close (archive);
  archive_write_free (archive);

  return g_bytes_new_take (g_realloc (buffer, used), used);
}

static OtDataset *
import_bytes (GBytes  *bytes,
              GError **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return ot_import_stream (stream, "export.zip", NULL, error);
}

#define ROW "2023,\"Syria\",\"Germany\",12,-\r\n"

/* Entries before population.csv are unpacked to be passed over: they
 * count against the same 512 MB, so six entries of 10 GiB of zeros (a
 * 64 MB zip) no longer keep the program busy for half a minute. */
START_TEST (test_zip_padding_is_counted)
{
  const char *names[] = { "pad-1.bin", "pad-2.bin", "population.csv" };
  const char *contents[] = { NULL, NULL, PREAMBLE HEADER ROW };
  g_autoptr(GBytes) padded = make_zip_entries (names, contents, 3, 300 * 1024 * 1024);
  g_autoptr(GBytes) some = make_zip_entries (names + 1, contents + 1, 2, 100 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  gint64 start = g_get_monotonic_time ();

  dataset = import_bytes (padded, &error);
  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, "export.zip: the zip unpacks to more than 512 MB before "
                           "population.csv, more than any download of UNHCR's");
  ck_assert_int_lt (g_get_monotonic_time () - start, 10 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Padding within the budget is passed over, and the export loads. */
  dataset = import_bytes (some, &error);
  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
}
END_TEST

/* Past the entries Ontheemd looks at, it says so, not "no population.csv". */
START_TEST (test_zip_too_many_entries)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new ();
  g_autoptr(GBytes) late = NULL, last = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;

  for (guint i = 0; i < OT_UNHCR_MAX_ZIP_ENTRIES; i++)
    {
      g_ptr_array_add (names, g_strdup_printf ("notes-%u.txt", i));
      g_ptr_array_add (contents, "x");
    }
  g_ptr_array_add (names, g_strdup ("population.csv"));
  g_ptr_array_add (contents, PREAMBLE HEADER ROW);

  late = make_zip_entries ((const char * const *) names->pdata,
                           (const char * const *) contents->pdata, names->len, 0);
  dataset = import_bytes (late, &error);
  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, "export.zip: population.csv is not among the first 1000 "
                           "entries of the zip, which holds more; Ontheemd looks at no more (a "
                           "download from UNHCR's Refugee Data Finder has two)");
  g_clear_error (&error);

  /* As the 1000th, it is found. */
  last = make_zip_entries ((const char * const *) names->pdata + 1,
                           (const char * const *) contents->pdata + 1, names->len - 1, 0);
  dataset = import_bytes (last, &error);
  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
}
END_TEST

/* A name that is not UTF-8 in an entry the zip marks as UTF-8 (general
 * purpose flag bit 11): libarchive cannot give the name, and the message
 * says that, not "the zip holds no population.csv". */
START_TEST (test_zip_name_not_utf8_under_the_utf8_flag)
{
  const char *names[] = { "d\xbc/population.csv" };
  const char *contents[] = { PREAMBLE HEADER ROW };
  g_autoptr(GBytes) zip = make_zip_entries (names, contents, 1, 0);
  g_autoptr(GByteArray) flagged = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  gsize len;
  const guint8 *data = g_bytes_get_data (zip, &len);

  g_byte_array_append (flagged, data, len);
  ck_assert (memcmp (flagged->data, "PK\x03\x04", 4) == 0);
  flagged->data[7] |= 0x08;
  for (gsize i = 0; i + 10 < flagged->len; i++)
    if (memcmp (flagged->data + i, "PK\x01\x02", 4) == 0)
      flagged->data[i + 9] |= 0x08;
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&flagged));

  dataset = import_bytes (bytes, &error);
  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, "export.zip: the zip holds no population.csv whose name can be "
                           "read: the name of entry 1 is not valid UTF-8, though the zip says it "
                           "is; expected a download from UNHCR's Refugee Data Finder");
}
END_TEST

/* A header after the description lines Ontheemd looks through is named
 * as such, not read as a figures file without an "id" column. */
START_TEST (test_header_after_the_description_limit)
{
  g_autoptr(GString) late = g_string_new (NULL);
  g_autoptr(GString) in_time = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (late, "\"Description line %u\"\r\n", i + 1);
  g_string_append (late, HEADER ROW);
  expect_import_error (late->str, -1, "export.csv:61:1: the header (the line that starts with "
                       "“Year,”) comes after 60 lines of description; a UNHCR export has it "
                       "within its first 50 lines, and Ontheemd looks no further");

  for (guint i = 0; i < OT_UNHCR_MAX_PREAMBLE_LINES - 1; i++)
    g_string_append_printf (in_time, "\"Description line %u\"\r\n", i + 1);
  g_string_append (in_time, HEADER ROW);
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (in_time->str, -1,
                                                                          NULL);
    g_autoptr(OtDataset) dataset = ot_import_stream (stream, "export.csv", NULL, &error);

    ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  }
}
END_TEST

/* What the sums are kept for is bounded: a country's name, how many
 * countries, how many sums of a year and a country. */
START_TEST (test_country_limits)
{
  g_autofree char *long_name = g_strnfill (OT_UNHCR_MAX_NAME_LENGTH + 1, 'x');
  g_autofree char *long_row = g_strdup_printf (PREAMBLE HEADER "2023,\"Syria\",\"%s\",1,-\r\n",
                                               long_name);
  g_autoptr(GString) many = g_string_new (PREAMBLE HEADER);
  g_autoptr(GString) years = g_string_new (PREAMBLE HEADER);

  expect_import_error (long_row, -1, "export.csv:4:14: the country's name is 101 characters "
                       "long; the most is 100 (UNHCR's longest is 52)");

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (many, "2023,\"Origin %u\",\"Asylum %u\",1,-\r\n", i, i);
  expect_import_error (many->str, -1, "export.csv:504:6: more than 1000 different countries; "
                       "UNHCR's exports name about 250, and Ontheemd keeps at most 1000");

  /* 1000 countries over 101 years: 101,000 sums. */
  for (guint year = 1924; year <= 2024; year++)
    for (guint i = 0; i < 500; i++)
      g_string_append_printf (years, "%u,\"Origin %u\",\"Asylum %u\",1,-\r\n", year, i, i);
  expect_import_error (years->str, -1, "export.csv:50004:1: more than 100000 sums of a year and a "
                       "country; a full export of UNHCR's has about 30,000, and Ontheemd keeps "
                       "at most 100000");
}
END_TEST

/* A control character in a country's name is refused where it stands,
 * as in a figures file (an SVG could not hold it, a PDF neither). */
START_TEST (test_country_name_control_characters)
{
  expect_import_error (PREAMBLE HEADER "2023,\"Syr\x1bia\",\"Germany\",1,-\r\n", -1,
                       "export.csv:4:10: the control character U+001B, which no chart, SVG or "
                       "PDF can hold; remove it from the file");
  expect_import_error (PREAMBLE HEADER "2023,Syria,Ger\xef\xbf\xbemany,1,-\r\n", -1,
                       "export.csv:4:15: the noncharacter U+FFFE, which no chart, SVG or PDF can "
                       "hold; remove it from the file");
}
END_TEST

START_TEST (test_zip_errors_name_the_entry)
{
  g_autoptr(GBytes) bad = make_zip ("population.csv", PREAMBLE HEADER
                                    "2023,\"Syria\",\"Germany\",12x,5\r\n");
  g_autoptr(GBytes) other = make_zip ("notes.txt", "nothing here");
  g_autoptr(GBytes) nested = make_zip ("download/population.csv", PREAMBLE HEADER
                                       "2023,\"Syria\",\"Germany\",12,-\r\n");
  gsize len;
  const char *data = g_bytes_get_data (bad, &len);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  expect_import_error (data, len, "export.csv/population.csv:4:24: expected a number of people, "
                       "found “12x”");
  data = g_bytes_get_data (other, &len);
  expect_import_error (data, len, "export.csv: the zip holds no population.csv; expected a "
                       "download from UNHCR's Refugee Data Finder");

  stream = g_memory_input_stream_new_from_bytes (nested);
  dataset = ot_import_stream (stream, "d.zip", NULL, &error);
  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  ck_assert_double_eq (ot_series_get_year (ot_dataset_get_series (dataset), 0)
                       ->values[OT_SERIES_REFUGEES_UNHCR], 12);
}
END_TEST

/* A count is digits only, summed as they are read: exact up to 15 digits,
 * and refused past 10^10 however many digits it has. */
START_TEST (test_counts)
{
  static const struct { const char *text; double value; const char *message; } cases[] = {
    { "0", 0, NULL },
    { "007", 7, NULL },
    { "9999999999", 9999999999.0, NULL },
    { "10000000000", 1e10, NULL },
    { "10000000001", 0, "f.csv:3:7: the number “10000000001” is too large for a count of people" },
    { "123456789012345", 0, "f.csv:3:7: the number “123456789012345” is too large for a count "
                            "of people" },
    { "1234567890123456", 0, "f.csv:3:7: the number “1234567890123456” is too large for a count "
                             "of people" },
    { "", 0, "f.csv:3:7: expected a number of people, found “”" },
    { "12a", 0, "f.csv:3:7: expected a number of people, found “12a”" },
    { "1234567890123456x", 0, "f.csv:3:7: expected a number of people, found “1234567890123456x”" },
    { "1.5", 0, "f.csv:3:7: expected a number of people, found “1.5”; write whole numbers with no "
                "thousands separators" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;
      gboolean ok = ot_series_parse_count (cases[i].text, "f.csv", 3, 7, &value, &error);

      if (cases[i].message == NULL)
        {
          ck_assert_msg (ok, "%s: %s", cases[i].text, error ? error->message : "");
          ck_assert_double_eq (value, cases[i].value);
        }
      else
        {
          ck_assert_msg (!ok, "%s was taken", cases[i].text);
          ck_assert_str_eq (error->message, cases[i].message);
        }
    }
}
END_TEST

/* libarchive is opened when a zip is read, by the soname of the library
 * this test links; a library that is missing is a message in the reader's
 * language. */
START_TEST (test_zip_library_opened_when_needed)
{
  const char *expected[] = {
    "cannot read or write a zip: the library libarchive-missing.so.0 (libarchive) is not "
    "installed; install it and try again",
    "kan geen zip lezen of schrijven: de bibliotheek libarchive-missing.so.0 (libarchive) is niet "
    "geïnstalleerd; installeer die en probeer het opnieuw",
  };
  const OtArchive *la = ot_archive_get (NULL);

  ck_assert_ptr_nonnull (la);
  ck_assert_ptr_eq (la->archive_read_new, archive_read_new);
  ck_assert_ptr_eq (la->archive_entry_set_mtime, archive_entry_set_mtime);
  ck_assert_ptr_eq (ot_archive_get (NULL), la);

  for (OtLang lang = OT_LANG_EN; lang <= OT_LANG_NL; lang++)
    {
      g_autoptr(GError) error = NULL;

      ot_messages_set_lang (lang);
      ck_assert_ptr_null (ot_archive_open ("libarchive-missing.so.0", &error));
      ck_assert_str_eq (error->message, expected[lang]);
    }
  ot_messages_set_lang (OT_LANG_EN);
}
END_TEST

/* A zip's names are bytes, not UTF-8: messages and labels that name the
 * entry stay valid UTF-8 (found by tests/fuzz/fuzz-unhcr). */
START_TEST (test_zip_entry_name_not_utf8)
{
  g_autoptr(GBytes) bad = make_zip ("d\xbc/population.csv", PREAMBLE HEADER
                                    "2023,\"Syria\",\"Germany\",12x,5\r\n");
  g_autoptr(GBytes) good = make_zip ("d\xbc/population.csv", PREAMBLE HEADER
                                     "2023,\"Syria\",\"Germany\",12,-\r\n");
  gsize len;
  const char *data = g_bytes_get_data (bad, &len);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  expect_import_error (data, len, "export.csv/d\xEF\xBF\xBD/population.csv:4:24: expected a "
                       "number of people, found “12x”");

  stream = g_memory_input_stream_new_from_bytes (good);
  dataset = ot_import_stream (stream, "d.zip", NULL, &error);
  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  ck_assert (g_utf8_validate (ot_series_get_name (ot_dataset_get_series (dataset)), -1, NULL));
  label = ot_series_dup_source_label (ot_dataset_get_series (dataset), OT_LANG_EN);
  ck_assert (g_utf8_validate (label, -1, NULL));
}
END_TEST

/* A figures file through the same entry point is a figures file, with its
 * own figures only: neither the letter's dates nor the published series. */
START_TEST (test_import_figures)
{
  g_autoptr(OtDataset) dataset = import_fixture ("figures-four-parts.csv");
  g_autofree char *bad_path = ot_test_data_path ("figures-bad-value.csv");
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) refused = ot_import_file (bad, NULL, &error);

  ck_assert_uint_gt (ot_dataset_get_n_figures (dataset), 0);
  ck_assert_uint_eq (ot_dataset_get_n_events (dataset), 0);
  ck_assert_ptr_null (ot_dataset_get_series (dataset));

  ck_assert_ptr_null (refused);
  ck_assert (g_str_has_suffix (error->message,
                               "figures-bad-value.csv:3:10: expected a number, found “12abc”"));
}
END_TEST

static Suite *
unhcr_suite (void)
{
  Suite *suite = suite_create ("unhcr");
  TCase *tc = tcase_create ("unhcr");

  tcase_add_test (tc, test_published_series_is_the_reference);
  tcase_add_test (tc, test_published_2015_is_the_letter);
  tcase_add_test (tc, test_published_errors);
  tcase_add_test (tc, test_published_empty_cells_stay_missing);
  tcase_add_test (tc, test_each_shape_of_an_export);
  tcase_add_test (tc, test_detect);
  tcase_add_test (tc, test_errors_name_line_and_column);
  tcase_add_test (tc, test_zip_errors_name_the_entry);
  tcase_add_test (tc, test_zip_entry_name_not_utf8);
  tcase_add_test (tc, test_zip_padding_is_counted);
  tcase_add_test (tc, test_zip_too_many_entries);
  tcase_add_test (tc, test_zip_name_not_utf8_under_the_utf8_flag);
  tcase_add_test (tc, test_header_after_the_description_limit);
  tcase_add_test (tc, test_country_limits);
  tcase_add_test (tc, test_country_name_control_characters);
  tcase_add_test (tc, test_import_figures);
  tcase_add_test (tc, test_counts);
  tcase_add_test (tc, test_zip_library_opened_when_needed);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (unhcr_suite ());
}
