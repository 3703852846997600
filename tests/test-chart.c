/* test-chart.c: the breakdown chart, drawn on an image surface and measured
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-chart.h"
#include "ot-chart-breakdown.h"
#include "ot-chart-composition.h"
#include "ot-chart-timeline.h"
#include "ot-chart-private.h"
#include "ot-text.h"
#include "ot-format.h"
#include "ot-import.h"
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

/* The test download of a UNHCR export (tests/data/unhcr-download.zip). */
static OtDataset *
unhcr_dataset (void)
{
  g_autofree char *zip = ot_test_data_path ("unhcr-download.zip");
  g_autoptr(GFile) file = g_file_new_for_path (zip);
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_import_file (file, NULL, &error);

  ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : "");
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
                       "Forcibly displaced worldwide: 65.3 million", "million people" };
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
  /* Shares are computed, and say so with what they are computed from. */
  ck_assert (has_text (drawn.layout, "aandeel in het totaal, procent (berekend: het cijfer van "
                                     "elke groep gedeeld door 65,3 miljoen)"));
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
/* Where a text box's glyphs are drawn. */
static OtRect
ink_rect (const OtTextBox *box)
{
  PangoRectangle ink;

  pango_layout_get_extents (box->layout, &ink, NULL);
  return (OtRect) { box->rect.x + (double) ink.x / PANGO_SCALE,
                    box->rect.y + (double) ink.y / PANGO_SCALE,
                    (double) ink.width / PANGO_SCALE, (double) ink.height / PANGO_SCALE };
}

/* The key figures on a phone-wide page: a word too wide for the numbers'
 * column ("overeengekomen") pushes the labels aside, never under it. */
START_TEST (test_key_figures_narrow)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();

  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    {
      OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
      Drawn drawn = draw_styled ("key-figures", dataset, 320, 560, &style);

      for (guint i = 0; i < drawn.layout->texts->len; i++)
        for (guint j = i + 1; j < drawn.layout->texts->len; j++)
          {
            OtRect a = ink_rect (g_ptr_array_index (drawn.layout->texts, i));
            OtRect b = ink_rect (g_ptr_array_index (drawn.layout->texts, j));

            ck_assert_msg (!ot_rect_intersects (&a, &b), "%s: “%s” is drawn over “%s”",
                           ot_lang_to_code (lang), text_at (drawn.layout, i),
                           text_at (drawn.layout, j));
          }
      drawn_clear (&drawn);
    }
}
END_TEST

START_TEST (test_no_text_overlaps_or_leaves_the_canvas)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  /* 600×450 and 960×540: two of the web page's forms (320×560 in test_key_figures_narrow). */
  const int sizes[][2] = { { 640, 360 }, { 800, 600 }, { 1024, 768 }, { 1280, 720 },
                           { 1920, 1080 }, { 3840, 2160 }, { 1123, 794 }, { 794, 1123 },
                           { 600, 450 }, { 960, 540 }, { 400, 650 } };

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
                  OtRect ink_a = ink_rect (g_ptr_array_index (drawn.layout->texts, i));
                  OtRect ink_b = ink_rect (g_ptr_array_index (drawn.layout->texts, j));

                  /* What is drawn, too: a word wider than its box spills out. */
                  ck_assert_msg (!ot_rect_intersects (&ink_a, &ink_b),
                                 "%s %d×%d %s: “%s” is drawn over “%s”", id, sizes[s][0],
                                 sizes[s][1], ot_lang_to_code (lang), text_at (drawn.layout, i),
                                 text_at (drawn.layout, j));
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

/* The window outlines a followed element OT_CHART_OUTLINE_OFFSET to
 * OT_CHART_OUTLINE_REACH pixels outside its rectangle: that band crosses
 * no text, in every chart at every size and in both languages. A text in
 * the element (its own label) lies wholly inside the band; every other
 * lies wholly outside it. */
static void
assert_outlines_clear (const char *what,
                       OtDataset  *dataset)
{
  const int sizes[][2] = { { 640, 360 }, { 400, 700 }, { 960, 900 }, { 1280, 720 },
                           { 1920, 1080 }, { 3840, 2160 } };
  const double minimums[] = { 11, 14.67 };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint k = 0; k < G_N_ELEMENTS (minimums); k++)
        for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
          {
            const char *id = ot_chart_get_nth (c)->id;
            OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE, minimums[k] };
            Drawn drawn;

            if (!ot_chart_supports (ot_chart_get_nth (c), dataset))
              continue;
            drawn = draw_styled (id, dataset, sizes[s][0], sizes[s][1], &style);
            for (guint e = 0; e < drawn.layout->elements->len; e++)
              {
                const OtChartElement *element = &g_array_index (drawn.layout->elements,
                                                                OtChartElement, e);
                const OtRect *r = &element->rect;
                double in = OT_CHART_OUTLINE_OFFSET, out = OT_CHART_OUTLINE_REACH;
                OtRect inner = { r->x - in, r->y - in, r->width + 2 * in, r->height + 2 * in };
                OtRect outer = { r->x - out, r->y - out, r->width + 2 * out,
                                 r->height + 2 * out };

                for (guint i = 0; i < drawn.layout->texts->len; i++)
                  {
                    const OtTextBox *box = g_ptr_array_index (drawn.layout->texts, i);
                    PangoRectangle ink;
                    OtRect t;

                    pango_layout_get_pixel_extents (box->layout, &ink, NULL);
                    if (ink.width == 0 || ink.height == 0)
                      continue;
                    t = (OtRect) { box->rect.x + ink.x, box->rect.y + ink.y, ink.width,
                                   ink.height };
                    ck_assert_msg (!ot_rect_intersects (&outer, &t)
                                   || ot_rect_contains (&inner, &t),
                                   "%s: %s %d×%d %s (%.0f px): the outline of %s crosses “%s”",
                                   what, id, sizes[s][0], sizes[s][1], ot_lang_to_code (lang),
                                   minimums[k], element->id, text_at (drawn.layout, i));
                  }
              }
            drawn_clear (&drawn);
          }
}

START_TEST (test_outlines_cross_no_text)
{
  g_autoptr(OtDataset) letter = letter_dataset ();
  g_autoptr(OtDataset) unhcr = unhcr_dataset ();

  assert_outlines_clear ("letter", letter);
  assert_outlines_clear ("UNHCR", unhcr);
}
END_TEST

/* Paints @layout on a new ARGB32 image of @scale device pixels a unit. */
static cairo_surface_t *
paint_at_scale (OtChartLayout      *layout,
                const OtChartStyle *style,
                int                 scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         layout->canvas.width * scale,
                                                         layout->canvas.height * scale);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  ot_chart_layout_paint (layout, cr, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);

  return stride == cairo_image_surface_get_stride (b)
         && height == cairo_image_surface_get_height (b)
         && memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                    (gsize) stride * height) == 0;
}

/* A layout painted again and again on pixels (the window's chart view)
 * keeps what it paints as an image: every chart, theme and scale paints
 * the same pixels from it as drawn afresh, at its first paint, at the next
 * and after a change of theme. */
