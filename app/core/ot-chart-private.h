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
extern const OtChart ot_chart_trend;
extern const OtChart ot_chart_then_now;
extern const OtChart ot_chart_top_origin;
extern const OtChart ot_chart_top_asylum;

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
  GArray         *bars;      /* OtRect, one per part shown */
  guint           n_gathered; /* parts in the last bar, "n others"; 0 when each has its own */
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

G_BEGIN_DECLS

/* What the charts of a series share (ot-chart-series.c). */

typedef enum
{
  OT_SWATCH_BAR,        /* a filled square in a category colour */
  OT_SWATCH_TOTAL,      /* the grey of a published total */
  OT_SWATCH_THEN,       /* the letter's year beside a later one */
  OT_SWATCH_LINE,       /* a line with its marker */
} OtSwatchKind;

typedef struct
{
  OtRect       rect;
  OtSwatchKind kind;
  guint        color;   /* category colour index */
  guint        marker;  /* marker shape of a line */
} OtSwatch;

typedef struct
{
  const char   *label;
  OtSwatchKind  kind;
  guint         color;
  guint         marker;
} OtLegendItem;

double     ot_chart_layout_add_source (OtChartLayout      *layout,
                                       const char         *source,
                                       OtLang              lang);
double     ot_chart_layout_add_legend (OtChartLayout      *layout,
                                       const OtLegendItem *items,
                                       guint               n_items,
                                       double              y,
                                       GArray             *swatches);
void       ot_chart_paint_swatches    (const OtChartLayout *layout,
                                       cairo_t            *cr,
                                       const OtPalette    *palette,
                                       GArray             *swatches);
void       ot_chart_paint_marker      (cairo_t            *cr,
                                       guint               shape,
                                       double              x,
                                       double              y,
                                       double              radius);
void       ot_chart_color_mix         (const OtColor      *a,
                                       const OtColor      *b,
                                       double              t,
                                       OtColor            *out);
void       ot_chart_paint_grid        (const OtChartLayout *layout,
                                       cairo_t            *cr,
                                       const OtPalette    *palette,
                                       const OtRect       *plot,
                                       GArray             *tick_y);
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
                                       GArray             *tick_y);
char      *ot_chart_format_millions   (double              value,
                                       OtLang              lang);

/* The trend's geometry, for its painter and for tests. */
#define OT_TREND_MAX_LINES 5

typedef struct
{
  guint    year;
  double   x;          /* the middle of the year's slot */
  double   slot_x;
  double   slot_width;
  gboolean has_total;
  OtRect   bar;        /* the published total */
  OtTextBox *label;    /* the year under the axis, or NULL */
} OtTrendYear;

typedef struct
{
  gboolean known;
  double   x, y;
} OtTrendPoint;

typedef struct
{
  OtSeriesCategory category;
  GArray          *points;     /* OtTrendPoint, one per year */
} OtTrendLine;

typedef struct
{
  OtAxis      axis;
  double      divisor;
  OtRect      plot;
  GArray     *tick_y;          /* double */
  GPtrArray  *ticks;           /* OtTextBox, not owned */
  GArray     *years;           /* OtTrendYear */
  GArray     *lines;           /* OtTrendLine */
  int         highlight;       /* index in years, or -1 */
  OtTextBox  *annotation;      /* "65,3 mln: de brief", or NULL */
  double      leader_x, leader_top, leader_bottom;
  GArray     *swatches;        /* OtSwatch */
  char       *subtitle;
} OtTrendGeometry;

/* Then and now: a pair of bars a group, the letter's year first. */
typedef struct
{
  OtAxis     axis;
  double     divisor;
  OtRect     plot;
  GArray    *tick_y;     /* double */
  GPtrArray *ticks;      /* OtTextBox, not owned */
  GArray    *bars;       /* OtRect: then, now, then, now, ... */
  GArray    *swatches;   /* OtSwatch */
} OtThenNowGeometry;

/* The top 10: a bar a country, most first. */
typedef struct
{
  OtRect  plot;
  GArray *bars;          /* OtRect */
} OtTopGeometry;

G_END_DECLS
