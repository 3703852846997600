/* bench-floor-window.c: the start-up floor, a bare libadwaita window
 *
 * An AdwApplicationWindow of Ontheemd's default size with a header bar and
 * nothing else, quitting after its first painted frame through the same
 * code as `OT_QUIT_AFTER_FIRST_FRAME=1 ontheemd` (app/ot-first-frame.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "ot-first-frame.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.ontheemd.BenchFloor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  ot_first_frame_quit_after ();
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