static void
assert_kept_image_same (OtDataset  *dataset,
                         const char *name)
{
  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (int scale = 1; scale <= 2; scale++)
      {
        const OtChart *chart = ot_chart_get_nth (c);
        OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
        cairo_t *cr = cairo_create (surface);
        PangoContext *context;
        OtChartLayout *layout;

        if (!ot_chart_supports (chart, dataset))
          {
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
            continue;
          }
        cairo_scale (cr, scale, scale);
        context = ot_chart_text_context_new (cr);
        layout = ot_chart_layout_new (chart, context, dataset, 960, 540, &style);
        for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
          for (int frame = 0; frame < 2; frame++)
            {
              OtChartStyle kept = style;
              cairo_surface_t *fresh, *from_kept;

              style.theme = kept.theme = theme;
              kept.raster_scale = scale;
              fresh = paint_at_scale (layout, &style, scale);
              from_kept = paint_at_scale (layout, &kept, scale);
              ck_assert_msg (layout->kept_image != NULL, "%s %s: no image kept", name,
                             chart->id);
              ck_assert_msg (same_pixels (fresh, from_kept),
                             "%s %s, theme %d, scale %d, frame %d: the kept image paints other "
                             "pixels", name, chart->id, theme, scale, frame);
              cairo_surface_destroy (fresh);
              cairo_surface_destroy (from_kept);
            }
        ot_chart_layout_free (layout);
        g_object_unref (context);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}

START_TEST (test_kept_image_paint_the_same_pixels)
{
  g_autoptr(OtDataset) letter = letter_dataset ();
  g_autoptr(OtDataset) unhcr = unhcr_dataset ();

  assert_kept_image_same (letter, "letter");
  assert_kept_image_same (unhcr, "UNHCR");
}
END_TEST

/* Scale changes pixels, never the layout. */
/* A layout at a PNG's scale 2 or 3 is the layout at scale 1: the same
 * texts with the same line breaks in the same places, the same elements
 * with the same names, meanings and places, the same description; only
 * finer. Every text stays on the canvas and every scale paints. */
static OtChartLayout *
layout_at_scale (const OtChart      *chart,
                 OtDataset          *dataset,
                 const OtChartStyle *style,
                 int                 scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640 * scale,
                                                         360 * scale);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context;
  OtChartLayout *layout;

  cairo_scale (cr, scale, scale);
  context = ot_chart_text_context_new (cr);
  layout = ot_chart_layout_new (chart, context, dataset, 640, 360, style);
  for (guint i = 0; i < layout->texts->len; i++)
    ck_assert (ot_rect_contains (&layout->canvas,
                                 &((OtTextBox *) g_ptr_array_index (layout->texts, i))->rect));
  ot_chart_layout_paint (layout, cr, style);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

/* Text is hinted at the device's pixels (ot_chart_text_context_new), so at
 * scale 2 or 3 a text may measure a few units wider ("up to c. 4,000": 120
 * at scale 1, 123 at scale 3), and in a narrow column wrap onto one more
 * line more or one fewer (funding at 640×360: "Target of resettling 10% of the
 * total refugee population" two lines at scale 1, three at 2 and 3; "In
 * addition to earlier contributions; …" four at scale 1, three at 3), moving
 * what is below it by that line. */
#define SCALE_TOLERANCE 4.0
#define SCALE_LINE 16.0

START_TEST (test_scale_keeps_the_layout)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      const OtChart *chart = ot_chart_get_nth (c);
      g_autoptr(OtChartLayout) one = layout_at_scale (chart, dataset, &style, 1);

      for (int scale = 2; scale <= 3; scale++)
        {
          g_autoptr(OtChartLayout) other = layout_at_scale (chart, dataset, &style, scale);

          /* The same texts, in the same order, each where it was. */
          ck_assert_uint_eq (other->texts->len, one->texts->len);
          for (guint i = 0; i < one->texts->len; i++)
            {
              const OtTextBox *a = g_ptr_array_index (one->texts, i);
              const OtTextBox *b = g_ptr_array_index (other->texts, i);
              g_autofree char *what = g_strdup_printf ("%s at scale %d: “%s”", chart->id, scale,
                                                       pango_layout_get_text (a->layout));
              int lines = pango_layout_get_line_count (b->layout)
                          - pango_layout_get_line_count (a->layout);

              ck_assert_str_eq (pango_layout_get_text (b->layout),
                                pango_layout_get_text (a->layout));
              ck_assert_msg (ABS (lines) <= 1, "%s: %d lines more", what, lines);
              ck_assert_msg (fabs (a->rect.x - b->rect.x) <= SCALE_TOLERANCE
                             && fabs (a->rect.width - b->rect.width) <= SCALE_TOLERANCE,
                             "%s moved across: %.2f, %.2f wide at scale 1; %.2f, %.2f wide",
                             what, a->rect.x, a->rect.width, b->rect.x, b->rect.width);
              ck_assert_msg (fabs (a->rect.y - b->rect.y) <= SCALE_TOLERANCE + SCALE_LINE
                             && fabs (a->rect.height - b->rect.height)
                                <= SCALE_TOLERANCE + ABS (lines) * SCALE_LINE,
                             "%s moved down: %.2f, %.2f high at scale 1; %.2f, %.2f high",
                             what, a->rect.y, a->rect.height, b->rect.y, b->rect.height);
            }

          /* The same elements, named and coloured alike, none losing its
           * place. An element may take in more at a finer scale: to keep its
           * outline off texts, clear_outlines (ot-chart-layout.c) takes any
           * text within an element's row or column for its own, and a text's
           * ink a unit wider can reach it (the breakdown's first bar at scale
           * 3 takes in a tick label, the trend's 2013 at scale 2 its
           * neighbours). */
          ck_assert_uint_eq (other->elements->len, one->elements->len);
          for (guint i = 0; i < one->elements->len; i++)
            {
              const OtChartElement *a = &g_array_index (one->elements, OtChartElement, i);
              const OtChartElement *b = &g_array_index (other->elements, OtChartElement, i);
              OtRect core = { a->rect.x + SCALE_TOLERANCE, a->rect.y + SCALE_TOLERANCE,
                              a->rect.width - 2 * SCALE_TOLERANCE,
                              a->rect.height - 2 * SCALE_TOLERANCE };

              ck_assert_str_eq (b->id, a->id);
              ck_assert_str_eq (b->label, a->label);
              ck_assert_int_eq (b->meaning, a->meaning);
              ck_assert_msg (ot_rect_contains (&b->rect, &core),
                             "%s at scale %d: element %s lost its place", chart->id, scale, a->id);
            }

          /* What a screen reader hears, and what the file says it shows. */
          ck_assert_str_eq (other->description, one->description);
          ck_assert_str_eq (other->source_line, one->source_line);
        }
    }
}
END_TEST

