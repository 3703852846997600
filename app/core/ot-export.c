/* ot-export.c: charts to PNG, SVG and PDF files, written whole or not at all
 *
 * A chart is rendered into memory first; only a complete rendering is
 * written, through g_file_replace (a temporary file renamed over the
 * target), so a failed export never leaves a half-written or clobbered
 * file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "ot-export.h"


G_DEFINE_QUARK (ot-export-error-quark, ot_export_error)

gboolean
ot_export_format_from_name (const char     *filename,
                            OtExportFormat *out_format,
                            GError        **error)
{
  static const struct { const char *ext; OtExportFormat format; } formats[] = {
    { ".png", OT_EXPORT_PNG }, { ".svg", OT_EXPORT_SVG }, { ".pdf", OT_EXPORT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_has_suffix (lower, formats[i].ext))
        {
          *out_format = formats[i].format;
          return TRUE;
        }
    }

  g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_FORMAT,
               "%s: unknown file type; the name must end in .png, .svg or .pdf", filename);
  return FALSE;
}

gboolean
ot_export_check_options (const OtExportOptions *options,
                         GError               **error)
{
  double pixels;

  g_return_val_if_fail (options != NULL, FALSE);

  if (options->width < 1 || options->width > OT_EXPORT_MAX_SIZE
      || options->height < 1 || options->height > OT_EXPORT_MAX_SIZE)
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE,
                   "the size %d×%d is out of range; width and height go from 1 to %d",
                   options->width, options->height, OT_EXPORT_MAX_SIZE);
      return FALSE;
    }

  if (options->scale < 1 || options->scale > OT_EXPORT_MAX_SCALE)
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE,
                   "the scale %d is out of range; it goes from 1 to %d",
                   options->scale, OT_EXPORT_MAX_SCALE);
      return FALSE;
    }

  pixels = (double) options->width * options->height * options->scale * options->scale;
  if (options->format == OT_EXPORT_PNG && pixels > OT_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE,
                   "a %d×%d PNG at scale %d would be %.0f megapixels; the most is %.0f",
                   options->width, options->height, options->scale,
                   pixels / 1e6, OT_EXPORT_MAX_PIXELS / 1e6);
      return FALSE;
    }

  return TRUE;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t status,
              GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_RENDER,
               "the chart could not be drawn: %s", cairo_status_to_string (status));
  return FALSE;
}

GBytes *
ot_export_render (const OtChart         *chart,
                  OtDataset             *dataset,
                  const OtExportOptions *options,
                  GError               **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ot_export_check_options (options, error))
    return NULL;

  bytes = g_byte_array_new ();

  switch (options->format)
    {
    case OT_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_cb, bytes,
                                                     options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case OT_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_cb, bytes,
                                                     options->width, options->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      ot_chart_get_title (chart, options->style.lang));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ontheemd");
      break;

    case OT_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                            options->width * options->scale,
                                            options->height * options->scale);
      break;
    }

  if (!check_status (cairo_surface_status (surface), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  if (options->format == OT_EXPORT_PNG)
    cairo_scale (cr, options->scale, options->scale);
  ot_chart_draw (cr, chart, dataset, options->width, options->height, &options->style);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && options->format == OT_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);

  /* Vector surfaces write their last bytes when finished. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_status (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Not g_file_replace_contents: in GLib 2.74 it closes the stream after a
 * failed write, and closing renames the partial temporary file over the
 * target, so a full disk destroyed the previous export. Closing through a
 * cancelled cancellable makes GLib delete the temporary file instead. */
static gboolean
replace_contents (GFile         *file,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (out == NULL)
    return FALSE;

  if (g_output_stream_write_all (G_OUTPUT_STREAM (out), data, size, NULL, cancellable, error))
    return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);

  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
  return FALSE;
}

gboolean
ot_export_to_file (const OtChart         *chart,
                   OtDataset             *dataset,
                   const OtExportOptions *options,
                   GFile                 *file,
                   GCancellable          *cancellable,
                   GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ot_export_render (chart, dataset, options, error);
  if (bytes == NULL)
    return FALSE;

  if (!replace_contents (file, bytes, cancellable, &local_error))
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE,
                   "%s: could not be written: %s", name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
