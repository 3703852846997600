/* ot-chart-text.h: measured text boxes for chart layouts
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "ot-chart.h"

G_BEGIN_DECLS

#define OT_CHART_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, Sans"

typedef struct
{
  PangoLayout *layout;
  OtRect       rect;   /* logical extents where it is drawn */
} OtTextBox;

PangoContext *ot_chart_text_context_new (cairo_t         *cr);
void          ot_text_box_set           (OtTextBox       *box,
                                         PangoContext    *context,
                                         const char      *text,
                                         double           size,
                                         PangoWeight      weight,
                                         double           wrap_width,
                                         PangoAlignment   alignment);
void          ot_text_box_move_to       (OtTextBox       *box,
                                         double           x,
                                         double           y);
void          ot_text_box_clear         (OtTextBox       *box);
void          ot_text_box_draw          (const OtTextBox *box,
                                         cairo_t         *cr,
                                         const OtColor   *color);

G_END_DECLS
