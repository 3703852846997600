/* test-chart.c: the breakdown chart, drawn on an image surface and measured
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ot-chart.h"
#include "ot-chart-private.h"
#include "ot-format.h"
#include "ot-test.h"
#include "ot-test-chart.h"

typedef struct
{
  cairo_surface_t *surface;
  OtChartLayout   *layout;
} Drawn;

static OtDataset *
letter_dataset (void)
{
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_dataset_new_default (&error);

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  return dataset;
}

/* Draws a chart and keeps its layout, as the widget and hit-testing do. */
static Drawn
draw_styled (const char         *id,
             OtDataset          *dataset,
             int                 width,
             int                 height,
             const OtChartStyle *style)
{
  Drawn drawn;
  cairo_t *cr;
  PangoContext *context;

  drawn.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (drawn.surface);
  context = ot_chart_text_context_new (cr);
  drawn.layout = ot_chart_layout_new (ot_chart_lookup (id), context, dataset, width, height,
                                      style);
  ot_chart_layout_paint (drawn.layout, cr, style);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_flush (drawn.surface);
  return drawn;
}

static Drawn
draw (OtDataset *dataset,
      int        width,
      int        height,
      OtLang     lang)
{
  OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };

  return draw_styled ("breakdown", dataset, width, height, &style);
}

static void
drawn_clear (Drawn *drawn)
{
  cairo_surface_destroy (drawn->surface);
  ot_chart_layout_free (drawn->layout);
}

static const char *
text_at (const OtChartLayout *layout,
         guint                index)
{
  return pango_layout_get_text (((OtTextBox *) g_ptr_array_index (layout->texts, index))->layout);
}

static gboolean
has_text (const OtChartLayout *layout,
          const char          *text)
{
  for (guint i = 0; i < layout->texts->len; i++)
    if (g_str_equal (text_at (layout, i), text))
      return TRUE;
  return FALSE;
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

#define GEOMETRY(drawn) ((OtBreakdownGeometry *) (drawn).layout->data)

START_TEST (test_bar_heights_are_in_the_ratio_of_the_figures)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };
  const OtPalette *palette = ot_chart_style_get_palette (&style);
  Drawn drawn = draw (dataset, 1920, 1080, OT_LANG_NL);
  const double values[] = { 21.3, 40.8, 3.2 };
  int heights[3];

  ck_assert_uint_eq (GEOMETRY (drawn)->bars->len, 3);
  for (guint i = 0; i < 3; i++)
    {
      OtRect *bar = &g_array_index (GEOMETRY (drawn)->bars, OtRect, i);

      heights[i] = measure_bar (drawn.surface, bar, rgb (&palette->categories[i]));
      /* What is painted is what the layout says, but for the partly covered
       * pixels at its two ends. */
      ck_assert_msg (fabs (heights[i] - bar->height) < 2,
                     "bar %u: %d pixels painted, %f laid out", i, heights[i], bar->height);
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
  OtBreakdownGeometry *geometry = GEOMETRY (drawn);
  double baseline = geometry->plot.y + geometry->plot.height;
  OtTextBox *zero = g_ptr_array_index (geometry->ticks, 0);

  ck_assert_double_eq (geometry->axis.min, 0);
  ck_assert_double_ge (geometry->axis.max, 40.8e6);
  ck_assert_str_eq (pango_layout_get_text (zero->layout), "0");
  ck_assert_double_eq_tol (g_array_index (geometry->tick_y, double, 0), baseline, 1e-6);

  /* Every bar stands on the zero line. */
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      OtRect *bar = &g_array_index (geometry->bars, OtRect, i);
      ck_assert_double_eq_tol (bar->y + bar->height, baseline, 1e-6);
    }
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_values_and_labels_in_each_language)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const char *nl[] = { "21,3 miljoen", "40,8 miljoen", "3,2 miljoen", "Vluchtelingen",
                       "Ontheemd in eigen land", "Asielzoekers",
                       "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016",
                       "Wereldwijd ontheemd of op de vlucht: 65,3 miljoen", "miljoen mensen" };
  const char *en[] = { "21.3 million", "40.8 million", "3.2 million", "Refugees",
                       "Internally displaced", "Asylum seekers",
                       "Source: Kamerstuk 26 150, no. 155, 8 September 2016",
                       "Displaced or on the run worldwide: 65.3 million", "million people" };
  Drawn dutch = draw (dataset, 1920, 1080, OT_LANG_NL);
  Drawn english = draw (dataset, 1920, 1080, OT_LANG_EN);

  for (guint i = 0; i < G_N_ELEMENTS (nl); i++)
    {
      ck_assert_msg (has_text (dutch.layout, nl[i]), "no “%s” on the Dutch chart", nl[i]);
      ck_assert_msg (has_text (english.layout, en[i]), "no “%s” on the English chart", en[i]);
    }
  drawn_clear (&dutch);
  drawn_clear (&english);
}
END_TEST

