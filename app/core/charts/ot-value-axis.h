/* ot-value-axis.h: the one value axis of every chart that has one: from zero
 * with round ticks, normalised to 0..1; its labels, their places and its grid
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double min;      /* always 0: a bar's length is its value */
  double max;      /* the last tick, at or above the largest value */
  double step;
  guint  n_ticks;  /* ticks at min, min + step, ..., max */
} OtAxis;

OtAxis ot_axis_new_from_zero (double        max_value,
                              guint         max_ticks);
double ot_axis_normalise     (const OtAxis *axis,
                              double        value);
double ot_axis_get_tick      (const OtAxis *axis,
                              guint         index);

/* Whether a short plot leaves labels out so that none touches the next.
 * The breakdown and funding have always shown every label; the series thin
 * them. */
typedef enum
{
  OT_TICK_LABELS_ALL,
  OT_TICK_LABELS_APART,
} OtTickLabels;

double     ot_chart_layout_add_tick_labels (OtChartLayout *layout,
                                            const OtAxis  *axis,
                                            double         divisor,
                                            GPtrArray     *ticks,
                                            OtLang         lang);
void       ot_chart_paint_grid        (const OtChartLayout *layout,
                                       cairo_t            *cr,
                                       const OtPalette    *palette,
                                       const OtRect       *plot,
                                       GArray             *tick_at,
                                       gboolean            rows);
double     ot_chart_layout_add_axis   (OtChartLayout      *layout,
                                       const OtAxis       *axis,
                                       double              divisor,
                                       double              top,
                                       GPtrArray          *ticks,
                                       OtLang              lang);
void       ot_chart_place_ticks       (const OtAxis       *axis,
                                       const OtRect       *plot,
                                       GPtrArray          *ticks,
                                       double              gap,
                                       OtTickLabels        labels,
                                       GArray             *tick_y);
void       ot_chart_rows_frame        (const OtChartLayout *layout,
                                       GPtrArray          *ticks,
                                       double              value_w,
                                       double              top,
                                       double              bottom,
                                       OtRect             *plot);
void       ot_chart_place_ticks_below (const OtChartLayout *layout,
                                       const OtAxis       *axis,
                                       const OtRect       *plot,
                                       GPtrArray          *ticks,
                                       GArray             *tick_x);
char      *ot_chart_format_millions   (double              value,
                                       OtLang              lang);

G_END_DECLS
