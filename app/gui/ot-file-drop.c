/* ot-file-drop.c: a file dropped anywhere on a widget, handed to whoever opens it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-file-drop"

#include "config.h"

#include "ot-file-drop.h"

typedef struct
{
  GtkWidget      *widget;
  OtFileDropFunc  open;
} Drop;

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         Drop          *drop)
{
  GSList *files = g_value_get_boxed (value);

  gtk_widget_remove_css_class (drop->widget, "dropping");
  if (files == NULL)
    return FALSE;

  drop->open (drop->widget, files->data);
  return TRUE;
}

/* The widget shows where to drop while a file is over it (ui/style.css). */
static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               Drop          *drop)
{
  gtk_widget_add_css_class (drop->widget, "dropping");
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget *target,
               Drop          *drop)
{
  gtk_widget_remove_css_class (drop->widget, "dropping");
}

/* A file dropped on @widget goes to @open: the first of several. */
void
ot_file_drop_attach (GtkWidget      *widget,
                     OtFileDropFunc  open)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  Drop *drop = g_new0 (Drop, 1);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (open != NULL);

  drop->widget = widget;
  drop->open = open;
  g_object_set_data_full (G_OBJECT (target), "ot-file-drop", drop, g_free);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), drop);
  g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), drop);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), drop);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}
