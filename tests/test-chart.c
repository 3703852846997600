/* test-chart.c: the breakdown chart, drawn on an image surface and measured
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ot-chart.h"
#include "ot-chart-breakdown.h"
#include "ot-test.h"

typedef struct
{
  cairo_surface_t   *surface;
  OtBreakdownLayout *layout;
} Drawn;

static OtDataset *
letter_dataset (void)
{
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_dataset_new_default (&error);

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  return dataset;
}

/* Draws the chart and lays it out again on the same surface, as hit-testing
 * will. */
static Drawn
draw (OtDataset *dataset,
      int        width,
      int        height,
      OtLang     lang)
{
  OtChartStyle style = { lang, OT_THEME_LIGHT };
  Drawn drawn;
  cairo_t *cr;
  PangoContext *context;

  drawn.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (drawn.surface);
  ot_chart_draw (cr, ot_chart_lookup ("breakdown"), dataset, width, height, &style);
  context = ot_chart_text_context_new (cr);
  drawn.layout = ot_breakdown_layout_new (context, dataset, width, height, &style);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_flush (drawn.surface);
  return drawn;
}

static void
drawn_clear (Drawn *drawn)
{
  cairo_surface_destroy (drawn->surface);
  ot_breakdown_layout_free (drawn->layout);
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + (gsize) y * stride))[x] & 0xFFFFFF;
}

static guint32
rgb (const OtColor *color)
{
  return ((guint32) lround (color->red * 255) << 16) | ((guint32) lround (color->green * 255) << 8)
         | (guint32) lround (color->blue * 255);
}

/* Counts the pixels of a bar's colour in the column through its middle. */
static int
measure_bar (cairo_surface_t *surface,
             const OtRect    *bar,
             guint32          color)
{
  int x = (int) (bar->x + bar->width / 2);
  int n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    n += pixel (surface, x, y) == color;
  return n;
}

START_TEST (test_bar_heights_are_in_the_ratio_of_the_figures)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };
  const OtPalette *palette = ot_chart_style_get_palette (&style);
  Drawn drawn = draw (dataset, 1920, 1080, OT_LANG_NL);
  const double values[] = { 21.3, 40.8, 3.2 };
  int heights[3];

  ck_assert_uint_eq (drawn.layout->bars->len, 3);
  for (guint i = 0; i < 3; i++)
    {
      OtBreakdownBar *bar = &g_array_index (drawn.layout->bars, OtBreakdownBar, i);

      heights[i] = measure_bar (drawn.surface, &bar->bar, rgb (&palette->categories[i]));
      /* What is painted is what the layout says, but for the partly covered
       * pixels at its two ends. */
      ck_assert_msg (fabs (heights[i] - bar->bar.height) < 2,
                     "bar %u: %d pixels painted, %f laid out", i, heights[i], bar->bar.height);
    }

  /* 21.3 : 40.8 : 3.2, measured in pixels. */
  for (guint i = 1; i < 3; i++)
    {
      double painted = (double) heights[i] / heights[0];
      double expected = values[i] / values[0];

      ck_assert_msg (fabs (painted - expected) / expected < 0.05,
                     "bar %u is %.3f times the first, expected %.3f", i, painted, expected);
    }
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_axis_starts_at_zero)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  Drawn drawn = draw (dataset, 1920, 1080, OT_LANG_EN);
  double baseline = drawn.layout->plot.y + drawn.layout->plot.height;
  OtTextBox *zero = &g_array_index (drawn.layout->ticks, OtTextBox, 0);

  ck_assert_double_eq (drawn.layout->axis.min, 0);
  ck_assert_double_ge (drawn.layout->axis.max, 40.8e6);
  ck_assert_str_eq (pango_layout_get_text (zero->layout), "0");
  ck_assert_double_eq_tol (g_array_index (drawn.layout->tick_y, double, 0), baseline, 1e-6);

  /* Every bar stands on the zero line. */
  for (guint i = 0; i < drawn.layout->bars->len; i++)
    {
      OtBreakdownBar *bar = &g_array_index (drawn.layout->bars, OtBreakdownBar, i);
      ck_assert_double_eq_tol (bar->bar.y + bar->bar.height, baseline, 1e-6);
    }
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_values_and_labels_in_each_language)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const char *nl[] = { "21,3 miljoen", "40,8 miljoen", "3,2 miljoen" };
  const char *en[] = { "21.3 million", "40.8 million", "3.2 million" };
  Drawn dutch = draw (dataset, 1920, 1080, OT_LANG_NL);
  Drawn english = draw (dataset, 1920, 1080, OT_LANG_EN);

  for (guint i = 0; i < 3; i++)
    {
      OtBreakdownBar *d = &g_array_index (dutch.layout->bars, OtBreakdownBar, i);
      OtBreakdownBar *e = &g_array_index (english.layout->bars, OtBreakdownBar, i);

      ck_assert_str_eq (pango_layout_get_text (d->value.layout), nl[i]);
      ck_assert_str_eq (pango_layout_get_text (e->value.layout), en[i]);
    }
  ck_assert_str_eq (pango_layout_get_text (dutch.layout->footer.layout),
                    "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016");
  ck_assert_str_eq (pango_layout_get_text (english.layout->footer.layout),
                    "Source: Kamerstuk 26 150, no. 155, 8 September 2016");
  ck_assert_str_eq (pango_layout_get_text (dutch.layout->title.layout),
                    "Wereldwijd ontheemd of op de vlucht: 65,3 miljoen");
  drawn_clear (&dutch);
  drawn_clear (&english);
}
END_TEST

