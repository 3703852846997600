/* ot-application.h: the application, its settings, language and app actions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

#define OT_TYPE_APPLICATION (ot_application_get_type ())

G_DECLARE_FINAL_TYPE (OtApplication, ot_application, OT, APPLICATION, AdwApplication)

OtApplication *ot_application_new          (void);
int            ot_application_run          (int            argc,
                                            char         **argv);
GSettings     *ot_application_get_settings (OtApplication *self);
OtLang         ot_application_get_lang     (OtApplication *self);

G_END_DECLS
