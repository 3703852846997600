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
/* What a zip may unpack, population.csv and every entry before it (those
 * are read to be skipped, so they count too): a guard against zip bombs. */
#define OT_UNHCR_MAX_UNPACKED_SIZE  (512 * 1024 * 1024)
/* Entries looked at for population.csv; a download has two. */
#define OT_UNHCR_MAX_ZIP_ENTRIES    1000
/* What the sums are kept for, so memory stays bounded whatever the rows
 * name: UNHCR's exports name about 250 countries and territories, the
 * longest name 52 characters, and a full export of every year about
 * 30,000 sums of a year, a side and a country. */
#define OT_UNHCR_MAX_NAME_LENGTH    100
#define OT_UNHCR_MAX_COUNTRIES      1000
#define OT_UNHCR_MAX_COUNTRY_YEARS  100000

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
