/* ot-letter-view.h: the letter's text, readable and selectable
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-letter.h"

G_BEGIN_DECLS

#define OT_TYPE_LETTER_VIEW (ot_letter_view_get_type ())

G_DECLARE_FINAL_TYPE (OtLetterView, ot_letter_view, OT, LETTER_VIEW, GtkTextView)

GtkWidget *ot_letter_view_new        (void);
void       ot_letter_view_set_letter (OtLetterView *self,
                                      OtLetter     *letter);
OtLetter  *ot_letter_view_get_letter (OtLetterView *self);

G_END_DECLS
