/* test-cli.c: the real program, run headless as a user runs it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/resource.h>

#include <cairo.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "ot-test.h"
#include "ot-test-png.h"

static char *tmpdir;

static void
setup (void)
{
  tmpdir = ot_test_make_tmpdir ("ot-cli");
}

static void
teardown (void)
{
  ot_test_remove_tmpdir (&tmpdir);
}

/* The address space a run may use, 0 for no limit (see run_limited). */
static rlim_t address_space_limit;

static void
limit_address_space_cb (gpointer user_data)
{
  struct rlimit limit = { address_space_limit, address_space_limit };

  if (address_space_limit > 0)
    setrlimit (RLIMIT_AS, &limit);
}
static int run_valist (char      **out,
                       char      **err,
                       const char *language,
                       const char *first_arg,
                       va_list     args);

/* Runs ontheemd with no display at all; returns its exit status. */
static int
run (char      **out,
     char      **err,
     const char *first_arg,
     ...)
{
  va_list args;
  int status;

  va_start (args, first_arg);
  status = run_valist (out, err, NULL, first_arg, args);
  va_end (args);
  return status;
}

/* The same, with LANGUAGE set to @language as a user's environment has it. */
static int
run_in (char      **out,
        char      **err,
        const char *language,
        const char *first_arg,
        ...)
{
  va_list args;
  int status;

  va_start (args, first_arg);
  status = run_valist (out, err, language, first_arg, args);
  va_end (args);
  return status;
}

static int
run_valist (char      **out,
            char      **err,
            const char *language,
            const char *first_arg,
            va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("OT_BINARY");
  const char *arg;
  int status = -1;

  ck_assert_msg (binary != NULL, "OT_BINARY is not set");
  /* A test may run the program more than once with the same strings. */
  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  if (language != NULL)
    envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);

  g_ptr_array_add (argv, (char *) binary);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  ck_assert_msg (g_spawn_sync (tmpdir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                               limit_address_space_cb, NULL, out, err, &status, &error), "%s",
                 error ? error->message : "");
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

static gboolean
exists (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void expect_usage_error (const char *message_part,
                                const char *first_arg,
                                ...) G_GNUC_NULL_TERMINATED;

START_TEST (test_list_charts)
{
  g_autofree char *out = NULL, *err = NULL;

  ck_assert_int_eq (run (&out, &err, "--list-charts", "--lang", "en", NULL), 0);
  ck_assert_str_eq (out, "breakdown\tDisplaced people by group\n"
                         "composition\tDisplaced people, a square for each million\n"
                         "key-figures\tThe letter in figures\n"
                         "funding\tFunding and commitments\n"
                         "timeline\tDates in the letter\n"
                         "trend\tDisplaced people per year\n"
                         "then-now\tThe letter's figures then and now\n");
}
END_TEST

/* Each shape of a Refugee Data Finder export lists its charts and exports
 * each of them, in both languages. */
START_TEST (test_unhcr_exports)
{
  const char *files[] = { "unhcr-population.csv", "unhcr-population-no-iso.csv",
                          "unhcr-download.zip" };
  const char *charts[] = { "trend", "top-origin", "top-asylum" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = ot_test_data_path (files[f]);
      g_autofree char *out = NULL, *err = NULL;

      ck_assert_int_eq (run (&out, &err, "--list-charts", "--data", path, "--lang", "nl", NULL), 0);
      ck_assert_str_eq (out, "trend\tOntheemden per jaar\n"
                             "top-origin\tTop 10 landen van herkomst\n"
                             "top-asylum\tTop 10 opvanglanden\n");

      for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
        for (guint l = 0; l < 2; l++)
          {
            g_autofree char *o = NULL, *e = NULL;
            g_autofree char *name = g_strdup_printf ("%s-%u-%u.png", charts[c], f, l);
            g_autofree char *png_path = g_build_filename (tmpdir, name, NULL);
            cairo_surface_t *png;

            ck_assert_int_eq (run (&o, &e, "--export", name, "--chart", charts[c], "--data", path,
                                   "--lang", l == 0 ? "nl" : "en", "--width", "1280", "--height",
                                   "720", NULL), 0);
            ck_assert_str_eq (e, "");
            png = cairo_image_surface_create_from_png (png_path);
            ck_assert_int_eq (cairo_image_surface_get_width (png), 1280);
            cairo_surface_destroy (png);
          }
    }
}
END_TEST

START_TEST (test_unhcr_usage_and_data_errors)
{
  g_autofree char *csv = ot_test_data_path ("unhcr-population.csv");
  g_autofree char *zip = ot_test_data_path ("unhcr-no-population.zip");
  g_autofree char *png = g_build_filename (tmpdir, "x.png", NULL);
  g_autofree char *out = NULL, *err = NULL;

  /* Without --chart, the first chart the data draws. */
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", csv, NULL), 0);
  ck_assert (exists ("x.png"));
  g_remove (png);

  expect_usage_error ("--year 1990: the data has no such year; it has 2021 to 2023", "--export",
                      "x.png", "--chart", "top-origin", "--data", csv, "--year", "1990", NULL);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  ck_assert_int_eq (run (&out, &err, "--list-charts", "--data", zip, NULL), 1);
  ck_assert_msg (strstr (err, "unhcr-no-population.zip: the zip holds no population.csv") != NULL,
                 "stderr was “%s”", err);
}
END_TEST

START_TEST (test_export_without_display)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "x.png", NULL);
  cairo_surface_t *png;

  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--lang", "nl", NULL), 0);
  ck_assert_str_eq (err, "");
  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_width (png), 1920);
  ck_assert_int_eq (cairo_image_surface_get_height (png), 1080);
  cairo_surface_destroy (png);

  ck_assert_int_eq (run (&out, &err, "--export", "x.svg", "--width", "800", "--height", "450",
                         NULL), 0);
  ck_assert (exists ("x.svg"));
  ck_assert_int_eq (run (&out, &err, "--export=x.pdf", "--lang=en", NULL), 0);
  ck_assert (exists ("x.pdf"));

  /* Every chart, in every theme. */
  ck_assert_int_eq (run (&out, &err, "--export", "t.png", "--chart", "timeline", "--theme",
                         "dark", NULL), 0);
  ck_assert_int_eq (run (&out, &err, "--export", "k.png", "--chart", "key-figures", "--theme",
                         "high-contrast", "--shares", NULL), 0);
  ck_assert (exists ("t.png") && exists ("k.png"));
}
END_TEST