/* Cairo before 1.17.4 rounds each glyph's origin to a whole pixel on an
 * image surface; glyphs laid out at fractional positions were then drawn
 * a pixel apart or together ("o nderhandelingen"). On a raster surface
 * every glyph of every chart text stands on a whole device pixel, at
 * scale 1 and 2, so the rounding moves nothing. */
static void
assert_glyphs_on_whole_pixels (const char *id,
                               PangoLayout *layout,
                               int          scale)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      int x = 0;

      if (run == NULL)
        continue;
      for (int g = 0; g < run->glyphs->num_glyphs; g++)
        {
          PangoGlyphGeometry *geometry = &run->glyphs->glyphs[g].geometry;
          int at = (x + geometry->x_offset) * scale;

          ck_assert_msg (at % PANGO_SCALE == 0, "%s ×%d: a glyph of “%s” at %.3f px", id, scale,
                         pango_layout_get_text (layout), (double) at / PANGO_SCALE);
          x += geometry->width;
        }
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}

START_TEST (test_raster_text_on_whole_pixels)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };

  for (int scale = 1; scale <= 2; scale++)
    for (guint c = 0; c < ot_chart_get_n_charts (); c++)
      {
        g_autoptr(OtChartLayout) layout = layout_at_scale (ot_chart_get_nth (c), dataset, &style,
                                                           scale);

        for (guint i = 0; i < layout->texts->len; i++)
          assert_glyphs_on_whole_pixels (ot_chart_get_nth (c)->id,
                                         ((OtTextBox *) g_ptr_array_index (layout->texts,
                                                                           i))->layout, scale);
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
      ck_assert (g_str_has_suffix (text_at (drawn.layout, 2),
                                   "; the 5 largest by name, 94 others added up"));
      /* The sum is a number the chart computed: it says so. */
      ck_assert_msg (strstr (drawn.layout->description,
                             "94 others 137,710 (calculated: the sum of their published figures)")
                     != NULL, "%s", drawn.layout->description);
      /* One element a named part; the gathered bar is no one figure. */
      ck_assert_uint_eq (drawn.layout->elements->len, OT_N_CATEGORY_COLORS - 1);

      /* The parts shown by name each in a colour of its own: the largest
       * parts take the colours, so none is left grey like the others. */
      for (guint i = 0; i + 1 < geometry->bars->len; i++)
        for (guint j = 0; j < i; j++)
          {
            const OtRect *a = &g_array_index (geometry->bars, OtRect, i);
            const OtRect *b = &g_array_index (geometry->bars, OtRect, j);

            ck_assert_uint_ne (pixel (drawn.surface, (int) (a->x + a->width / 2),
                                      (int) (a->y + a->height - 1)),
                               pixel (drawn.surface, (int) (b->x + b->width / 2),
                                      (int) (b->y + b->height - 1)));
          }

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

/* A file of 100 figures in every chart it draws, at every size: no text
 * leaves the canvas or lies on another, and every figure is drawn or
 * said to be left out ("94 others", "70 more figures, not shown here"). */
START_TEST (test_many_parts_in_every_chart)
{
  g_autoptr(OtDataset) dataset = many_parts_dataset (99);
  const int sizes[][2] = { { 640, 360 }, { 1920, 1080 }, { 360, 640 }, { 3840, 2160 } };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        const char *id = ot_chart_get_nth (c)->id;
        OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
        Drawn drawn;
        guint said = 0;

        if (!ot_chart_supports (ot_chart_get_nth (c), dataset))
          continue;
        drawn = draw_styled (id, dataset, sizes[z][0], sizes[z][1], &style);
        for (guint i = 0; i < drawn.layout->texts->len; i++)
          {
            const OtRect *a = &((OtTextBox *) g_ptr_array_index (drawn.layout->texts, i))->rect;
            const char *text = text_at (drawn.layout, i);
            char rest[64] = "";
            guint n = 0;

            ck_assert_msg (ot_rect_contains (&drawn.layout->canvas, a), "%s %d×%d: “%s” leaves "
                           "the canvas", id, sizes[z][0], sizes[z][1], text);
            for (guint j = i + 1; j < drawn.layout->texts->len; j++)
              ck_assert_msg (!ot_rect_intersects (a, &((OtTextBox *) g_ptr_array_index (
                                                    drawn.layout->texts, j))->rect),
                             "%s %d×%d: “%s” and “%s” overlap", id, sizes[z][0], sizes[z][1],
                             text, text_at (drawn.layout, j));
            if (sscanf (text, "%u %63[^\n]", &n, rest) == 2
                && (g_str_has_prefix (rest, "more figures") || g_str_has_prefix (rest, "others")))
              said = MAX (said, n);
          }
        /* The total and each part: drawn, or counted in what is said. */
        ck_assert_msg (drawn.layout->elements->len + said
                       == (g_str_equal (id, "key-figures") ? 100u : 99u),
                       "%s %d×%d: %u drawn and %u said of the figures", id, sizes[z][0],
                       sizes[z][1], drawn.layout->elements->len, said);
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
  OtCompositionGeometry *geometry = drawn.layout->data;
  double square = geometry->square, inner = square - geometry->gap;
  const OtCompositionBlock *refugees = &g_array_index (geometry->blocks, OtCompositionBlock, 0);
  const OtCompositionBlock *idps = &g_array_index (geometry->blocks, OtCompositionBlock, 1);
  int y = (int) (refugees->rect.y + 2 * square + square * 0.4);   /* squares 21 to 30 */
  guint blue = 0, orange = 0, blank = 0;

  /* Square 22 of the refugees is three tenths refugees, and no other
   * group's: each group starts its own row, so its squares can be counted. */
  for (int x = (int) (refugees->rect.x + square) + 2; x < (int) (refugees->rect.x + square + inner) - 1; x++)
    {
      guint32 p = pixel (drawn.surface, x, y);
      blue += p == rgb (&palette->categories[0]);
      orange += p == rgb (&palette->categories[1]);
      blank += p == 0xFFFFFF;
    }
  ck_assert_msg (orange == 0, "%u pixels of another group in the refugees' last square", orange);
  ck_assert_msg (fabs ((double) blue / (blue + blank) - 0.3) < 0.08, "%u blue, %u blank", blue,
                 blank);
  ck_assert_uint_eq (refugees->rows, 3);
  ck_assert_uint_eq (idps->rows, 5);
  ck_assert_double_ge (idps->rect.y, refugees->rect.y + refugees->rect.height);
  ck_assert_double_eq_tol (idps->rect.x, refugees->rect.x, 1e-9);

  ck_assert (has_text (drawn.layout, "Eén vierkant is 1 miljoen mensen. Elke groep begint op een "
                                     "nieuwe rij; het laatste vierkant is gevuld tot waar het "
                                     "cijfer reikt."));
  ck_assert (has_text (drawn.layout, "Vluchtelingen\n21,3 miljoen"));
  ck_assert (has_text (drawn.layout, "Ontheemd in eigen land: de grootste groep, 40,8 miljoen van "
                                     "de 65,3 miljoen"));
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
                               "max. ca. 4.000", "10%, niet overeengekomen" };
  const char *en_numbers[] = { "65.3 mn", "21.3 mn", "40.8 mn", "3.2 mn", "€260 mn",
                               "up to c. 4,000", "10%, not agreed" };

  ck_assert_uint_eq (dutch.layout->elements->len, 7);
  for (guint i = 0; i < G_N_ELEMENTS (nl_numbers); i++)
    {
      ck_assert_msg (has_text (dutch.layout, nl_numbers[i]), "no “%s”", nl_numbers[i]);
      ck_assert_msg (has_text (english.layout, en_numbers[i]), "no “%s”", en_numbers[i]);
    }
  /* "Not agreed" is the point of the 10%: it is in the big line, at the
   * number's size and weight. */
  {
    const OtTextBox *big = NULL, *number = NULL;

    for (guint i = 0; i < dutch.layout->texts->len; i++)
      {
        const OtTextBox *box = g_ptr_array_index (dutch.layout->texts, i);

        if (g_str_equal (pango_layout_get_text (box->layout), "10%, niet overeengekomen"))
          big = box;
        if (g_str_equal (pango_layout_get_text (box->layout), "65,3 mln"))
          number = box;
      }
    ck_assert (big != NULL && number != NULL);
    ck_assert (pango_font_description_equal (pango_layout_get_font_description (big->layout),
                                             pango_layout_get_font_description (number->layout)));
  }
  ck_assert (has_text (dutch.layout, "De aantallen mensen, het bedrag en de doelstelling die de "
                                     "brief noemt"));
  ck_assert (has_text (english.layout, "For the countries around Syria (in addition to earlier "
                                       "contributions)"));
  drawn_clear (&dutch);
  drawn_clear (&english);
}
END_TEST

