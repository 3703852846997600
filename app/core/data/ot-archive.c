/* ot-archive.c: libarchive, opened only when a zip is read or written
 *
 * The library's name (its soname) is the one meson found at build time
 * (OT_LIBARCHIVE_SONAME in config.h), so the library opened is the one
 * the headers describe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-archive"

#include "config.h"

#include <gio/gio.h>
#include <gmodule.h>

#include "ot-archive.h"
#include "ot-i18n.h"

typedef struct
{
  const char *name;
  gsize       offset;
} Symbol;

#define OT_ARCHIVE_SYMBOL(name) { #name, G_STRUCT_OFFSET (OtArchive, name) },
static const Symbol symbols[] = { OT_ARCHIVE_FUNCTIONS (OT_ARCHIVE_SYMBOL) };
#undef OT_ARCHIVE_SYMBOL

const OtArchive *
ot_archive_open (const char *soname,
                 GError    **error)
{
  g_autofree OtArchive *archive = g_new0 (OtArchive, 1);
  GModule *module;

  g_return_val_if_fail (soname != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* dlerror()'s reasons are in English only; what a reader can do is the
   * same whatever it says. */
  module = g_module_open (soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   ot_msg ("cannot read or write a zip: the library %s (libarchive) is not "
                           "installed; install it and try again"), soname);
      return NULL;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      gpointer *slot = G_STRUCT_MEMBER_P (archive, symbols[i].offset);

      if (!g_module_symbol (module, symbols[i].name, slot) || *slot == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       ot_msg ("cannot read or write a zip: the library %s (libarchive) has no "
                               "%s; install libarchive %s or newer"),
                       soname, symbols[i].name, "3.6");
          g_module_close (module);
          return NULL;
        }
    }

  /* Kept for the rest of the process: an open archive's callbacks and
   * what it returned point into it. */
  g_module_make_resident (module);
  return g_steal_pointer (&archive);
}

const OtArchive *
ot_archive_get (GError **error)
{
  static GMutex lock;
  static const OtArchive *archive;
  const OtArchive *found;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&lock);
  if (archive == NULL)
    archive = ot_archive_open (OT_LIBARCHIVE_SONAME, error);
  found = archive;
  g_mutex_unlock (&lock);
  return found;
}
