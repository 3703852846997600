/* ot-dataset.h: the figures and dated events a chart draws, validated
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-figure.h"
#include "ot-series.h"

G_BEGIN_DECLS

#define OT_DATASET_ERROR (ot_dataset_error_quark ())

/* The largest value a figure may have. */
#define OT_DATASET_MAX_VALUE 1e15
/* What a chart can draw in well under a second at any size: every chart
 * lays out each label, and key-figures every figure (docs/limits.md). */
#define OT_DATASET_MAX_FIGURES      100
#define OT_DATASET_MAX_LABEL_LENGTH 100    /* characters; the letter's longest is 67 */
#define OT_DATASET_MAX_SOURCE_LENGTH 1000  /* characters; the letter's longest is 327 */
#define OT_DATASET_MAX_ID_LENGTH    100    /* characters */

typedef enum
{
  OT_DATASET_ERROR_VALUE,          /* not a number, negative, NaN, infinite */
  OT_DATASET_ERROR_UNIT,
  OT_DATASET_ERROR_QUALIFIER,
  OT_DATASET_ERROR_DATE,
  OT_DATASET_ERROR_ID,             /* empty, malformed or duplicate */
  OT_DATASET_ERROR_PARENT,         /* unknown parent, a cycle, another unit */
  OT_DATASET_ERROR_MISSING,        /* a required value is empty */
  OT_DATASET_ERROR_NO_ROWS,
  OT_DATASET_ERROR_TOO_LARGE,      /* over a stated limit */
} OtDatasetError;

#define OT_TYPE_DATASET (ot_dataset_get_type ())

G_DECLARE_FINAL_TYPE (OtDataset, ot_dataset, OT, DATASET, GObject)

GQuark          ot_dataset_error_quark      (void);

OtDataset      *ot_dataset_new_default      (GError      **error);
OtDataset      *ot_dataset_new_from_file    (GFile        *figures,
                                             GCancellable *cancellable,
                                             GError      **error);
OtDataset      *ot_dataset_new_from_stream  (GInputStream *figures,
                                             const char   *name,
                                             GCancellable *cancellable,
                                             GError      **error);
gboolean        ot_dataset_load_events      (OtDataset    *self,
                                             GInputStream *events,
                                             const char   *name,
                                             GCancellable *cancellable,
                                             GError      **error);

const char     *ot_dataset_get_name         (OtDataset    *self);
const char     *ot_dataset_get_source_label (OtDataset    *self,
                                             OtLang        lang);
char           *ot_dataset_dup_title        (OtDataset    *self,
                                             OtLang        lang);
char           *ot_dataset_dup_keywords     (OtDataset    *self,
                                             OtLang        lang);
gboolean        ot_dataset_is_letter        (OtDataset    *self);
guint           ot_dataset_get_n_figures    (OtDataset    *self);
const OtFigure *ot_dataset_get_figure       (OtDataset    *self,
                                             guint         index);
const OtFigure *ot_dataset_lookup_figure    (OtDataset    *self,
                                             const char   *id);
GPtrArray      *ot_dataset_dup_parts        (OtDataset    *self,
                                             const char   *parent_id);
const OtFigure *ot_dataset_find_breakdown   (OtDataset    *self);
guint           ot_dataset_get_n_events     (OtDataset    *self);
const OtEvent  *ot_dataset_get_event        (OtDataset    *self,
                                             guint         index);
const OtEvent  *ot_dataset_lookup_event     (OtDataset    *self,
                                             const char   *id);
const char * const *ot_dataset_get_warnings (OtDataset    *self);

/* Counts per year and country: UNHCR's published series, which goes with
 * the letter's figures, or the series of a Refugee Data Finder export. */
OtDataset      *ot_dataset_new_for_series   (OtSeries     *series);
OtSeries       *ot_dataset_get_series       (OtDataset    *self);
void            ot_dataset_set_series       (OtDataset    *self,
                                             OtSeries     *series);

G_END_DECLS