/* Key figures stay key figures where cards do not fit (640×360): a row a
 * figure, its number at least 1.3 times the smallest text, what it is
 * beside it on the number's baseline. */
START_TEST (test_key_figures_in_rows)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const int sizes[][2] = { { 640, 360 }, { 800, 320 } };

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      {
        OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
        Drawn drawn = draw_styled ("key-figures", dataset, sizes[z][0], sizes[z][1], &style);
        guint numbers = 0;

        ck_assert_uint_eq (drawn.layout->elements->len, 7);
        for (guint e = 0; e < drawn.layout->elements->len; e++)
          {
            const OtChartElement *element = &g_array_index (drawn.layout->elements,
                                                            OtChartElement, e);
            const OtFigure *figure = ot_dataset_lookup_figure (dataset, element->id);
            g_autofree char *compact = ot_format_compact (figure, lang);
            const OtTextBox *number = NULL, *label = NULL;

            for (guint i = 0; i < drawn.layout->texts->len; i++)
              {
                const OtTextBox *box = g_ptr_array_index (drawn.layout->texts, i);

                if (!ot_rect_contains (&element->rect, &box->rect))
                  continue;
                if (g_str_has_prefix (pango_layout_get_text (box->layout), compact))
                  number = box;
                else if (g_str_has_prefix (pango_layout_get_text (box->layout),
                                           ot_figure_get_label (figure, lang)))
                  label = box;
              }
            ck_assert_msg (number != NULL && label != NULL, "%s: no number or label in its row",
                           element->id);
            ck_assert_double_ge ((double) pango_font_description_get_size (
                                   pango_layout_get_font_description (number->layout))
                                 / PANGO_SCALE, 1.3 * OT_CHART_MIN_TEXT);
            /* 640×360 has no room for cards; 800×320 in English has. */
            ck_assert_msg (sizes[z][0] != 640 || label->rect.x > number->rect.x,
                           "%d×%d %s: “%s” not beside “%s”", sizes[z][0], sizes[z][1],
                           element->id, pango_layout_get_text (label->layout),
                           pango_layout_get_text (number->layout));
            if (label->rect.x > number->rect.x)
              ck_assert_double_eq_tol (number->rect.y * PANGO_SCALE
                                       + pango_layout_get_baseline (number->layout),
                                       label->rect.y * PANGO_SCALE
                                       + pango_layout_get_baseline (label->layout), PANGO_SCALE);
            numbers++;
          }
        ck_assert_uint_eq (numbers, 7);
        drawn_clear (&drawn);
      }
}
END_TEST

/* A card's element is the card: the frame runs along its foot, so the
 * window's outline of a followed card surrounds the card it names. */
START_TEST (test_card_elements_are_the_cards)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const char *charts[] = { "funding", "key-figures" };
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 720 }, { 3840, 2160 } };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
        Drawn drawn = draw_styled (charts[c], dataset, sizes[z][0], sizes[z][1], &style);

        for (guint e = 0; e < drawn.layout->elements->len; e++)
          {
            const OtRect *r = &g_array_index (drawn.layout->elements, OtChartElement, e).rect;
            guint frame = 0;

            for (int x = (int) r->x + 4; x < (int) (r->x + r->width) - 4; x++)
              frame += pixel (drawn.surface, x, (int) (r->y + r->height) - 1) != 0xFFFFFF;
            ck_assert_msg (frame > r->width / 3, "%s %d×%d: no card's foot under element %u",
                           charts[c], sizes[z][0], sizes[z][1], e);
          }
        drawn_clear (&drawn);
      }
}
END_TEST

/* The funding chart gives the letter's three figures as the letter gives
 * them: no number it does not give (no "2.13 million", no base for the
 * 10%), no shared axis for things that measure different things, no bar
 * of one figure. */
START_TEST (test_funding_gives_the_letters_figures_only)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();

  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    {
      OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
      const int sizes[][2] = { { 640, 360 }, { 1920, 1080 }, { 3840, 2160 }, { 400, 900 } };

      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          Drawn drawn = draw_styled ("funding", dataset, sizes[z][0], sizes[z][1], &style);

          ck_assert_uint_eq (drawn.layout->elements->len, 3);
          ck_assert_uint_eq (drawn.layout->derived->len, 0);
          for (guint i = 0; i < drawn.layout->texts->len; i++)
            {
              const char *text = text_at (drawn.layout, i);

              ck_assert_msg (strstr (text, "2,13") == NULL && strstr (text, "2.13") == NULL
                             && strstr (text, "21,3") == NULL && strstr (text, "21.3") == NULL,
                             "a number the letter does not give: “%s”", text);
              ck_assert_msg (strstr (text, "streep") == NULL && strstr (text, "only a line") == NULL,
                             "an editorial remark: “%s”", text);
            }
          drawn_clear (&drawn);
        }
    }

  {
    OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
    Drawn drawn = draw_styled ("funding", dataset, 1920, 1080, &style);

    ck_assert (has_text (drawn.layout, "€260 million"));
    ck_assert (has_text (drawn.layout, "up to about 4,000"));
    ck_assert (has_text (drawn.layout, "10%, not agreed"));
    ck_assert (has_text (drawn.layout, "In addition to earlier contributions; the letter does not "
                                       "say how much those were."));
    ck_assert (has_text (drawn.layout, "The letter gives no number of people and no period for "
                                       "it."));
    drawn_clear (&drawn);
  }

  /* Two figures share an axis only when they measure the same thing. */
  ck_assert (!ot_dataset_figures_share_axis (dataset,
                                             ot_dataset_lookup_figure (dataset,
                                                                       "resettlement-eu-turkey"),
                                             ot_dataset_lookup_figure (dataset,
                                                                       "resettlement-target")));
  ck_assert (!ot_dataset_figures_share_axis (dataset,
                                             ot_dataset_lookup_figure (dataset,
                                                                       "syria-region-funding"),
                                             ot_dataset_lookup_figure (dataset,
                                                                       "resettlement-eu-turkey")));
  ck_assert (ot_dataset_figures_share_axis (dataset,
                                            ot_dataset_lookup_figure (dataset, "displaced-idps"),
                                            ot_dataset_lookup_figure (dataset,
                                                                      "displaced-refugees")));
}
END_TEST

