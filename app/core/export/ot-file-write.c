/* ot-file-write.c: the one way Ontheemd writes a file: whole, or not at all
 *
 * Not g_file_replace nor g_file_replace_contents: GLib writes in place
 * whenever it cannot make its temporary file (a folder the user may not
 * write, a symbolic link, a file with other hard links), which is exactly
 * when a failed write destroys the previous file. Not g_file_set_contents_full
 * either: it replaces a symbolic link by a file, and gives a replaced file
 * the mode it is passed instead of the one it had.
 *
 * So: resolve the links, make a temporary file in the folder of the real
 * target (a rename stays inside one file system), give it the target's
 * mode and owner, write, fsync, close, rename over the target, fsync the
 * folder. Any failure before the rename deletes the temporary file; the
 * target is never opened for writing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-file-write"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ot-file-write.h"
#include "ot-i18n.h"

/* As the kernel's own limit on links followed in one lookup. */
#define MAX_LINKS 40
/* Of the target's name in the temporary one: keeps it under NAME_MAX. */
#define MAX_NAME_PREFIX 64

struct _OtFileWriter
{
  char     *display_name;   /* what messages call the file: as the user gave it */
  char     *target;         /* the file the links lead to */
  char     *temporary;
  int       fd;
  gboolean  existed;
  gboolean  committed;
  GError   *error;          /* the first failure; every later call repeats it */
};

/* What went wrong, in Ontheemd's words (which have a Dutch translation)
 * where it has them, else libc's. */
static char *
describe_errno (int saved_errno)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                                 g_strerror (saved_errno));

  return g_strdup (ot_msg_for_error (error));
}

/* "chart.png: could not be written: WHAT: REASON; AFTERWARDS"; @what is
 * NULL or a translated phrase. */
static void
set_errno_error (GError       **error,
                 int            saved_errno,
                 OtFileWriter  *self,
                 const char    *what)
{
  g_autofree char *reason = describe_errno (saved_errno);
  const char *afterwards = self->existed ? ot_msg ("the file is as it was")
                                         : ot_msg ("no file was made");

  if (what != NULL)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 ot_msg ("%s: could not be written: %s: %s; %s"), self->display_name, what,
                 reason, afterwards);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 ot_msg ("%s: could not be written: %s; %s"), self->display_name, reason,
                 afterwards);
}

/* The file that @path names once every symbolic link is followed, relative
 * links from the folder of the link; the file itself need not exist (a
 * link may point to a file still to be made). */
char *
ot_file_resolve_links (const char *path,
                       GError    **error)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  current = g_strdup (path);
  for (guint i = 0; i <= MAX_LINKS; i++)
    {
      g_autofree char *link = NULL;
      g_autoptr(GError) local_error = NULL;
      struct stat st;

      if (g_lstat (current, &st) != 0)
        {
          int saved_errno = errno;

          if (saved_errno == ENOENT)
            return g_steal_pointer (&current);
          g_autofree char *reason = describe_errno (saved_errno);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s",
                       current, reason);
          return NULL;
        }
      if (!S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, &local_error);
      if (link == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code, "%s: %s", current,
                       ot_msg_for_error (local_error));
          return NULL;
        }
      if (!g_path_is_absolute (link))
        {
          g_autofree char *folder = g_path_get_dirname (current);
          char *joined = g_build_filename (folder, link, NULL);

          g_free (current);
          current = joined;
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               ot_msg ("%s: more than %d symbolic links in a row"), path, MAX_LINKS);
  return NULL;
}

/* ".name.XXXXXX": hidden in file managers, and recognisable if a crash
 * ever leaves one. The name is cut on a character boundary. */
static char *
temporary_template (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = NULL;
  gsize len = strlen (base);

  if (len > MAX_NAME_PREFIX)
    {
      len = MAX_NAME_PREFIX;
      while (len > 0 && ((guchar) base[len] & 0xC0) == 0x80)
        len--;
      base[len] = '\0';
    }
  name = g_strdup_printf (".%s.XXXXXX", base);
  return g_build_filename (folder, name, NULL);
}

