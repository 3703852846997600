/* ot-letter-view.h: the letter's text, its figures and dates as links
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-letter.h"

G_BEGIN_DECLS

#define OT_TYPE_LETTER_VIEW (ot_letter_view_get_type ())

G_DECLARE_FINAL_TYPE (OtLetterView, ot_letter_view, OT, LETTER_VIEW, GtkTextView)

GtkWidget  *ot_letter_view_new              (void);
void        ot_letter_view_set_letter       (OtLetterView *self,
                                             OtLetter     *letter);
OtLetter   *ot_letter_view_get_letter       (OtLetterView *self);
guint       ot_letter_view_get_n_links      (OtLetterView *self);
const char *ot_letter_view_get_link_ref     (OtLetterView *self,
                                             guint         index);
char       *ot_letter_view_get_link_text    (OtLetterView *self,
                                             guint         index);
void        ot_letter_view_get_link_range   (OtLetterView *self,
                                             guint         index,
                                             int          *start,
                                             int          *end);
int         ot_letter_view_find_link        (OtLetterView *self,
                                             const char   *text);
gboolean    ot_letter_view_activate_link    (OtLetterView *self,
                                             guint         index);
int         ot_letter_view_get_focused_link (OtLetterView *self);
gboolean    ot_letter_view_show_source      (OtLetterView *self,
                                             const char   *ref,
                                             const char   *sentence);
char       *ot_letter_view_get_highlighted  (OtLetterView *self);
gboolean    ot_letter_view_focus_highlighted (OtLetterView *self);
GtkWidget  *ot_letter_view_get_sentence_widget (OtLetterView *self);
void        ot_letter_view_set_links_shown  (OtLetterView *self,
                                             gboolean      shown);
gboolean    ot_letter_view_get_links_shown  (OtLetterView *self);
void        ot_letter_view_set_link_description (OtLetterView *self,
                                                 guint         index,
                                                 const char   *description);
GtkWidget  *ot_letter_view_get_link_widget  (OtLetterView *self,
                                             guint         index);
gboolean    ot_letter_view_focus_link       (OtLetterView *self,
                                             guint         index);

G_END_DECLS
