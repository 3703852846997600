/* ot-chart-view.c: a widget that draws one chart with the core renderer
 *
 * The same ot_chart_draw () that writes exports paints the widget, through
 * gtk_snapshot_append_cairo ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart-view"

#include "config.h"

#include <adwaita.h>

#include "ot-chart-view.h"

struct _OtChartView
{
  GtkWidget      parent_instance;

  OtDataset     *dataset;
  const OtChart *chart;
  OtLang         lang;
};

enum
{
  PROP_0,
  PROP_DATASET,
  PROP_CHART_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OtChartView, ot_chart_view, GTK_TYPE_WIDGET)

static void
update_accessible (OtChartView *self)
{
  const char *title = self->chart != NULL ? ot_chart_get_title (self->chart, self->lang) : "";

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
ot_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  OtChartView *self = OT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  OtChartStyle style;
  cairo_t *cr;

  if (self->dataset == NULL || self->chart == NULL || width < 1 || height < 1)
    return;

  style.lang = self->lang;
  style.theme = adw_style_manager_get_dark (adw_style_manager_get_default ())
                ? OT_THEME_DARK : OT_THEME_LIGHT;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ot_chart_draw (cr, self->chart, self->dataset, width, height, &style);
  cairo_destroy (cr);
}

static void
dark_changed_cb (OtChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ot_chart_view_dispose (GObject *object)
{
  OtChartView *self = OT_CHART_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ot_chart_view_parent_class)->dispose (object);
}

static void
ot_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OtChartView *self = OT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart != NULL ? self->chart->id : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OtChartView *self = OT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      ot_chart_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_CHART_ID:
      {
        const char *id = g_value_get_string (value);
        ot_chart_view_set_chart (self, id != NULL ? ot_chart_lookup (id) : NULL);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_chart_view_class_init (OtChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_chart_view_dispose;
  object_class->get_property = ot_chart_view_get_property;
  object_class->set_property = ot_chart_view_set_property;
  widget_class->snapshot = ot_chart_view_snapshot;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, OT_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ot_chart_view_init (OtChartView *self)
{
  self->lang = ot_lang_from_environment ();
  self->chart = ot_chart_lookup ("breakdown");
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (dark_changed_cb), self);
  update_accessible (self);
}

GtkWidget *
ot_chart_view_new (void)
{
  return g_object_new (OT_TYPE_CHART_VIEW, NULL);
}

OtDataset *
ot_chart_view_get_dataset (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  return self->dataset;
}

void
ot_chart_view_set_dataset (OtChartView *self,
                           OtDataset   *dataset)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));
  g_return_if_fail (dataset == NULL || OT_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const OtChart *
ot_chart_view_get_chart (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
ot_chart_view_set_chart (OtChartView   *self,
                         const OtChart *chart)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;

  self->chart = chart;
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_ID]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

OtLang
ot_chart_view_get_lang (OtChartView *self)
{
  g_return_val_if_fail (OT_IS_CHART_VIEW (self), OT_LANG_EN);

  return self->lang;
}

void
ot_chart_view_set_lang (OtChartView *self,
                        OtLang       lang)
{
  g_return_if_fail (OT_IS_CHART_VIEW (self));
  g_return_if_fail (lang < OT_N_LANGS);

  if (self->lang == lang)
    return;

  self->lang = lang;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
