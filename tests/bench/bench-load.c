/* bench-load.c: a figures CSV through the loader, timed in the process
 *
 *   bench-load dataset FILE   ot_dataset_new_from_file (): parse, check and
 *                             keep every figure, as --data does
 *   bench-load reader FILE    ot_csv_read_stream () with a row function
 *                             that keeps nothing: the reader alone
 *   bench-load import FILE    ot_import_file (): a UNHCR export detected,
 *                             read and summed per year, as --data does
 *
 * Prints: load MODE ROWS SECONDS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ot-csv.h"
#include "ot-dataset.h"
#include "ot-import.h"

static const OtCsvColumn columns[] = {
  { "id", TRUE }, { "value", TRUE }, { "unit", TRUE }, { "qualifier", FALSE },
  { "date", FALSE }, { "label_nl", TRUE }, { "label_en", TRUE }, { "parent", FALSE },
  { "base", FALSE }, { "source", TRUE }, { "source_en", FALSE },
};

static gboolean
count_row_cb (const OtCsvRow *row,
              gpointer        user_data,
              GError        **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(OtDataset) dataset = NULL;  /* freed after the clock stops */
  gboolean ok;
  guint rows = 0;
  gint64 start;

  if (argc != 3 || (!g_str_equal (argv[1], "dataset") && !g_str_equal (argv[1], "reader")
                    && !g_str_equal (argv[1], "import")))
    {
      g_printerr ("usage: %s dataset|reader|import FILE\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[2]);
  start = g_get_monotonic_time ();
  if (g_str_equal (argv[1], "import"))
    {
      dataset = ot_import_file (file, NULL, &error);
      ok = dataset != NULL;
      if (ok)
        rows = 1;
    }
  else if (g_str_equal (argv[1], "dataset"))
    {
      dataset = ot_dataset_new_from_file (file, NULL, &error);
      ok = dataset != NULL;
      if (ok)
        rows = ot_dataset_get_n_figures (dataset);
    }
  else
    {
      g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &error);

      /* The reader's speed, past the figures file's stated limits (a UNHCR
       * export is read with larger ones). */
      static const OtCsvLimits unlimited = { G_MAXUINT64, G_MAXUINT, 64 * 1024, 256 };

      ok = stream != NULL
           && ot_csv_read_stream_with_limits (G_INPUT_STREAM (stream), argv[2], &unlimited,
                                              columns, G_N_ELEMENTS (columns), count_row_cb,
                                              &rows, NULL, &error);
    }

  if (!ok)
    {
      g_printerr ("bench-load: %s\n", error->message);
      return 1;
    }

  g_print ("load %s %u %.6f\n", argv[1], rows, (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
