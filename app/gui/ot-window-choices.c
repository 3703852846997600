/* ot-window-choices.c: a briefing keeps its export choices (the charts'
 * language and theme, the format, the size and the scale), which the
 * window holds as settings: they go into the briefing when it is saved and
 * come back from it when it is opened, so the briefing exports tomorrow as
 * it did today
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-export.h"
#include "ot-settings.h"
#include "ot-window-private.h"

/* The language the charts export and the slides show in. */
OtLang
ot_window_get_export_lang (OtWindow *self)
{
  if (self->settings == NULL)
    return self->lang;
  return ot_settings_get_export_lang (self->settings, self->lang);
}

/* The settings' choices into the briefing (before it is saved). */
void
ot_window_take_export_choices (OtWindow *self)
{
  int width, height;
  OtLang lang;

  if (self->briefing == NULL || self->settings == NULL)
    return;

  lang = ot_window_get_export_lang (self);
  ot_settings_get_export_size (self->settings, &width, &height);
  ot_briefing_set_lang (self->briefing, lang);
  ot_briefing_set_theme (self->briefing, g_settings_get_enum (self->settings, "export-theme"));
  ot_briefing_set_export (self->briefing, g_settings_get_enum (self->settings, "export-format"),
                          width, height, g_settings_get_int (self->settings, "export-scale"));
}

/* The briefing's choices into the settings (when it is opened); what it
 * leaves at 0 stays as it is. */
void
ot_window_apply_export_choices (OtWindow *self)
{
  guint n_presets;
  const OtExportSizePreset *presets = ot_export_get_size_presets (&n_presets);
  OtExportFormat format;
  int width, height, scale;
  guint size = OT_EXPORT_SIZE_CUSTOM;

  if (self->briefing == NULL || self->settings == NULL)
    return;

  ot_briefing_get_export (self->briefing, &format, &width, &height, &scale);
  g_settings_set_enum (self->settings, "export-language",
                       ot_briefing_get_lang (self->briefing) == OT_LANG_NL
                       ? OT_EXPORT_LANGUAGE_NL : OT_EXPORT_LANGUAGE_EN);
  g_settings_set_enum (self->settings, "export-theme", ot_briefing_get_theme (self->briefing));
  g_settings_set_enum (self->settings, "export-format", format);
  if (scale >= 1 && scale <= 3)
    g_settings_set_int (self->settings, "export-scale", scale);
  if (width <= 0 || height <= 0)
    return;
  for (guint i = 0; i < n_presets && i < OT_EXPORT_SIZE_CUSTOM; i++)
    if (presets[i].width == width && presets[i].height == height)
      {
        size = i;
        break;
      }
  if (size == OT_EXPORT_SIZE_CUSTOM)
    {
      g_settings_set_int (self->settings, "export-width", CLAMP (width, 1, 16384));
      g_settings_set_int (self->settings, "export-height", CLAMP (height, 1, 16384));
    }
  g_settings_set_enum (self->settings, "export-size", size);
}