static void
expect_usage_error (const char *message_part,
                    const char *first_arg,
                    ...)
{
  /* Up to nine arguments, enough for these tests. */
  const char *a[10] = { NULL };
  g_autofree char *out = NULL, *err = NULL;
  va_list args;
  guint n = 0;

  a[n++] = first_arg;
  va_start (args, first_arg);
  while (n < G_N_ELEMENTS (a) - 1 && (a[n] = va_arg (args, const char *)) != NULL)
    n++;
  va_end (args);

  ck_assert_int_eq (run (&out, &err, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], NULL),
                   2);
  ck_assert_msg (strstr (err, message_part) != NULL, "stderr was “%s”", err);
  ck_assert_msg (strchr (err, '\n') == err + strlen (err) - 1, "not one line: “%s”", err);
  ck_assert (!exists ("x.png"));
}

/* The sizes people publish at, by name; a transparent PNG has an alpha
 * channel whose corners are clear and whose bars are not. */
START_TEST (test_size_presets_and_transparent)
{
  static const struct { const char *name; int width, height; } sizes[] = {
    { "square", 1080, 1080 }, { "social-card", 1200, 675 },
    { "article-600", 600, 400 }, { "article-800", 800, 500 },
  };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "p.png", NULL);
  cairo_surface_t *png;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      ck_assert_int_eq (run (&out, &err, "--export", "p.png", "--size", sizes[i].name, NULL), 0);
      png = cairo_image_surface_create_from_png (path);
      ck_assert_int_eq (cairo_image_surface_get_width (png), sizes[i].width);
      ck_assert_int_eq (cairo_image_surface_get_height (png), sizes[i].height);
      ck_assert_int_eq (cairo_image_surface_get_format (png), CAIRO_FORMAT_RGB24);
      cairo_surface_destroy (png);
    }

  ck_assert_int_eq (run (&out, &err, "--export", "p.png", "--size", "square", "--transparent",
                         "--chart", "breakdown", NULL), 0);
  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_format (png), CAIRO_FORMAT_ARGB32);
  {
    const guint32 *first = (const guint32 *) cairo_image_surface_get_data (png);
    int stride = cairo_image_surface_get_stride (png) / 4;
    guint opaque = 0;

    ck_assert_uint_eq (first[0] >> 24, 0);
    ck_assert_uint_eq (first[1079 * stride + 1079] >> 24, 0);
    for (int y = 0; y < 1080; y += 4)
      for (int x = 0; x < 1080; x += 4)
        opaque += (first[y * stride + x] >> 24) == 0xFF;
    /* The bars, at least a tenth of the picture. */
    ck_assert_uint_gt (opaque, 270 * 270 / 10);
  }
  cairo_surface_destroy (png);

  expect_usage_error ("unknown --size “poster”; use one of slide-16-9", "--export", "x.png",
                      "--size", "poster", NULL);
  expect_usage_error ("--size and --width", "--export", "x.png", "--size", "square",
                      "--width", "100", NULL);
  expect_usage_error ("transparent background is for PNG only", "--export", "x.svg",
                      "--transparent", NULL);
  ck_assert (!exists ("x.svg"));
}
END_TEST

/* PowerPoint and Impress decks by their names; another name is a usage error. */
START_TEST (test_office_decks)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *pptx = g_build_filename (tmpdir, "d.pptx", NULL);
  g_autofree char *odp = g_build_filename (tmpdir, "d.odp", NULL);
  g_autofree char *data = NULL;
  gsize len;

  ck_assert_int_eq (run (&out, &err, "--export-deck", "d.pptx", "--slides", "funding,breakdown",
                         NULL), 0);
  ck_assert_str_eq (err, "");
  ck_assert (g_file_get_contents (pptx, &data, &len, NULL));
  ck_assert (len > 1000 && memcmp (data, "PK\x03\x04", 4) == 0);
  g_clear_pointer (&data, g_free);
  ck_assert_int_eq (run (&out, &err, "--export-deck", "d.odp", NULL), 0);
  ck_assert (g_file_get_contents (odp, &data, &len, NULL));
  /* The mimetype first, stored: its text after the name and the extra field. */
  ck_assert (len > 1000 && memcmp (data + 30, "mimetype", 8) == 0);
  ck_assert (memcmp (data + 38 + ((guint8) data[28] | (guint8) data[29] << 8),
                     "application/vnd.oasis.opendocument.presentation", 47) == 0);
  expect_usage_error ("x.key: unknown deck type; the name must end in .pdf, .pptx or .odp",
                      "--export-deck", "x.key", NULL);
  ck_assert (!exists ("x.key"));
}
END_TEST