START_TEST (test_shares)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, TRUE };
  Drawn drawn = draw_styled ("breakdown", dataset, 1280, 720, &style);

  /* 21.3 / 65.3 = 32.6%, 40.8 / 65.3 = 62.5%, 3.2 / 65.3 = 4.9% */
  ck_assert (has_text (drawn.layout, "32,6%"));
  ck_assert (has_text (drawn.layout, "62,5%"));
  ck_assert (has_text (drawn.layout, "4,9%"));
  ck_assert (has_text (drawn.layout, "aandeel in het totaal, procent"));
  drawn_clear (&drawn);
}
END_TEST

/* Some ink in the title's box: the text was drawn, not just laid out. */
START_TEST (test_text_is_drawn)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  Drawn drawn = draw (dataset, 1280, 720, OT_LANG_NL);
  OtRect *title = &((OtTextBox *) g_ptr_array_index (drawn.layout->texts, 1))->rect;
  guint ink = 0;

  for (int y = (int) title->y; y < (int) (title->y + title->height); y++)
    for (int x = (int) title->x; x < (int) (title->x + title->width); x++)
      ink += pixel (drawn.surface, x, y) != 0xFFFFFF;

  ck_assert_uint_gt (ink, 500);
  drawn_clear (&drawn);
}
END_TEST

/* Every chart, every size from a small window to 4K, portrait too, both
 * languages: no text leaves the canvas or lies on another. */
START_TEST (test_no_text_overlaps_or_leaves_the_canvas)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const int sizes[][2] = { { 640, 360 }, { 800, 600 }, { 1024, 768 }, { 1280, 720 },
                           { 1920, 1080 }, { 3840, 2160 }, { 1123, 794 }, { 794, 1123 } };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
        {
          const char *id = ot_chart_get_nth (c)->id;
          OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
          Drawn drawn = draw_styled (id, dataset, sizes[s][0], sizes[s][1], &style);

          for (guint i = 0; i < drawn.layout->texts->len; i++)
            {
              const OtRect *a = &((OtTextBox *) g_ptr_array_index (drawn.layout->texts, i))->rect;

              ck_assert_msg (ot_rect_contains (&drawn.layout->canvas, a),
                             "%s %d×%d %s: “%s” leaves the canvas", id, sizes[s][0], sizes[s][1],
                             ot_lang_to_code (lang), text_at (drawn.layout, i));
              for (guint j = i + 1; j < drawn.layout->texts->len; j++)
                {
                  const OtRect *b = &((OtTextBox *) g_ptr_array_index (drawn.layout->texts,
                                                                       j))->rect;
                  ck_assert_msg (!ot_rect_intersects (a, b),
                                 "%s %d×%d %s: “%s” and “%s” overlap", id, sizes[s][0],
                                 sizes[s][1], ot_lang_to_code (lang), text_at (drawn.layout, i),
                                 text_at (drawn.layout, j));
                }
            }
          drawn_clear (&drawn);
        }
}
END_TEST

