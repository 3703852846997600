/* ot-first-frame.c: quit after the first painted frame, to time start-up
 *
 * For the start-up benchmark (tests/bench/run), which runs the program and
 * a bare libadwaita window the same way: when the first window of the
 * application has been mapped and its frame clock has painted, this prints
 * "first-frame T" (T: g_get_monotonic_time () then) on standard error and
 * quits. Nothing here knows the program's own windows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-first-frame"

#include "config.h"

#include <gtk/gtk.h>

#include "ot-first-frame.h"

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_printerr ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
map_cb (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), window, 0);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}

static gboolean
startup_hook_cb (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               user_data)
{
  GObject *app = g_value_get_object (&params[0]);

  if (GTK_IS_APPLICATION (app))
    g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return FALSE; /* once */
}

/* Call before the application runs. */
void
ot_first_frame_quit_after (void)
{
  gpointer klass = g_type_class_ref (G_TYPE_APPLICATION);

  g_signal_add_emission_hook (g_signal_lookup ("startup", G_TYPE_APPLICATION), 0,
                              startup_hook_cb, NULL, NULL);
  g_type_class_unref (klass);
}
