/* ot-value-axis.c: the one value axis: from zero with round ticks, normalised to 0..1,
 * its labels, their places and its grid
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"
#include "ot-value-axis.h"
#include "ot-format.h"

/* Steps of 1, 2 or 5 times a power of ten, the fewest ticks that reach
 * max_value within max_ticks intervals. */
OtAxis
ot_axis_new_from_zero (double max_value,
                       guint  max_ticks)
{
  static const double multiples[] = { 1, 2, 2.5, 5, 10 };
  OtAxis axis = { 0, 1, 1, 2 };
  double magnitude;

  g_return_val_if_fail (max_ticks >= 1, axis);

  if (!(max_value > 0) || !isfinite (max_value))
    return axis;

  magnitude = pow (10, floor (log10 (max_value / max_ticks)));
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      double step = multiples[i] * magnitude;
      double intervals = ceil (max_value / step - 1e-9);

      if (intervals <= max_ticks)
        {
          axis.step = step;
          axis.max = intervals * step;
          axis.n_ticks = (guint) intervals + 1;
          return axis;
        }
    }

  axis.step = 10 * magnitude;
  axis.n_ticks = (guint) ceil (max_value / axis.step - 1e-9) + 1;
  axis.max = (axis.n_ticks - 1) * axis.step;
  return axis;
}

double
ot_axis_normalise (const OtAxis *axis,
                   double        value)
{
  g_return_val_if_fail (axis != NULL, 0);
  g_return_val_if_fail (axis->max > axis->min, 0);

  return (value - axis->min) / (axis->max - axis->min);
}

double
ot_axis_get_tick (const OtAxis *axis,
                  guint         index)
{
  g_return_val_if_fail (axis != NULL, 0);
  g_return_val_if_fail (index < axis->n_ticks, axis->max);

  return axis->min + index * axis->step;
}

/* A label for each tick of @axis, in @divisor's units ("0", "20", "40" for
 * millions), added to @ticks; they are placed by ot_chart_place_ticks or
 * ot_chart_place_ticks_below. Returns the widest label's width, which
 * decides where a plot with its labels on the left starts. */
double
ot_chart_layout_add_tick_labels (OtChartLayout *layout,
                                 const OtAxis  *axis,
                                 double         divisor,
                                 GPtrArray     *ticks,
                                 OtLang         lang)
{
  double widest = 0;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *text = ot_format_decimal (ot_axis_get_tick (axis, i) / divisor, 2, lang);
      OtTextBox *tick = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 16),
                                                  PANGO_WEIGHT_NORMAL, -1, PANGO_ALIGN_RIGHT,
                                                  OT_TEXT_MUTED);

      g_ptr_array_add (ticks, tick);
      widest = MAX (widest, tick->rect.width);
    }

  return widest;
}

/* The axis title at @top and a text per tick (in @ticks); returns where
 * the plot may start. */
