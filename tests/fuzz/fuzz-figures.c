/* fuzz-figures.c: libFuzzer harness for the figures loader and its checks
 *
 * Any input must end in a dataset or a GError with a file:line:column
 * message; never a crash, a leak, a hang or a critical warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "ot-dataset.h"
#include "ot-format.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* A fatal GLib message ends in SIGTRAP, which libFuzzer does not catch;
 * an abort it catches, and keeps the input that caused it. */
static void
trap_cb (int signum)
{
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  signal (SIGTRAP, trap_cb);
  /* A g_return_if_fail that fires is a bug the fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;

  dataset = ot_dataset_new_from_stream (stream, "fuzz.csv", NULL, &error);
  if (dataset == NULL)
    {
      /* Every refusal names the file it refuses. */
      g_assert (error != NULL);
      g_assert (g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }

  g_assert (error == NULL);
  g_assert (ot_dataset_get_n_figures (dataset) > 0);

  /* What a chart does with the figures: look them up, find parts, format. */
  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      g_autoptr(GPtrArray) parts = ot_dataset_dup_parts (dataset, figure->id);
      g_autofree char *nl = ot_format_figure (figure, OT_LANG_NL);
      g_autofree char *en = ot_format_figure (figure, OT_LANG_EN);

      g_assert (ot_dataset_lookup_figure (dataset, figure->id) == figure);
      for (guint j = 0; j < parts->len; j++)
        g_assert (g_strcmp0 (((OtFigure *) g_ptr_array_index (parts, j))->parent_id,
                             figure->id) == 0);
      g_assert (g_utf8_validate (nl, -1, NULL) && g_utf8_validate (en, -1, NULL));
      if (figure->date.year != 0)
        g_free (ot_format_date (&figure->date, OT_LANG_NL));
    }
  ot_dataset_find_breakdown (dataset);
  for (const char * const *w = ot_dataset_get_warnings (dataset); *w != NULL; w++)
    g_assert (g_utf8_validate (*w, -1, NULL));

  return 0;
}
