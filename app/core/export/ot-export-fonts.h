/* ot-export-fonts.h: the fonts of a headless export, without fontconfig's scan
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OT_SYSTEM_FONTS_ENV "OT_SYSTEM_FONTS"

gboolean ot_export_fonts_use_private (void);

G_END_DECLS
