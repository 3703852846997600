/* ot-presentation.h: the charts as full-screen slides, driven by keys and
 * presentation clickers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-chart.h"
#include "ot-dataset.h"
#include "ot-deck-changes.h"
#include "ot-slide-view.h"

G_BEGIN_DECLS

#define OT_TYPE_PRESENTATION (ot_presentation_get_type ())

G_DECLARE_FINAL_TYPE (OtPresentation, ot_presentation, OT, PRESENTATION, GtkWindow)

OtPresentation *ot_presentation_new         (GtkWindow          *parent,
                                             OtDataset          *dataset,
                                             const char * const *chart_ids,
                                             const OtChartStyle *style,
                                             OtDeckChanges      *deck);
void            ot_presentation_start       (OtPresentation     *self);
guint           ot_presentation_get_current (OtPresentation     *self);
guint           ot_presentation_get_n_slides (OtPresentation    *self);
void            ot_presentation_go_to       (OtPresentation     *self,
                                             guint               index);
gboolean        ot_presentation_go_to_chart (OtPresentation     *self,
                                             const char         *chart_id);
gboolean        ot_presentation_get_at_end  (OtPresentation     *self);
OtBlank         ot_presentation_get_blank   (OtPresentation     *self);
OtSlideView    *ot_presentation_get_view    (OtPresentation     *self);
gboolean        ot_presentation_get_pointer_hidden (OtPresentation *self);
gboolean        ot_presentation_handle_key  (OtPresentation     *self,
                                             guint               keyval);

G_END_DECLS
