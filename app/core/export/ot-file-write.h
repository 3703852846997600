/* ot-file-write.h: the one way Ontheemd writes a file: whole, or not at all
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A write in progress: the bytes go to a new temporary file beside the
 * file they are for (beside the file a symbolic link points to, so the
 * link stays a link), which only ot_file_writer_commit renames over it,
 * after it is flushed to disk. Freeing a writer that was not committed
 * deletes the temporary file. Errors are G_IO_ERROR ones whose message
 * names the file. */
typedef struct _OtFileWriter OtFileWriter;

OtFileWriter *ot_file_writer_new                (GFile         *file,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
gboolean      ot_file_writer_write              (OtFileWriter  *self,
                                                 const void    *data,
                                                 gsize          len,
                                                 GError       **error);
gboolean      ot_file_writer_commit             (OtFileWriter  *self,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
void          ot_file_writer_free               (OtFileWriter  *self);
const char   *ot_file_writer_get_target_path    (OtFileWriter  *self);
const char   *ot_file_writer_get_temporary_path (OtFileWriter  *self);

gboolean      ot_file_write_bytes               (GFile         *file,
                                                 GBytes        *bytes,
                                                 GCancellable  *cancellable,
                                                 GError       **error);

char         *ot_file_resolve_links             (const char    *path,
                                                 GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtFileWriter, ot_file_writer_free)

G_END_DECLS
