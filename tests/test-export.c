/* test-export.c: the files a user gets, read back byte by byte
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <png.h>
#include <sys/wait.h>

#include <archive.h>
#include <cairo-svg.h>
#include <archive_entry.h>

#include "ot-chart-private.h"
#include "ot-export.h"
#include "ot-letter.h"
#include "ot-import.h"
#include "ot-slide.h"
#include "ot-test.h"
#include "ot-test-pdf.h"
#include "ot-test-png.h"

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

START_TEST (test_pdf_has_one_page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.pdf", NULL);
  PopplerDocument *document;
  gsize len;

  ck_assert (export ("chart.pdf", 1920, 1080, 1, &error));
  data = read_export ("chart.pdf", &len);
  ck_assert (len > 5 && memcmp (data, "%PDF-", 5) == 0);
  document = ot_test_pdf_open (path);
  ck_assert_int_eq (poppler_document_get_n_pages (document), 1);
  ot_test_pdf_assert_page_size (document, 1920, 1080);
  g_object_unref (document);
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

static gboolean
export_with (const char            *name,
             const OtExportOptions *options,
             GError               **error)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return ot_export_to_file (ot_chart_lookup ("breakdown"), dataset, options, file, NULL, error);
}

/* The PNG's text chunks, read back with libpng as any tool reads them. */
START_TEST (test_png_says_what_it_is)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.png", NULL);
  OtExportOptions options = { OT_EXPORT_PNG, 640, 360, 1, { OT_LANG_EN, OT_THEME_LIGHT } };
  g_autoptr(GHashTable) chunks = NULL;
  cairo_surface_t *image;

  g_setenv ("SOURCE_DATE_EPOCH", "1473292800", TRUE);  /* 8 September 2016 */
  ck_assert (export_with ("chart.png", &options, &error));
  chunks = ot_test_read_png_text (path);
  image = cairo_image_surface_create_from_png (path);
  ck_assert_int_eq (cairo_image_surface_get_width (image), 640);
  cairo_surface_destroy (image);

  ck_assert_str_eq (g_hash_table_lookup (chunks, "Title"), "Displaced people by group");
  ck_assert (g_str_has_prefix (g_hash_table_lookup (chunks, "Description"),
                               "Bar chart. Forcibly displaced worldwide: 65.3 million"));
  ck_assert_str_eq (g_hash_table_lookup (chunks, "Source"),
                    "Source: Kamerstuk 26 150, no. 155, 8 September 2016");
  ck_assert (g_str_has_prefix (g_hash_table_lookup (chunks, "Software"), "Ontheemd "));
  ck_assert_str_eq (g_hash_table_lookup (chunks, "Creation Time"),
                    "Thu, 08 Sep 2016 00:00:00 GMT");
  g_unsetenv ("SOURCE_DATE_EPOCH");
}
END_TEST

START_TEST (test_svg_says_what_it_is)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  OtExportOptions options = { OT_EXPORT_SVG, 1280, 720, 1, { OT_LANG_NL, OT_THEME_LIGHT } };
  gsize len;

  ck_assert (export_with ("chart.svg", &options, &error));
  data = read_export ("chart.svg", &len);
  ck_assert_ptr_nonnull (strstr (data, "<title>Ontheemden per groep</title>"));
  ck_assert_ptr_nonnull (strstr (data, "<desc>Staafdiagram. Wereldwijd ontheemd of op de vlucht: "
                                       "65,3 miljoen"));
  ck_assert_ptr_nonnull (strstr (data, "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016"
                                       "</desc>"));
  /* Outlines by default: the words are shapes, not text. */
  ck_assert_ptr_null (strstr (data, "<text"));
}
END_TEST

/* A web page: the header and the source as its own text, the chart three
 * times in each palette, and nothing it would have to fetch. */
START_TEST (test_html_is_a_page_of_its_own)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *snippet = NULL;
  g_autoptr(GBytes) page = NULL;
  OtExportOptions options = { OT_EXPORT_HTML, 1280, 720, 1, { OT_LANG_NL, OT_THEME_LIGHT } };
  const char *p;
  guint n_charts = 0;
  gsize len;

  ck_assert (export_with ("chart.html", &options, &error));
  data = read_export ("chart.html", &len);
  ck_assert (g_str_has_prefix (data, "<!DOCTYPE html>\n<html lang=\"nl\">"));
  ck_assert_ptr_nonnull (strstr (data, "<h1 id=\"ot-title\">Wereldwijd ontheemd of op de vlucht: "
                                       "65,3 miljoen</h1>"));
  ck_assert_ptr_nonnull (strstr (data, "<p class=\"ot-source\">Bron: Kamerstuk 26 150, nr. 155, "
                                       "8 september 2016</p>"));
  ck_assert_ptr_nonnull (strstr (data, ">Toon de cijfers</button>"));
  for (p = data; (p = strstr (p, "<svg class=\"ot-chart")) != NULL; p++)
    n_charts++;
  ck_assert_uint_eq (n_charts, 6);
  /* The chart's own texts are real text; its header is the page's, once. */
  ck_assert_ptr_nonnull (strstr (data, ">21,3 miljoen</text>"));
  ck_assert_ptr_null (strstr (data, ">Wereldwijd ontheemd of op de vlucht: 65,3 miljoen</text>"));
  ck_assert_ptr_null (strstr (data, "http://w"  "ww.w3.org/1999/xhtml"));
  ck_assert_ptr_null (strstr (data, "src="));
  ck_assert_ptr_null (strstr (data, "href=\"http"));
  ck_assert_ptr_null (strstr (data, "@import"));
  /* Each drawing's ids are its own. */
  ck_assert_ptr_null (strstr (data, "id=\"clip"));

  page = g_bytes_new (data, len);
  snippet = ot_export_dup_html_snippet (page, "a \"title\"");
  ck_assert (g_str_has_prefix (snippet, "<iframe title=\"a &quot;title&quot;\" srcdoc=\"&lt;!DOCTYPE"));
  ck_assert_ptr_eq (strchr (snippet + 1, '<'), strstr (snippet, "</iframe>\n"));
}
END_TEST

START_TEST (test_pdf_says_what_it_is)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "chart.pdf", NULL);
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *subject = NULL;
  OtExportOptions options = { OT_EXPORT_PDF, 1280, 720, 1, { OT_LANG_EN, OT_THEME_LIGHT } };
  PopplerDocument *document;

  ck_assert (export_with ("chart.pdf", &options, &error));
  document = ot_test_pdf_open (path);
  title = poppler_document_get_title (document);
  creator = poppler_document_get_creator (document);
  subject = poppler_document_get_subject (document);
  ck_assert_str_eq (title, "Displaced people by group");
  ck_assert_msg (g_str_has_prefix (creator, "Ontheemd "), "%s", creator);
  ck_assert_ptr_nonnull (subject);
  ck_assert_msg (strstr (subject, "Source: Kamerstuk 26 150, no. 155") != NULL, "%s", subject);
  g_object_unref (document);
}
END_TEST

/* Editable SVG text: real <text> a user can search and edit, drawn the
 * same as the outlines to within a few pixels. */
/* @svg rasterised by rsvg-convert, as a viewer draws it; NULL without it. */
static cairo_surface_t *
rasterise_svg (const char *svg)
{
  g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
  g_autofree char *png = g_strconcat (svg, ".png", NULL);
  const char *argv[] = { "rsvg-convert", "-o", png, svg, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (rsvg == NULL)
    return NULL;
  argv[0] = rsvg;
  ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error), "%s", error ? error->message : "");
  ck_assert_msg (g_spawn_check_wait_status (status, NULL), "rsvg-convert failed on %s", svg);
  return cairo_image_surface_create_from_png (png);
}

