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

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ot-file-write.h"
#include "ot-i18n.h"
#include "ot-recovery.h"

struct _OtRecovery
{
  GFile                 *file;
  OtRecoveryProduceFunc  produce;
  gpointer               user_data;
  guint                  timeout;
  int                    lock_fd;   /* flock held on NAME.lock, or -1 */
  char                  *label;     /* what it is of, or NULL */
  gboolean               label_written;
};

GFile *
ot_recovery_folder (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "ontheemd", "recovery",
                                           NULL);

  return g_file_new_for_path (path);
}

/* NAME.lock or NAME.label beside NAME.ontheemd. */
static char *
sibling_path (GFile      *file,
              const char *suffix)
{
  g_autofree char *path = g_file_get_path (file);
  gsize length = strlen (path);

  if (g_str_has_suffix (path, ".ontheemd"))
    length -= strlen (".ontheemd");
  return g_strdup_printf ("%.*s%s", (int) length, path, suffix);
}

/* The lock on @file's NAME.lock (made if need be), or -1 when another
 * process holds it. The lock file holds nothing: its lock is what counts. */
static int
take_lock (GFile   *file,
           GError **error)
{
  g_autofree char *path = sibling_path (file, ".lock");
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
      return -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved = errno;

      close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
      return -1;
    }
  return fd;
}

static gboolean
make_folder (GFile   *folder,
             GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory_with_parents (folder, NULL, &local_error)
      || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

OtRecovery *
ot_recovery_new_own (GFile                 *folder,
                     OtRecoveryProduceFunc  produce,
                     gpointer               user_data,
                     GError               **error)
{
  static guint serial;
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;
  OtRecovery *self;
  int fd;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  if (!make_folder (folder, error))
    return NULL;
  /* When first, so that names sort by age. */
  name = g_strdup_printf ("window-%016" G_GINT64_FORMAT "-%d-%u-%08x.ontheemd",
                          g_get_real_time (), (int) getpid (), ++serial, g_random_int ());
  file = g_file_get_child (folder, name);
  if ((fd = take_lock (file, error)) < 0)
    return NULL;
  self = ot_recovery_new (file, produce, user_data);
  self->lock_fd = fd;
  return self;
}

static GBytes *
produce_nothing (gpointer user_data)
{
  return NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

OtRecovery *
ot_recovery_claim_left (GFile *folder)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  /* The one file that Ontheemd before windows of their own kept beside the
   * folder (recovery.ontheemd) is offered like the others. */
  {
    g_autoptr(GFile) parent = g_file_get_parent (folder);
    g_autoptr(GFile) legacy = parent != NULL ? g_file_get_child (parent, "recovery.ontheemd")
                                             : NULL;
    g_autoptr(GFile) moved = g_file_get_child (folder, "window-0000000000000000-0-0-00000000"
                                                       ".ontheemd");

    if (legacy != NULL && g_file_query_exists (legacy, NULL) && make_folder (folder, NULL))
      g_file_move (legacy, moved, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, NULL);
  }

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL
         && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".ontheemd"))
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  /* The oldest first, by name: a window's name starts with when. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (folder, g_ptr_array_index (names, i));
      int fd = take_lock (file, NULL);

      if (fd >= 0)
        {
          OtRecovery *self;

          /* Gone between the listing and the lock: saved by its window. */
          if (!g_file_query_exists (file, NULL))
            {
              g_autofree char *lock = sibling_path (file, ".lock");

              g_unlink (lock);
              close (fd);
              continue;
            }
          self = ot_recovery_new (file, produce_nothing, NULL);
          self->lock_fd = fd;
          {
            g_autofree char *label_path = sibling_path (file, ".label");
            g_autofree char *label = NULL;

            if (g_file_get_contents (label_path, &label, NULL, NULL) && *label != '\0'
                && strlen (label) < 4096 && g_utf8_validate (label, -1, NULL))
              self->label = g_steal_pointer (&label);
            self->label_written = TRUE;
          }
          return self;
        }
    }
  return NULL;
}

void
ot_recovery_set_label (OtRecovery *self,
                       const char *label)
{
  g_return_if_fail (self != NULL);

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  self->label_written = FALSE;
}

char *
ot_recovery_dup_label (OtRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup (self->label);
}

GDateTime *
ot_recovery_dup_time (OtRecovery *self)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  return info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
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
  self->lock_fd = -1;
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
  if (self->lock_fd >= 0)
    {
      /* Nothing left to recover: the lock file goes too. Else it stays,
       * unlocked, for the next start to offer. */
      if (!g_file_query_exists (self->file, NULL))
        {
          g_autofree char *lock = sibling_path (self->file, ".lock");

          g_unlink (lock);
        }
      close (self->lock_fd);
    }
  g_object_unref (self->file);
  g_free (self->label);
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
  if (!make_folder (folder, error))
    return FALSE;
  /* What it is of, before it: whoever finds the file can name it. */
  if (self->lock_fd >= 0 && !self->label_written)
    {
      g_autofree char *path = sibling_path (self->file, ".label");
      g_autoptr(GFile) label = g_file_new_for_path (path);
      g_autoptr(GBytes) text = g_bytes_new (self->label != NULL ? self->label : "",
                                            self->label != NULL ? strlen (self->label) : 0);

      if (!ot_file_write_bytes (label, text, NULL, error))
        return FALSE;
      self->label_written = TRUE;
    }
  return ot_file_write_bytes (self->file, bytes, NULL, error);
}

void
ot_recovery_discard (OtRecovery *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_file_delete (self->file, NULL, NULL);
  if (self->lock_fd >= 0)
    {
      g_autofree char *label = sibling_path (self->file, ".label");

      g_unlink (label);
      self->label_written = FALSE;
    }
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
