/* ot-recovery.c: the recovery file
 *
 * Every edit marks the document changed; a second later at the latest the
 * whole document is written to the recovery file, through the one atomic
 * write, so a kill at any moment leaves either the old copy or the new
 * one. Saving or discarding deletes it; a start that finds one offers it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-recovery"

#include "config.h"

#include "ot-file-write.h"
#include "ot-i18n.h"
#include "ot-recovery.h"

struct _OtRecovery
{
  GFile                 *file;
  OtRecoveryProduceFunc  produce;
  gpointer               user_data;
  guint                  timeout;
};

GFile *
ot_recovery_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "ontheemd",
                                           "recovery.ontheemd", NULL);

  return g_file_new_for_path (path);
}

OtRecovery *
ot_recovery_new (GFile                 *file,
                 OtRecoveryProduceFunc  produce,
                 gpointer               user_data)
{
  OtRecovery *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (produce != NULL, NULL);

  self = g_new0 (OtRecovery, 1);
  self->file = g_object_ref (file);
  self->produce = produce;
  self->user_data = user_data;
  return self;
}

void
ot_recovery_free (OtRecovery *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->timeout, g_source_remove);
  g_object_unref (self->file);
  g_free (self);
}

GFile *
ot_recovery_get_file (OtRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->file;
}

static gboolean
write_cb (gpointer user_data)
{
  OtRecovery *self = user_data;
  g_autoptr(GError) error = NULL;

  self->timeout = 0;
  /* Nothing to tell a user here: the next change tries again, and saving
   * says what is wrong with the disk. */
  if (!ot_recovery_flush (self, &error))
    g_debug ("The recovery file could not be written: %s", error->message);
  return G_SOURCE_REMOVE;
}

void
ot_recovery_changed (OtRecovery *self)
{
  g_return_if_fail (self != NULL);

  if (self->timeout == 0)
    self->timeout = g_timeout_add (OT_RECOVERY_DELAY_MS, write_cb, self);
}

gboolean
ot_recovery_is_pending (OtRecovery *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->timeout != 0;
}

gboolean
ot_recovery_flush (OtRecovery  *self,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  g_clear_handle_id (&self->timeout, g_source_remove);
  bytes = self->produce (self->user_data);
  if (bytes == NULL)
    return TRUE;

  folder = g_file_get_parent (self->file);
  if (!g_file_make_directory_with_parents (folder, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return ot_file_write_bytes (self->file, bytes, NULL, error);
}

void
ot_recovery_discard (OtRecovery *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_file_delete (self->file, NULL, NULL);
}

GBytes *
ot_recovery_read (GFile   *file,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            &local_error);
  if (info == NULL)
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (g_file_info_get_size (info) > OT_RECOVERY_MAX_BYTES)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   ot_msg ("%s: the file is larger than %u MB, the most Ontheemd reads"), name,
                   (guint) (OT_RECOVERY_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}