/* libarchive (and libxml2, ICU and libstdc++ with it) is opened for a zip
 * only: the dynamic linker's own account (LD_DEBUG=files) of what an
 * export maps. */
static gboolean
run_maps_libarchive (const char *first_arg,
                     ...)
{
  g_autofree char *out = NULL, *err = NULL;
  va_list args;
  int status;

  g_setenv ("LD_DEBUG", "files", TRUE);
  va_start (args, first_arg);
  status = run_valist (&out, &err, NULL, first_arg, args);
  va_end (args);
  g_unsetenv ("LD_DEBUG");
  ck_assert_msg (status == 0, "%s", err);
  ck_assert_msg (strstr (err, "file=libcairo.so") != NULL, "no account of the libraries: %s", err);
  return strstr (err, "file=libarchive.so") != NULL;
}

START_TEST (test_zip_library_only_for_zips)
{
  g_autofree char *zip = ot_test_data_path ("unhcr-download.zip");

  ck_assert (!run_maps_libarchive ("--export", "x.svg", NULL));
  ck_assert (!run_maps_libarchive ("--export", "x.pdf", "--chart", "timeline", NULL));
  ck_assert (!run_maps_libarchive ("--export", "x.png", "--lang", "nl", NULL));
  ck_assert (!run_maps_libarchive ("--export-deck", "x-deck.pdf", NULL));
  ck_assert (run_maps_libarchive ("--export-deck", "d.pptx", NULL));
  ck_assert (run_maps_libarchive ("--export-deck", "d.odp", NULL));
  ck_assert (run_maps_libarchive ("--export", "u.svg", "--data", zip, "--chart", "trend", NULL));
}
END_TEST

START_TEST (test_usage_errors)
{
  expect_usage_error ("unknown chart “pie”", "--export", "x.png", "--chart", "pie", NULL);
  expect_usage_error ("out of range", "--export", "x.png", "--width", "0", NULL);
  expect_usage_error ("out of range", "--export", "x.png", "--height", "-5", NULL);
  expect_usage_error ("out of range", "--export", "x.png", "--width", "16385", NULL);
  expect_usage_error ("--scale 0 is out of range", "--export", "x.png", "--scale", "0", NULL);
  expect_usage_error ("--scale 9 is out of range", "--export", "x.png", "--scale", "9", NULL);
  expect_usage_error ("unknown file type", "--export", "x.gif", NULL);
  expect_usage_error ("no such folder", "--export", "missing/x.png", NULL);
  expect_usage_error ("unknown language “fr”", "--export", "x.png", "--lang", "fr", NULL);
  expect_usage_error ("unknown theme “pink”", "--export", "x.png", "--theme", "pink", NULL);
  expect_usage_error ("--width “wide”: expected a whole number from 1 to 16384", "--export",
                      "x.png", "--width", "wide", NULL);
  expect_usage_error ("megapixels", "--export", "x.png", "--width", "16384", "--height", "16384",
                      "--scale", "4", NULL);
  expect_usage_error ("out of range", "--export", "x.png", "--width", "-1920", NULL);
  expect_usage_error ("out of range", "--export", "x.png", "--height", "0", NULL);
  expect_usage_error ("out of range", "--export", "x.png", "--height", "16385", NULL);
  expect_usage_error ("--scale -2 is out of range", "--export", "x.png", "--scale", "-2", NULL);
  expect_usage_error ("unknown file type", "--export", "x", NULL);
  expect_usage_error ("unknown file type", "--export", "x.png.txt", NULL);
  expect_usage_error ("--width 99999999999 is out of range; it goes from 1 to 16384", "--export",
                      "x.png", "--width", "99999999999", NULL);
  expect_usage_error ("unknown option “--colour”; see --help", "--export", "x.png", "--colour",
                      NULL);
  expect_usage_error ("--chart needs a value; see --help", "--export", "x.png", "--chart", NULL);
  /* 16384×16384 would take a gigabyte of memory: refused before drawing. */
  expect_usage_error ("a 16384×16384 PNG at scale 1 would be 268 megapixels; the most is 134",
                      "--export", "x.png", "--width", "16384", "--height", "16384", NULL);
}
END_TEST

/* Numbers are decimal and in range, whatever GOption would have made of
 * them: no octal, no hex, no sign, no wrap-around, no "not given". */
