/* ot-axis.c: value axes from zero with round ticks, normalised to 0..1
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-axis"

#include "config.h"

#include <math.h>

#include "ot-axis.h"

/* Steps of 1, 2 or 5 times a power of ten, the fewest ticks that reach
 * max_value within max_ticks intervals. */
OtAxis
ot_axis_new_from_zero (double max_value,
                       guint  max_ticks)
{
  static const double multiples[] = { 1, 2, 2.5, 5, 10 };
  OtAxis axis = { 0, 1, 1, 2 };
  double magnitude;

  g_return_val_if_fail (max_ticks >= 1, axis);

  if (!(max_value > 0) || !isfinite (max_value))
    return axis;

  magnitude = pow (10, floor (log10 (max_value / max_ticks)));
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      double step = multiples[i] * magnitude;
      double intervals = ceil (max_value / step - 1e-9);

      if (intervals <= max_ticks)
        {
          axis.step = step;
          axis.max = intervals * step;
          axis.n_ticks = (guint) intervals + 1;
          return axis;
        }
    }

  axis.step = 10 * magnitude;
  axis.n_ticks = (guint) ceil (max_value / axis.step - 1e-9) + 1;
  axis.max = (axis.n_ticks - 1) * axis.step;
  return axis;
}

double
ot_axis_normalise (const OtAxis *axis,
                   double        value)
{
  g_return_val_if_fail (axis != NULL, 0);
  g_return_val_if_fail (axis->max > axis->min, 0);

  return (value - axis->min) / (axis->max - axis->min);
}

double
ot_axis_get_tick (const OtAxis *axis,
                  guint         index)
{
  g_return_val_if_fail (axis != NULL, 0);
  g_return_val_if_fail (index < axis->n_ticks, axis->max);

  return axis->min + index * axis->step;
}
