/* ot-window.c: the main window, the letter beside its chart
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-chart-view.h"
#include "ot-dataset.h"
#include "ot-i18n.h"
#include "ot-letter.h"
#include "ot-letter-view.h"
#include "ot-window.h"

struct _OtWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  OtLetterView         *letter_view;
  OtChartView          *chart_view;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (OtWindow, ot_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_error (OtWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
load_default (OtWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(OtLetter) letter = NULL;
  OtLang lang = ot_lang_from_environment ();

  adw_window_title_set_subtitle (self->window_title,
                                 ot_gettext (lang, "Kamerstuk 26 150, no. 155, "
                                             "8 September 2016"));

  /* The letter is in Dutch; its translation is still to come. */
  letter = ot_letter_new_default (OT_LANG_NL, &error);
  if (letter == NULL)
    show_error (self, error->message);
  else
    ot_letter_view_set_letter (self->letter_view, letter);
  g_clear_error (&error);

  dataset = ot_dataset_new_default (&error);
  if (dataset == NULL)
    show_error (self, error->message);
  else
    ot_chart_view_set_dataset (self->chart_view, dataset);
  ot_chart_view_set_lang (self->chart_view, lang);
}

static void
ot_window_class_init (OtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (OT_TYPE_CHART_VIEW);
  g_type_ensure (OT_TYPE_LETTER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ot-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_view);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, toast_overlay);
}

static void
ot_window_init (OtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  load_default (self);
}

OtWindow *
ot_window_new (OtApplication *application)
{
  g_return_val_if_fail (OT_IS_APPLICATION (application), NULL);

  return g_object_new (OT_TYPE_WINDOW, "application", application, NULL);
}

GtkWidget *
ot_window_get_chart_view (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->chart_view);
}

GtkWidget *
ot_window_get_letter_view (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->letter_view);
}