START_TEST (test_numbers_are_strict)
{
  static const struct { const char *option, *value, *message; } cases[] = {
    { "--width", "0100", "--width “0100”: expected a whole number from 1 to 16384, in decimal" },
    { "--width", "0x10", "--width “0x10”: expected a whole number from 1 to 16384" },
    { "--width", "010", "--width “010”: expected a whole number from 1 to 16384" },
    { "--width", "+800", "--width “+800”: expected a whole number from 1 to 16384" },
    { "--width", " 800", "--width “ 800”: expected a whole number from 1 to 16384" },
    { "--width", "800 ", "--width “800 ”: expected a whole number from 1 to 16384" },
    { "--width", "1e3", "--width “1e3”: expected a whole number from 1 to 16384" },
    { "--width", "", "--width “”: expected a whole number from 1 to 16384" },
    { "--width", "８００", "--width “８００”: expected a whole number from 1 to 16384" },
    { "--height", "-2147483648", "--height -2147483648 is out of range; it goes from 1 to 16384" },
    { "--height", "2147483648", "--height 2147483648 is out of range; it goes from 1 to 16384" },
    { "--height", "4294967297", "--height 4294967297 is out of range; it goes from 1 to 16384" },
    { "--height", "18446744073709551617",
      "--height 18446744073709551617 is out of range; it goes from 1 to 16384" },
    { "-H", "-0", "-H “-0”: expected a whole number from 1 to 16384" },
    { "--scale", "010", "--scale “010”: expected a whole number from 1 to 8" },
    { "--scale", "4294967298", "--scale 4294967298 is out of range; it goes from 1 to 8" },
    { "--year", "0x7e0", "--year “0x7e0”: expected a whole number from 1900 to 2200" },
    { "--year", "-2016", "--year -2016 is out of range; it goes from 1900 to 2200" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    expect_usage_error (cases[i].message, "--export", "x.png", cases[i].option, cases[i].value,
                        NULL);

  /* Inside the stated limits, but past cairo's 32767 pixels a side: said
   * up front, with the real limit, never "invalid value (typically too
   * big)" after the drawing. */
  expect_usage_error ("a 8192×1000 PNG at scale 4 would be 32768×4000 pixels; a PNG is at most "
                      "32767 pixels a side", "--export", "x.png", "--width", "8192", "--height",
                      "1000", "--scale", "4", NULL);
  expect_usage_error ("32767 pixels a side", "--export", "x.png", "--width", "100", "--height",
                      "16384", "--scale", "2", NULL);
  /* An empty --slides is no chart, and not every chart either. */
  expect_usage_error ("--slides is empty", "--export-deck", "x.pdf", "--slides", "", NULL);
  expect_usage_error ("--slides is empty", "--export-deck", "x.pdf", "--slides", " ", NULL);
  expect_usage_error ("--slides has an empty chart id", "--export-deck", "x.pdf", "--slides",
                      "breakdown,,timeline", NULL);
  expect_usage_error ("--slides has an empty chart id", "--export-deck", "x.pdf", "--slides",
                      "breakdown,", NULL);
  ck_assert (!exists ("x.pdf"));
}
END_TEST

/* The largest the limits allow, at each edge, is drawn: the limits are
 * the real ones. */
START_TEST (test_numbers_at_the_limits_work)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "edge.png", NULL);
  cairo_surface_t *png;

  ck_assert_int_eq (run (&out, &err, "--export", "edge.png", "--width", "8191", "--height",
                         "10", "--scale", "4", NULL), 0);
  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_width (png), 32764);
  ck_assert_int_eq (cairo_image_surface_get_height (png), 40);
  cairo_surface_destroy (png);
  g_unlink (path);

  ck_assert_int_eq (run (&out, &err, "--export", "edge.svg", "--width", "16384", "--height", "1",
                         NULL), 0);
  ck_assert_int_eq (run (&out, &err, "--export", "edge.png", "--width", "1", "--height", "1",
                         "--scale", "8", NULL), 0);
  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_width (png), 8);
  cairo_surface_destroy (png);
}
END_TEST

/* Memory stays within what docs/limits.md states, whatever the input: each
 * run gets a hard limit on its address space (RLIMIT_AS), past which an
 * allocation fails and GLib aborts the program. 384 MiB for any data at
 * 1920×1080 (fonts, threads' stacks and libraries included), 1 GiB for the
 * largest PNG the options allow (512 MB of pixels). AddressSanitizer
 * reserves terabytes of address space, so the sanitizer build skips it. */
static void
write_unhcr_export (const char *name,
                    guint       n_rows,
                    gboolean    distinct)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GString) text = g_string_new ("\"Data extracted: a test\"\n\nYear,\"Country of "
                                          "origin\",\"Country of asylum\",\"Refugees under "
                                          "UNHCR's mandate\",Asylum-seekers,\"IDPs of concern "
                                          "to UNHCR\",\"Stateless persons\"\n");
  g_autofree char *pad = g_strnfill (95, 'x');

  for (guint i = 0; i < n_rows; i++)
    {
      /* distinct: a new pair of countries a row; otherwise the largest
       * export the limits take: 500 origins and 500 asylums of 100
       * characters over 100 years, 100,000 sums. */
      if (distinct)
        g_string_append_printf (text, "2020,O%u,A%u,1,2,3,4\n", i, i);
      else
        g_string_append_printf (text, "%u,O%04u%s,A%04u%s,1,2,3,4\n", 1925 + i / 500, i % 500,
                                pad, i % 500, pad);
    }
  ck_assert (g_file_set_contents (path, text->str, text->len, NULL));
}

