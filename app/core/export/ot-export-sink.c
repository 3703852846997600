/* ot-export-sink.c: where a rendering goes (memory, or the temporary file of
 * a write), and the export's error domain, which every writer shares
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include "ot-export-private.h"

G_DEFINE_QUARK (ot-export-error-quark, ot_export_error)

gboolean
ot_export_sink_write (Sink       *sink,
                      const void *data,
                      gsize       length)
{
  if (sink->error != NULL)
    return FALSE;
  if (sink->writer == NULL)
    {
      g_byte_array_append (sink->bytes, data, length);
      return TRUE;
    }
  return ot_file_writer_write (sink->writer, data, length, &sink->error);
}

/* Cairo 1.16 can crash finishing a PDF whose stream failed early, so a
 * failed write is never reported to cairo (nor to libpng): the rest of
 * the bytes are dropped, and the write's error is reported after. */
cairo_status_t
ot_export_sink_cb (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  ot_export_sink_write (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}