typedef struct
{
  GHashTable *defined;  /* ids of glyph outlines */
  GHashTable *used;     /* ids <use> draws */
  guint       uses;
  guint       cairo_glyphs;
} SvgGlyphs;

static void
svg_glyphs_start_cb (GMarkupParseContext  *context,
                     const char           *element,
                     const char          **names,
                     const char          **values,
                     gpointer              user_data,
                     GError              **error)
{
  SvgGlyphs *glyphs = user_data;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (element, "path") && g_str_equal (names[i], "id"))
        ck_assert_msg (g_hash_table_add (glyphs->defined, g_strdup (values[i])),
                       "%s is defined twice", values[i]);
      else if (g_str_equal (element, "use") && g_str_equal (names[i], "xlink:href"))
        {
          glyphs->uses++;
          g_hash_table_add (glyphs->used, g_strdup (values[i] + 1));
        }
      /* cairo 1.16 writes a glyph as <symbol id="glyph0-1">, 1.18 as
       * <g id="glyph-0-1">. */
      else if ((g_str_equal (element, "symbol") || g_str_equal (element, "g"))
               && g_str_equal (names[i], "id") && g_str_has_prefix (values[i], "glyph"))
        glyphs->cairo_glyphs++;
    }
}

static void
read_svg_glyphs (const char *path,
                 SvgGlyphs  *glyphs)
{
  static const GMarkupParser parser = { svg_glyphs_start_cb };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  glyphs->defined = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  glyphs->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ck_assert (g_file_get_contents (path, &data, &len, NULL));
  context = g_markup_parse_context_new (&parser, 0, glyphs, NULL);
  ck_assert_msg (g_markup_parse_context_parse (context, data, len, &error)
                 && g_markup_parse_context_end_parse (context, &error),
                 "%s does not parse: %s", path, error ? error->message : "");
}

static void
clear_svg_glyphs (SvgGlyphs *glyphs)
{
  g_clear_pointer (&glyphs->defined, g_hash_table_unref);
  g_clear_pointer (&glyphs->used, g_hash_table_unref);
}

/* The texts of an SVG are written as outlines by Ontheemd, each glyph
 * once, and draw what cairo's SVG surface drew with its own: every chart
 * of the letter, both languages, rasterised within two levels of 255. */
START_TEST (test_svg_glyphs_once_as_cairo_draws_them)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autofree char *ours = g_build_filename (tmpdir, "ours.svg", NULL);
  g_autofree char *cairos = g_build_filename (tmpdir, "cairos.svg", NULL);

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (OtLang lang = OT_LANG_EN; lang <= OT_LANG_NL; lang++)
      {
        const OtChart *chart = ot_chart_get_nth (c);
        OtExportOptions options = { OT_EXPORT_SVG, 1280, 720, 1, { lang, OT_THEME_DARK },
                                    OT_SVG_TEXT_OUTLINES };
        g_autoptr(GFile) file = g_file_new_for_path (ours);
        g_autoptr(GError) error = NULL;
        SvgGlyphs glyphs = { 0 };
        cairo_surface_t *surface, *a, *b;
        GHashTableIter iter;
        gpointer id;
        cairo_t *cr;
        int largest = 0;

        if (!ot_chart_supports (chart, dataset))
          continue;
        ck_assert_msg (ot_export_to_file (chart, dataset, &options, file, NULL, &error),
                       "%s: %s", chart->id, error ? error->message : "");
        ot_test_assert_svg_well_formed (ours);
        read_svg_glyphs (ours, &glyphs);
        ck_assert_uint_eq (glyphs.cairo_glyphs, 0);
        ck_assert_uint_gt (g_hash_table_size (glyphs.defined), 20);
        /* Fewer outlines than glyphs drawn: a letter is written once. */
        ck_assert_uint_lt (g_hash_table_size (glyphs.defined), glyphs.uses);
        g_hash_table_iter_init (&iter, glyphs.used);
        while (g_hash_table_iter_next (&iter, &id, NULL))
          ck_assert_msg (g_hash_table_contains (glyphs.defined, id), "%s: no %s", chart->id,
                         (char *) id);
        ck_assert_uint_eq (g_hash_table_size (glyphs.used), g_hash_table_size (glyphs.defined));
        clear_svg_glyphs (&glyphs);

        /* cairo's own: the same drawing on its SVG surface. */
        surface = cairo_svg_surface_create (cairos, 1280, 720);
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        cr = cairo_create (surface);
        ot_chart_draw (cr, chart, dataset, 1280, 720, &options.style);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
        read_svg_glyphs (cairos, &glyphs);
        ck_assert_uint_gt (glyphs.cairo_glyphs, 20);
        clear_svg_glyphs (&glyphs);

        a = rasterise_svg (ours);
        b = rasterise_svg (cairos);
        if (a == NULL)
          return;  /* nothing here rasterises SVG */
        for (int y = 0; y < 720; y++)
          {
            int stride = cairo_image_surface_get_stride (a);
            const guint8 *ra = cairo_image_surface_get_data (a) + y * stride;
            const guint8 *rb = cairo_image_surface_get_data (b) + y * stride;

            for (int x = 0; x < 1280 * 4; x++)
              largest = MAX (largest, ABS ((int) ra[x] - (int) rb[x]));
          }
        ck_assert_msg (largest <= 2, "%s (%s): pixels up to %d of 255 apart", chart->id,
                       lang == OT_LANG_NL ? "nl" : "en", largest);
        cairo_surface_destroy (a);
        cairo_surface_destroy (b);
      }
}
END_TEST

/* A glyph no font has is drawn as pango draws it, a box with its code:
 * cairo writes those texts. */
START_TEST (test_svg_glyph_no_font_has)
{
  static const char figures[] =
    "id,value,unit,label_nl,label_en,parent,source\n"
    "total,3,people,Totaal,Total,,Een zin.\n"
    "a,1,people,Deel \xf4\x8f\xbf\xbd,Part \xf4\x8f\xbf\xbd,total,Een zin.\n"
    "b,2,people,Deel 2,Part 2,total,Een zin.\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (figures, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "f.csv", NULL, &error);
  g_autofree char *path = g_build_filename (tmpdir, "box.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OtExportOptions options = { OT_EXPORT_SVG, 800, 450, 1, { OT_LANG_EN, OT_THEME_LIGHT },
                              OT_SVG_TEXT_OUTLINES };
  SvgGlyphs glyphs = { 0 };

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  ck_assert_msg (ot_export_to_file (ot_chart_lookup ("breakdown"), dataset, &options, file, NULL,
                                    &error), "%s", error ? error->message : "");
  ot_test_assert_svg_well_formed (path);
  read_svg_glyphs (path, &glyphs);
  ck_assert_uint_eq (g_hash_table_size (glyphs.defined), 0);
  ck_assert_uint_gt (glyphs.cairo_glyphs, 20);
  clear_svg_glyphs (&glyphs);
}
END_TEST

