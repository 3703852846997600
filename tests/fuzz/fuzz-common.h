/* fuzz-common.h: what both libFuzzer harnesses set up the same way
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <signal.h>
#include <stdlib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* A fatal GLib message ends in SIGTRAP, which libFuzzer does not catch;
 * an abort it catches, and keeps the input that caused it. */
static void
ot_fuzz_trap_cb (int signum)
{
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A g_return_if_fail that fires is a bug the fuzzer should report. */
  signal (SIGTRAP, ot_fuzz_trap_cb);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}
