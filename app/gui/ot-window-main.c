/* ot-window-main.c: the window program, which the command line execs
 *
 * `ontheemd` runs exports itself and execs this program, at a path fixed when
 * it is built, for everything else (app/cli/main.c); argv is passed on as the
 * user gave it, argv[0] included, so the program's name stays "ontheemd".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window-main"

#include "config.h"

#include "ot-application.h"
#ifdef OT_FIRST_FRAME_HOOK
#include "ot-first-frame.h"
#endif

int
main (int   argc,
      char *argv[])
{
#ifdef OT_FIRST_FRAME_HOOK
  /* Builds that measure (-Dbenchmarks=true): quit after the first painted
   * frame, for tests/bench/run. */
  if (g_getenv ("OT_QUIT_AFTER_FIRST_FRAME") != NULL)
    ot_first_frame_quit_after ();
#endif

  return ot_application_run (argc, argv);
}
