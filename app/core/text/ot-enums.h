/* ot-enums.h: an enum's words, as files, settings and the command line write them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean    ot_enum_from_nick (GType       type,
                               const char *nick,
                               int        *out_value);
const char *ot_enum_to_nick   (GType       type,
                               int         value);

G_END_DECLS
