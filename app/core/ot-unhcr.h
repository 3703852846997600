/* ot-unhcr.h: UNHCR Refugee Data Finder exports, aggregated into a series
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-series.h"

G_BEGIN_DECLS

/* How far into a file the header is looked for: a download has a few lines
 * of description before it. */
#define OT_UNHCR_MAX_PREAMBLE_LINES 50
/* Rows of one export; the whole history of every pair of countries is
 * well under this. */
#define OT_UNHCR_MAX_ROWS           2000000
/* What population.csv may unpack to: a guard against zip bombs. */
#define OT_UNHCR_MAX_UNPACKED_SIZE  (512 * 1024 * 1024)

/* The categories the top-10 charts count: people who fled their country. */
extern const OtSeriesCategory ot_unhcr_abroad_categories[3];

GBufferedInputStream *ot_unhcr_peek_stream_new (GInputStream  *stream,
                                                const char    *name,
                                                GCancellable  *cancellable,
                                                GError       **error);

guint     ot_unhcr_find_header   (const char   *data,
                                  gsize         len);
gboolean  ot_unhcr_is_zip        (const char   *data,
                                  gsize         len);
OtSeries *ot_unhcr_read_csv      (GInputStream *stream,
                                  const char   *name,
                                  GCancellable *cancellable,
                                  GError      **error);
OtSeries *ot_unhcr_read_zip      (GInputStream *stream,
                                  const char   *name,
                                  GCancellable *cancellable,
                                  GError      **error);

G_END_DECLS
