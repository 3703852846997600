/* ot-settings.h: the program's settings, and the language they choose
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

/* The settings' own enums. Their nicks are what the schema stores
 * (data/meson.build makes its <enum>s from this header), so a value a user
 * had as a string key stays valid. */
typedef enum
{
  OT_VIEW_CHART,
  OT_VIEW_TABLE,
} OtView;

typedef enum
{
  OT_LANGUAGE_CHOICE_SYSTEM,   /* the desktop's */
  OT_LANGUAGE_CHOICE_NL,
  OT_LANGUAGE_CHOICE_EN,
} OtLanguageChoice;

typedef enum
{
  OT_COLOR_SCHEME_CHOICE_SYSTEM,
  OT_COLOR_SCHEME_CHOICE_LIGHT,
  OT_COLOR_SCHEME_CHOICE_DARK,
} OtColorSchemeChoice;

/* In the order of ot_export_get_size_presets, whose names are these nicks. */
typedef enum
{
  OT_EXPORT_SIZE_SLIDE_16_9,
  OT_EXPORT_SIZE_SLIDE_4_3,
  OT_EXPORT_SIZE_A4_LANDSCAPE,
  OT_EXPORT_SIZE_A4_PORTRAIT,
  OT_EXPORT_SIZE_SQUARE,
  OT_EXPORT_SIZE_SOCIAL_CARD,
  OT_EXPORT_SIZE_ARTICLE_600,
  OT_EXPORT_SIZE_ARTICLE_800,
  OT_EXPORT_SIZE_CUSTOM,       /* export-width × export-height */
} OtExportSize;

typedef enum
{
  OT_EXPORT_LANGUAGE_APP,      /* the window's */
  OT_EXPORT_LANGUAGE_NL,
  OT_EXPORT_LANGUAGE_EN,
} OtExportLanguage;

GSettings *ot_settings_new      (void);
OtLang     ot_settings_get_lang (GSettings *settings);
OtLang     ot_settings_get_export_lang (GSettings *settings,
                                        OtLang     app_lang);
void       ot_settings_get_export_size (GSettings *settings,
                                        int       *width,
                                        int       *height);

G_END_DECLS
