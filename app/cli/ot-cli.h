/* ot-cli.h: the headless command line; never touches GTK
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OT_CLI_EXIT_OK = 0,
  OT_CLI_EXIT_FAILURE = 1,  /* data or I/O */
  OT_CLI_EXIT_USAGE = 2,
} OtCliExit;

gboolean ot_cli_wants_headless (int    argc,
                                char **argv);
int      ot_cli_run            (int    argc,
                                char **argv);

G_END_DECLS
