/* ot-chart-breakdown.h: the breakdown of a total into its parts, one bar each (private:
 * for the registry, the painter and tests)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"
#include "ot-value-axis.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_breakdown;

/* The breakdown's geometry, for its painter and for tests. */
typedef struct
{
  const OtFigure *total;
  OtAxis          axis;
  double          divisor;   /* 1e6 when the axis counts millions */
  OtRect          plot;
  gboolean        horizontal; /* rows of bars from the left, not columns */
  GArray         *tick_y;    /* double, one per axis tick: y, or x in rows */
  GPtrArray      *ticks;     /* OtTextBox, not owned */
  GArray         *bars;      /* OtRect, one per part shown */
  guint           n_gathered; /* parts in the last bar, "n others"; 0 when each has its own */
} OtBreakdownGeometry;

G_END_DECLS
