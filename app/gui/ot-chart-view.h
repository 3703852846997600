/* ot-chart-view.h: a widget that draws one chart with the core renderer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-chart.h"
#include "ot-dataset.h"

G_BEGIN_DECLS

#define OT_TYPE_CHART_VIEW (ot_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (OtChartView, ot_chart_view, OT, CHART_VIEW, GtkWidget)

GtkWidget     *ot_chart_view_new         (void);
OtDataset     *ot_chart_view_get_dataset (OtChartView   *self);
void           ot_chart_view_set_dataset (OtChartView   *self,
                                          OtDataset     *dataset);
const OtChart *ot_chart_view_get_chart   (OtChartView   *self);
void           ot_chart_view_set_chart   (OtChartView   *self,
                                          const OtChart *chart);
OtLang         ot_chart_view_get_lang    (OtChartView   *self);
void           ot_chart_view_set_lang    (OtChartView   *self,
                                          OtLang         lang);

G_END_DECLS
