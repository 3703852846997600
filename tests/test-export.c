/* test-export.c: the files a user gets, read back byte by byte
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "ot-export.h"
#include "ot-test.h"

static char *tmpdir;

static void
setup (void)
{
  tmpdir = ot_test_make_tmpdir ("ot-export");
}

static void
teardown (void)
{
  ot_test_remove_tmpdir (&tmpdir);
}

static gboolean
export (const char *name,
        int         width,
        int         height,
        int         scale,
        GError    **error)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OtExportOptions options = { 0, width, height, scale, { OT_LANG_NL, OT_THEME_LIGHT } };

  if (!ot_export_format_from_name (name, &options.format, error))
    return FALSE;
  return ot_export_to_file (ot_chart_lookup ("breakdown"), dataset, &options, file, NULL, error);
}

static char *
read_export (const char *name,
             gsize      *len)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  char *contents = NULL;

  ck_assert_msg (g_file_get_contents (path, &contents, len, NULL), "%s was not written", name);
  return contents;
}

static guint
count_tmp_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

START_TEST (test_png)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.png", NULL);
  g_autofree char *data = NULL;
  cairo_surface_t *png;
  gsize len;

  ck_assert_msg (export ("chart.png", 1920, 1080, 1, &error), "%s", error ? error->message : "");
  data = read_export ("chart.png", &len);
  ck_assert (len > 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);

  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_surface_status (png), CAIRO_STATUS_SUCCESS);
  ck_assert_int_eq (cairo_image_surface_get_width (png), 1920);
  ck_assert_int_eq (cairo_image_surface_get_height (png), 1080);
  cairo_surface_destroy (png);
}
END_TEST

START_TEST (test_png_at_scale)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart@2x.png", NULL);
  cairo_surface_t *png;

  ck_assert (export ("chart@2x.png", 640, 360, 2, &error));
  png = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_width (png), 1280);
  ck_assert_int_eq (cairo_image_surface_get_height (png), 720);
  cairo_surface_destroy (png);
}
END_TEST

static void
svg_start_cb (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  char **size = user_data;

  if (g_str_equal (element, "svg"))
    for (guint i = 0; names[i] != NULL; i++)
      {
        if (g_str_equal (names[i], "width"))
          size[0] = g_strdup (values[i]);
        else if (g_str_equal (names[i], "height"))
          size[1] = g_strdup (values[i]);
      }
}

START_TEST (test_svg_parses)
{
  static const GMarkupParser parser = { svg_start_cb };
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *data = NULL;
  char *size[2] = { NULL, NULL };
  gsize len;

  ck_assert (export ("chart.svg", 1920, 1080, 1, &error));
  data = read_export ("chart.svg", &len);
  ck_assert (g_str_has_prefix (data, "<?xml"));

  context = g_markup_parse_context_new (&parser, 0, size, NULL);
  ck_assert_msg (g_markup_parse_context_parse (context, data, len, &error)
                 && g_markup_parse_context_end_parse (context, &error),
                 "the SVG does not parse: %s", error ? error->message : "");
  ck_assert_str_eq (size[0], "1920px");
  ck_assert_str_eq (size[1], "1080px");
  g_free (size[0]);
  g_free (size[1]);
}
END_TEST

static guint
count_pages (const char *data,
             gsize       len)
{
  const char *p = data, *end = data + len;
  guint n = 0;

  while ((p = g_strstr_len (p, end - p, "/Type /Page")) != NULL)
    {
      p += strlen ("/Type /Page");
      if (p < end && *p != 's')
        n++;
    }
  return n;
}

START_TEST (test_pdf_has_one_page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  ck_assert (export ("chart.pdf", 1920, 1080, 1, &error));
  data = read_export ("chart.pdf", &len);
  ck_assert (len > 5 && memcmp (data, "%PDF-", 5) == 0);
  ck_assert_uint_eq (count_pages (data, len), 1);
  ck_assert_ptr_nonnull (g_strstr_len (data, len, "/MediaBox [ 0 0 1920 1080 ]"));
}
END_TEST

START_TEST (test_unknown_extension)
{
  g_autoptr(GError) error = NULL;

  ck_assert (!export ("chart.gif", 640, 360, 1, &error));
  ck_assert (g_error_matches (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_FORMAT));
  ck_assert_uint_eq (count_tmp_files (), 0);
}
END_TEST

START_TEST (test_bad_sizes_write_nothing)
{
  const int bad[][3] = { { 0, 360, 1 }, { 640, -1, 1 }, { 16385, 360, 1 }, { 640, 360, 0 },
                         { 640, 360, 9 }, { 16384, 16384, 2 },
                         { 16384, 16384, 1 } };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      ck_assert (!export ("chart.png", bad[i][0], bad[i][1], bad[i][2], &error));
      ck_assert (g_error_matches (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE));
    }
  ck_assert_uint_eq (count_tmp_files (), 0);
}
END_TEST

START_TEST (test_failed_export_keeps_the_old_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.png", NULL);
  g_autofree char *after = NULL;

  ck_assert (g_file_set_contents (path, "the previous export", -1, NULL));
  ck_assert (!export ("chart.png", 0, 0, 1, &error));
  ck_assert (g_file_get_contents (path, &after, NULL, NULL));
  ck_assert_str_eq (after, "the previous export");
  ck_assert_uint_eq (count_tmp_files (), 1);
}
END_TEST

START_TEST (test_missing_folder)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OtExportOptions options = { OT_EXPORT_PNG, 640, 360, 1, { OT_LANG_EN, OT_THEME_LIGHT } };

  ck_assert (!ot_export_to_file (ot_chart_lookup ("breakdown"), dataset, &options, file, NULL,
                                 &error));
  ck_assert (g_error_matches (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE));
  ck_assert_msg (g_str_has_prefix (error->message, path), "%s", error->message);
  ck_assert_uint_eq (count_tmp_files (), 0);
}
END_TEST

static Suite *
export_suite (void)
{
  Suite *suite = suite_create ("export");
  TCase *tc = tcase_create ("export");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_png);
  tcase_add_test (tc, test_png_at_scale);
  tcase_add_test (tc, test_svg_parses);
  tcase_add_test (tc, test_pdf_has_one_page);
  tcase_add_test (tc, test_unknown_extension);
  tcase_add_test (tc, test_bad_sizes_write_nothing);
  tcase_add_test (tc, test_failed_export_keeps_the_old_file);
  tcase_add_test (tc, test_missing_folder);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (export_suite ());
}
