/* ot-slide.h: a chart as a slide, with the letter's sentence beneath it and
 * type large enough for a projector
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart.h"
#include "ot-deck-changes.h"

G_BEGIN_DECLS

typedef struct
{
  OtChartLayout *chart;      /* laid out in chart_rect */
  OtRect         chart_rect;
  OtTextBox     *caption;    /* the letter's sentence behind the chart, or NULL */
  double         min_text;   /* the smallest type on the slide */
  gboolean       links;      /* the caption links to the letter's publication */
  OtTextBox     *position;   /* "3 / 7", or NULL for a slide on its own */
} OtSlideLayout;

OtSlideLayout *ot_slide_layout_new    (const OtChart       *chart,
                                       PangoContext        *context,
                                       OtDataset           *dataset,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style);
OtSlideLayout *ot_slide_layout_new_at (const OtChart       *chart,
                                       PangoContext        *context,
                                       OtDataset           *dataset,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style,
                                       guint                index,
                                       guint                count);
/* @edits: the slide's quote and changes (which replace style->changes);
 * NULL for the letter's own. */
OtSlideLayout *ot_slide_layout_new_edited (const OtChart     *chart,
                                       PangoContext        *context,
                                       OtDataset           *dataset,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style,
                                       guint                index,
                                       guint                count,
                                       const OtDeckSlide   *edits);
char          *ot_slide_dup_quote     (const char * const  *passages,
                                       OtLang               lang);
void           ot_slide_layout_free   (OtSlideLayout       *layout);
void           ot_slide_layout_paint  (const OtSlideLayout *layout,
                                       cairo_t             *cr,
                                       const OtChartStyle  *style);
void           ot_slide_draw          (cairo_t             *cr,
                                       const OtChart       *chart,
                                       OtDataset           *dataset,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style,
                                       guint                index,
                                       guint                count);

/* @edits: the slide's quote and changes, or NULL. */
void           ot_slide_draw_edited   (cairo_t             *cr,
                                       const OtChart       *chart,
                                       OtDataset           *dataset,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style,
                                       guint                index,
                                       guint                count,
                                       const OtDeckSlide   *edits);

char          *ot_slide_dup_title     (const OtChart        *chart,
                                       OtDataset            *dataset,
                                       const OtChartChanges *changes,
                                       OtLang                lang);
/* The deck's title slide (@deck has one: ot_deck_changes_has_title_slide),
 * and a page of a slide's speaker notes after it, as the PDF deck has them. */
void           ot_slide_paint_title   (cairo_t             *cr,
                                       PangoContext        *context,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style,
                                       const OtDeckChanges *deck);
void           ot_slide_paint_notes   (cairo_t             *cr,
                                       PangoContext        *context,
                                       double               width,
                                       double               height,
                                       const OtChartStyle  *style,
                                       const char          *slide_title,
                                       const char          *notes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtSlideLayout, ot_slide_layout_free)

G_END_DECLS