/* Scale changes pixels, never the layout. */
START_TEST (test_scale_keeps_the_layout)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (int scale = 1; scale <= 3; scale++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640 * scale,
                                                               360 * scale);
        cairo_t *cr = cairo_create (surface);
        PangoContext *context;
        OtChartLayout *layout;

        cairo_scale (cr, scale, scale);
        context = ot_chart_text_context_new (cr);
        layout = ot_chart_layout_new (ot_chart_get_nth (c), context, dataset, 640, 360, &style);
        for (guint i = 0; i < layout->texts->len; i++)
          ck_assert (ot_rect_contains (&layout->canvas,
                                       &((OtTextBox *) g_ptr_array_index (layout->texts, i))->rect));
        ot_chart_layout_paint (layout, cr, &style);
        ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
        ot_chart_layout_free (layout);
        g_object_unref (context);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
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

  ck_assert_uint_eq (GEOMETRY (drawn)->bars->len, 4);
  ck_assert_uint_eq (drawn.layout->elements->len, 4);
  ck_assert (has_text (drawn.layout, "West"));
  ck_assert (has_text (drawn.layout, "10 million"));
  /* A user's file cites itself, not the letter. */
  ck_assert (g_str_has_suffix (text_at (drawn.layout, 0), "figures-four-parts.csv"));
  drawn_clear (&drawn);
}
END_TEST

/* 99 parts in a file: the largest by name, the rest gathered into one
 * grey bar that says it is a sum, and the subtitle and description say so;
 * every label on one line, none overlapping, at every size. */
