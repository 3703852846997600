/* ot-archive.h: libarchive, opened only when a zip is read or written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>

G_BEGIN_DECLS

/* The functions of libarchive that Ontheemd calls. The program does not
 * link libarchive (and with it libxml2, ICU and libstdc++): a PNG, SVG or
 * PDF export would load them for nothing. ot_archive_get() opens it the
 * first time a zip is read or written. */
#define OT_ARCHIVE_FUNCTIONS(F) \
  F (archive_error_string) \
  F (archive_set_error) \
  F (archive_read_new) \
  F (archive_read_support_format_zip) \
  F (archive_read_open) \
  F (archive_read_next_header) \
  F (archive_read_data) \
  F (archive_read_free) \
  F (archive_write_new) \
  F (archive_write_set_format_zip) \
  F (archive_write_set_bytes_in_last_block) \
  F (archive_write_open) \
  F (archive_write_zip_set_compression_store) \
  F (archive_write_zip_set_compression_deflate) \
  F (archive_write_header) \
  F (archive_write_data) \
  F (archive_write_close) \
  F (archive_write_free) \
  F (archive_entry_new) \
  F (archive_entry_free) \
  F (archive_entry_pathname) \
  F (archive_entry_filetype) \
  F (archive_entry_is_encrypted) \
  F (archive_entry_set_pathname) \
  F (archive_entry_set_filetype) \
  F (archive_entry_set_perm) \
  F (archive_entry_set_size) \
  F (archive_entry_set_mtime)

#define OT_ARCHIVE_DECLARE_FUNCTION(name) __typeof__ (name) *name;
typedef struct
{
  OT_ARCHIVE_FUNCTIONS (OT_ARCHIVE_DECLARE_FUNCTION)
} OtArchive;
#undef OT_ARCHIVE_DECLARE_FUNCTION

/* libarchive, opened once for the process; NULL with @error set (in the
 * language of messages) when it cannot be opened. */
const OtArchive *ot_archive_get  (GError    **error);

/* The same from a library of that name (tests name one that is missing). */
const OtArchive *ot_archive_open (const char *soname,
                                  GError    **error);

G_END_DECLS