START_TEST (test_svg_editable_text_matches_outlines)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *outlines = g_build_filename (tmpdir, "outlines.svg", NULL);
  g_autofree char *texts = g_build_filename (tmpdir, "text.svg", NULL);
  OtExportOptions options = { OT_EXPORT_SVG, 1280, 720, 1, { OT_LANG_EN, OT_THEME_LIGHT },
                              OT_SVG_TEXT_OUTLINES };
  cairo_surface_t *a, *b;
  guint differ = 0;
  gsize len;

  ck_assert (export_with ("outlines.svg", &options, &error));
  options.svg_text = OT_SVG_TEXT_TEXT;
  ck_assert (export_with ("text.svg", &options, &error));
  data = read_export ("text.svg", &len);
  ck_assert_ptr_nonnull (strstr (data, "xml:space=\"preserve\">Internally displaced</text>"));
  ck_assert_ptr_nonnull (strstr (data, "font-family=\"Cantarell, 'Noto Sans', 'DejaVu Sans', "
                                       "sans-serif\""));

  a = rasterise_svg (outlines);
  b = rasterise_svg (texts);
  if (a == NULL)
    return;  /* nothing here rasterises SVG */
  ck_assert_int_eq (cairo_image_surface_get_width (a), cairo_image_surface_get_width (b));
  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    {
      const guint8 *ra = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a);
      const guint8 *rb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b);

      for (int x = 0; x < cairo_image_surface_get_width (a) * 4; x++)
        if (ABS ((int) ra[x] - (int) rb[x]) > 64)
          {
            differ++;
            x += 3 - x % 4;
          }
    }
  /* Under 0.5% of the pixels differ noticeably. */
  ck_assert_msg (differ < 1280 * 720 / 200, "%u pixels differ", differ);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}
END_TEST

START_TEST (test_deck)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autofree char *path = g_build_filename (tmpdir, "deck.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) bookmarks = NULL;
  g_autofree char *title = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *author = NULL;
  const OtChart *charts[] = { ot_chart_lookup ("key-figures"), ot_chart_lookup ("breakdown"),
                              ot_chart_lookup ("timeline") };
  OtExportOptions options = { OT_EXPORT_PDF, 1280, 720, 1, { OT_LANG_EN, OT_THEME_LIGHT } };
  PopplerDocument *document;

  ck_assert (ot_export_deck_to_file (charts, G_N_ELEMENTS (charts), dataset, &options, file,
                                     NULL, &error));
  document = ot_test_pdf_open (path);
  ck_assert_int_eq (poppler_document_get_n_pages (document), 3);
  ot_test_pdf_assert_page_size (document, 1280, 720);
  /* A bookmark per slide, in order, and the deck's own title. */
  bookmarks = ot_test_pdf_dup_bookmarks (document);
  ck_assert_uint_eq (g_strv_length (bookmarks), 3);
  ck_assert_str_eq (bookmarks[0], "The letter in figures");
  ck_assert_str_eq (bookmarks[1], "Displaced people by group");
  ck_assert_str_eq (bookmarks[2], "Dates in the letter");
  title = poppler_document_get_title (document);
  ck_assert_str_eq (title, "The figures of Kamerstuk 26 150, no. 155");
  keywords = poppler_document_get_keywords (document);
  subject = poppler_document_get_subject (document);
  author = poppler_document_get_author (document);
  ck_assert (keywords != NULL && *keywords != '\0');
  ck_assert (subject != NULL && *subject != '\0');
  ck_assert (author != NULL && *author != '\0');
  /* Each slide's quotation links to the letter's publication. */
  for (int i = 0; i < 3; i++)
    ck_assert_msg (ot_test_pdf_page_links_to (document, i, "https://zoek.officielebekendmakingen.nl/"
                                              "kst-26150-155.html"),
                   "slide %d does not link to the letter", i + 1);
  g_object_unref (document);
}
END_TEST

/* On a projector, no text on a slide is smaller than 1/40 of its height,
 * and the caption quotes the letter. */
START_TEST (test_slides_are_readable)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 720 }, { 1024, 768 } };
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        /* The letter's own charts quote it; the published series has no
         * sentence in the letter. */
        gboolean quotes = c < 5;
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, sizes[s][0],
                                                               sizes[s][1]);
        cairo_t *cr = cairo_create (surface);
        PangoContext *context = ot_chart_text_context_new (cr);
        OtSlideLayout *slide = ot_slide_layout_new (ot_chart_get_nth (c), context, dataset,
                                                    sizes[s][0], sizes[s][1], &style);
        double smallest = G_MAXDOUBLE;
        PangoFontDescription *font;

        for (guint i = 0; i < slide->chart->texts->len; i++)
          {
            OtTextBox *box = g_ptr_array_index (slide->chart->texts, i);

            font = (PangoFontDescription *) pango_layout_get_font_description (box->layout);
            smallest = MIN (smallest, (double) pango_font_description_get_size (font) / PANGO_SCALE);
            ck_assert (box->rect.y + box->rect.height <= slide->chart_rect.height + 1e-6);
            ck_assert (slide->caption == NULL
                       || !ot_rect_intersects (&box->rect, &slide->caption->rect));
          }
        if (!ot_chart_supports (ot_chart_get_nth (c), dataset))
          goto next;
        ck_assert (!quotes || slide->caption != NULL);
        if (slide->caption != NULL)
          {
            font = (PangoFontDescription *) pango_layout_get_font_description (slide->caption->layout);
            smallest = MIN (smallest, (double) pango_font_description_get_size (font) / PANGO_SCALE);
            ck_assert (slide->caption->rect.y + slide->caption->rect.height <= sizes[s][1]);
          }
        ck_assert_msg (smallest >= sizes[s][1] / 40.0 - 0.01, "%s at %d×%d: text of %.1f px",
                       ot_chart_get_nth (c)->id, sizes[s][0], sizes[s][1], smallest);
        if (g_str_equal (ot_chart_get_nth (c)->id, "breakdown"))
          ck_assert (g_str_has_prefix (pango_layout_get_text (slide->caption->layout),
                                       "“Op dit moment zijn 65,3 miljoen mensen ontheemd"));

      next:
        ot_slide_layout_paint (slide, cr, &style);
        ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
        ot_slide_layout_free (slide);
        g_object_unref (context);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}
END_TEST

/* A slide quotes the letter's words in the letter's order: "[…]" where
 * text is left out, a quotation of its own for each section. Every slide
 * of a deck says where it is. */
START_TEST (test_slides_quote_the_letter)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(OtLetter) letter = ot_letter_new_default (OT_LANG_NL, NULL);
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ot_chart_text_context_new (cr);

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      OtSlideLayout *slide = ot_slide_layout_new_at (ot_chart_get_nth (c), context, dataset,
                                                     1280, 720, &style, c + 1,
                                                     ot_chart_get_n_charts ());
      g_autofree char *where = g_strdup_printf ("%u / %u", c + 1, ot_chart_get_n_charts ());
      g_auto(GStrv) quotations = NULL;

      ck_assert_str_eq (pango_layout_get_text (slide->position->layout), where);
      ck_assert (slide->caption == NULL
                 || !ot_rect_intersects (&slide->position->rect, &slide->caption->rect));
      ck_assert_msg (slide->caption != NULL || g_str_has_prefix (ot_chart_get_nth (c)->id, "top-"),
                     "%s quotes nothing", ot_chart_get_nth (c)->id);
      if (slide->caption == NULL)
        {
          ot_slide_layout_free (slide);
          continue;
        }

      /* Each quotation: pieces of one section of the letter, in order. */
      quotations = g_strsplit (pango_layout_get_text (slide->caption->layout), "\n", -1);
      for (guint q = 0; quotations[q] != NULL; q++)
        {
          g_autofree char *inner = NULL;
          g_auto(GStrv) pieces = NULL;
          int section = -1, block = -1;
          const char *previous = NULL;

          ck_assert (g_str_has_prefix (quotations[q], "“") && g_str_has_suffix (quotations[q], "”"));
          inner = g_strndup (quotations[q] + strlen ("“"),
                             strlen (quotations[q]) - strlen ("“") - strlen ("”"));
          pieces = g_strsplit (inner, " […] ", -1);
          for (guint p = 0; pieces[p] != NULL; p++)
            {
              int at = ot_letter_find_text (letter, pieces[p]);
              const OtBlock *b;
              const char *where_in;

              ck_assert_msg (at >= 0, "%s: “%s” is not the letter's text", ot_chart_get_nth (c)->id,
                             pieces[p]);
              b = ot_letter_get_block (letter, at);
              where_in = strstr (b->text, pieces[p]);
              ck_assert_msg (section < 0 || (int) b->section == section,
                             "%s: one quotation from two sections", ot_chart_get_nth (c)->id);
              ck_assert_msg (at > block || (at == block && where_in > previous),
                             "%s: “%s” out of the letter's order", ot_chart_get_nth (c)->id,
                             pieces[p]);
              section = (int) b->section;
              block = at;
              previous = where_in;
            }
        }

      /* The trend and then-now mark the letter's 65.3 million: they quote it. */
      if (g_str_equal (ot_chart_get_nth (c)->id, "trend")
          || g_str_equal (ot_chart_get_nth (c)->id, "then-now"))
        ck_assert_msg (g_str_has_prefix (quotations[0], "“Op dit moment zijn 65,3 miljoen mensen"),
                       "%s: %s", ot_chart_get_nth (c)->id, quotations[0]);
      if (g_str_equal (ot_chart_get_nth (c)->id, "funding"))
        {
          /* The 4,000 and the 260 million are of one section, the 10%
           * target of another. */
          ck_assert_uint_eq (g_strv_length (quotations), 2);
          ck_assert (strstr (quotations[0], "EU-Turkije verklaring. […] Hiervoor heeft het "
                                            "kabinet") != NULL);
          ck_assert (g_str_has_prefix (quotations[1], "“Zo bleek het niet mogelijk"));
        }
      ot_slide_layout_free (slide);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

