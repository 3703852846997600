/* main.c: `ontheemd`: exports here, the window in a program of its own
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <unistd.h>

#include "ot-cli.h"
#include "ot-i18n.h"

/* Exports need no display and never load GTK: this program links only the
 * core. Anything else is the window's, in OT_WINDOW_PROGRAM (libexecdir once
 * installed, the build folder's window program in the build folder; both
 * fixed by meson when it builds this), which replaces this process with the
 * same arguments: the same process id, argv[0] and all. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int saved;

  if (ot_cli_wants_headless (argc, argv))
    return ot_cli_run (argc, argv);

  execv (OT_WINDOW_PROGRAM, argv);
  saved = errno;
  error = g_error_new_literal (G_FILE_ERROR, g_file_error_from_errno (saved),
                               g_strerror (saved));
  g_printerr ("ontheemd: %s\n", ot_msg ("cannot open the window"));
  g_printerr ("ontheemd: %s: %s\n", OT_WINDOW_PROGRAM, ot_msg_for_error (error));
  return 1;
}