START_TEST (test_timeline)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };
  Drawn drawn = draw_styled ("timeline", dataset, 1920, 1080, &style);
  const OtChartElement *first, *un, *us;
  int un_index = -1;

  ck_assert_uint_eq (drawn.layout->elements->len, 11);
  first = &g_array_index (drawn.layout->elements, OtChartElement, 0);
  ck_assert_str_eq (first->id, "migration-letter-2015");
  for (guint i = 0; i < drawn.layout->elements->len; i++)
    if (g_str_equal (g_array_index (drawn.layout->elements, OtChartElement, i).id, "un-summit"))
      un_index = (int) i;
  ck_assert_int_ge (un_index, 0);
  un = &g_array_index (drawn.layout->elements, OtChartElement, un_index);
  us = &g_array_index (drawn.layout->elements, OtChartElement, un_index + 1);
  ck_assert_str_eq (un->label, "19 september 2016: VN-top over grootschalige vluchtelingen- en "
                               "migratiestromen");
  ck_assert_str_eq (us->id, "us-summit");
  ck_assert (has_text (drawn.layout, "23–24 mei 2016\nWorld Humanitarian Summit"));
  ck_assert (has_text (drawn.layout, "eind juli 2016\nVN-lidstaten eens over de tekst van de "
                                     "politieke verklaring"));
  /* The letter says they will be adopted, by 2018 at the latest. */
  ck_assert (has_text (drawn.layout, "uiterlijk in 2018\nVN-lidstaten zullen twee Global "
                                     "Compacts aannemen"));
  ck_assert (has_text (drawn.layout, "2018\nDoel: een intergouvernementele conferentie over "
                                     "migratie"));
  /* The letter's own date, which "a.s." and "dit jaar" count from. */
  ck_assert (has_text (drawn.layout, "8 september 2016\nDeze brief (Kamerstuk 26 150, nr. 155)"));
  ck_assert (has_text (drawn.layout, "2018"));
  drawn_clear (&drawn);
}
END_TEST

/* Every form of the timeline, the list included, at every size and in
 * both languages, gives the dates in date order, "eind juli" after
 * "18 juli"; so does its description. */
START_TEST (test_timeline_in_date_order)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const int sizes[][2] = { { 640, 360 }, { 400, 800 }, { 1280, 720 }, { 1920, 1080 },
                           { 3840, 2160 } };
  const char *order[] = { "migration-letter-2015", "world-humanitarian-summit",
                          "committee-letter", "fac-letter", "declaration-agreed", "letter-date",
                          "un-summit", "us-summit", "compact-negotiations-start",
                          "global-compacts", "migration-conference" };

  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
        Drawn drawn = draw_styled ("timeline", dataset, sizes[z][0], sizes[z][1], &style);
        const char *previous = drawn.layout->description;

        ck_assert_uint_eq (drawn.layout->elements->len, G_N_ELEMENTS (order));
        for (guint i = 0; i < G_N_ELEMENTS (order); i++)
          {
            const OtChartElement *element = &g_array_index (drawn.layout->elements,
                                                            OtChartElement, i);
            const char *at = strstr (previous, element->label + strcspn (element->label, ":") + 2);

            ck_assert_msg (g_str_equal (element->id, order[i]), "%d×%d: %s where %s belongs",
                           sizes[z][0], sizes[z][1], element->id, order[i]);
            ck_assert_msg (at != NULL, "the description has “%s” out of order", element->label);
            previous = at;
          }
        drawn_clear (&drawn);
      }
}
END_TEST

/* On the time axis no span hides another: "eind juli" and the World
 * Humanitarian Summit lie in a lane of their own, under the year 2016's;
 * spans of one lane do not meet. */
START_TEST (test_timeline_spans_in_lanes)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const int sizes[][2] = { { 1920, 1080 }, { 3840, 2160 } };

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      {
        OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
        Drawn drawn = draw_styled ("timeline", dataset, sizes[z][0], sizes[z][1], &style);
        OtTimelineGeometry *geometry = drawn.layout->data;
        double shortest = 2.5 * 9 * MAX (drawn.layout->unit, 0.6);
        int july = -1, year = -1;

        ck_assert (!geometry->list);
        for (guint i = 0; i < geometry->marks->len; i++)
          {
            const OtTimelineMark *a = &g_array_index (geometry->marks, OtTimelineMark, i);
            const char *id = g_array_index (drawn.layout->elements, OtChartElement, i).id;

            if (g_str_equal (id, "declaration-agreed"))
              july = (int) i;
            if (g_str_equal (id, "compact-negotiations-start"))
              year = (int) i;
            for (guint j = i + 1; a->kind == OT_TIMELINE_SPAN && j < geometry->marks->len; j++)
              {
                const OtTimelineMark *b = &g_array_index (geometry->marks, OtTimelineMark, j);

                if (b->kind != OT_TIMELINE_SPAN || b->lane != a->lane)
                  continue;
                ck_assert_msg (MAX (a->x1, a->x0 + shortest) < b->x0
                               || MAX (b->x1, b->x0 + shortest) < a->x0,
                               "%d×%d: two spans of lane %u meet", sizes[z][0], sizes[z][1],
                               a->lane);
              }
          }
        ck_assert (july >= 0 && year >= 0);
        ck_assert_int_eq (g_array_index (geometry->marks, OtTimelineMark, july).kind,
                          OT_TIMELINE_SPAN);
        ck_assert_uint_ne (g_array_index (geometry->marks, OtTimelineMark, july).lane,
                           g_array_index (geometry->marks, OtTimelineMark, year).lane);
        drawn_clear (&drawn);
      }
}
END_TEST

/* A colour as cairo stores it on an RGB24 surface. */
static guint32
painted (const OtColor *color)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  guint32 value;

  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  value = pixel (surface, 0, 0);
  cairo_surface_destroy (surface);
  return value;
}

/* A number the chart computed says so and names its base, wherever it
 * stands: on the chart, in its elements' labels, in its description. */