/* A printed page says where it is in the print job, "3 / 7", as a slide
 * of the deck does: ot_slide_draw paints the deck's slide. */
START_TEST (test_printed_slide_says_where_it_is)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };
  const OtChart *chart = ot_chart_lookup ("funding");
  cairo_surface_t *printed = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 595);
  cairo_surface_t *alone = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 595);
  cairo_t *cr = cairo_create (printed);
  PangoContext *context = ot_chart_text_context_new (cr);
  OtSlideLayout *slide = ot_slide_layout_new_at (chart, context, dataset, 842, 595, &style, 3, 7);
  const OtRect *where = &slide->position->rect;
  guint differ = 0;

  ck_assert_str_eq (pango_layout_get_text (slide->position->layout), "3 / 7");
  ot_slide_draw (cr, chart, dataset, 842, 595, &style, 3, 7);
  cairo_destroy (cr);
  cr = cairo_create (alone);
  ot_slide_draw (cr, chart, dataset, 842, 595, &style, 0, 0);
  cairo_destroy (cr);
  cairo_surface_flush (printed);
  cairo_surface_flush (alone);
  for (int y = (int) where->y; y < (int) (where->y + where->height); y++)
    for (int x = (int) where->x; x < (int) (where->x + where->width); x++)
      {
        const guint32 *p = (const guint32 *) (cairo_image_surface_get_data (printed)
                                              + y * cairo_image_surface_get_stride (printed));
        const guint32 *q = (const guint32 *) (cairo_image_surface_get_data (alone)
                                              + y * cairo_image_surface_get_stride (alone));

        differ += (p[x] & 0xFFFFFF) != (q[x] & 0xFFFFFF);
      }
  /* The position's ink, where the page on its own has none. */
  ck_assert_uint_gt (differ, 20);
  ot_slide_layout_free (slide);
  g_object_unref (context);
  cairo_surface_destroy (printed);
  cairo_surface_destroy (alone);
}
END_TEST

/* A data file's own name with control characters and a noncharacter (a
 * name a user may not choose) reaches every file as visible text: each
 * SVG is well-formed XML, each PDF is written (cairo refused U+FFFE with
 * "input string not valid UTF-8"). Labels with them never load. */
START_TEST (test_unfit_text_in_a_name_is_made_visible)
{
  static const char figures[] =
    "id,value,unit,label_nl,label_en,parent,source\n"
    "total,3,people,Totaal,Total,,Een zin.\n"
    "a,1,people,Deel,Part,total,Een zin.\n"
    "b,2,people,Deel 2,Part 2,total,Een zin.\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (figures, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream,
                                                             "f\x01\x1b\x7f\xef\xbf\xbe\xc2\x85\xff"
                                                             ".csv", NULL, &error);
  const char *names[] = { "name.svg", "name-text.svg", "name.pdf", "name.png" };

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  /* ␁ ␛ ␡, then U+FFFD for the noncharacter, the C1 control and the byte. */
  ck_assert_str_eq (ot_dataset_get_source_label (dataset, OT_LANG_EN),
                    "f\xe2\x90\x81\xe2\x90\x9b\xe2\x90\xa1\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd.csv");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint c = 0; c < ot_chart_get_n_charts (); c++)
      {
        const OtChart *chart = ot_chart_get_nth (c);
        g_autofree char *path = g_build_filename (tmpdir, names[i], NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);
        OtExportOptions options = { 0, 800, 450, 1, { OT_LANG_EN, OT_THEME_LIGHT },
                                    i == 1 ? OT_SVG_TEXT_TEXT : OT_SVG_TEXT_OUTLINES };

        if (!ot_chart_supports (chart, dataset))
          continue;
        ck_assert (ot_export_format_from_name (names[i], &options.format, NULL));
        ck_assert_msg (ot_export_to_file (chart, dataset, &options, file, NULL, &error),
                       "%s %s: %s", chart->id, names[i], error ? error->message : "");
        if (g_str_has_suffix (names[i], ".svg"))
          ot_test_assert_svg_well_formed (path);
      }
}
END_TEST

/* A file in the test's folder, so its path has folders to leave out. */
static OtDataset *
import_written (const char *name,
                const char *contents,
                gsize       len)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OtDataset *dataset;

  ck_assert (g_file_set_contents (path, contents, len, NULL));
  dataset = ot_import_file (file, NULL, &error);
  ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : "");
  return dataset;
}

/* Every chart @dataset draws, as PNG, SVG (with its words as text) and
 * PDF: the source line cites @source_nl in Dutch, @source_en in English,
 * and no file holds a folder of the data's path. */