START_TEST (test_memory_is_bounded)
{
  g_autofree char *out = NULL, *err = NULL;
  cairo_surface_t *png;
  g_autofree char *path = g_build_filename (tmpdir, "big.png", NULL);

  if (g_getenv ("ASAN_OPTIONS") != NULL)
    {
      g_print ("skipped: AddressSanitizer needs more address space than any limit tested\n");
      return;
    }

  write_unhcr_export ("largest.csv", 50000, FALSE);
  write_unhcr_export ("distinct.csv", 2000000, TRUE);

  address_space_limit = 384 * 1024 * 1024;
  ck_assert_int_eq (run (&out, &err, "--export", "top.png", "--data", "largest.csv", "--chart",
                         "top-origin", NULL), 0);
  ck_assert_int_eq (run (&out, &err, "--export-deck", "deck.pdf", "--data", "largest.csv", NULL),
                    0);
  /* Two million countries: refused at the 1001st, in a few megabytes. */
  ck_assert_int_eq (run (&out, &err, "--export", "top.png", "--data", "distinct.csv", "--chart",
                         "top-origin", NULL), 1);
  ck_assert_msg (strstr (err, "distinct.csv:504:6: more than 1000 different countries") != NULL,
                 "%s", err);

  address_space_limit = 1024 * 1024 * 1024;
  ck_assert_int_eq (run (&out, &err, "--export", "big.png", "--width", "16384", "--height",
                         "8192", NULL), 0);
  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_width (png), 16384);
  cairo_surface_destroy (png);
  g_unlink (path);
  address_space_limit = 0;
}
END_TEST

START_TEST (test_bad_data_exits_1_and_writes_nothing)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *bad = ot_test_data_path ("figures-bad-value.csv");

  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", bad, NULL), 1);
  ck_assert_msg (strstr (err, "figures-bad-value.csv:3:10: expected a number, found “12abc”")
                 != NULL, "stderr was “%s”", err);
  ck_assert (!exists ("x.png"));

  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", "nope.csv", NULL), 1);
  ck_assert_msg (strstr (err, "nope.csv") != NULL, "stderr was “%s”", err);
  ck_assert (!exists ("x.png"));
}
END_TEST

/* A failed run leaves the previous export as it was. */
START_TEST (test_failure_keeps_the_previous_export)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "x.png", NULL);
  g_autofree char *bad = ot_test_data_path ("bad/parent-cycle.csv");
  g_autofree char *huge = g_build_filename (tmpdir, "huge.csv", NULL);
  g_autofree char *fifo = g_build_filename (tmpdir, "fifo.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;

  ck_assert (g_file_set_contents (path, "the previous export", -1, NULL));

  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", bad, NULL), 1);
  ck_assert_msg (strstr (err, "parent-cycle.csv:2:") != NULL, "stderr was “%s”", err);

  /* Sparse: 300 MB to ask about, nothing to read. */
  ot_test_make_sparse_file (huge, (goffset) 300 * 1000 * 1000);
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", "huge.csv", NULL), 1);
  expected = g_strdup_printf ("ontheemd: %s: the file is larger than 16 MB, the most Ontheemd "
                              "reads\n", huge);
  ck_assert_str_eq (err, expected);

  /* A FIFO with no writer: refused, not waited on. */
  ck_assert_int_eq (mkfifo (fifo, 0600), 0);
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", "fifo.csv", NULL), 1);
  g_free (expected);
  expected = g_strdup_printf ("ontheemd: %s: is a device, a pipe or a socket, not a file; "
                              "expected a figures file\n", fifo);
  ck_assert_str_eq (err, expected);

  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--width", "0", NULL), 2);

  ck_assert (g_file_get_contents (path, &after, NULL, NULL));
  ck_assert_str_eq (after, "the previous export");
}
END_TEST

/* A pipe given as data is refused before it is opened: opening it would
 * wait for a writer for ever. */
START_TEST (test_pipe_as_data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *fifo = g_build_filename (tmpdir, "figures.csv", NULL);

  ck_assert_int_eq (mkfifo (fifo, 0600), 0);
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", fifo, NULL), 1);
  ck_assert_msg (strstr (err, "is a device, a pipe or a socket, not a file") != NULL,
                 "stderr was “%s”", err);
  ck_assert (!exists ("x.png"));
  ck_assert_int_eq (run (&out, &err, "--list-charts", "--data", fifo, NULL), 1);
}
END_TEST

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? 1 : x > y ? -1 : 0;
}

/* A figures file of one's own is what is drawn: World broken down into
 * North 40, South 30, East 20 and West 10 million, four bars of four
 * colours as tall as their figures, said in words in the file, and the file
 * named (not its folders) as the source. */
