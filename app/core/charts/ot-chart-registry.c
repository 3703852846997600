/* ot-chart-registry.c: the chart kinds, in the order the window and --list-charts offer them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include "ot-chart-breakdown.h"
#include "ot-chart-composition.h"
#include "ot-chart-funding.h"
#include "ot-chart-key-figures.h"
#include "ot-chart-then-now.h"
#include "ot-chart-timeline.h"
#include "ot-chart-top.h"
#include "ot-chart-trend.h"

static const OtChart *charts[] = {
  &ot_chart_breakdown,
  &ot_chart_composition,
  &ot_chart_key_figures,
  &ot_chart_funding,
  &ot_chart_timeline,
  &ot_chart_trend,
  &ot_chart_then_now,
  &ot_chart_top_origin,
  &ot_chart_top_asylum,
};

const OtChart *
ot_chart_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    if (g_str_equal (charts[i]->id, id))
      return charts[i];

  return NULL;
}

guint
ot_chart_get_n_charts (void)
{
  return G_N_ELEMENTS (charts);
}

const OtChart *
ot_chart_get_nth (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (charts), NULL);

  return charts[index];
}

/* The charts named by @ids, in that order; all of them when @ids is NULL or
 * empty. With @dataset, only those it can draw. NULL, with the first
 * unknown id in @out_unknown, when one is not a chart. */
GPtrArray *
ot_chart_list_from_ids (const char * const  *ids,
                        OtDataset           *dataset,
                        const char         **out_unknown)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const OtChart *chart = ot_chart_lookup (ids[i]);

      if (chart == NULL)
        {
          if (out_unknown != NULL)
            *out_unknown = ids[i];
          return NULL;
        }
      g_ptr_array_add (list, (gpointer) chart);
    }

  if (list->len == 0)
    for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
      g_ptr_array_add (list, (gpointer) charts[i]);

  for (guint i = list->len; dataset != NULL && i-- > 0;)
    if (!ot_chart_supports (g_ptr_array_index (list, i), dataset))
      g_ptr_array_remove_index (list, i);

  return g_steal_pointer (&list);
}