/* Some ink in the title's box: the text was drawn, not just laid out. */
START_TEST (test_text_is_drawn)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  Drawn drawn = draw (dataset, 1280, 720, OT_LANG_NL);
  OtRect *title = &drawn.layout->title.rect;
  guint ink = 0;

  for (int y = (int) title->y; y < (int) (title->y + title->height); y++)
    for (int x = (int) title->x; x < (int) (title->x + title->width); x++)
      ink += pixel (drawn.surface, x, y) != 0xFFFFFF;

  ck_assert_uint_gt (ink, 500);
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_no_text_overlaps_or_leaves_the_canvas)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const int sizes[][2] = { { 640, 360 }, { 1024, 768 }, { 1280, 720 }, { 1920, 1080 },
                           { 3840, 2160 }, { 800, 1100 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      {
        Drawn drawn = draw (dataset, sizes[s][0], sizes[s][1], lang);
        g_autoptr(GPtrArray) rects = ot_breakdown_layout_dup_text_rects (drawn.layout);

        for (guint i = 0; i < rects->len; i++)
          {
            const OtRect *a = rects->pdata[i];

            ck_assert_msg (ot_rect_contains (&drawn.layout->canvas, a),
                           "%d×%d: text %u leaves the canvas", sizes[s][0], sizes[s][1], i);
            for (guint j = i + 1; j < rects->len; j++)
              ck_assert_msg (!ot_rect_intersects (a, rects->pdata[j]),
                             "%d×%d %s: texts %u and %u overlap", sizes[s][0], sizes[s][1],
                             ot_lang_to_code (lang), i, j);
          }
        drawn_clear (&drawn);
      }
}
END_TEST

START_TEST (test_more_parts_draw_more_bars)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ot_test_data_path ("figures-four-parts.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_file (file, NULL, &error);
  Drawn drawn = draw (dataset, 1280, 720, OT_LANG_EN);
  OtBreakdownBar *west;

  ck_assert_uint_eq (drawn.layout->bars->len, 4);
  west = &g_array_index (drawn.layout->bars, OtBreakdownBar, 3);
  ck_assert_str_eq (pango_layout_get_text (west->label.layout), "West");
  ck_assert_str_eq (pango_layout_get_text (west->value.layout), "10 million");
  /* A user's file cites itself, not the letter. */
  ck_assert (g_str_has_suffix (pango_layout_get_text (drawn.layout->footer.layout),
                               "figures-four-parts.csv"));
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_no_parts_says_so)
{
  static const char csv[] = "id,value,unit,label_nl,label_en,source\n"
                            "alone,5,people,Alleen,Alone,s\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "alone.csv", NULL, &error);
  Drawn drawn = draw (dataset, 1280, 720, OT_LANG_EN);
  OtRect *message = &drawn.layout->message.rect;
  guint ink = 0;

  ck_assert_ptr_null (drawn.layout->total);
  ck_assert_ptr_nonnull (drawn.layout->message.layout);
  ck_assert (g_str_has_prefix (pango_layout_get_text (drawn.layout->message.layout),
                               "These figures have no total with parts"));
  for (int y = (int) message->y; y < (int) (message->y + message->height); y++)
    for (int x = (int) message->x; x < (int) (message->x + message->width); x++)
      ink += pixel (drawn.surface, x, y) != 0xFFFFFF;
  ck_assert_uint_gt (ink, 200);
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_nice_axis)
{
  OtAxis axis = ot_axis_new_from_zero (40.8e6, 5);

  ck_assert_double_eq (axis.min, 0);
  ck_assert_double_eq (axis.max, 50e6);
  ck_assert_double_eq (axis.step, 10e6);
  ck_assert_uint_eq (axis.n_ticks, 6);
  ck_assert_double_eq_tol (ot_axis_normalise (&axis, 21.3e6), 0.426, 1e-9);

  axis = ot_axis_new_from_zero (4000, 5);
  ck_assert_double_eq (axis.max, 4000);
  ck_assert_double_eq (axis.step, 1000);

  axis = ot_axis_new_from_zero (0, 5);
  ck_assert_double_gt (axis.max, 0);
}
END_TEST

static Suite *
chart_suite (void)
{
  Suite *suite = suite_create ("chart");
  TCase *tc = tcase_create ("breakdown");

  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_bar_heights_are_in_the_ratio_of_the_figures);
  tcase_add_test (tc, test_axis_starts_at_zero);
  tcase_add_test (tc, test_values_and_labels_in_each_language);
  tcase_add_test (tc, test_text_is_drawn);
  tcase_add_test (tc, test_no_text_overlaps_or_leaves_the_canvas);
  tcase_add_test (tc, test_more_parts_draw_more_bars);
  tcase_add_test (tc, test_no_parts_says_so);
  tcase_add_test (tc, test_nice_axis);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (chart_suite ());
}
