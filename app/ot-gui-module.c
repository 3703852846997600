/* ot-gui-module.c: the window, as a module main.c opens to show one
 *
 * Exports never load GTK: main.c opens this module only when there is a
 * window to show. OT_QUIT_AFTER_FIRST_FRAME=1 in the environment makes the
 * program quit after its first painted frame, for the start-up benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-gui-module"

#include "config.h"

#include <gmodule.h>

#include "ot-application.h"
#include "ot-first-frame.h"

G_MODULE_EXPORT int ot_gui_module_run (int    argc,
                                       char **argv);

G_MODULE_EXPORT int
ot_gui_module_run (int    argc,
                   char **argv)
{
  if (g_getenv ("OT_QUIT_AFTER_FIRST_FRAME") != NULL)
    ot_first_frame_quit_after ();

  return ot_application_run (argc, argv);
}