static OtDataset *
many_parts_dataset (guint n_parts)
{
  g_autoptr(GString) csv = g_string_new ("id,value,unit,label_nl,label_en,parent,source\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  OtDataset *dataset;
  double total = 0;

  for (guint i = 0; i < n_parts; i++)
    total += 1000 + i * 10;
  g_string_append_printf (csv, "total,%.0f,people,Totaal,Total,,Een zin.\n", total);
  /* The largest parts are the last five, spread through the file's order. */
  for (guint i = 0; i < n_parts; i++)
    g_string_append_printf (csv, "part-%u,%u,people,Deel %u,Part %u,total,Een zin.\n", i,
                            1000 + i * 10, i, i);
  stream = g_memory_input_stream_new_from_data (g_strdup (csv->str), -1, g_free);
  dataset = ot_dataset_new_from_stream (stream, "parts.csv", NULL, &error);
  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  return dataset;
}

START_TEST (test_many_parts_are_gathered)
{
  g_autoptr(OtDataset) dataset = many_parts_dataset (99);
  const int sizes[][2] = { { 640, 360 }, { 1920, 1080 }, { 360, 640 }, { 3840, 2160 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      gint64 start = g_get_monotonic_time ();
      Drawn drawn = draw (dataset, sizes[s][0], sizes[s][1], OT_LANG_EN);
      OtBreakdownGeometry *geometry = GEOMETRY (drawn);
      const OtRect *others;

      ck_assert_int_lt (g_get_monotonic_time () - start, 2 * G_USEC_PER_SEC);
      ck_assert_uint_eq (geometry->bars->len, OT_N_CATEGORY_COLORS);
      ck_assert_uint_eq (geometry->n_gathered, 99 - (OT_N_CATEGORY_COLORS - 1));
      ck_assert (has_text (drawn.layout, "Part 98"));
      ck_assert (has_text (drawn.layout, "Part 94"));
      ck_assert (!has_text (drawn.layout, "Part 93"));
      ck_assert (has_text (drawn.layout, "94 others"));
      /* 1000 + 10 i for i < 94: 94,000 + 10 × 93 × 94 / 2 = 137,710. */
      ck_assert (has_text (drawn.layout, "together 137,710"));
      ck_assert (has_text (drawn.layout, "Split into 99 groups; the 5 largest by name, 94 others "
                                         "added up"));
      ck_assert (strstr (drawn.layout->description,
                         "94 others together 137,710 (") != NULL);
      ck_assert (strstr (drawn.layout->description, "the sum of their published figures") != NULL);
      /* One element a named part; the gathered bar is no one figure. */
      ck_assert_uint_eq (drawn.layout->elements->len, OT_N_CATEGORY_COLORS - 1);

      /* The gathered bar is grey, in no group's colour. */
      others = &g_array_index (geometry->bars, OtRect, geometry->bars->len - 1);
      ck_assert_int_gt (measure_bar (drawn.surface, others,
                                     rgb (&ot_chart_style_get_palette (&(OtChartStyle) {
                                       OT_LANG_EN, OT_THEME_LIGHT, FALSE })->muted)), 0);

      for (guint i = 0; i < drawn.layout->texts->len; i++)
        {
          OtTextBox *a = g_ptr_array_index (drawn.layout->texts, i);

          ck_assert (ot_rect_contains (&drawn.layout->canvas, &a->rect));
          for (guint j = i + 1; j < drawn.layout->texts->len; j++)
            ck_assert_msg (!ot_rect_intersects (&a->rect,
                                                &((OtTextBox *) g_ptr_array_index (
                                                  drawn.layout->texts, j))->rect),
                           "%d×%d: “%s” overlaps", sizes[s][0], sizes[s][1], text_at (drawn.layout, i));
        }
      drawn_clear (&drawn);
    }

  /* Six parts still have a bar each. */
  {
    g_autoptr(OtDataset) six = many_parts_dataset (OT_N_CATEGORY_COLORS);
    Drawn drawn = draw (six, 1920, 1080, OT_LANG_NL);

    ck_assert_uint_eq (GEOMETRY (drawn)->bars->len, OT_N_CATEGORY_COLORS);
    ck_assert_uint_eq (GEOMETRY (drawn)->n_gathered, 0);
    drawn_clear (&drawn);
  }
}
END_TEST

/* Every chart whose figures are missing says so in words. */
START_TEST (test_missing_figures_are_said)
{
  static const char csv[] = "id,value,unit,label_nl,label_en,source\n"
                            "alone,5,percent,Alleen,Alone,s\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "alone.csv", NULL, &error);
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
  const char *charts[] = { "breakdown", "composition", "funding" };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      Drawn drawn = draw_styled (charts[c], dataset, 1280, 720, &style);
      OtTextBox *message = g_ptr_array_index (drawn.layout->texts, drawn.layout->texts->len - 1);
      guint ink = 0;

      ck_assert_msg (drawn.layout->empty, "%s does not say its figures are missing", charts[c]);
      ck_assert (g_str_has_prefix (pango_layout_get_text (message->layout), "These figures "));
      ck_assert_str_eq (drawn.layout->description, pango_layout_get_text (message->layout));
      for (int y = (int) message->rect.y; y < (int) (message->rect.y + message->rect.height); y++)
        for (int x = (int) message->rect.x; x < (int) (message->rect.x + message->rect.width); x++)
          ink += pixel (drawn.surface, x, y) != 0xFFFFFF;
      ck_assert_uint_gt (ink, 200);
      drawn_clear (&drawn);
    }
}
END_TEST

START_TEST (test_composition_draws_fractions)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };
  const OtPalette *palette = ot_chart_style_get_palette (&style);
  Drawn drawn = draw_styled ("composition", dataset, 1920, 1080, &style);
  OtRect *grid = &((OtCompositionGeometry *) drawn.layout->data)->grid;
  double square = ((OtCompositionGeometry *) drawn.layout->data)->square;
  double inner = square - ((OtCompositionGeometry *) drawn.layout->data)->gap;
  guint blue = 0, red = 0;
  int y = (int) (grid->y + 2 * square + square * 0.4);   /* third row: squares 21 to 30 */

  /* Square 22 (the second of the third row) is 0.3 refugees and 0.7
   * internally displaced, side by side. */
  for (int x = (int) (grid->x + square); x < (int) (grid->x + square + inner); x++)
    {
      guint32 p = pixel (drawn.surface, x, y);
      blue += p == rgb (&palette->categories[0]);
      red += p == rgb (&palette->categories[1]);
    }
  ck_assert_msg (fabs ((double) blue / (blue + red) - 0.3) < 0.05, "%u blue, %u red", blue, red);

  ck_assert (has_text (drawn.layout, "Een vierkant is 1 miljoen mensen"));
  ck_assert (has_text (drawn.layout, "Vluchtelingen\n21,3 miljoen"));
  ck_assert_uint_eq (drawn.layout->elements->len, 3);
  drawn_clear (&drawn);
}
END_TEST