START_TEST (test_own_data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *good = ot_test_data_path ("figures-four-parts.csv");
  g_autofree char *png = g_build_filename (tmpdir, "x.png", NULL);
  g_autoptr(GHashTable) chunks = NULL;
  g_autoptr(GHashTable) colours = NULL;
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *description;
  GHashTableIter iter;
  gpointer count;

  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", good, "--lang", "en", NULL),
                    0);
  ck_assert_str_eq (err, "");
  chunks = ot_test_read_png_text (png);
  ck_assert_str_eq (g_hash_table_lookup (chunks, "Title"), "World, broken down");
  ck_assert_str_eq (g_hash_table_lookup (chunks, "Source"), "Source: figures-four-parts.csv");
  description = g_hash_table_lookup (chunks, "Description");
  ck_assert_msg (g_str_has_prefix (description, "Bar chart. World: 100 million, split into: "
                                                "North 40 million, 40% (calculated: 40 million "
                                                "of 100 million); South 30 million"), "%s",
                 description);
  ck_assert_msg (strstr (description, "East 20 million") != NULL
                 && strstr (description, "West 10 million") != NULL, "%s", description);

  /* The bars: four colours, their areas as their figures, 4 : 3 : 2 : 1. */
  colours = ot_test_count_group_colours (png);
  g_hash_table_iter_init (&iter, colours);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    {
      guint n = GPOINTER_TO_UINT (count);

      g_array_append_val (counts, n);
    }
  g_array_sort (counts, compare_counts);
  ck_assert_uint_ge (counts->len, 4);
  for (guint i = 1; i < 4; i++)
    {
      double ratio = (double) g_array_index (counts, guint, i) / g_array_index (counts, guint, 0);

      ck_assert_msg (fabs (ratio - (4.0 - i) / 4) < 0.02, "bar %u is %.3f of the first, not %.2f",
                     i + 1, ratio, (4.0 - i) / 4);
    }
  /* Anti-aliased edges aside, no other colour is drawn. */
  for (guint i = 4; i < counts->len; i++)
    ck_assert_uint_lt (g_array_index (counts, guint, i), g_array_index (counts, guint, 3) / 20);
}
END_TEST

START_TEST (test_deck_and_editable_svg)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *svg_path = NULL;

  ck_assert_int_eq (run (&out, &err, "--export-deck", "deck.pdf", "--lang", "en", NULL), 0);
  ck_assert (exists ("deck.pdf"));
  ck_assert_int_eq (run (&out, &err, "--export-deck", "two.pdf", "--slides",
                         "timeline,breakdown", NULL), 0);
  ck_assert (exists ("two.pdf"));
  ck_assert_int_eq (run (&out, &err, "--export-deck", "x.pdf", "--slides", "pie", NULL), 2);
  ck_assert_int_eq (run (&out, &err, "--export-deck", "x.pdf", "--slides", "breakdown,top-origin",
                         NULL), 1);
  ck_assert_str_eq (err, "ontheemd: the letter's figures: the chart “top-origin” draws counts of "
                         "people per country (a UNHCR Refugee Data Finder export), and the data "
                         "has none (--list-charts lists the charts it can draw)\n");
  ck_assert_int_eq (run (&out, &err, "--export-deck", "x.png", NULL), 2);
  ck_assert (!exists ("x.pdf") && !exists ("x.png"));

  ck_assert_int_eq (run (&out, &err, "--export", "e.svg", "--svg-text=text", "--lang", "nl",
                         NULL), 0);
  svg_path = g_build_filename (tmpdir, "e.svg", NULL);
  ck_assert (g_file_get_contents (svg_path, &svg, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (svg, ">Vluchtelingen</text>"));
  ck_assert_int_eq (run (&out, &err, "--export", "x.svg", "--svg-text=fancy", NULL), 2);
  ck_assert (!exists ("x.svg"));
}
END_TEST

/* One-off edits and a briefing give the same chart, byte for byte; an
 * unknown id names the chart's; a damaged briefing names its file. */
START_TEST (test_briefing_and_edits)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *briefing = ot_test_data_path ("briefing-letter.ontheemd");
  g_autofree char *future = ot_test_data_path ("bad/briefing/future-version.ontheemd");
  g_autofree char *a_path = g_build_filename (tmpdir, "a.png", NULL);
  g_autofree char *b_path = g_build_filename (tmpdir, "b.png", NULL);
  g_autofree char *a = NULL, *b = NULL;
  gsize a_len, b_len;

  g_setenv ("SOURCE_DATE_EPOCH", "1473292800", TRUE);
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--chart", "key-figures",
                         "--highlight", "displaced-total,nope", NULL), 2);
  ck_assert_str_eq (err, "ontheemd: --highlight: the chart “key-figures” has no element “nope”; "
                         "its elements are: displaced-total, displaced-refugees, displaced-idps, "
                         "displaced-asylum-seekers, syria-region-funding, resettlement-eu-turkey, "
                         "resettlement-target\n");
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--annotate", "no-equals", NULL), 2);
  ck_assert_str_eq (err, "ontheemd: --annotate “no-equals”: expected ID=TEXT\n");
  ck_assert (!exists ("x.png"));

  ck_assert_int_eq (run (&out, &err, "--briefing", briefing, "--export", "a.png", NULL), 0);
  ck_assert_int_eq (run (&out, &err, "--export", "b.png", "--chart", "key-figures", "--lang", "nl",
                         "--width", "1280", "--height", "720",
                         "--title", "Nederland hervestigt hooguit 4.000 Syriërs",
                         "--highlight", "resettlement-eu-turkey",
                         "--annotate", "resettlement-eu-turkey=Een plafond, geen doel", NULL), 0);
  ck_assert (g_file_get_contents (a_path, &a, &a_len, NULL));
  ck_assert (g_file_get_contents (b_path, &b, &b_len, NULL));
  ck_assert_msg (a_len == b_len && memcmp (a, b, a_len) == 0,
                 "the briefing's export differs from the same edits' on the command line");
  /* A one-off edit over the briefing's own. */
  ck_assert_int_eq (run (&out, &err, "--briefing", briefing, "--export", "c.png", "--title", "",
                         NULL), 0);
  ck_assert_int_eq (run (&out, &err, "--briefing", briefing, "--export-deck", "d.pdf", NULL), 0);
  ck_assert (exists ("d.pdf"));
  ck_assert_int_eq (run (&out, &err, "--briefing", briefing, "--data", briefing, "--export",
                         "e.png", NULL), 1);

  ck_assert_int_eq (run (&out, &err, "--briefing", future, "--export", "f.png", NULL), 1);
  ck_assert_msg (g_str_has_suffix (err, "future-version.ontheemd: written by a newer Ontheemd "
                                        "(briefing version 2); this one reads version 1. Update "
                                        "Ontheemd to open it.\n"), "%s", err);
  ck_assert (!exists ("f.png"));
  g_unsetenv ("SOURCE_DATE_EPOCH");
}
END_TEST

