/* main.c: hands over to the command line or to the window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gmodule.h>

#include "ot-cli.h"
#include "ot-i18n.h"

typedef int (*RunFunc) (int    argc,
                        char **argv);

/* The window is a module, opened only to show one: exports load no GTK.
 * It lies next to the program in the build folder, and once installed in
 * OT_GUI_MODULE_SUBDIR beside the program's bin folder (so an install
 * moved elsewhere, or staged with DESTDIR, still finds it), else in
 * OT_GUI_MODULE_DIR. */
static int
run_window (int    argc,
            char **argv)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *folder = program != NULL ? g_path_get_dirname (program) : NULL;
  g_autofree char *path = NULL;
  GModule *module;
  RunFunc run;

  if (folder != NULL)
    path = g_module_build_path (folder, "ontheemd-gui");
  if (folder != NULL && (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS)))
    {
      g_autofree char *prefix = g_path_get_dirname (folder);
      g_autofree char *installed = g_build_filename (prefix, OT_GUI_MODULE_SUBDIR, NULL);

      g_free (path);
      path = g_module_build_path (installed, "ontheemd-gui");
    }
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_free (path);
      path = g_module_build_path (OT_GUI_MODULE_DIR, "ontheemd-gui");
    }

  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL || !g_module_symbol (module, "ot_gui_module_run", (gpointer *) &run))
    {
      g_printerr ("ontheemd: %s\n", ot_msg ("cannot open the window"));
      g_printerr ("ontheemd: %s\n", g_module_error ());
      return 1;
    }

  return run (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  /* Exports need no display, and never load GTK. */
  if (ot_cli_wants_headless (argc, argv))
    return ot_cli_run (argc, argv);

  return run_window (argc, argv);
}
