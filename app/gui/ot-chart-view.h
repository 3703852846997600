/* ot-chart-view.h: a chart whose elements can be pointed at, focused and followed
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-chart.h"
#include "ot-dataset.h"

G_BEGIN_DECLS

#define OT_TYPE_CHART_VIEW (ot_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (OtChartView, ot_chart_view, OT, CHART_VIEW, GtkWidget)

GtkWidget           *ot_chart_view_new              (void);
OtDataset           *ot_chart_view_get_dataset      (OtChartView   *self);
void                 ot_chart_view_set_dataset      (OtChartView   *self,
                                                     OtDataset     *dataset);
const OtChart       *ot_chart_view_get_chart        (OtChartView   *self);
void                 ot_chart_view_set_chart        (OtChartView   *self,
                                                     const OtChart *chart);
OtLang               ot_chart_view_get_lang         (OtChartView   *self);
void                 ot_chart_view_set_lang         (OtChartView   *self,
                                                     OtLang         lang);
gboolean             ot_chart_view_get_shares       (OtChartView   *self);
void                 ot_chart_view_set_shares       (OtChartView   *self,
                                                     gboolean       shares);
const OtChartChanges *ot_chart_view_get_changes     (OtChartView   *self);
void                 ot_chart_view_set_changes      (OtChartView          *self,
                                                     const OtChartChanges *changes);
const char          *ot_chart_view_get_selected_id  (OtChartView   *self);
void                 ot_chart_view_set_selected_id  (OtChartView   *self,
                                                     const char    *id);
const OtChartLayout *ot_chart_view_get_layout       (OtChartView   *self);
int                  ot_chart_view_get_cursor       (OtChartView   *self);
GtkWidget           *ot_chart_view_get_element_widget (OtChartView *self,
                                                       guint        index);
gboolean             ot_chart_view_chart_shows      (OtChartView   *self,
                                                     const OtChart *chart,
                                                     const char    *id);
char                *ot_chart_view_describe_element (OtChartView   *self,
                                                     const char    *id,
                                                     gboolean       markup);
void                 ot_chart_view_get_style        (OtChartView   *self,
                                                     OtChartStyle  *style);

gboolean        ot_chart_view_focus_element  (OtChartView   *self,
                                              const char    *id);

G_END_DECLS