START_TEST (test_help)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *nl = NULL;
  g_auto(GStrv) en_lines = NULL;
  g_auto(GStrv) nl_lines = NULL;

  ck_assert_int_eq (run (&out, &err, "--help", NULL), 0);
  ck_assert (strstr (out, "--export") != NULL);
  ck_assert (strstr (out, "--list-charts") != NULL);
  ck_assert (strstr (out, "LANGUAGE, LC_ALL, LC_MESSAGES, LANG") != NULL);

  /* In Dutch every line of words is another line: nothing stays English. */
  ck_assert_int_eq (run (&nl, &err, "--help", "--lang", "nl", NULL), 0);
  ck_assert (g_str_has_prefix (nl, "Gebruik:\n  ontheemd [OPTIE…]\n"));
  ck_assert (strstr (nl, "  -e, --export=BESTAND ") != NULL);
  en_lines = g_strsplit (out, "\n", -1);
  nl_lines = g_strsplit (nl, "\n", -1);
  ck_assert_uint_eq (g_strv_length (en_lines), g_strv_length (nl_lines));
  for (guint i = 0; en_lines[i] != NULL; i++)
    if (*en_lines[i] != '\0' && !g_str_equal (en_lines[i], "  ontheemd [OPTION…]"))
      ck_assert_msg (!g_str_equal (en_lines[i], nl_lines[i]), "untranslated: “%s”", en_lines[i]);

  /* -h and the environment's language. */
  ck_assert_int_eq (run_in (&out, &err, "nl_NL.UTF-8", "-h", NULL), 0);
  ck_assert_str_eq (out, nl);
}
END_TEST

/* Messages follow --lang, else the environment; one line each, and the
 * file, line and column stay as they are. */
START_TEST (test_messages_language)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *bad = ot_test_data_path ("figures-bad-value.csv");
  g_autofree char *four = ot_test_data_path ("figures-four-parts.csv");
  g_autofree char *expected = NULL;

  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--data", bad, "--lang", "nl", NULL), 1);
  expected = g_strdup_printf ("ontheemd: %s:3:10: een getal verwacht, maar “12abc” gevonden\n",
                              bad);
  ck_assert_str_eq (err, expected);

  /* The environment when there is no --lang; --lang over the environment. */
  ck_assert_int_eq (run_in (&out, &err, "nl", "--export", "x.png", "--data", bad, NULL), 1);
  ck_assert_str_eq (err, expected);
  ck_assert_int_eq (run_in (&out, &err, "nl_BE.UTF-8", "--export", "x.png", "--data", bad, "--lang",
                            "en", NULL), 1);
  g_free (expected);
  expected = g_strdup_printf ("ontheemd: %s:3:10: expected a number, found “12abc”\n", bad);
  ck_assert_str_eq (err, expected);

  /* The command line's own words, and GOption's said again in ours. */
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--theme", "roze", "-l", "nl", NULL), 2);
  ck_assert_str_eq (err, "ontheemd: onbekend thema “roze”; kies light, dark of high-contrast\n");
  ck_assert_int_eq (run (&out, &err, "--lang=nl", "--export", "x.png", "--width", "breed", NULL), 2);
  ck_assert_str_eq (err, "ontheemd: --width “breed”: een geheel getal van 1 tot 16384 verwacht, in "
                         "decimale cijfers zonder teken of voorloopnullen\n");
  ck_assert_int_eq (run (&out, &err, "--lang", "nl", "--export", "x.png", "--kleur", NULL), 2);
  ck_assert_str_eq (err, "ontheemd: onbekende optie “--kleur”; zie --help\n");
  ck_assert_int_eq (run (&out, &err, "--lang", "nl", "--export", "x.gif", NULL), 2);
  ck_assert_str_eq (err, "ontheemd: x.gif: onbekend bestandstype; de naam moet op .png, .svg, "
                         ".pdf of .html eindigen\n");
  ck_assert_int_eq (run (&out, &err, "--lang", "nl", "--export", "x.png", "--chart", "funding",
                         "--data", four, NULL), 1);
  g_free (expected);
  expected = g_strdup_printf ("ontheemd: %s: de grafiek “funding” tekent cijfers die geen "
                              "totaal met delen zijn en ook geen deel daarvan (bedragen, "
                              "toezeggingen, doelen), en daarvan staat niets in de gegevens "
                              "(--list-charts toont welke grafieken ze wel kunnen tekenen)\n",
                              four);
  ck_assert_str_eq (err, expected);

  /* A missing file in Ontheemd's words, not GLib's. */
  ck_assert_int_eq (run (&out, &err, "--lang", "nl", "--list-charts", "--data", "weg.csv", NULL),
                    1);
  ck_assert_msg (g_str_has_suffix (err, "weg.csv: dat bestand bestaat niet\n"), "%s", err);
  ck_assert (!exists ("x.png"));
}
END_TEST

