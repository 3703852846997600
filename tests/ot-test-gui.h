/* ot-test-gui.h: what the suites that open windows share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <check.h>
#include <gtk/gtk.h>

/* The X server, connected to once per test process, before GTK would.
 * Xvfb now and then refuses a client that connects while others do ("cannot
 * open display"), for a moment: a few tries a fifth of a second apart turn
 * that into a short wait rather than a failed run. The display is then GTK's
 * default, so gtk_init and every window use this one connection. GTK 4.16
 * and later stop the program when a display is opened before GTK is
 * initialised, so gtk_init_check goes first: it connects too, and when it
 * cannot, the tries that follow may. */
static inline void
ot_test_open_display (void)
{
  const char *name = g_getenv ("DISPLAY");

  if (gdk_display_get_default () != NULL || gtk_init_check ())
    return;

  for (int attempt = 0; attempt < 10; attempt++)
    {
      GdkDisplay *display = gdk_display_open (name);

      if (display != NULL)
        {
          gdk_display_manager_set_default_display (gdk_display_manager_get (), display);
          return;
        }
      g_usleep (200 * 1000);
    }
  ck_abort_msg ("cannot open the display %s after 10 tries", name != NULL ? name : "(unset)");
}
