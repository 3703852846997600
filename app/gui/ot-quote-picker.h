/* ot-quote-picker.h: which of the letter's sentences a slide quotes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-letter.h"

G_BEGIN_DECLS

#define OT_TYPE_QUOTE_PICKER (ot_quote_picker_get_type ())

G_DECLARE_FINAL_TYPE (OtQuotePicker, ot_quote_picker, OT, QUOTE_PICKER, AdwWindow)

OtQuotePicker *ot_quote_picker_new            (GtkWindow          *parent,
                                               OtLetter           *letter,
                                               OtLang              lang,
                                               OtLang              letter_lang,
                                               const char * const *chosen);
GStrv          ot_quote_picker_dup_chosen     (OtQuotePicker      *self);
char          *ot_quote_picker_dup_preview    (OtQuotePicker      *self);
gboolean       ot_quote_picker_set_sentence_chosen (OtQuotePicker *self,
                                                    const char    *sentence,
                                                    gboolean       chosen);
gboolean       ot_quote_picker_can_quote      (OtQuotePicker      *self);
void           ot_quote_picker_clear          (OtQuotePicker      *self);
void           ot_quote_picker_set_filter     (OtQuotePicker      *self,
                                               const char         *text);
guint          ot_quote_picker_get_n_shown    (OtQuotePicker      *self);

G_END_DECLS
