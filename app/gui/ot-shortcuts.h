/* ot-shortcuts.h: the keyboard shortcuts window, in the app's language
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

GtkWindow *ot_shortcuts_window_new (OtLang lang);

G_END_DECLS
