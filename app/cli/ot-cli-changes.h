/* ot-cli-changes.h: the command line's one-off edits (--title, --highlight,
 * --annotate, ...) over a briefing's
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char  *title;
  char  *subtitle;
  char  *note;
  char  *source;
  char  *byline;
  GStrv  highlight;   /* each "ID[,ID…]" as given */
  GStrv  annotate;    /* each "ID=TEXT" as given */
} OtCliEdits;

void            ot_cli_edits_clear   (OtCliEdits           *edits);
gboolean        ot_cli_edits_any     (const OtCliEdits     *edits);
/* @base (a briefing's, or NULL) with every edit given replacing its part;
 * ids are checked against what @chart draws. With @found (a deck), an id
 * the chart does not draw is left out of its slide and the ids it does are
 * added to @found. NULL with @error set. */
OtChartChanges *ot_cli_edits_apply   (const OtCliEdits     *edits,
                                      const OtChartChanges *base,
                                      const OtChart        *chart,
                                      OtDataset            *dataset,
                                      const OtChartStyle   *style,
                                      GHashTable           *found,
                                      GError              **error);

gboolean        ot_cli_edits_check_found (const OtCliEdits *edits,
                                          GHashTable       *found,
                                          GError          **error);

G_END_DECLS