static void
assert_sources (OtDataset  *dataset,
                const char *source_nl,
                const char *source_en)
{
  const char *sources[OT_N_LANGS] = { [OT_LANG_NL] = source_nl, [OT_LANG_EN] = source_en };
  guint n = 0;

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      {
        const OtChart *chart = ot_chart_get_nth (c);
        OtExportOptions options = { OT_EXPORT_PNG, 960, 540, 1, { lang, OT_THEME_LIGHT },
                                    OT_SVG_TEXT_TEXT };
        const char *names[] = { "c.png", "c.svg", "c.pdf" };
        g_autofree char *line = g_strdup_printf (ot_gettext (lang, "Source: %s"), sources[lang]);
        g_autofree char *escaped = g_markup_escape_text (line, -1);

        if (!ot_chart_supports (chart, dataset))
          continue;
        n++;
        for (guint f = 0; f < G_N_ELEMENTS (names); f++)
          {
            g_autofree char *path = g_build_filename (tmpdir, names[f], NULL);
            g_autoptr(GFile) file = g_file_new_for_path (path);
            g_autoptr(GError) error = NULL;
            g_autofree char *data = NULL;
            gsize len;

            options.format = f;
            ck_assert_msg (ot_export_to_file (chart, dataset, &options, file, NULL, &error), "%s",
                           error != NULL ? error->message : "");
            data = read_export (names[f], &len);
            ck_assert_msg (memmem (data, len, tmpdir, strlen (tmpdir)) == NULL,
                           "%s of %s names the data's folder", names[f], chart->id);
            if (options.format == OT_EXPORT_PNG)
              {
                g_autoptr(GHashTable) chunks = ot_test_read_png_text (path);

                ck_assert_str_eq (g_hash_table_lookup (chunks, "Source"), line);
                ck_assert (strstr (g_hash_table_lookup (chunks, "Description"), tmpdir) == NULL);
              }
            else if (options.format == OT_EXPORT_SVG)
              {
                /* The visible line, as a <text> of its own, and the <desc>. */
                g_autofree char *text = g_strdup_printf (">%s</text>", escaped);
                g_autofree char *desc = g_strdup_printf (" %s</desc>", escaped);

                ck_assert_msg (strstr (data, text) != NULL, "%s: no “%s”", chart->id, line);
                ck_assert_msg (strstr (data, desc) != NULL, "%s: no “%s” in <desc>", chart->id,
                               line);
              }
            else
              {
                PopplerDocument *document = ot_test_pdf_open (path);
                g_autofree char *subject = poppler_document_get_subject (document);

                ck_assert_msg (g_str_has_suffix (subject, line), "%s", subject);
                ck_assert_msg (!ot_test_pdf_contains (document, tmpdir),
                               "the PDF of %s names the data's folder", chart->id);
                g_object_unref (document);
              }
          }
      }
  ck_assert_uint_gt (n, 0);
}

/* A file of one's own: its source line names the file, never the folders
 * down to it, or the publication its figures name. */
START_TEST (test_source_line_of_a_figures_file)
{
  static const char plain[] =
    "id,value,unit,label_nl,label_en,parent,source\n"
    "world,100000000,people,Wereld,World,,Een zin.\n"
    "north,60000000,people,Noord,North,world,Een zin.\n"
    "south,40000000,people,Zuid,South,world,Een zin.\n"
    "aid,5000000,EUR,Steun,Aid,,Een zin.\n";
  static const char published[] =
    "id,value,unit,label_nl,label_en,parent,source,publication,publication_en\n"
    "world,100000000,people,Wereld,World,,Een zin.,Jaarverslag 2023,Annual report 2023\n"
    "north,60000000,people,Noord,North,world,Een zin.,Jaarverslag 2023,Annual report 2023\n"
    "south,40000000,people,Zuid,South,world,Een zin.,Jaarverslag 2023,Annual report 2023\n"
    "aid,5000000,EUR,Steun,Aid,,Een zin.,Begroting 2024,\n";
  g_autoptr(OtDataset) mine = import_written ("mijn cijfers.csv", plain, strlen (plain));
  g_autoptr(OtDataset) cited = import_written ("cited.csv", published, strlen (published));

  ck_assert_str_eq (ot_dataset_get_source_label (mine, OT_LANG_NL), "mijn cijfers.csv");
  assert_sources (mine, "mijn cijfers.csv", "mijn cijfers.csv");
  /* Each publication once, in file order; English where the file has it. */
  assert_sources (cited, "Jaarverslag 2023; Begroting 2024", "Annual report 2023; Begroting 2024");
}
END_TEST

/* A UNHCR download in a folder: its charts cite UNHCR and the zip by name. */
START_TEST (test_source_line_of_a_unhcr_export)
{
  g_autofree char *fixture = ot_test_data_path ("unhcr-download.zip");
  g_autofree char *zip = NULL;
  g_autofree char *csv = NULL;
  gsize zip_len, csv_len;
  g_autofree char *csv_fixture = ot_test_data_path ("unhcr-population.csv");
  g_autoptr(OtDataset) zipped = NULL;
  g_autoptr(OtDataset) plain = NULL;

  ck_assert (g_file_get_contents (fixture, &zip, &zip_len, NULL));
  ck_assert (g_file_get_contents (csv_fixture, &csv, &csv_len, NULL));
  zipped = import_written ("download.zip", zip, zip_len);
  plain = import_written ("population.csv", csv, csv_len);
  assert_sources (zipped,
                  "UNHCR Refugee Data Finder, download.zip; waarden onder 5 afgerond door UNHCR",
                  "UNHCR Refugee Data Finder, download.zip; values under 5 rounded by UNHCR");
  assert_sources (plain,
                  "UNHCR Refugee Data Finder, population.csv; waarden onder 5 afgerond door UNHCR",
                  "UNHCR Refugee Data Finder, population.csv; values under 5 rounded by UNHCR");
}
END_TEST

/* A deck says what its data is: the letter's, UNHCR's, a file's. */
START_TEST (test_deck_says_what_its_data_is)
{
  g_autofree char *fixture = ot_test_data_path ("unhcr-download.zip");
  g_autofree char *four = ot_test_data_path ("figures-four-parts.csv");
  g_autofree char *zip = NULL;
  g_autofree char *csv = NULL;
  gsize zip_len, csv_len;
  g_autoptr(OtDataset) letter = ot_dataset_new_default (NULL);
  g_autoptr(OtDataset) unhcr = NULL;
  g_autoptr(OtDataset) mine = NULL;
  struct
  {
    OtDataset  *dataset;
    OtLang      lang;
    const char *title;
    const char *keyword;
    const char *source;
  } cases[] = {
    { letter, OT_LANG_EN, "The figures of Kamerstuk 26 150, no. 155", "Kamerstuk 26 150",
      "Source: Kamerstuk 26 150, no. 155, 8 September 2016; UNHCR Global Trends" },
    { letter, OT_LANG_NL, "De cijfers van Kamerstuk 26 150, nr. 155", "Kamerstuk 26 150",
      "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016; UNHCR Global Trends" },
    { NULL, OT_LANG_EN, "Figures from UNHCR's Refugee Data Finder, 2021–2023",
      "UNHCR, Refugee Data Finder, refugees under UNHCR's mandate, internally displaced",
      "Source: UNHCR Refugee Data Finder, download.zip; values under 5 rounded by UNHCR" },
    { NULL, OT_LANG_NL, "Cijfers uit de Refugee Data Finder van UNHCR, 2021–2023",
      "UNHCR, Refugee Data Finder, vluchtelingen onder mandaat van UNHCR, ontheemd in eigen land",
      "Bron: UNHCR Refugee Data Finder, download.zip; waarden onder 5 afgerond door UNHCR" },
    { NULL, OT_LANG_EN, "Figures from mine.csv", "mine.csv, world", "Source: mine.csv" },
    { NULL, OT_LANG_NL, "Cijfers uit mine.csv", "mine.csv, wereld", "Bron: mine.csv" },
  };

  ck_assert (g_file_get_contents (fixture, &zip, &zip_len, NULL));
  ck_assert (g_file_get_contents (four, &csv, &csv_len, NULL));
  unhcr = import_written ("download.zip", zip, zip_len);
  mine = import_written ("mine.csv", csv, csv_len);
  cases[2].dataset = cases[3].dataset = unhcr;
  cases[4].dataset = cases[5].dataset = mine;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) charts = ot_chart_list_from_ids (NULL, cases[i].dataset, NULL);
      OtExportOptions options = { OT_EXPORT_PDF, 1280, 720, 1, { cases[i].lang, OT_THEME_LIGHT } };
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = ot_export_render_deck ((const OtChart * const *) charts->pdata,
                                                       charts->len, cases[i].dataset, &options,
                                                       &error);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      PopplerDocument *document = ot_test_pdf_open_bytes (bytes);
      g_autofree char *title = poppler_document_get_title (document);
      g_autofree char *keywords = poppler_document_get_keywords (document);
      g_autofree char *subject = poppler_document_get_subject (document);

      ck_assert_str_eq (title, cases[i].title);
      ck_assert_msg (strstr (keywords, cases[i].keyword) != NULL, "%s", keywords);
      ck_assert_msg (strstr (subject, cases[i].source) != NULL, "%s", subject);
      ck_assert_msg (memmem (data, len, tmpdir, strlen (tmpdir)) == NULL, "%s", title);
      ck_assert_msg (!ot_test_pdf_contains (document, tmpdir), "%s", title);
      g_object_unref (document);
      if (cases[i].dataset != letter)
        {
          ck_assert_msg (strstr (keywords, "Kamerstuk") == NULL, "%s", keywords);
          ck_assert_msg (strstr (subject, "Kamerstuk") == NULL, "%s", subject);
        }
    }
}
END_TEST


