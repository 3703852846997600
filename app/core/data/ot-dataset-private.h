/* ot-dataset-private.h: what the dataset and its reader share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-dataset.h"

G_BEGIN_DECLS

struct _OtDataset
{
  GObject     parent_instance;

  char       *name;          /* the file name messages use */
  gboolean    is_letter;     /* the built-in figures of the letter */
  /* Where the figures come from, as the publication column names it, each
   * once in file order (in the figures' language, and in English); and
   * whether a figure names none. */
  GPtrArray  *publications[OT_N_LANGS];
  gboolean    unpublished;
  char       *source_label[OT_N_LANGS];
  GPtrArray  *figures;       /* OtFigure, in file order */
  GHashTable *figures_by_id;
  GPtrArray  *events;        /* OtEvent, in file order */
  GHashTable *events_by_id;
  GBytes     *letter_events; /* the letter's events.csv until first asked for */
  GPtrArray  *warnings;      /* char*, NULL-terminated */
  OtSeries   *series;        /* NULL until asked for or set */
};

void ot_dataset_set_source_labels (OtDataset *self);
void ot_dataset_read_letter_events (OtDataset *self);

G_END_DECLS