START_TEST (test_derived_numbers_are_marked)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const char *marks[] = { [OT_LANG_NL] = "(berekend: ", [OT_LANG_EN] = "(calculated: " };

  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    for (int shares = 0; shares <= 1; shares++)
      for (guint c = 0; c < ot_chart_get_n_charts (); c++)
        {
          OtChartStyle style = { lang, OT_THEME_LIGHT, shares };
          Drawn drawn = draw_styled (ot_chart_get_nth (c)->id, dataset, 1920, 1080, &style);
          OtChartLayout *layout = drawn.layout;

          for (guint d = 0; d < layout->derived->len; d++)
            {
              const char *derived = g_ptr_array_index (layout->derived, d);
              const char *base = strstr (derived, marks[lang]);
              gboolean shown = strstr (layout->description, derived) != NULL;

              ck_assert_msg (base != NULL && strlen (base) > strlen (marks[lang]) + 3,
                             "%s: “%s” does not name its base", ot_chart_get_nth (c)->id, derived);
              for (guint i = 0; i < layout->texts->len && !shown; i++)
                shown = strstr (text_at (layout, i), derived) != NULL;
              for (guint i = 0; i < layout->elements->len && !shown; i++)
                shown = strstr (g_array_index (layout->elements, OtChartElement, i).label,
                                derived) != NULL;
              ck_assert_msg (shown, "%s: “%s” is nowhere", ot_chart_get_nth (c)->id, derived);
            }

          /* Shares, sums and changes are computed: each is marked. */
          for (guint i = 0; i < layout->texts->len; i++)
            {
              const char *text = text_at (layout, i);

              if (strstr (text, "meer dan") != NULL || strstr (text, "more than") != NULL
                  || strstr (text, "optellen") != NULL || strstr (text, "add up") != NULL
                  || (shares && g_str_equal (ot_chart_get_nth (c)->id, "breakdown")
                      && strstr (text, lang == OT_LANG_NL ? "aandeel" : "share") != NULL))
                ck_assert_msg (strstr (text, marks[lang]) != NULL,
                               "%s: “%s” is computed and not marked", ot_chart_get_nth (c)->id,
                               text);
            }
          drawn_clear (&drawn);
        }
}
END_TEST

/* The colours by what is counted: in every chart and theme the refugees,
 * the internally displaced and the asylum seekers are their own colour and
 * no other group's; a chart paints a group's colour only for that group. */
START_TEST (test_colours_by_meaning)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const OtMeaning groups[] = { OT_MEANING_REFUGEES, OT_MEANING_IDPS, OT_MEANING_ASYLUM_SEEKERS,
                               OT_MEANING_OTHER_PROTECTION, OT_MEANING_STATELESS };

  for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
    for (guint c = 0; c < ot_chart_get_n_charts (); c++)
      {
        OtChartStyle style = { OT_LANG_EN, theme, FALSE };
        const OtPalette *palette = ot_chart_style_get_palette (&style);
        Drawn drawn = draw_styled (ot_chart_get_nth (c)->id, dataset, 1280, 720, &style);
        const char *id = ot_chart_get_nth (c)->id;
        guint32 colors[G_N_ELEMENTS (groups)];
        guint found[G_N_ELEMENTS (groups)] = { 0 };

        for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
          {
            OtColor color;

            ot_palette_get_meaning_color (palette, groups[g], &color);
            colors[g] = painted (&color);
          }
        for (int y = 0; y < 720; y++)
          for (int x = 0; x < 1280; x++)
            for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
              found[g] += pixel (drawn.surface, x, y) == colors[g];

        for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
          {
            gboolean declared = (drawn.layout->meanings & (1u << groups[g])) != 0;

            ck_assert_msg (!found[g] || declared, "%s, theme %d: the colour of group %d painted "
                           "for something else", id, theme, groups[g]);
            ck_assert_msg (found[g] || !declared, "%s, theme %d: group %d not in its colour", id,
                           theme, groups[g]);
          }

        /* An element that counts a group holds its colour and no other's. */
        for (guint e = 0; e < drawn.layout->elements->len; e++)
          {
            const OtChartElement *element = &g_array_index (drawn.layout->elements,
                                                            OtChartElement, e);
            guint in[G_N_ELEMENTS (groups)] = { 0 };

            if (element->meaning == OT_MEANING_NONE)
              continue;
            for (int y = MAX ((int) element->rect.y, 0);
                 y < MIN ((int) (element->rect.y + element->rect.height), 720); y++)
              for (int x = MAX ((int) element->rect.x, 0);
                   x < MIN ((int) (element->rect.x + element->rect.width), 1280); x++)
                for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
                  in[g] += pixel (drawn.surface, x, y) == colors[g];
            for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
              ck_assert_msg (groups[g] == element->meaning ? in[g] > 0 : in[g] == 0,
                             "%s, theme %d: %s has %u pixels of group %d", id, theme, element->id,
                             in[g], groups[g]);
          }
        drawn_clear (&drawn);
      }

  /* The letter's groups, and the trend's, mean the same. */
  ck_assert_int_eq (ot_dataset_get_figure_meaning (dataset, ot_dataset_lookup_figure (dataset,
                                                                            "displaced-idps")),
                    ot_series_category_get_meaning (OT_SERIES_IDPS));
  ck_assert_int_eq (ot_dataset_get_figure_meaning (dataset, ot_dataset_lookup_figure (dataset,
                                                                            "displaced-asylum-seekers")),
                    ot_series_category_get_meaning (OT_SERIES_ASYLUM_SEEKERS));
}
END_TEST

/* A file of one's own: each part of a total its own colour, and never the
 * colour of a group the program knows that the data also has. */
START_TEST (test_colours_of_a_files_own_groups)
{
  static const char six[] =
    "id,value,unit,label_nl,label_en,parent,source\n"
    "all,210,people,Alle,All,,s\n"
    "a,60,people,A,A,all,s\n" "b,50,people,B,B,all,s\n" "c,40,people,C,C,all,s\n"
    "d,30,people,D,D,all,s\n" "e,20,people,E,E,all,s\n" "f,10,people,F,F,all,s\n";
  static const char mixed[] =
    "id,value,unit,label_nl,label_en,parent,source\n"
    "all,100,people,Alle,All,,s\n"
    "refugees-here,40,people,Vluchtelingen,Refugees,all,s\n"
    "north,30,people,Noord,North,all,s\n" "south,20,people,Zuid,South,all,s\n"
    "east,5,people,Oost,East,all,s\n" "west,5,people,West,West,all,s\n"
    "asylum-seekers-there,7,people,Asielzoekers,Asylum seekers,,s\n";
  const char *files[] = { six, mixed };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
      {
        g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (files[f], -1,
                                                                             NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "own.csv", NULL,
                                                                   &error);
        OtChartStyle style = { OT_LANG_EN, theme, FALSE };
        const OtPalette *palette = ot_chart_style_get_palette (&style);
        g_autoptr(GPtrArray) parts = NULL;
        OtColor known[2];
        guint32 seen[8];

        ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : "");
        parts = ot_dataset_dup_parts (dataset, "all");
        ot_palette_get_meaning_color (palette, OT_MEANING_REFUGEES, &known[0]);
        ot_palette_get_meaning_color (palette, OT_MEANING_ASYLUM_SEEKERS, &known[1]);
        for (guint i = 0; i < parts->len; i++)
          {
            const OtFigure *part = g_ptr_array_index (parts, i);
            OtMeaning meaning = ot_dataset_get_figure_meaning (dataset, part);
            OtColor color;

            ck_assert_int_ne (meaning, OT_MEANING_NONE);
            ot_palette_get_meaning_color (palette, meaning, &color);
            seen[i] = painted (&color);
            for (guint j = 0; j < i; j++)
              ck_assert_msg (seen[j] != seen[i], "parts %u and %u share a colour", j, i);
            if (!g_str_has_prefix (part->id, "refugees"))
              for (guint k = 0; k < G_N_ELEMENTS (known); k++)
                ck_assert_msg (seen[i] != painted (&known[k]) || f == 0,
                               "%s has the colour of a known group", part->id);
          }

        /* And so they are painted: each bar its own colour. */
        {
          Drawn drawn = draw_styled ("breakdown", dataset, 1280, 720, &style);

          for (guint i = 0; i < parts->len; i++)
            {
              OtRect *bar = &g_array_index (GEOMETRY (drawn)->bars, OtRect, i);

              ck_assert_uint_eq (pixel (drawn.surface, (int) (bar->x + bar->width / 2),
                                        (int) (bar->y + bar->height - 2)), seen[i]);
            }
          drawn_clear (&drawn);
        }
      }
}
END_TEST