/* The deck's parts by name, read back from the zip. */
static GHashTable *
read_zip (GBytes     *bytes,
          GPtrArray **out_order)
{
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  *out_order = g_ptr_array_new_with_free_func (g_free);
  archive_read_support_format_zip (archive);
  ck_assert_int_eq (archive_read_open_memory (archive, data, length), ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      g_autoptr(GByteArray) content = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (content, (guint8 *) buffer, n);
      ck_assert_int_ge (n, 0);
      g_ptr_array_add (*out_order, g_strdup (archive_entry_pathname (entry)));
      {
        /* A NUL past the end, so a part can be read as a string. */
        guint size = content->len;
        g_autoptr(GBytes) whole = NULL;

        g_byte_array_append (content, (const guint8 *) "", 1);
        whole = g_byte_array_free_to_bytes (g_steal_pointer (&content));
        g_hash_table_insert (parts, g_strdup (archive_entry_pathname (entry)),
                             g_bytes_new_from_bytes (whole, 0, size));
      }
    }
  archive_read_free (archive);
  return parts;
}

typedef struct
{
  const char *element;    /* whose attribute or text to collect */
  const char *attribute;  /* NULL: its text */
  GPtrArray  *found;
  gboolean    inside;
  GString    *text;
} Collect;

static void
collect_start_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Collect *collect = user_data;

  if (collect->element == NULL || !g_str_equal (element, collect->element))
    return;
  if (collect->attribute == NULL)
    {
      collect->inside = TRUE;
      g_string_truncate (collect->text, 0);
      return;
    }
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], collect->attribute))
      g_ptr_array_add (collect->found, g_strdup (values[i]));
}

static void
collect_end_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Collect *collect = user_data;

  if (collect->inside && g_str_equal (element, collect->element))
    {
      collect->inside = FALSE;
      g_ptr_array_add (collect->found, g_strdup (collect->text->str));
    }
}

static void
collect_text_cb (GMarkupParseContext  *context,
                 const char           *text,
                 gsize                 length,
                 gpointer              user_data,
                 GError              **error)
{
  Collect *collect = user_data;

  if (collect->inside)
    g_string_append_len (collect->text, text, length);
}

/* Parses @part (it must be well-formed XML) and returns what @element
 * holds: its @attribute's values, or its texts; NULL-terminated. */
static GStrv
xml_collect (GHashTable *parts,
             const char *part,
             const char *element,
             const char *attribute)
{
  static const GMarkupParser parser = { collect_start_cb, collect_end_cb, collect_text_cb };
  GBytes *bytes = g_hash_table_lookup (parts, part);
  Collect collect = { element, attribute, g_ptr_array_new (), FALSE, g_string_new (NULL) };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data;

  ck_assert_msg (bytes != NULL, "the deck has no %s", part);
  data = g_bytes_get_data (bytes, &length);
  /* GMarkup does not take the XML declaration. */
  if (g_str_has_prefix (data, "<?xml"))
    {
      const char *end = strstr (data, "?>");

      length -= end + 2 - data;
      data = end + 2;
    }
  context = g_markup_parse_context_new (&parser, 0, &collect, NULL);
  ck_assert_msg (g_markup_parse_context_parse (context, data, length, &error)
                 && g_markup_parse_context_end_parse (context, &error),
                 "%s is not well-formed: %s", part, error->message);
  g_string_free (collect.text, TRUE);
  g_ptr_array_add (collect.found, NULL);
  return (GStrv) g_ptr_array_free (collect.found, FALSE);
}

static GBytes *
render_office_edited (OtDataset           *dataset,
                      OtDeckFormat         format,
                      const char         **ids,
                      const OtDeckChanges *deck)
{
  g_autoptr(GPtrArray) charts = ot_chart_list_from_ids (ids, NULL, NULL);
  g_autoptr(GError) error = NULL;
  OtExportOptions options = { OT_EXPORT_PDF, 1280, 720, 1, { OT_LANG_EN, OT_THEME_LIGHT } };
  GBytes *bytes;

  options.deck = deck;
  bytes = ot_export_render_office_deck ((const OtChart * const *) charts->pdata, charts->len,
                                        dataset, &options, format, &error);
  ck_assert_msg (bytes != NULL, "%s", error != NULL ? error->message : "");
  return bytes;
}

static GBytes *
render_office (OtDataset    *dataset,
               OtDeckFormat  format,
               const char  **ids)
{
  g_autoptr(GPtrArray) charts = ot_chart_list_from_ids (ids, NULL, NULL);
  g_autoptr(GError) error = NULL;
  OtExportOptions options = { OT_EXPORT_PDF, 1280, 720, 1, { OT_LANG_EN, OT_THEME_LIGHT } };
  GBytes *bytes = ot_export_render_office_deck ((const OtChart * const *) charts->pdata,
                                                charts->len, dataset, &options, format, &error);

  ck_assert_msg (bytes != NULL, "%s", error != NULL ? error->message : "");
  return bytes;
}

/* PowerPoint: every part well-formed; a title slide, then a slide a chart
 * in order; the chart's description as the picture's descr (the Alt Text
 * pane), an SVG over a PNG; the source sentence and the Kamerstuk in the
 * notes; the document's title, author and subject. */
START_TEST (test_pptx_parts)
{
  const char *ids[] = { "funding", "breakdown", NULL };
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(GBytes) bytes = render_office (dataset, OT_DECK_PPTX, ids);
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) parts = read_zip (bytes, &order);
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT };
  g_autofree char *description = ot_chart_describe (ot_chart_lookup ("funding"), dataset, &style);
  g_auto(GStrv) slides = NULL, descr = NULL, svg = NULL, texts = NULL, notes = NULL;
  g_auto(GStrv) title = NULL, creator = NULL, subject = NULL, size = NULL;
  GHashTableIter iter;
  gpointer name;

  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".rels"))
      g_strfreev (xml_collect (parts, name, NULL, NULL));

  slides = xml_collect (parts, "ppt/presentation.xml", "p:sldId", "r:id");
  ck_assert_uint_eq (g_strv_length (slides), 3);
  size = xml_collect (parts, "ppt/presentation.xml", "p:sldSz", "cx");
  ck_assert_str_eq (size[0], "12192000");

  descr = xml_collect (parts, "ppt/slides/slide2.xml", "p:cNvPr", "descr");
  ck_assert_uint_eq (g_strv_length (descr), 1);
  ck_assert_str_eq (descr[0], description);
  svg = xml_collect (parts, "ppt/slides/slide2.xml", "asvg:svgBlip", "r:embed");
  ck_assert_uint_eq (g_strv_length (svg), 1);
  ck_assert (g_hash_table_contains (parts, "ppt/media/chart2.svg"));
  ck_assert (g_hash_table_contains (parts, "ppt/media/chart2.png"));

  /* The quotation as text, in the letter's words. */
  texts = xml_collect (parts, "ppt/slides/slide2.xml", "a:t", NULL);
  ck_assert (g_strv_length (texts) >= 2);
  ck_assert_msg (strstr (texts[0], "260 million euros") != NULL, "%s", texts[0]);
  ck_assert_str_eq (texts[g_strv_length (texts) - 1],
                    "Source: Kamerstuk 26 150, no. 155, 8 September 2016");

  notes = xml_collect (parts, "ppt/notesSlides/notesSlide2.xml", "a:t", NULL);
  ck_assert_str_eq (notes[0], texts[0]);
  ck_assert_str_eq (notes[g_strv_length (notes) - 1],
                    "Source: Kamerstuk 26 150, no. 155, 8 September 2016");

  title = xml_collect (parts, "docProps/core.xml", "dc:title", NULL);
  ck_assert_str_eq (title[0], "The figures of Kamerstuk 26 150, no. 155");
  creator = xml_collect (parts, "docProps/core.xml", "dc:creator", NULL);
  ck_assert_str_eq (creator[0], "Ontheemd");
  subject = xml_collect (parts, "docProps/core.xml", "dc:subject", NULL);
  ck_assert_msg (g_str_has_prefix (subject[0], "Slides: 1. Funding"), "%s", subject[0]);
}
END_TEST

