/* ot-chart-then-now.h: the letter's figures beside the latest year's (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"
#include "ot-value-axis.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_then_now;

/* Then and now: a pair of bars a group, the letter's year first. */
typedef struct
{
  OtAxis     axis;
  double     divisor;
  OtRect     plot;
  gboolean   horizontal; /* rows of bars from the left, not columns */
  GArray    *tick_y;     /* double: y of each tick, or x in rows */
  GPtrArray *ticks;      /* OtTextBox, not owned */
  GArray    *bars;       /* OtRect: then, now, then, now, ... */
  GArray    *swatches;   /* OtSwatch */
} OtThenNowGeometry;

G_END_DECLS
