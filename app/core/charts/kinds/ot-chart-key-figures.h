/* ot-chart-key-figures.h: the figures as big numbers with what each is (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_key_figures;

G_END_DECLS
