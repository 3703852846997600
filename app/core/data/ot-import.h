/* ot-import.h: any data file Ontheemd reads, told apart by its content
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  OT_IMPORT_FIGURES,      /* a figures file, as data/figures.csv */
  OT_IMPORT_UNHCR_CSV,    /* population.csv of a Refugee Data Finder download */
  OT_IMPORT_UNHCR_ZIP,    /* the download itself */
} OtImportFormat;

OtImportFormat  ot_import_detect (const char   *data,
                                  gsize         len);
OtDataset      *ot_import_stream (GInputStream *stream,
                                  const char   *name,
                                  GCancellable *cancellable,
                                  GError      **error);
OtDataset      *ot_import_file   (GFile        *file,
                                  GCancellable *cancellable,
                                  GError      **error);

G_END_DECLS
