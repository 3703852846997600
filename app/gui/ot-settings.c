/* ot-settings.c: the program's settings, and the language they choose
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-settings"

#include "config.h"

#include "ot-export.h"
#include "ot-settings.h"

/* The schema from the environment or the system, else from our own prefix,
 * so an app installed into any prefix starts without XDG_DATA_DIRS. */
GSettings *
ot_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) own = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      own = g_settings_schema_source_new_from_directory (SCHEMA_DIR, source, FALSE, NULL);
      if (own != NULL)
        schema = g_settings_schema_source_lookup (own, APPLICATION_ID, TRUE);
    }

  if (schema == NULL)
    g_error ("The settings schema %s is not installed (looked in the system's folders and in %s)",
             APPLICATION_ID, SCHEMA_DIR);

  return g_settings_new_full (schema, NULL, NULL);
}

/* The language of the interface: the "language" setting, or the
 * environment's where it says "system". */
OtLang
ot_settings_get_lang (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), OT_LANG_EN);

  switch (g_settings_get_enum (settings, "language"))
    {
    case OT_LANGUAGE_CHOICE_NL:
      return OT_LANG_NL;
    case OT_LANGUAGE_CHOICE_EN:
      return OT_LANG_EN;
    case OT_LANGUAGE_CHOICE_SYSTEM:
    default:
      return ot_lang_from_environment ();
    }
}

/* The language the charts export and the slides show in: the
 * "export-language" setting, or the window's (APP_LANG) where it says "app". */
OtLang
ot_settings_get_export_lang (GSettings *settings,
                             OtLang     app_lang)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), app_lang);

  switch (g_settings_get_enum (settings, "export-language"))
    {
    case OT_EXPORT_LANGUAGE_NL:
      return OT_LANG_NL;
    case OT_EXPORT_LANGUAGE_EN:
      return OT_LANG_EN;
    case OT_EXPORT_LANGUAGE_APP:
    default:
      return app_lang;
    }
}

/* The size the charts export at: the chosen preset's, or export-width ×
 * export-height for a custom size. */
void
ot_settings_get_export_size (GSettings *settings,
                             int       *width,
                             int       *height)
{
  guint n_presets;
  const OtExportSizePreset *presets = ot_export_get_size_presets (&n_presets);
  guint size;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (width != NULL && height != NULL);

  size = g_settings_get_enum (settings, "export-size");
  *width = size < n_presets ? presets[size].width : g_settings_get_int (settings, "export-width");
  *height = size < n_presets ? presets[size].height : g_settings_get_int (settings, "export-height");
}