/* Parts far larger than their total (a warning, not an error) are drawn
 * in squares of their size: not tens of millions of squares, which took
 * minutes to paint (found by tests/fuzz/fuzz-unhcr). */
START_TEST (test_composition_parts_over_the_total)
{
  static const char csv[] = "id,value,unit,parent,label_nl,label_en,source\n"
                            "total,0.5,people,,Totaal,Total,s\n"
                            "a,21300000,people,total,A,A,s\n"
                            "b,40800000,people,total,B,B,s\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "over.csv", NULL, &error);
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
  Drawn drawn;
  OtCompositionGeometry *geometry;

  ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : "");
  drawn = draw_styled ("composition", dataset, 640, 360, &style);
  geometry = drawn.layout->data;
  ck_assert_uint_eq (geometry->ends->len, 2);
  ck_assert_double_le (g_array_index (geometry->ends, double, 1), 200);
  ck_assert_double_eq (geometry->cell_unit, 1e6);
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_key_figures)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle nl = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };
  OtChartStyle en = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
  Drawn dutch = draw_styled ("key-figures", dataset, 1920, 1080, &nl);
  Drawn english = draw_styled ("key-figures", dataset, 1920, 1080, &en);
  const char *nl_numbers[] = { "65,3 mln", "21,3 mln", "40,8 mln", "3,2 mln", "€ 260 mln",
                               "max. ca. 4.000", "10%" };
  const char *en_numbers[] = { "65.3 mn", "21.3 mn", "40.8 mn", "3.2 mn", "€260 mn",
                               "up to c. 4,000", "10%" };

  ck_assert_uint_eq (dutch.layout->elements->len, 7);
  for (guint i = 0; i < G_N_ELEMENTS (nl_numbers); i++)
    {
      ck_assert_msg (has_text (dutch.layout, nl_numbers[i]), "no “%s”", nl_numbers[i]);
      ck_assert_msg (has_text (english.layout, en_numbers[i]), "no “%s”", en_numbers[i]);
    }
  ck_assert (has_text (dutch.layout, "Hervestigingsdoel: 10% van alle vluchtelingen "
                                     "(niet overeengekomen)"));
  ck_assert (has_text (english.layout, "For the countries around Syria (in addition to earlier "
                                       "contributions)"));
  drawn_clear (&dutch);
  drawn_clear (&english);
}
END_TEST

