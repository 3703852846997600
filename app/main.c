/* main.c: hands over to the command line or to the window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ot-cli.h"
#include "ot-application.h"

int
main (int   argc,
      char *argv[])
{
  /* Exports need no display, and never initialise GTK. */
  if (ot_cli_wants_headless (argc, argv))
    return ot_cli_run (argc, argv);

  return ot_application_run (argc, argv);
}
