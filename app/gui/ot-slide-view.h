/* ot-slide-view.h: one slide, drawn by the core slide renderer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-chart.h"
#include "ot-dataset.h"
#include "ot-slide.h"

G_BEGIN_DECLS

typedef enum
{
  OT_BLANK_NONE,
  OT_BLANK_BLACK,
  OT_BLANK_WHITE,
} OtBlank;

#define OT_TYPE_SLIDE_VIEW (ot_slide_view_get_type ())

G_DECLARE_FINAL_TYPE (OtSlideView, ot_slide_view, OT, SLIDE_VIEW, GtkWidget)

GtkWidget     *ot_slide_view_new       (OtDataset          *dataset,
                                        const OtChartStyle *style);
void           ot_slide_view_set_chart (OtSlideView        *self,
                                        const OtChart      *chart);
void           ot_slide_view_set_chart_edited (OtSlideView   *self,
                                               const OtChart *chart,
                                               const OtDeckSlide *edits);
void           ot_slide_view_set_title_slide (OtSlideView         *self,
                                              const OtDeckChanges *deck);
gboolean       ot_slide_view_is_title_slide (OtSlideView        *self);
const OtChart *ot_slide_view_get_chart (OtSlideView        *self);
void           ot_slide_view_set_position (OtSlideView     *self,
                                           guint            index,
                                           guint            count);
const OtSlideLayout *ot_slide_view_get_layout (OtSlideView *self);
void           ot_slide_view_set_blank (OtSlideView        *self,
                                        OtBlank             blank);
OtBlank        ot_slide_view_get_blank (OtSlideView        *self);

G_END_DECLS
