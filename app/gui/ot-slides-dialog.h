/* ot-slides-dialog.h: which charts become slides, and in what order
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-dataset.h"
#include "ot-i18n.h"

G_BEGIN_DECLS

#define OT_TYPE_SLIDES_DIALOG (ot_slides_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OtSlidesDialog, ot_slides_dialog, OT, SLIDES_DIALOG, AdwWindow)

OtSlidesDialog *ot_slides_dialog_new      (GtkWindow          *parent,
                                           GSettings          *settings,
                                           OtDataset          *dataset,
                                           const char * const *chosen_ids,
                                           OtLang              lang);
GStrv           ot_slides_dialog_dup_ids  (OtSlidesDialog *self);
void            ot_slides_dialog_move     (OtSlidesDialog *self,
                                           guint           index,
                                           int             step);
void            ot_slides_dialog_set_shown (OtSlidesDialog *self,
                                            guint           index,
                                            gboolean        shown);

G_END_DECLS
