/* ot-window-messages.c: what the window tells its user: toasts, what a
 * screen reader hears (announcements, the names of parts GTK makes as it
 * goes) and errors that stay until read
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-accessible.h"
#include "ot-window-private.h"

static gboolean sweep_names_cb (gpointer user_data);

static void
file_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!ot_compat_launch_uri_finish (result, &error))
    g_debug ("%s", error->message);
}

static void
open_toast_file_cb (AdwToast *toast,
                    OtWindow *self)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "ot-file");
  g_autofree char *uri = g_file_get_uri (file);

  ot_compat_launch_uri (GTK_WINDOW (self), uri, file_opened_cb, NULL);
}

/* A short message; with @open_file, a button that opens it. */
void
ot_window_toast (OtWindow   *self,
                 const char *title,
                 GFile      *open_file)
{
  AdwToast *toast = adw_toast_new (title);

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);

  if (open_file != NULL)
    {
      g_object_set_data_full (G_OBJECT (toast), "ot-file", g_object_ref (open_file),
                              g_object_unref);
      adw_toast_set_button_label (toast, ot_gettext (self->lang, "Open"));
      g_signal_connect (toast, "button-clicked", G_CALLBACK (open_toast_file_cb), self);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, sweep_names_cb, g_object_ref (self), g_object_unref);
  /* A toast is seen, not heard. */
  ot_window_announce (self, title);
}

/* What the widget with focus says of itself, once the announcement is
 * over: its tooltip or the description it was given. */
static void
restore_description (GtkWidget *widget)
{
  const char *description = g_object_get_data (G_OBJECT (widget), "ot-description");
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (description == NULL)
    description = tooltip;
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The controller stays on the widget: GTK 4.18 sends "leave" while it
 * unmaps the widget and walks its controllers, and removing one then is
 * reading freed memory (Debian 13, valgrind). */
static void
announced_focus_leave_cb (GtkEventControllerFocus *controller,
                          GtkWidget               *widget)
{
  if (g_object_get_data (G_OBJECT (widget), "ot-announced") == NULL)
    return;
  restore_description (widget);
  g_object_set_data (G_OBJECT (widget), "ot-announced", NULL);
}

static gboolean
announce_cb (gpointer user_data)
{
  OtWindow *self = user_data;
  GtkWidget *focus;
  GtkEventController *controller;

  self->announce_source = 0;
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    {
      /* A dialog still has focus: wait for the window. */
      self->announce_source = g_timeout_add (250, announce_cb, self);
      return G_SOURCE_REMOVE;
    }

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL)
    focus = GTK_WIDGET (self);

  /* A screen reader speaks a change of the focused object's description
   * (Orca: onDescriptionChanged); GTK 4.8 has no other way to announce. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->announcement, -1);
  if (focus != GTK_WIDGET (self)
      && g_object_get_data (G_OBJECT (focus), "ot-announced") == NULL)
    {
      /* One controller a widget, whatever the number of announcements. */
      if (g_object_get_data (G_OBJECT (focus), "ot-announce-controller") == NULL)
        {
          controller = gtk_event_controller_focus_new ();
          g_signal_connect (controller, "leave", G_CALLBACK (announced_focus_leave_cb), focus);
          gtk_widget_add_controller (focus, controller);
          g_object_set_data (G_OBJECT (focus), "ot-announce-controller", controller);
        }
      g_object_set_data (G_OBJECT (focus), "ot-announced", GINT_TO_POINTER (TRUE));
    }
  return G_SOURCE_REMOVE;
}

/* Says @message where a screen reader hears it: as the description of
 * whatever has focus in the window, once the window is active again. */
void
ot_window_announce (OtWindow   *self,
                    const char *message)
{
  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  g_free (self->announcement);
  self->announcement = g_strdup (message);
  g_clear_handle_id (&self->announce_source, g_source_remove);
  /* After the focus change that closing a dialog brings, which a screen
   * reader reads first. */
  self->announce_source = g_timeout_add (300, announce_cb, self);
}

const char *
ot_window_get_announcement (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->announcement;
}

/* Something went wrong that the user must read: a dialog that stays. */
void
ot_window_show_error (OtWindow   *self,
                      const char *heading,
                      const char *message)
{
  g_free (self->last_toast);
  self->last_toast = g_strdup_printf ("%s: %s", heading, message);
  ot_compat_alert (GTK_WIDGET (self), heading, message, ot_gettext (self->lang, "_Close"));
}

/* Parts GTK and libadwaita make as they go (toasts, tooltips, rows) get
 * their names when focus moves and a toast comes. */
void
ot_window_sweep_names (OtWindow *self)
{
  ot_accessible_sweep (GTK_WIDGET (self), ot_gettext (self->lang, "Close"));
}

static gboolean
sweep_names_cb (gpointer user_data)
{
  ot_window_sweep_names (user_data);
  return G_SOURCE_REMOVE;
}

void
ot_window_messages_init (OtWindow *self)
{
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (ot_window_sweep_names), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (ot_window_sweep_names), NULL);
}
