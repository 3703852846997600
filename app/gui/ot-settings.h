/* ot-settings.h: the program's settings, and the language they choose
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

GSettings *ot_settings_new      (void);
OtLang     ot_settings_get_lang (GSettings *settings);

G_END_DECLS
