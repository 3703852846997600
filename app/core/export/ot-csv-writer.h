/* ot-csv-writer.h: CSV out through libcsv's writer, safe to open in a spreadsheet
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-dataset.h"

G_BEGIN_DECLS

typedef struct _OtCsvWriter OtCsvWriter;

OtCsvWriter *ot_csv_writer_new              (void);
void         ot_csv_writer_free             (OtCsvWriter  *self);
void         ot_csv_writer_add_field        (OtCsvWriter  *self,
                                             const char   *text);
void         ot_csv_writer_end_row          (OtCsvWriter  *self);
const char  *ot_csv_writer_get_text         (OtCsvWriter  *self);
GBytes      *ot_csv_writer_free_to_bytes    (OtCsvWriter  *self);

char        *ot_csv_neutralise              (const char   *text);

char        *ot_csv_write_figures           (OtDataset    *dataset);
gboolean     ot_csv_write_figures_to_file   (OtDataset    *dataset,
                                             GFile        *file,
                                             GCancellable *cancellable,
                                             GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtCsvWriter, ot_csv_writer_free)

G_END_DECLS