/* The deck's edits in PowerPoint and Impress as in the PDF deck: the title
 * slide's title, author and date; the chosen quote as the quotation; the
 * speaker notes after the source note; the user's title and highlight in
 * the picture and its alt text. */
START_TEST (test_office_decks_carry_edits)
{
  const char *ids[] = { "key-figures", "breakdown", NULL };
  const char *passage = "de bestaande toezegging om maximaal circa 4.000 Syrische vluchtelingen "
                        "te hervestigen";
  const char *highlight[] = { "resettlement-eu-turkey", NULL };
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(OtDeckChanges) deck = ot_deck_changes_new ();
  OtDeckSlide *slide = ot_deck_changes_ensure_slide (deck, "key-figures");
  g_autoptr(GBytes) plain = render_office (dataset, OT_DECK_PPTX, ids);
  g_autoptr(GPtrArray) plain_order = NULL;
  g_autoptr(GHashTable) plain_parts = read_zip (plain, &plain_order);
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT };
  g_autofree char *description = NULL;

  deck->title = g_strdup ("Syrië en de regio");
  deck->author = g_strdup ("Ministerie van Buitenlandse Zaken");
  deck->date = g_date_time_new_utc (2016, 9, 12, 0, 0, 0);
  slide->quote = g_strdupv ((GStrv) (const char *[]) { passage, NULL });
  slide->speaker_notes = g_strdup ("Noem de 4.000 als plafond.");
  slide->changes = ot_chart_changes_new ();
  slide->changes->title = g_strdup ("Nederland hervestigt hooguit 4.000 Syriërs");
  slide->changes->highlight = g_strdupv ((GStrv) highlight);
  style.changes = slide->changes;
  description = ot_chart_describe (ot_chart_lookup ("key-figures"), dataset, &style);

  for (int f = 0; f < 2; f++)
    {
      g_autoptr(GBytes) bytes = render_office_edited (dataset, f == 0 ? OT_DECK_PPTX : OT_DECK_ODP,
                                                      ids, deck);
      g_autoptr(GPtrArray) order = NULL;
      g_autoptr(GHashTable) parts = read_zip (bytes, &order);
      g_auto(GStrv) cover = NULL, texts = NULL, notes = NULL, descr = NULL, names = NULL;

      if (f == 0)
        {
          cover = xml_collect (parts, "ppt/slides/slide1.xml", "a:t", NULL);
          texts = xml_collect (parts, "ppt/slides/slide2.xml", "a:t", NULL);
          notes = xml_collect (parts, "ppt/notesSlides/notesSlide2.xml", "a:t", NULL);
          descr = xml_collect (parts, "ppt/slides/slide2.xml", "p:cNvPr", "descr");
          names = xml_collect (parts, "ppt/slides/slide2.xml", "p:cNvPr", "title");
          /* The picture is the edited chart's. */
          ck_assert (!g_bytes_equal (g_hash_table_lookup (parts, "ppt/media/chart2.png"),
                                     g_hash_table_lookup (plain_parts, "ppt/media/chart2.png")));
        }
      else
        {
          g_auto(GStrv) all = xml_collect (parts, "content.xml", "text:p", NULL);

          /* page1: title, author, date; page2: quotation, source, notes… */
          cover = g_strdupv (all);
          texts = g_strdupv (all + 3);
          notes = g_strdupv (all + 5);
          descr = xml_collect (parts, "content.xml", "svg:desc", NULL);
          names = xml_collect (parts, "content.xml", "svg:title", NULL);
        }
      ck_assert_str_eq (cover[0], "Syrië en de regio");
      ck_assert_str_eq (cover[1], "Ministerie van Buitenlandse Zaken");
      ck_assert_str_eq (cover[2], "12 September 2016");
      ck_assert_msg (strstr (texts[0], passage) != NULL, "%s", texts[0]);
      ck_assert_msg (strstr (notes[0], passage) != NULL, "%s", notes[0]);
      ck_assert_str_eq (notes[1], "Source: Kamerstuk 26 150, no. 155, 8 September 2016");
      ck_assert_str_eq (notes[2], "Noem de 4.000 als plafond.");
      ck_assert_str_eq (descr[0], description);
      ck_assert_str_eq (names[0], "Nederland hervestigt hooguit 4.000 Syriërs");
    }
}
END_TEST

/* A briefing's PDF deck says whose it is: the title slide's title and
 * author are the document's, as a file manager and a reader show them. */
START_TEST (test_deck_pdf_names_the_briefing)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(GPtrArray) charts = ot_chart_list_from_ids (NULL, dataset, NULL);
  g_autoptr(OtDeckChanges) deck = ot_deck_changes_new ();
  OtExportOptions options = { OT_EXPORT_PDF, 1280, 720, 1, { OT_LANG_NL, OT_THEME_LIGHT } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PopplerDocument *document;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;

  deck->title = g_strdup ("Briefing VN-top vluchtelingen en migranten");
  deck->author = g_strdup ("Directie Migratie, Ministerie van Buitenlandse Zaken");
  options.deck = deck;
  bytes = ot_export_render_deck ((const OtChart * const *) charts->pdata, charts->len, dataset,
                                 &options, &error);
  ck_assert_msg (bytes != NULL, "%s", error ? error->message : "");
  document = ot_test_pdf_open_bytes (bytes);
  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  ck_assert_str_eq (title, "Briefing VN-top vluchtelingen en migranten");
  ck_assert_str_eq (author, "Directie Migratie, Ministerie van Buitenlandse Zaken");
  g_object_unref (document);
}
END_TEST

/* An ODF package begins with its mimetype, stored, with no extra field and
 * no data descriptor: LibreOffice 25 (Debian 13) refuses it otherwise. */
START_TEST (test_odp_mimetype_plain)
{
  const char *ids[] = { "breakdown", NULL };
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(GBytes) bytes = render_office (dataset, OT_DECK_ODP, ids);
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) parts = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  const char *type = "application/vnd.oasis.opendocument.presentation";

  ck_assert_uint_gt (length, 30 + 8 + strlen (type));
  ck_assert_uint_eq (data[0] | data[1] << 8 | data[2] << 16 | (guint32) data[3] << 24,
                     0x04034b50);
  ck_assert_uint_eq ((data[6] | data[7] << 8) & 0x8, 0);      /* no data descriptor */
  ck_assert_uint_eq (data[8] | data[9] << 8, 0);              /* stored */
  ck_assert_uint_eq (data[26] | data[27] << 8, strlen ("mimetype"));
  ck_assert_uint_eq (data[28] | data[29] << 8, 0);            /* no extra field */
  ck_assert (memcmp (data + 30, "mimetype", 8) == 0);
  ck_assert (memcmp (data + 38, type, strlen (type)) == 0);
  /* And the rest is still a whole zip. */
  parts = read_zip (bytes, &order);
  ck_assert_ptr_nonnull (g_hash_table_lookup (parts, "content.xml"));
  ck_assert_str_eq (g_ptr_array_index (order, 0), "mimetype");
}
END_TEST

