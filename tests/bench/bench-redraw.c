/* bench-redraw.c: every chart redrawn at 1920×1080 on an image surface
 *
 * Per chart, two ways of drawing a frame alternate, A B A B ...:
 *   layout+paint  ot_chart_draw (): a new text context and layout each
 *                 frame, as the chart widget drew before it kept its layout
 *   paint only    ot_chart_layout_paint () of a layout made once, as a
 *                 widget that keeps its OtChartLayout between frames
 * and the median of each is printed, one line a chart and way:
 *   redraw CHART MODE MEDIAN_MS P10_MS P90_MS
 *
 * A chart the letter's figures cannot draw (the top ten countries) is drawn
 * from --unhcr FILE, a UNHCR export, or skipped without one.
 *
 * Under callgrind, --count MODE runs MODE's frames inside bench_count (),
 * so that `--collect-atstart=no --toggle-collect=bench_count` counts
 * them alone, after a warm-up outside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ot-chart.h"
#include "ot-import.h"

#define WIDTH  1920
#define HEIGHT 1080

typedef struct
{
  const OtChart *chart;
  OtDataset     *dataset;
  OtChartStyle   style;
  cairo_t       *cr;
  OtChartLayout *layout;    /* kept between paint-only frames */
} Bench;

static void
frame_layout_paint (Bench *bench)
{
  ot_chart_draw (bench->cr, bench->chart, bench->dataset, WIDTH, HEIGHT, &bench->style);
}

/* As the window's chart view paints it: on pixels of scale 1, so the
 * layout keeps what it paints as an image between frames. */
static void
frame_paint_only (Bench *bench)
{
  OtChartStyle style = bench->style;

  style.raster_scale = 1;
  ot_chart_layout_paint (bench->layout, bench->cr, &style);
}

typedef void (*FrameFunc) (Bench *bench);

/* What callgrind counts; never inlined, so it has a name to toggle on. */
G_GNUC_NO_INLINE void bench_count (Bench *bench, FrameFunc frame, guint n_frames);

G_GNUC_NO_INLINE void
bench_count (Bench     *bench,
             FrameFunc  frame,
             guint      n_frames)
{
  for (guint i = 0; i < n_frames; i++)
    frame (bench);
  cairo_surface_flush (cairo_get_target (bench->cr));
}

static double
timed_frame (Bench     *bench,
             FrameFunc  frame)
{
  gint64 start = g_get_monotonic_time ();

  frame (bench);
  /* Cairo draws on an image surface at once; the flush makes sure. */
  cairo_surface_flush (cairo_get_target (bench->cr));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_stats (const char *chart,
             const char *mode,
             double     *times,
             guint       n)
{
  qsort (times, n, sizeof *times, compare_double);
  g_print ("redraw %s %s %.4f %.4f %.4f\n", chart, mode,
           n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2,
           times[n / 10], times[n - 1 - n / 10]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(OtDataset) unhcr = NULL;
  const char *unhcr_path = NULL;
  const char *only = NULL;
  const char *count = NULL;
  guint n_frames = 1000;
  guint warm_up = 20;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--frames") && i + 1 < argc)
        n_frames = (guint) MAX (atoi (argv[i + 1]), 1), i++;
      else if (g_str_equal (argv[i], "--chart") && i + 1 < argc)
        only = argv[++i];
      else if (g_str_equal (argv[i], "--count") && i + 1 < argc)
        count = argv[++i];
      else if (g_str_equal (argv[i], "--unhcr") && i + 1 < argc)
        unhcr_path = argv[++i];
      else
        {
          g_printerr ("usage: %s [--frames N] [--chart ID] [--count layout+paint|paint] "
                      "[--unhcr FILE]\n", argv[0]);
          return 2;
        }
    }
  if (count != NULL)
    warm_up = 3;  /* callgrind is slow; caches are warm after one frame */

  dataset = ot_dataset_new_default (&error);
  if (dataset == NULL)
    {
      g_printerr ("bench-redraw: %s\n", error->message);
      return 1;
    }

  if (unhcr_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (unhcr_path);

      unhcr = ot_import_file (file, NULL, &error);
      if (unhcr == NULL)
        {
          g_printerr ("bench-redraw: %s\n", error->message);
          return 1;
        }
    }

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      const OtChart *chart = ot_chart_get_nth (c);
      OtDataset *data = ot_chart_supports (chart, dataset) ? dataset : unhcr;
      Bench bench = { chart, data, { OT_LANG_EN, OT_THEME_LIGHT, FALSE, 0 } };
      cairo_surface_t *surface;
      PangoContext *context;
      g_autofree double *draw_times = NULL;
      g_autofree double *paint_times = NULL;

      if ((only != NULL && !g_str_equal (only, bench.chart->id)) || data == NULL)
        continue;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      bench.cr = cairo_create (surface);
      context = ot_chart_text_context_new (bench.cr);
      bench.layout = ot_chart_layout_new (bench.chart, context, dataset, WIDTH, HEIGHT,
                                          &bench.style);

      for (guint i = 0; i < warm_up; i++)
        {
          frame_layout_paint (&bench);
          frame_paint_only (&bench);
        }

      if (count != NULL)
        bench_count (&bench, g_str_equal (count, "paint") ? frame_paint_only : frame_layout_paint,
                     n_frames);
      else
        {
          draw_times = g_new (double, n_frames);
          paint_times = g_new (double, n_frames);
          for (guint i = 0; i < n_frames; i++)
            {
              draw_times[i] = timed_frame (&bench, frame_layout_paint);
              paint_times[i] = timed_frame (&bench, frame_paint_only);
            }
          print_stats (bench.chart->id, "layout+paint", draw_times, n_frames);
          print_stats (bench.chart->id, "paint", paint_times, n_frames);
        }

      ot_chart_layout_free (bench.layout);
      g_object_unref (context);
      cairo_destroy (bench.cr);
      cairo_surface_destroy (surface);
    }

  return 0;
}
