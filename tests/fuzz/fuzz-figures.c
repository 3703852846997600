/* fuzz-figures.c: libFuzzer harness for the figures loader and its checks
 *
 * Any input must end in a dataset or a GError with a file:line:column
 * message; never a crash, a leak, a hang or a critical warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "ot-dataset.h"
#include "ot-format.h"

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
