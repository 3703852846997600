/* ot-axis.h: value axes from zero with round ticks, normalised to 0..1
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
