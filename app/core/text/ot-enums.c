/* ot-enums.c: an enum's words, as files, settings and the command line write them
 *
 * Each enum is registered (gnome.mkenums_simple, ot-*-enums.h), and its nicks
 * are the one table of its words: the figures file's units and hedges, the
 * command line's themes and SVG text, the settings' formats and themes. The
 * settings schema's <enum>s are made from the same headers (data/meson.build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-enums"

#include "config.h"

#include "ot-enums.h"

/* The value whose nick is @nick, exactly (case and all). */
gboolean
ot_enum_from_nick (GType       type,
                   const char *nick,
                   int        *out_value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    return FALSE;

  *out_value = value->value;
  return TRUE;
}

/* @value's nick; NULL for a value the enum does not have. */
const char *
ot_enum_to_nick (GType type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  klass = g_type_class_ref (type);
  found = g_enum_get_value (klass, value);
  /* Nicks are static strings of the registered type, which stays. */
  return found != NULL ? found->value_nick : NULL;
}
