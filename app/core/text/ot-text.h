/* ot-text.h: what text every output (SVG, PDF, PNG, the screen) can hold
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  ot_text_is_unfit_char   (gunichar    c);
gboolean  ot_text_find_unfit      (const char *text,
                                   gssize      len,
                                   gsize      *out_offset,
                                   gunichar   *out_char);
char     *ot_text_describe_unfit  (gunichar    c);
char     *ot_text_make_visible    (const char *text);
GArray   *ot_text_find_fixed_spaces (const char *text);

G_END_DECLS
