/* ot-shortcuts.h: every keyboard shortcut once, and the shortcuts window made from them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

void        ot_shortcuts_set_accels (GtkApplication *app);
const char *ot_shortcuts_get_accel  (const char     *action);
GtkWindow  *ot_shortcuts_window_new (OtLang          lang);

G_END_DECLS