/* The same chart, exported again in the same process, is the same SVG: the
 * drawing's group is named the same whatever was drawn before. */
START_TEST (test_svg_same_twice)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  OtExportOptions options = { OT_EXPORT_SVG, 640, 360, 1, { OT_LANG_EN, OT_THEME_LIGHT } };
  g_autoptr(GBytes) first = ot_export_render (ot_chart_lookup ("funding"), dataset, &options,
                                              NULL);
  g_autoptr(GBytes) second = ot_export_render (ot_chart_lookup ("funding"), dataset, &options,
                                               NULL);

  ck_assert (g_bytes_equal (first, second));
  /* cairo 1.16 names the drawing's group after a count of the process's
   * surfaces: always the first one here. (1.18 names none so.) */
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
    const char *group = strstr (text, "<g id=\"surface");

    ck_assert (group == NULL || g_str_has_prefix (group, "<g id=\"surface1\""));
  }
}
END_TEST

/* Impress: the mimetype first and stored; the SVG with the PNG as its
 * fallback, svg:title and svg:desc; notes; meta.xml. */
START_TEST (test_odp_parts)
{
  const char *ids[] = { "breakdown", "timeline", "funding", NULL };
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(GBytes) bytes = render_office (dataset, OT_DECK_ODP, ids);
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) parts = read_zip (bytes, &order);
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT };
  g_autofree char *description = ot_chart_describe (ot_chart_lookup ("timeline"), dataset,
                                                     &style);
  g_auto(GStrv) pages = NULL, desc = NULL, images = NULL, notes = NULL, title = NULL;
  gsize length;
  const guint8 *raw = g_bytes_get_data (bytes, &length);

  ck_assert_str_eq (order->pdata[0], "mimetype");
  /* Local header: method 0 (stored), the name at 30, the content after. */
  ck_assert_int_eq (raw[8] | raw[9] << 8, 0);
  ck_assert (memcmp (raw + 30, "mimetype", 8) == 0);
  ck_assert (memcmp (raw + 38 + (raw[28] | raw[29] << 8),
                     "application/vnd.oasis.opendocument.presentation", 47) == 0);

  g_strfreev (xml_collect (parts, "META-INF/manifest.xml", NULL, NULL));
  g_strfreev (xml_collect (parts, "styles.xml", NULL, NULL));
  pages = xml_collect (parts, "content.xml", "draw:page", "draw:name");
  ck_assert_uint_eq (g_strv_length (pages), 4);
  desc = xml_collect (parts, "content.xml", "svg:desc", NULL);
  ck_assert_uint_eq (g_strv_length (desc), 3);
  ck_assert_str_eq (desc[1], description);
  images = xml_collect (parts, "content.xml", "draw:image", "draw:mime-type");
  ck_assert_str_eq (images[0], "image/svg+xml");
  ck_assert_str_eq (images[1], "image/png");
  ck_assert (g_hash_table_contains (parts, "Pictures/chart3.svg"));
  notes = xml_collect (parts, "content.xml", "text:p", NULL);
  ck_assert (g_strv_contains ((const char * const *) notes,
                              "Source: Kamerstuk 26 150, no. 155, 8 September 2016"));
  title = xml_collect (parts, "meta.xml", "dc:title", NULL);
  ck_assert_str_eq (title[0], "The figures of Kamerstuk 26 150, no. 155");
}
END_TEST

/* Labels that are XML, quotes and control characters stay text in every
 * part of both formats. */
START_TEST (test_office_hostile_labels)
{
  static const char csv[] =
    "id,value,unit,label_nl,label_en,parent,source\n"
    "total,100,people,\"</a:t><x/>&amp; \"\"q\"\"\",\"</a:t></p:sp>]]><!-- & '\",,"
    "\"<text:p>zin</text:p> & <svg:desc/>\"\n"
    "part,60,people,Deel <b>,\"Part \"\"<i>\",total,\"]]> & <\"\n"
    "rest,40,people,Rest,Rest &lt;,total,Zin.\n";
  const char *ids[] = { "breakdown", "key-figures", NULL };
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, strlen (csv), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "hostile.csv", NULL, &error);

  ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : "");
  for (guint f = 0; f < 2; f++)
    {
      g_autoptr(GBytes) bytes = render_office (dataset, f == 0 ? OT_DECK_PPTX : OT_DECK_ODP, ids);
      g_autoptr(GPtrArray) order = NULL;
      g_autoptr(GHashTable) parts = read_zip (bytes, &order);
      GHashTableIter iter;
      gpointer name;
      guint n = 0;

      g_hash_table_iter_init (&iter, parts);
      while (g_hash_table_iter_next (&iter, &name, NULL))
        if (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".rels"))
          {
            g_strfreev (xml_collect (parts, name, NULL, NULL));
            n++;
          }
      ck_assert_uint_ge (n, 4);
      if (f == 0)
        {
          g_auto(GStrv) descr = xml_collect (parts, "ppt/slides/slide2.xml", "p:cNvPr", "descr");

          ck_assert_msg (strstr (descr[0], "Part \"<i>") != NULL, "%s", descr[0]);
        }
    }
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
  tcase_add_test (tc, test_pptx_parts);
  tcase_add_test (tc, test_odp_parts);
  tcase_add_test (tc, test_office_decks_carry_edits);
  tcase_add_test (tc, test_svg_same_twice);
  tcase_add_test (tc, test_odp_mimetype_plain);
  tcase_add_test (tc, test_deck_pdf_names_the_briefing);
  tcase_add_test (tc, test_office_hostile_labels);
  tcase_add_test (tc, test_png_at_scale);
  tcase_add_test (tc, test_svg_parses);
  tcase_add_test (tc, test_unfit_text_in_a_name_is_made_visible);
  tcase_add_test (tc, test_pdf_has_one_page);
  tcase_add_test (tc, test_unknown_extension);
  tcase_add_test (tc, test_bad_sizes_write_nothing);
  tcase_add_test (tc, test_failed_export_keeps_the_old_file);
  tcase_add_test (tc, test_missing_folder);
  tcase_add_test (tc, test_png_says_what_it_is);
  tcase_add_test (tc, test_svg_says_what_it_is);
  tcase_add_test (tc, test_pdf_says_what_it_is);
  tcase_add_test (tc, test_svg_editable_text_matches_outlines);
  tcase_add_test (tc, test_svg_glyphs_once_as_cairo_draws_them);
  tcase_add_test (tc, test_svg_glyph_no_font_has);
  tcase_add_test (tc, test_deck);
  tcase_add_test (tc, test_slides_are_readable);
  tcase_add_test (tc, test_slides_quote_the_letter);
  tcase_add_test (tc, test_printed_slide_says_where_it_is);
  tcase_add_test (tc, test_source_line_of_a_figures_file);
  tcase_add_test (tc, test_source_line_of_a_unhcr_export);
  tcase_add_test (tc, test_deck_says_what_its_data_is);
  tcase_add_test (tc, test_html_is_a_page_of_its_own);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (export_suite ());
}