/* A chart of other data than the letter's never calls itself the letter's
 * or its groups displaced people: its name, its drawn words and what its
 * files say are true for the data it draws. */
START_TEST (test_titles_true_for_the_data)
{
  static const char plain[] =
    "id,value,unit,qualifier,label_nl,label_en,parent,source\n"
    "world,100000000,people,,Wereld,World,,s\n"
    "north,60000000,people,,Noord,North,world,s\n"
    "south,40000000,people,,Zuid,South,world,s\n"
    "aid,5000000,EUR,in_addition,Steun,Aid,,s\n"
    "ceiling,5000,people,up_to_about,Plafond,Ceiling,,s\n"
    "seats,1000,people,,Plaatsen,Seats,,s\n";
  const char *letterish[] = { "letter", "brief", "Kamerstuk", "isplaced", "ntheemd", "Funding",
                              "Geld en", "ommitment", "oezegging", "resettled", "hervestigd" };
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (plain, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_stream (stream, "own.csv", NULL, &error);
  guint n = 0;

  ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : "");
  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      {
        const OtChart *chart = ot_chart_get_nth (c);
        OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
        g_autofree char *title = ot_chart_dup_title (chart, dataset, lang);
        g_autoptr(GString) all = g_string_new (title);
        Drawn drawn;

        if (!ot_chart_supports (chart, dataset))
          continue;
        n++;
        drawn = draw_styled (chart->id, dataset, 1280, 720, &style);
        g_string_append_printf (all, " %s", drawn.layout->description);
        for (guint i = 0; i < drawn.layout->texts->len; i++)
          g_string_append_printf (all, " %s", text_at (drawn.layout, i));
        for (guint i = 0; i < drawn.layout->elements->len; i++)
          g_string_append_printf (all, " %s",
                                  g_array_index (drawn.layout->elements, OtChartElement, i).label);
        for (guint w = 0; w < G_N_ELEMENTS (letterish); w++)
          ck_assert_msg (strstr (all->str, letterish[w]) == NULL, "%s (%s) says “%s”: %s",
                         chart->id, ot_lang_to_code (lang), letterish[w], all->str);
        drawn_clear (&drawn);
      }
  /* breakdown, composition, key-figures and funding */
  ck_assert_uint_eq (n, 8);

  {
    g_autofree char *breakdown = ot_chart_dup_title (ot_chart_lookup ("breakdown"), dataset,
                                                     OT_LANG_EN);
    g_autofree char *key = ot_chart_dup_title (ot_chart_lookup ("key-figures"), dataset,
                                               OT_LANG_NL);

    ck_assert_str_eq (breakdown, "World, broken down");
    ck_assert_str_eq (key, "Cijfers uit own.csv");
  }
}
END_TEST

/* No chart text is smaller than the smallest size it is given (the
 * window's body text), at any size the window or an export has, and a
 * title is larger than body text. */
START_TEST (test_no_text_under_the_minimum)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const int sizes[][2] = { { 400, 700 }, { 640, 700 }, { 960, 900 }, { 640, 360 },
                           { 1280, 720 } };
  const double minimums[] = { 11, 14.67 };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      for (guint k = 0; k < G_N_ELEMENTS (minimums); k++)
        {
          OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE, minimums[k] };
          Drawn drawn;
          double largest = 0;

          /* A 640×360 export has the exports' smallest type; a window pane
           * is taller. */
          if (sizes[z][1] < 500 && minimums[k] > 11)
            continue;
          drawn = draw_styled (ot_chart_get_nth (c)->id, dataset, sizes[z][0], sizes[z][1],
                               &style);

          for (guint i = 0; i < drawn.layout->texts->len; i++)
            {
              OtTextBox *box = g_ptr_array_index (drawn.layout->texts, i);
              double size = (double) pango_font_description_get_size (
                pango_layout_get_font_description (box->layout)) / PANGO_SCALE;

              ck_assert_msg (size >= minimums[k] - 1.0 / PANGO_SCALE, "%s %d×%d: “%s” at %.1f px under %.1f",
                             ot_chart_get_nth (c)->id, sizes[z][0], sizes[z][1],
                             text_at (drawn.layout, i), size, minimums[k]);
              largest = MAX (largest, size);
              /* Re-laid out for the shape, not shrunk: still no text on
               * another or off the canvas. */
              ck_assert_msg (ot_rect_contains (&drawn.layout->canvas, &box->rect),
                             "%s %d×%d at %.1f: “%s” leaves the canvas", ot_chart_get_nth (c)->id,
                             sizes[z][0], sizes[z][1], minimums[k], text_at (drawn.layout, i));
              for (guint j = i + 1; j < drawn.layout->texts->len; j++)
                ck_assert_msg (!ot_rect_intersects (&box->rect,
                                                    &((OtTextBox *) g_ptr_array_index (drawn.layout->texts,
                                                                                       j))->rect),
                               "%s %d×%d at %.1f: “%s” and “%s” overlap", ot_chart_get_nth (c)->id,
                               sizes[z][0], sizes[z][1], minimums[k], text_at (drawn.layout, i),
                               text_at (drawn.layout, j));
            }
          ck_assert_msg (largest > minimums[k] * 1.2, "%s: the title is body size",
                         ot_chart_get_nth (c)->id);
          drawn_clear (&drawn);
        }
}
END_TEST

/* A line that ends at a fixed space breaks what must be read whole. */
static gboolean
breaks_at_fixed_space (PangoLayout *layout,
                       const char **out_line)
{
  const char *text = pango_layout_get_text (layout);
  g_autoptr(GArray) fixed = ot_text_find_fixed_spaces (text);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      for (guint i = 0; i < fixed->len; i++)
        if (g_array_index (fixed, gsize, i) + 1 == (gsize) line->start_index)
          {
            *out_line = text + line->start_index;
            return TRUE;
          }
    }
  return FALSE;
}