/* --list-charts --data lists exactly what the file draws, and each other
 * chart is refused with one line that says what the file lacks. */
START_TEST (test_charts_a_file_draws)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *four = ot_test_data_path ("figures-four-parts.csv");
  g_autofree char *zip = ot_test_data_path ("unhcr-download.zip");
  const char *refused[] = { "funding", "timeline", "trend", "then-now", "top-origin",
                            "top-asylum" };

  ck_assert_int_eq (run (&out, &err, "--list-charts", "--data", four, "--lang", "en", NULL), 0);
  /* Named for what the file holds, not for the letter. */
  ck_assert_str_eq (out, "breakdown\tWorld, broken down\n"
                         "composition\tWorld in squares\n"
                         "key-figures\tFigures from figures-four-parts.csv\n");
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--chart", refused[i], "--data",
                             four, "--lang", "en", NULL), 1);
      ck_assert_msg (strstr (err, "the chart “") != NULL && strstr (err, refused[i]) != NULL
                     && strstr (err, ", and the data has none") != NULL, "%s", err);
      ck_assert_msg (strchr (err, '\n') == err + strlen (err) - 1, "not one line: “%s”", err);
      ck_assert (!exists ("x.png"));
    }
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--chart", "timeline", "--data", four,
                         NULL), 1);
  ck_assert (g_str_has_suffix (err, "figures-four-parts.csv: the chart “timeline” draws dates, "
                                    "and the data has none (--list-charts lists the charts it "
                                    "can draw)\n"));

  /* The deck of such a file holds what it draws; naming another is an error. */
  ck_assert_int_eq (run (&out, &err, "--export-deck", "d.pdf", "--data", four, NULL), 0);
  ck_assert (exists ("d.pdf"));
  ck_assert_int_eq (run (&out, &err, "--export-deck", "e.pdf", "--data", four, "--slides",
                         "breakdown,funding", NULL), 1);
  ck_assert (strstr (err, "the chart “funding” draws") != NULL);
  ck_assert (!exists ("e.pdf"));

  ck_assert_int_eq (run (&out, &err, "--list-charts", "--data", zip, "--lang", "en", NULL), 0);
  ck_assert_str_eq (out, "trend\tDisplaced people per year\n"
                         "top-origin\tTop 10 countries of origin\n"
                         "top-asylum\tTop 10 countries of asylum\n");
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--chart", "breakdown", "--data", zip,
                         NULL), 1);
  ck_assert (strstr (err, "unhcr-download.zip: the chart “breakdown” draws a total with parts")
             != NULL);
  ck_assert_int_eq (run (&out, &err, "--export", "x.png", "--chart", "top-origin", NULL), 1);
  ck_assert_str_eq (err, "ontheemd: the letter's figures: the chart “top-origin” draws counts of "
                         "people per country (a UNHCR Refugee Data Finder export), and the data "
                         "has none (--list-charts lists the charts it can draw)\n");
}
END_TEST

static Suite *
cli_suite (void)
{
  Suite *suite = suite_create ("cli");
  TCase *tc = tcase_create ("cli");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_list_charts);
  tcase_add_test (tc, test_unhcr_exports);
  tcase_add_test (tc, test_unhcr_usage_and_data_errors);
  tcase_add_test (tc, test_export_without_display);
  tcase_add_test (tc, test_size_presets_and_transparent);
  tcase_add_test (tc, test_office_decks);
  tcase_add_test (tc, test_zip_library_only_for_zips);
  tcase_add_test (tc, test_usage_errors);
  tcase_add_test (tc, test_numbers_are_strict);
  tcase_add_test (tc, test_numbers_at_the_limits_work);
  tcase_add_test (tc, test_memory_is_bounded);
  tcase_add_test (tc, test_bad_data_exits_1_and_writes_nothing);
  tcase_add_test (tc, test_failure_keeps_the_previous_export);
  tcase_add_test (tc, test_own_data);
  tcase_add_test (tc, test_pipe_as_data);
  tcase_add_test (tc, test_deck_and_editable_svg);
  tcase_add_test (tc, test_briefing_and_edits);
  tcase_add_test (tc, test_help);
  tcase_add_test (tc, test_messages_language);
  tcase_add_test (tc, test_charts_a_file_draws);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (cli_suite ());
}