OtFileWriter *
ot_file_writer_new (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(OtFileWriter) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = NULL;
  const char *path;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (OtFileWriter, 1);
  self->fd = -1;
  self->display_name = g_file_get_parse_name (file);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      /* A remote location has no folder to make a temporary file in that
       * a rename could replace it from. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   ot_msg ("%s: could not be written: only files on this computer's own disks "
                           "and mounted folders can be written"), self->display_name);
      return NULL;
    }

  self->target = ot_file_resolve_links (path, &local_error);
  if (self->target == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   ot_msg ("%s: could not be written: %s"), self->display_name,
                   local_error->message);
      return NULL;
    }

  exists = self->existed = g_stat (self->target, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   ot_msg ("%s: could not be written: it is a folder"), self->display_name);
      return NULL;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      /* Renaming over /dev/null would replace the device. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   ot_msg ("%s: could not be written: it is not a regular file (a device, a "
                           "pipe or a socket); Ontheemd writes only regular files"),
                   self->display_name);
      return NULL;
    }

  self->temporary = temporary_template (self->target);
  /* 0666 less the umask, as any new file; an existing file's mode below. */
  self->fd = g_mkstemp_full (self->temporary, O_RDWR | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *what = NULL;

      folder = g_path_get_dirname (self->target);
      g_clear_pointer (&self->temporary, g_free);
      what = g_strdup_printf (ot_msg ("no temporary file can be made in the folder %s"), folder);
      set_errno_error (error, saved_errno, self, what);
      return NULL;
    }

  if (exists)
    {
      /* The same owner when that is allowed (root, or a group of one's
       * own); chown clears set-id bits, so the mode comes after it. */
      if ((st.st_uid != geteuid () || st.st_gid != getegid ())
          && fchown (self->fd, st.st_uid, st.st_gid) != 0)
        (void) !fchown (self->fd, (uid_t) -1, st.st_gid);
      if (fchmod (self->fd, st.st_mode & 07777) != 0)
        {
          int saved_errno = errno;

          set_errno_error (error, saved_errno, self,
                           ot_msg ("the temporary file cannot be given the file's mode"));
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

gboolean
ot_file_writer_write (OtFileWriter *self,
                      const void   *data,
                      gsize         len,
                      GError      **error)
{
  const guint8 *bytes = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  while (self->error == NULL && len > 0)
    {
      gssize n = write (self->fd, bytes, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        set_errno_error (&self->error, errno, self, NULL);
      else
        {
          bytes += n;
          len -= n;
        }
    }

  if (self->error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }
  return TRUE;
}

static void
sync_folder (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  /* The rename is on disk once its folder is; some file systems cannot
   * sync a folder, and the file is whole either way. */
  if (fd >= 0)
    {
      (void) fsync (fd);
      close (fd);
    }
}

gboolean
ot_file_writer_commit (OtFileWriter  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A full disk, or a network file system, may say so only here. */
  if (fsync (self->fd) != 0)
    {
      set_errno_error (error, errno, self, NULL);
      return FALSE;
    }
  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0)
    {
      set_errno_error (error, errno, self, NULL);
      return FALSE;
    }

  if (g_rename (self->temporary, self->target) != 0)
    {
      int saved_errno = errno;

      set_errno_error (error, saved_errno, self,
                       ot_msg ("the new file cannot replace the old one"));
      return FALSE;
    }

  self->committed = TRUE;
  sync_folder (self->target);
  return TRUE;
}

void
ot_file_writer_free (OtFileWriter *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temporary != NULL)
    g_unlink (self->temporary);

  g_free (self->display_name);
  g_free (self->target);
  g_free (self->temporary);
  g_clear_error (&self->error);
  g_free (self);
}

const char *
ot_file_writer_get_target_path (OtFileWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->target;
}

const char *
ot_file_writer_get_temporary_path (OtFileWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temporary;
}

gboolean
ot_file_write_bytes (GFile         *file,
                     GBytes        *bytes,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(OtFileWriter) writer = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  writer = ot_file_writer_new (file, cancellable, error);
  return writer != NULL && ot_file_writer_write (writer, data, size, error)
         && ot_file_writer_commit (writer, cancellable, error);
}