START_TEST (test_funding_is_honest_about_scale)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
  Drawn drawn = draw_styled ("funding", dataset, 1920, 1080, &style);

  /* 10% of 21.3 million, from the data; and the gap said in words. */
  ck_assert (has_text (drawn.layout, "2.13 million (10% of 21.3 million)"));
  ck_assert (has_text (drawn.layout, "€260 million"));
  ck_assert (has_text (drawn.layout, "up to about 4,000"));
  ck_assert (has_text (drawn.layout, "The largest is 533 times the smallest: on one honest axis "
                                     "the smallest is only a line."));
  ck_assert (has_text (drawn.layout, "Euros and people, each on its own axis from zero"));
  ck_assert_uint_eq (drawn.layout->elements->len, 3);
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_timeline)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };
  Drawn drawn = draw_styled ("timeline", dataset, 1920, 1080, &style);
  const OtChartElement *first, *un, *us;
  int un_index = -1;

  ck_assert_uint_eq (drawn.layout->elements->len, 10);
  first = &g_array_index (drawn.layout->elements, OtChartElement, 0);
  ck_assert_str_eq (first->id, "migration-letter-2015");
  for (guint i = 0; i < drawn.layout->elements->len; i++)
    if (g_str_equal (g_array_index (drawn.layout->elements, OtChartElement, i).id, "un-summit"))
      un_index = (int) i;
  ck_assert_int_ge (un_index, 0);
  un = &g_array_index (drawn.layout->elements, OtChartElement, un_index);
  us = &g_array_index (drawn.layout->elements, OtChartElement, un_index + 1);
  ck_assert_str_eq (un->label, "19 september 2016: VN-top over vluchtelingen en migranten");
  ck_assert_str_eq (us->id, "us-summit");
  ck_assert (has_text (drawn.layout, "23–24 mei 2016\nWorld Humanitarian Summit"));
  ck_assert (has_text (drawn.layout, "eind juli 2016\nAkkoord over de tekst van de politieke "
                                     "verklaring"));
  ck_assert (has_text (drawn.layout, "uiterlijk in 2018\nTwee Global Compacts aangenomen"));
  ck_assert (has_text (drawn.layout, "2018"));
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_descriptions)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
  g_autofree char *breakdown = ot_chart_describe (ot_chart_lookup ("breakdown"), dataset, &style);

  ck_assert_str_eq (breakdown, "Bar chart. Displaced or on the run worldwide: 65.3 million, "
                               "split into: Refugees 21.3 million (32.6%); Internally displaced "
                               "40.8 million (62.5%); Asylum seekers 3.2 million (4.9%).");
  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      g_autofree char *text = ot_chart_describe (ot_chart_get_nth (c), dataset, &style);
      ck_assert_uint_gt (strlen (text), 40);
    }
}
END_TEST

START_TEST (test_hit_testing_uses_the_drawn_geometry)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  Drawn drawn = draw (dataset, 1280, 720, OT_LANG_EN);
  OtRect *bar = &g_array_index (GEOMETRY (drawn)->bars, OtRect, 1);
  int hit = ot_chart_layout_hit_test (drawn.layout, bar->x + bar->width / 2,
                                      bar->y + bar->height / 2);

  ck_assert_int_eq (hit, 1);
  ck_assert_str_eq (g_array_index (drawn.layout->elements, OtChartElement, hit).id,
                    "displaced-idps");
  ck_assert_str_eq (g_array_index (drawn.layout->elements, OtChartElement, hit).label,
                    "Internally displaced: 40.8 million, 62.5% of the total");
  ck_assert_int_eq (ot_chart_layout_hit_test (drawn.layout, 1, 1), -1);
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
  TCase *tc = tcase_create ("charts");

  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_bar_heights_are_in_the_ratio_of_the_figures);
  tcase_add_test (tc, test_many_parts_are_gathered);
  tcase_add_test (tc, test_axis_starts_at_zero);
  tcase_add_test (tc, test_values_and_labels_in_each_language);
  tcase_add_test (tc, test_shares);
  tcase_add_test (tc, test_text_is_drawn);
  tcase_add_test (tc, test_no_text_overlaps_or_leaves_the_canvas);
  tcase_add_test (tc, test_scale_keeps_the_layout);
  tcase_add_test (tc, test_more_parts_draw_more_bars);
  tcase_add_test (tc, test_missing_figures_are_said);
  tcase_add_test (tc, test_composition_draws_fractions);
  tcase_add_test (tc, test_composition_parts_over_the_total);
  tcase_add_test (tc, test_key_figures);
  tcase_add_test (tc, test_funding_is_honest_about_scale);
  tcase_add_test (tc, test_timeline);
  tcase_add_test (tc, test_descriptions);
  tcase_add_test (tc, test_hit_testing_uses_the_drawn_geometry);
  tcase_add_test (tc, test_nice_axis);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (chart_suite ());
}