/* "Kamerstuk 26 150, nr. 155", "€ 260 miljoen", "65,3 miljoen": a
 * reference or a figure never starts on one line and ends on the next, at
 * any width, in any chart. */
START_TEST (test_numbers_never_break_across_lines)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const char *texts[] = { "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016",
                          "Source: Kamerstuk 26 150, no. 155; 65.3 million displaced, € 260 million" };
  const int sizes[][2] = { { 320, 640 }, { 400, 700 }, { 640, 360 }, { 800, 450 },
                           { 1080, 1080 }, { 1920, 1080 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 8, 8);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ot_chart_text_context_new (cr);
  const char *line = NULL;
  guint wrapped = 0;

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    for (int width = 40; width < 700; width += 3)
      {
        OtTextBox *box = ot_text_box_new (context, texts[t], 16, PANGO_WEIGHT_NORMAL,
                                          PANGO_STYLE_NORMAL, width, PANGO_ALIGN_LEFT,
                                          OT_TEXT_FOREGROUND);

        ck_assert_msg (!breaks_at_fixed_space (box->layout, &line),
                       "“%s” at %d px: a line starts “%s”", texts[t], width, line);
        wrapped += pango_layout_get_line_count (box->layout) > 1;
        ot_text_box_free (box);
      }
  ck_assert_uint_gt (wrapped, 100);

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
        {
          OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
          Drawn drawn = draw_styled (ot_chart_get_nth (c)->id, dataset, sizes[z][0], sizes[z][1],
                                     &style);

          for (guint i = 0; i < drawn.layout->texts->len; i++)
            {
              OtTextBox *box = g_ptr_array_index (drawn.layout->texts, i);

              ck_assert_msg (!breaks_at_fixed_space (box->layout, &line),
                             "%s %d×%d: “%s” breaks before “%s”", ot_chart_get_nth (c)->id,
                             sizes[z][0], sizes[z][1], text_at (drawn.layout, i), line);
            }
          drawn_clear (&drawn);
        }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

/* One language at a time: an English chart has no Dutch word, a Dutch one
 * none of the English chart's own words. */
START_TEST (test_one_language_per_chart)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  const char *dutch[] = { " de ", " het ", " van ", " een ", "miljoen", "Bron", "brief",
                          "berekend", "eind " };
  const char *english[] = { " the ", " and ", "million", "Source", "letter", "calculated",
                            "end of" };

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      {
        OtChartStyle style = { lang, OT_THEME_LIGHT, FALSE };
        Drawn drawn = draw_styled (ot_chart_get_nth (c)->id, dataset, 1920, 1080, &style);
        const char **foreign = lang == OT_LANG_EN ? dutch : english;
        guint n_foreign = lang == OT_LANG_EN ? G_N_ELEMENTS (dutch) : G_N_ELEMENTS (english);
        g_autoptr(GString) all = g_string_new (drawn.layout->description);

        for (guint i = 0; i < drawn.layout->texts->len; i++)
          g_string_append_printf (all, " %s ", text_at (drawn.layout, i));
        for (guint i = 0; i < drawn.layout->elements->len; i++)
          g_string_append_printf (all, " %s ",
                                  g_array_index (drawn.layout->elements, OtChartElement, i).label);
        /* Names are no language: the Kamerstuk and the Global Compacts. */
        for (const char *name = strstr (all->str, "Kamerstuk 26 150"); name != NULL;
             name = strstr (name + 1, "Kamerstuk 26 150"))
          memset ((char *) name, '_', strlen ("Kamerstuk 26 150, nr. 155"));
        for (guint w = 0; w < n_foreign; w++)
          ck_assert_msg (strstr (all->str, foreign[w]) == NULL, "%s in %s has “%s”: %s",
                         ot_chart_get_nth (c)->id, ot_lang_to_code (lang), foreign[w], all->str);
        drawn_clear (&drawn);
      }
}
END_TEST

START_TEST (test_descriptions)
{
  g_autoptr(OtDataset) dataset = letter_dataset ();
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };
  g_autofree char *breakdown = ot_chart_describe (ot_chart_lookup ("breakdown"), dataset, &style);

  ck_assert_str_eq (breakdown, "Bar chart. Forcibly displaced worldwide: 65.3 million, split "
                               "into: Refugees 21.3 million, 32.6% (calculated: 21.3 million of "
                               "65.3 million); Internally displaced 40.8 million, 62.5% "
                               "(calculated: 40.8 million of 65.3 million); Asylum seekers 3.2 "
                               "million, 4.9% (calculated: 3.2 million of 65.3 million).");
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
                    "Internally displaced: 40.8 million; 62.5% (calculated: 40.8 million of "
                    "65.3 million)");
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
  tcase_add_test (tc, test_many_parts_in_every_chart);
  tcase_add_test (tc, test_axis_starts_at_zero);
  tcase_add_test (tc, test_values_and_labels_in_each_language);
  tcase_add_test (tc, test_shares);
  tcase_add_test (tc, test_text_is_drawn);
  tcase_add_test (tc, test_no_text_overlaps_or_leaves_the_canvas);
  tcase_add_test (tc, test_key_figures_narrow);
  tcase_add_test (tc, test_outlines_cross_no_text);
  tcase_add_test (tc, test_scale_keeps_the_layout);
  tcase_add_test (tc, test_raster_text_on_whole_pixels);
  tcase_add_test (tc, test_more_parts_draw_more_bars);
  tcase_add_test (tc, test_missing_figures_are_said);
  tcase_add_test (tc, test_composition_draws_fractions);
  tcase_add_test (tc, test_composition_parts_over_the_total);
  tcase_add_test (tc, test_key_figures);
  tcase_add_test (tc, test_key_figures_in_rows);
  tcase_add_test (tc, test_card_elements_are_the_cards);
  tcase_add_test (tc, test_funding_gives_the_letters_figures_only);
  tcase_add_test (tc, test_timeline);
  tcase_add_test (tc, test_timeline_in_date_order);
  tcase_add_test (tc, test_timeline_spans_in_lanes);
  tcase_add_test (tc, test_descriptions);
  tcase_add_test (tc, test_derived_numbers_are_marked);
  tcase_add_test (tc, test_numbers_never_break_across_lines);
  tcase_add_test (tc, test_colours_by_meaning);
  tcase_add_test (tc, test_colours_of_a_files_own_groups);
  tcase_add_test (tc, test_titles_true_for_the_data);
  tcase_add_test (tc, test_no_text_under_the_minimum);
  tcase_add_test (tc, test_one_language_per_chart);
  tcase_add_test (tc, test_hit_testing_uses_the_drawn_geometry);
  tcase_add_test (tc, test_nice_axis);
  tcase_add_test (tc, test_kept_image_paint_the_same_pixels);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (chart_suite ());
}