double
ot_chart_layout_add_axis (OtChartLayout *layout,
                          const OtAxis  *axis,
                          double         divisor,
                          double         top,
                          GPtrArray     *ticks,
                          OtLang         lang)
{
  OtTextBox *title;

  title = ot_chart_layout_add_text (layout, divisor > 1 ? ot_gettext (lang, "million people")
                                                         : ot_gettext (lang, "people"),
                                    ot_chart_font_size (layout, 16), PANGO_WEIGHT_NORMAL, -1,
                                    PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (title, layout->margin, top);
  ot_chart_layout_add_tick_labels (layout, axis, divisor, ticks, lang);

  return title->rect.y + title->rect.height;
}

/* The labels at their ticks, @gap left of @plot, which rises from zero at
 * its bottom; the ticks' heights go into @tick_y for the grid. */
void
ot_chart_place_ticks (const OtAxis       *axis,
                      const OtRect       *plot,
                      GPtrArray          *ticks,
                      double              gap,
                      OtTickLabels        labels,
                      GArray             *tick_y)
{
  double step_h = ticks->len > 1 ? plot->height / (ticks->len - 1) : plot->height, text_h = 0;
  guint every = 1;

  for (guint i = 0; i < ticks->len; i++)
    text_h = MAX (text_h, ((OtTextBox *) g_ptr_array_index (ticks, i))->rect.height);
  /* On a short plot every other label, or fewer, so none lies on the next;
   * the grid keeps every line. */
  while (labels == OT_TICK_LABELS_APART && every < ticks->len && step_h * every < text_h * 1.05)
    every++;

  for (guint i = 0; i < ticks->len; i++)
    {
      OtTextBox *tick = g_ptr_array_index (ticks, i);
      double y = plot->y + plot->height
                 * (1 - ot_axis_normalise (axis, ot_axis_get_tick (axis, i)));

      g_array_append_val (tick_y, y);
      if (i % every != 0)
        {
          pango_layout_set_text (tick->layout, "", -1);
          tick->rect.width = tick->rect.height = 0;
        }
      ot_text_box_move_to (tick, plot->x - gap - tick->rect.width, y - tick->rect.height / 2);
    }
}

/* The plot of a chart of rows between @top and @bottom: bars from the
 * left, the longest leaving room for its value (@value_w wide) and the
 * last of @ticks, which go along the bottom, room for itself. */
void
ot_chart_rows_frame (const OtChartLayout *layout,
                     GPtrArray           *ticks,
                     double               value_w,
                     double               top,
                     double               bottom,
                     OtRect              *plot)
{
  double u = layout->unit, m = layout->margin, tick_h = 0, last_tick_w = 0;

  for (guint i = 0; i < ticks->len; i++)
    tick_h = MAX (tick_h, ((OtTextBox *) g_ptr_array_index (ticks, i))->rect.height);
  if (ticks->len > 0)
    last_tick_w = ((OtTextBox *) g_ptr_array_index (ticks, ticks->len - 1))->rect.width;

  plot->x = m + 2 * u;
  plot->width = MAX (layout->canvas.width - 2 * m - MAX (value_w + 10 * u, last_tick_w / 2)
                     - 2 * u, 1);
  plot->y = top + 8 * u;
  plot->height = MAX (bottom - tick_h - 8 * u - plot->y, 1);
}

/* @ticks under a plot of rows, each under its value on the axis, whose x
 * goes into @tick_x. */
void
ot_chart_place_ticks_below (const OtChartLayout *layout,
                            const OtAxis        *axis,
                            const OtRect        *plot,
                            GPtrArray           *ticks,
                            GArray              *tick_x)
{
  double m = layout->margin;

  for (guint i = 0; i < ticks->len; i++)
    {
      OtTextBox *tick = g_ptr_array_index (ticks, i);
      double x = plot->x + plot->width * ot_axis_normalise (axis, ot_axis_get_tick (axis, i));

      g_array_append_val (tick_x, x);
      ot_text_box_move_to (tick, CLAMP (x - tick->rect.width / 2, m,
                                        layout->canvas.width - m - tick->rect.width),
                           plot->y + plot->height + 6 * layout->unit);
    }
}

/* A grid line at every tick but zero (the chart draws its zero line over
 * the bars): across @plot at each height of @tick_at, or, for rows of bars
 * (@rows), up and down it at each x. */
void
ot_chart_paint_grid (const OtChartLayout *layout,
                     cairo_t             *cr,
                     const OtPalette     *palette,
                     const OtRect        *plot,
                     GArray              *tick_at,
                     gboolean             rows)
{
  double line = MAX (1.5 * layout->unit, 1.0);

  cairo_set_line_width (cr, line);
  ot_cairo_set_color (cr, &palette->grid);
  for (guint i = 1; i < tick_at->len; i++)
    {
      double at = g_array_index (tick_at, double, i);

      if (rows)
        {
          cairo_move_to (cr, at, plot->y);
          cairo_line_to (cr, at, plot->y + plot->height);
        }
      else
        {
          cairo_move_to (cr, plot->x, at);
          cairo_line_to (cr, plot->x + plot->width, at);
        }
    }
  cairo_stroke (cr);
}

/* "65,3 mln", "65.3 mn": short enough to stand by a bar. */
char *
ot_chart_format_millions (double value,
                          OtLang lang)
{
  OtFigure figure = { .value = value, .unit = OT_UNIT_PEOPLE };

  return ot_format_compact (&figure, lang);
}
