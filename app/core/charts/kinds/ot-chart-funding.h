/* ot-chart-funding.h: money, resettlement and a target, each a key figure of its own (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"
#include "ot-value-axis.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_funding;

G_END_DECLS
