/* ot-preferences-window.h: language and colour scheme
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

#define OT_TYPE_PREFERENCES_WINDOW (ot_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (OtPreferencesWindow, ot_preferences_window, OT, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *ot_preferences_window_new (GSettings *settings);

G_END_DECLS
