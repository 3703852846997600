/* ot-export.h: charts to PNG, SVG and PDF files, written whole or not at all
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-chart.h"
#include "ot-deck-changes.h"

G_BEGIN_DECLS

#define OT_EXPORT_ERROR (ot_export_error_quark ())

#define OT_EXPORT_MAX_SIZE   16384
#define OT_EXPORT_MAX_SCALE  8
/* A PNG is drawn whole in memory at 4 bytes a pixel: at most 2^27 pixels
 * (512 MB), which still takes 1920×1080 at scale 8, so no size the options
 * allow asks for gigabytes. */
#define OT_EXPORT_MAX_PIXELS 134217728.0
/* Cairo's image surfaces stop here, so a PNG does too: width × scale and
 * height × scale. */
#define OT_EXPORT_MAX_PNG_SIDE 32767

typedef enum
{
  OT_EXPORT_ERROR_FORMAT,   /* an extension we do not write */
  OT_EXPORT_ERROR_SIZE,     /* a size or scale out of range */
  OT_EXPORT_ERROR_RENDER,   /* cairo failed */
  OT_EXPORT_ERROR_WRITE,    /* the file could not be written */
} OtExportError;

typedef enum
{
  OT_EXPORT_PNG,
  OT_EXPORT_SVG,
  OT_EXPORT_PDF,
  OT_EXPORT_HTML,  /* one self-contained web page (ot-export-html.c) */
} OtExportFormat;

/* What --export-deck writes, by the file's name. */
typedef enum
{
  OT_DECK_PDF,
  OT_DECK_PPTX,   /* PowerPoint: Office Open XML */
  OT_DECK_ODP,    /* Impress: OpenDocument */
} OtDeckFormat;

typedef enum
{
  OT_SVG_TEXT_OUTLINES,  /* glyphs as paths: looks the same everywhere */
  OT_SVG_TEXT_TEXT,      /* <text> elements: searchable and editable */
} OtSvgText;

typedef struct
{
  OtExportFormat format;
  int            width;    /* in pixels (PNG) or points (SVG, PDF) */
  int            height;
  int            scale;    /* PNG pixels per unit */
  OtChartStyle   style;
  OtSvgText      svg_text;
  /* A deck's title slide, quotes, speaker notes and each chart's changes
   * (which override style.changes); NULL: none. */
  const OtDeckChanges *deck;
} OtExportOptions;

/* A size people publish at; @name is what --size takes and the settings
 * store (export-size). */
typedef struct
{
  const char *name;
  const char *label;   /* untranslated, N_() */
  int         width;
  int         height;
} OtExportSizePreset;

GQuark   ot_export_error_quark       (void);

const OtExportSizePreset *ot_export_get_size_presets   (guint       *n_presets);
const OtExportSizePreset *ot_export_lookup_size_preset (const char  *name);

gboolean ot_export_format_from_name  (const char            *filename,
                                      OtExportFormat        *out_format,
                                      GError               **error);
gboolean ot_export_check_options     (const OtExportOptions *options,
                                      GError               **error);
GBytes  *ot_export_render            (const OtChart         *chart,
                                      OtDataset             *dataset,
                                      const OtExportOptions *options,
                                      GError               **error);
GBytes  *ot_export_render_html       (const OtChart         *chart,
                                      OtDataset             *dataset,
                                      const OtExportOptions *options,
                                      GError               **error);
char    *ot_export_dup_html_snippet  (GBytes                *page,
                                      const char            *title);
GBytes  *ot_export_render_deck       (const OtChart * const *charts,
                                      guint                  n_charts,
                                      OtDataset             *dataset,
                                      const OtExportOptions *options,
                                      GError               **error);
gboolean ot_export_deck_to_file      (const OtChart * const *charts,
                                      guint                  n_charts,
                                      OtDataset             *dataset,
                                      const OtExportOptions *options,
                                      GFile                 *file,
                                      GCancellable          *cancellable,
                                      GError               **error);
gboolean ot_export_to_file           (const OtChart         *chart,
                                      OtDataset             *dataset,
                                      const OtExportOptions *options,
                                      GFile                 *file,
                                      GCancellable          *cancellable,
                                      GError               **error);

/* ot-export-office.c */
gboolean ot_export_deck_format_from_name (const char            *filename,
                                          OtDeckFormat          *out_format,
                                          GError               **error);
GBytes  *ot_export_render_office_deck    (const OtChart * const *charts,
                                          guint                  n_charts,
                                          OtDataset             *dataset,
                                          const OtExportOptions *options,
                                          OtDeckFormat           format,
                                          GError               **error);
gboolean ot_export_office_deck_to_file   (const OtChart * const *charts,
                                          guint                  n_charts,
                                          OtDataset             *dataset,
                                          const OtExportOptions *options,
                                          OtDeckFormat           format,
                                          GFile                 *file,
                                          GCancellable          *cancellable,
                                          GError               **error);

G_END_DECLS
