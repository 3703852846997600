/* ot-chart-breakdown.h: a total in its parts, one bar a part
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-axis.h"
#include "ot-chart.h"
#include "ot-chart-text.h"

G_BEGIN_DECLS

typedef struct
{
  const OtFigure *figure;
  double          norm;     /* value on the axis, 0..1 */
  OtRect          bar;
  OtTextBox       value;
  OtTextBox       label;
} OtBreakdownBar;

typedef struct
{
  const OtFigure *total;    /* NULL when the data has no total with parts */
  OtAxis          axis;
  double          divisor;  /* 1e6 when the axis counts millions */
  OtRect          canvas;
  OtRect          plot;
  OtTextBox       title;
  OtTextBox       subtitle;
  OtTextBox       axis_title;
  OtTextBox       footer;
  OtTextBox       message;  /* says why nothing is drawn */
  GArray         *ticks;    /* OtTextBox, one per axis tick */
  GArray         *tick_y;   /* double */
  GArray         *bars;     /* OtBreakdownBar */
  double          unit;     /* the layout's scale, 1 at 1280×720 */
} OtBreakdownLayout;

OtBreakdownLayout *ot_breakdown_layout_new  (PangoContext       *context,
                                             OtDataset          *dataset,
                                             double              width,
                                             double              height,
                                             const OtChartStyle *style);
void               ot_breakdown_layout_free (OtBreakdownLayout  *layout);
GPtrArray         *ot_breakdown_layout_dup_text_rects (const OtBreakdownLayout *layout);

void               ot_chart_breakdown_draw  (cairo_t            *cr,
                                             OtDataset          *dataset,
                                             double              width,
                                             double              height,
                                             const OtChartStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtBreakdownLayout, ot_breakdown_layout_free)

G_END_DECLS
