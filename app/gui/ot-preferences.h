/* ot-preferences.h: language and colour scheme
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

#define OT_TYPE_PREFERENCES_PAGE (ot_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (OtPreferencesPage, ot_preferences_page, OT, PREFERENCES_PAGE,
                      AdwPreferencesPage)

GtkWidget *ot_preferences_new (GSettings *settings);

G_END_DECLS
