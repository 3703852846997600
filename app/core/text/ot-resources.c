/* ot-resources.c: the data compiled into the binary
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-resources"

#include "config.h"

#include "ot-resources.h"
#include "ot-core-resources.h"

/* Registered on first use: the headless path pays for nothing it does not
 * read, and a static library needs no constructor to be linked in. */
void
ot_resources_ensure (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      ot_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* Returns the bytes of a file in the resource's data folder. */
GBytes *
ot_resources_lookup (const char *name)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  ot_resources_ensure ();
  path = g_strconcat (RESOURCE_PREFIX "/data/", name, NULL);
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}
