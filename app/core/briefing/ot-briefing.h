/* ot-briefing.h: a briefing: the figures, which charts in what order, every
 * edit, and the deck's title slide, quotes and speaker notes; the .ontheemd
 * file (docs/briefing-format.md)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-chart.h"
#include "ot-chart-changes.h"
#include "ot-deck-changes.h"
#include "ot-export.h"

G_BEGIN_DECLS

#define OT_BRIEFING_ERROR (ot_briefing_error_quark ())

#define OT_BRIEFING_FORMAT  "ontheemd-briefing"
#define OT_BRIEFING_VERSION 1
#define OT_BRIEFING_MIME_TYPE "application/x-ontheemd-briefing"

/* Limits, enforced while reading (docs/limits.md). */
#define OT_BRIEFING_MAX_BYTES   (8 * 1024 * 1024)
#define OT_BRIEFING_MAX_DEPTH   16
#define OT_BRIEFING_MAX_STRING  (4 * 1024 * 1024) /* bytes: the embedded figures */
#define OT_BRIEFING_MAX_MEMBERS 256
#define OT_BRIEFING_MAX_CHARTS  64
#define OT_BRIEFING_MAX_QUOTES  8

typedef enum
{
  OT_BRIEFING_ERROR_SYNTAX,   /* not JSON: "file:line:column: …" */
  OT_BRIEFING_ERROR_VERSION,  /* written by a newer Ontheemd */
  OT_BRIEFING_ERROR_INVALID,  /* JSON, but not a briefing as documented */
  OT_BRIEFING_ERROR_FIGURES,  /* the embedded figures: the figures reader's message */
  OT_BRIEFING_ERROR_LIMIT,    /* too large, too deep, too long, too many */
} OtBriefingError;

#define OT_TYPE_BRIEFING (ot_briefing_get_type ())

G_DECLARE_FINAL_TYPE (OtBriefing, ot_briefing, OT, BRIEFING, GObject)

GQuark      ot_briefing_error_quark        (void);

/* @figures_origin: where the figures came from (a path or URI), or NULL for
 * the letter's own. Chart ids: every chart @dataset supports. */
OtBriefing *ot_briefing_new                (OtDataset     *dataset,
                                            const char    *figures_origin);
OtBriefing *ot_briefing_load               (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
OtBriefing *ot_briefing_load_from_bytes    (GBytes        *bytes,
                                            const char    *display_name,
                                            GError       **error);
gboolean    ot_briefing_save               (OtBriefing    *self,
                                            GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
GBytes     *ot_briefing_to_bytes           (OtBriefing    *self);

OtDataset  *ot_briefing_get_dataset        (OtBriefing    *self);
const char *ot_briefing_get_figures_origin (OtBriefing    *self);

const char * const *ot_briefing_get_chart_ids (OtBriefing *self);
void        ot_briefing_set_chart_ids      (OtBriefing         *self,
                                            const char * const *chart_ids);

/* NULL: the chart is as the letter has it. */
const OtChartChanges *ot_briefing_get_changes (OtBriefing           *self,
                                               const char           *chart_id);
void        ot_briefing_set_changes        (OtBriefing           *self,
                                            const char           *chart_id,
                                            const OtChartChanges *changes);

/* The slide's quoted passages (see OtDeckSlide); NULL = the default. */
const char * const *ot_briefing_get_quote  (OtBriefing         *self,
                                            const char         *chart_id);
void        ot_briefing_set_quote          (OtBriefing         *self,
                                            const char         *chart_id,
                                            const char * const *passages);
/* Whether @passages (NULL = the default) is a quote a briefing can hold:
 * each passage the letter's words in order, in either language, within the
 * file's limits. */
gboolean    ot_briefing_is_letter_quote    (const char * const *passages);
const char *ot_briefing_get_speaker_notes  (OtBriefing    *self,
                                            const char    *chart_id);
void        ot_briefing_set_speaker_notes  (OtBriefing    *self,
                                            const char    *chart_id,
                                            const char    *notes);

/* The title slide. */
const char *ot_briefing_get_title          (OtBriefing    *self);
void        ot_briefing_set_title          (OtBriefing    *self,
                                            const char    *title);
const char *ot_briefing_get_author         (OtBriefing    *self);
void        ot_briefing_set_author         (OtBriefing    *self,
                                            const char    *author);
GDateTime  *ot_briefing_get_date           (OtBriefing    *self);
void        ot_briefing_set_date           (OtBriefing    *self,
                                            GDateTime     *date);

/* Settings. */
OtLang      ot_briefing_get_lang           (OtBriefing    *self);
void        ot_briefing_set_lang           (OtBriefing    *self,
                                            OtLang         lang);
OtTheme     ot_briefing_get_theme          (OtBriefing    *self);
void        ot_briefing_set_theme          (OtBriefing    *self,
                                            OtTheme        theme);
/* Export choices: format, width, height, scale (0 = the defaults). */
void        ot_briefing_get_export         (OtBriefing     *self,
                                            OtExportFormat *format,
                                            int            *width,
                                            int            *height,
                                            int            *scale);
void        ot_briefing_set_export         (OtBriefing     *self,
                                            OtExportFormat  format,
                                            int             width,
                                            int             height,
                                            int             scale);

/* Bumped by every change; the window compares it to tell saved from not. */
guint64     ot_briefing_get_change_count   (OtBriefing    *self);

/* What the deck export needs: every slide's changes, quotes, notes and the
 * title slide. */
OtDeckChanges *ot_briefing_dup_deck_changes (OtBriefing   *self);

G_END_DECLS
