/* ot-chart-private.h: what the chart kinds share to lay themselves out
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart.h"

G_BEGIN_DECLS

#define OT_CHART_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, Sans"

OtTextBox *ot_text_box_new           (PangoContext        *context,
                                      const char          *text,
                                      double               size,
                                      PangoWeight          weight,
                                      PangoStyle           style,
                                      double               wrap_width,
                                      PangoAlignment       alignment,
                                      OtTextRole           role);
void       ot_text_box_free          (OtTextBox           *box);
double     ot_chart_font_size        (const OtChartLayout *layout,
                                      double               size);
OtTextBox *ot_chart_layout_add_text  (OtChartLayout       *layout,
                                      const char          *text,
                                      double               size,
                                      PangoWeight          weight,
                                      double               wrap_width,
                                      PangoAlignment       alignment,
                                      OtTextRole           role);
void       ot_text_box_move_to       (OtTextBox           *box,
                                      double               x,
                                      double               y);
double     ot_chart_layout_add_header (OtChartLayout      *layout,
                                       const char         *title,
                                       const char         *subtitle);
double     ot_chart_layout_add_footer (OtChartLayout      *layout,
                                       OtDataset          *dataset,
                                       OtLang              lang);
void       ot_chart_layout_add_element (OtChartLayout     *layout,
                                        const OtRect      *rect,
                                        const char        *id,
                                        char              *label);
void       ot_chart_layout_set_empty (OtChartLayout       *layout,
                                      double               top,
                                      double               bottom,
                                      const char          *message);
void       ot_chart_layout_set_no_breakdown (OtChartLayout *layout,
                                             double         bottom,
                                             OtLang         lang);
void       ot_cairo_set_color        (cairo_t             *cr,
                                      const OtColor       *color);

/* The chart kinds. */
extern const OtChart ot_chart_breakdown;
extern const OtChart ot_chart_composition;
extern const OtChart ot_chart_key_figures;
extern const OtChart ot_chart_funding;
extern const OtChart ot_chart_timeline;

G_END_DECLS

G_BEGIN_DECLS

#include "ot-axis.h"

/* The breakdown's geometry, for its painter and for tests. */
typedef struct
{
  const OtFigure *total;
  OtAxis          axis;
  double          divisor;   /* 1e6 when the axis counts millions */
  OtRect          plot;
  GArray         *tick_y;    /* double, one per axis tick */
  GPtrArray      *ticks;     /* OtTextBox, not owned */
  GArray         *bars;      /* OtRect, one per part */
} OtBreakdownGeometry;

/* The composition's squares, for its painter and for tests. */
typedef struct
{
  double  cell_unit;   /* what one square stands for: 1e6 for millions */
  double  total;       /* in squares */
  GArray *ends;        /* double: where each group ends, in squares */
  OtRect  grid;
  double  square;      /* side of a square, gap included */
  double  gap;
  GArray *swatches;    /* OtRect, one per group */
} OtCompositionGeometry;

G_END_DECLS
