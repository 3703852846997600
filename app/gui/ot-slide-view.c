/* ot-slide-view.c: one slide, drawn by the core slide renderer
 *
 * The slide's layout is kept between frames and rebuilt only when the
 * chart or the size changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-slide-view"

#include "config.h"

#include "ot-slide.h"
#include "ot-slide-view.h"

struct _OtSlideView
{
  GtkWidget      parent_instance;

  OtDataset     *dataset;
  OtChartStyle   style;
  const OtChart *chart;
  const OtDeckSlide *edits;    /* the slide's quote and changes (not ours), or NULL */
  const OtDeckChanges *title;  /* without a chart: the title slide of this (not ours) */
  OtBlank        blank;
  guint          index;        /* from 1, of count; count 0 for none */
  guint          count;

  OtSlideLayout *layout;       /* for layout_width × layout_height */
  PangoContext  *context;
  int            layout_width;
  int            layout_height;
};

G_DEFINE_FINAL_TYPE (OtSlideView, ot_slide_view, GTK_TYPE_WIDGET)

static void
invalidate (OtSlideView *self)
{
  g_clear_pointer (&self->layout, ot_slide_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ot_slide_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  OtSlideView *self = OT_SLIDE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width < 1 || height < 1)
    return;

  if (self->blank == OT_BLANK_NONE && self->chart == NULL && self->title != NULL)
    {
      PangoContext *context;

      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      context = ot_chart_text_context_new (cr);
      ot_slide_paint_title (cr, context, width, height, &self->style, self->title);
      g_object_unref (context);
      cairo_destroy (cr);
      return;
    }
  if (self->blank != OT_BLANK_NONE || self->chart == NULL)
    {
      GdkRGBA color = self->blank == OT_BLANK_WHITE ? (GdkRGBA) { 1, 1, 1, 1 }
                                                    : (GdkRGBA) { 0, 0, 0, 1 };

      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->layout == NULL || self->layout_width != width || self->layout_height != height)
    {
      g_clear_pointer (&self->layout, ot_slide_layout_free);
      g_clear_object (&self->context);
      self->context = ot_chart_text_context_new (cr);
      self->layout = ot_slide_layout_new_edited (self->chart, self->context, self->dataset,
                                                 width, height, &self->style, self->index,
                                                 self->count, self->edits);
      self->layout_width = width;
      self->layout_height = height;
    }
  ot_slide_layout_paint (self->layout, cr, &self->style);
  cairo_destroy (cr);
}

static void
ot_slide_view_dispose (GObject *object)
{
  OtSlideView *self = OT_SLIDE_VIEW (object);

  g_clear_pointer (&self->layout, ot_slide_layout_free);
  g_clear_object (&self->context);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ot_slide_view_parent_class)->dispose (object);
}

static void
ot_slide_view_class_init (OtSlideViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ot_slide_view_dispose;
  GTK_WIDGET_CLASS (klass)->snapshot = ot_slide_view_snapshot;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "slideview");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ot_slide_view_init (OtSlideView *self)
{
}

GtkWidget *
ot_slide_view_new (OtDataset          *dataset,
                   const OtChartStyle *style)
{
  OtSlideView *self;

  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_object_new (OT_TYPE_SLIDE_VIEW, NULL);
  self->dataset = g_object_ref (dataset);
  self->style = *style;
  return GTK_WIDGET (self);
}

void
ot_slide_view_set_chart (OtSlideView   *self,
                         const OtChart *chart)
{
  ot_slide_view_set_chart_edited (self, chart, NULL);
}

/* @chart with @edits (its quote and changes; kept, not copied: they must
 * outlive the slide), or NULL for the letter's own. */
void
ot_slide_view_set_chart_edited (OtSlideView       *self,
                                const OtChart     *chart,
                                const OtDeckSlide *edits)
{
  g_autofree char *description = NULL;

  g_return_if_fail (OT_IS_SLIDE_VIEW (self));

  if (self->chart == chart && self->edits == edits && self->title == NULL)
    return;

  self->chart = chart;
  self->edits = edits;
  self->title = NULL;
  if (chart != NULL)
    {
      OtChartStyle style = self->style;
      g_autofree char *title = NULL;

      if (edits != NULL && edits->changes != NULL)
        style.changes = edits->changes;
      /* Named as shown: the user's title, if any. */
      title = ot_slide_dup_title (chart, self->dataset, style.changes, self->style.lang);
      description = ot_chart_describe (chart, self->dataset, &style);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  invalidate (self);
}

/* The title slide of @deck (kept, not copied), in place of a chart. */
void
ot_slide_view_set_title_slide (OtSlideView         *self,
                               const OtDeckChanges *deck)
{
  g_return_if_fail (OT_IS_SLIDE_VIEW (self));
  g_return_if_fail (ot_deck_changes_has_title_slide (deck));

  self->chart = NULL;
  self->edits = NULL;
  self->title = deck;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  deck->title, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  deck->author != NULL ? deck->author : "", -1);
  invalidate (self);
}

gboolean
ot_slide_view_is_title_slide (OtSlideView *self)
{
  g_return_val_if_fail (OT_IS_SLIDE_VIEW (self), FALSE);

  return self->chart == NULL && self->title != NULL;
}

const OtChart *
ot_slide_view_get_chart (OtSlideView *self)
{
  g_return_val_if_fail (OT_IS_SLIDE_VIEW (self), NULL);

  return self->chart;
}

void
ot_slide_view_set_blank (OtSlideView *self,
                         OtBlank      blank)
{
  g_return_if_fail (OT_IS_SLIDE_VIEW (self));

  if (self->blank == blank)
    return;

  self->blank = blank;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

OtBlank
ot_slide_view_get_blank (OtSlideView *self)
{
  g_return_val_if_fail (OT_IS_SLIDE_VIEW (self), OT_BLANK_NONE);

  return self->blank;
}

/* Where the slide is in the deck, drawn on it as the deck's pages have it:
 * "3 / 7"; @count 0 for a slide on its own. */
void
ot_slide_view_set_position (OtSlideView *self,
                            guint        index,
                            guint        count)
{
  g_return_if_fail (OT_IS_SLIDE_VIEW (self));
  g_return_if_fail (count == 0 || (index >= 1 && index <= count));

  if (self->index == index && self->count == count)
    return;
  self->index = index;
  self->count = count;
  invalidate (self);
}

/* The slide as last drawn, or NULL before its first frame. */
const OtSlideLayout *
ot_slide_view_get_layout (OtSlideView *self)
{
  g_return_val_if_fail (OT_IS_SLIDE_VIEW (self), NULL);

  return self->layout;
}
