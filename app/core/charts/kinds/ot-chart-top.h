/* ot-chart-top.h: the ten countries of origin or of asylum with the most people (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_top_origin;
extern const OtChart ot_chart_top_asylum;

/* The top 10: a bar a country, most first. */
typedef struct
{
  OtRect  plot;
  GArray *bars;          /* OtRect */
} OtTopGeometry;

G_END_DECLS
