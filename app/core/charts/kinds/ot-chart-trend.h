/* ot-chart-trend.h: UNHCR's published totals per year, with the groups as lines (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"
#include "ot-value-axis.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_trend;

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
  int         break_index;     /* the first year counted another way, or -1 */
  double      break_x;         /* the dashed line between it and the year before */
  OtTextBox  *break_label;
} OtTrendGeometry;

G_END_DECLS
