/* ot-export.c: charts to PNG, SVG and PDF files, written whole or not at all
 *
 * A PNG or SVG is rendered into memory first; a PDF streams into the
 * temporary file of an OtFileWriter (ot-file-write.c), which replaces the
 * target only once the document is complete. A failed export never leaves
 * a half-written or clobbered file, nor a new partial one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "ot-chart-private.h"
#include "ot-enums.h"
#include "ot-export-enums.h"
#include "ot-export-private.h"
#include "ot-export.h"
#include "ot-file-write.h"
#include "ot-slide.h"
#include "ot-text.h"

gboolean
ot_export_format_from_name (const char     *filename,
                            OtExportFormat *out_format,
                            GError        **error)
{
  g_autofree char *lower = NULL;
  const char *dot;
  int format;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  /* The extension is the format's nick: .png, .svg, .pdf, in any case. */
  lower = g_ascii_strdown (filename, -1);
  dot = strrchr (lower, '.');
  if (dot != NULL && ot_enum_from_nick (OT_TYPE_EXPORT_FORMAT, dot + 1, &format))
    {
      *out_format = format;
      return TRUE;
    }

  g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_FORMAT,
               ot_msg ("%s: unknown file type; the name must end in .png, .svg, .pdf or .html"),
               filename);
  return FALSE;
}

/* In the order of the window's size row (OtExportSize in ot-settings.h,
 * whose nicks are these names); "custom" is the window's own. */
static const OtExportSizePreset size_presets[] = {
  { "slide-16-9", N_("Slide 16:9"), 1920, 1080 },
  { "slide-4-3", N_("Slide 4:3"), 1024, 768 },
  /* A4 in points, 1/72 inch. */
  { "a4-landscape", N_("A4 landscape"), 842, 595 },
  { "a4-portrait", N_("A4 portrait"), 595, 842 },
  { "square", N_("Square 1080 × 1080"), 1080, 1080 },
  { "social-card", N_("Social card 1200 × 675"), 1200, 675 },
  { "article-600", N_("Article 600 wide"), 600, 400 },
  { "article-800", N_("Article 800 wide"), 800, 500 },
};

const OtExportSizePreset *
ot_export_get_size_presets (guint *n_presets)
{
  g_return_val_if_fail (n_presets != NULL, NULL);

  *n_presets = G_N_ELEMENTS (size_presets);
  return size_presets;
}

const OtExportSizePreset *
ot_export_lookup_size_preset (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (size_presets); i++)
    if (g_str_equal (size_presets[i].name, name))
      return &size_presets[i];
  return NULL;
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
                   ot_msg ("the size %d×%d is out of range; width and height go from 1 to %d"),
                   options->width, options->height, OT_EXPORT_MAX_SIZE);
      return FALSE;
    }

  if (options->scale < 1 || options->scale > OT_EXPORT_MAX_SCALE)
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE,
                   ot_msg ("the scale %d is out of range; it goes from 1 to %d"),
                   options->scale, OT_EXPORT_MAX_SCALE);
      return FALSE;
    }

  if (options->style.transparent && options->format != OT_EXPORT_PNG)
    {
      g_set_error_literal (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_FORMAT,
                           ot_msg ("a transparent background is for PNG only"));
      return FALSE;
    }

  pixels = (double) options->width * options->height * options->scale * options->scale;
  if (options->format == OT_EXPORT_PNG && pixels > OT_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE,
                   ot_msg ("a %d×%d PNG at scale %d would be %.0f megapixels; the most is %.0f"),
                   options->width, options->height, options->scale,
                   pixels / 1e6, OT_EXPORT_MAX_PIXELS / 1e6);
      return FALSE;
    }

  if (options->format == OT_EXPORT_PNG
      && ((gint64) options->width * options->scale > OT_EXPORT_MAX_PNG_SIDE
          || (gint64) options->height * options->scale > OT_EXPORT_MAX_PNG_SIDE))
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_SIZE,
                   ot_msg ("a %d×%d PNG at scale %d would be %d×%d pixels; a PNG is at most "
                           "%d pixels a side (width × scale and height × scale)"),
                   options->width, options->height, options->scale,
                   options->width * options->scale, options->height * options->scale,
                   OT_EXPORT_MAX_PNG_SIDE);
      return FALSE;
    }

  return TRUE;
}

gboolean
ot_export_check_status (cairo_status_t status,
                        GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_RENDER,
               ot_msg ("the chart could not be drawn: %s"),
               status == CAIRO_STATUS_NO_MEMORY ? ot_msg ("out of memory")
                                                : cairo_status_to_string (status));
  return FALSE;
}

static void
metadata_clear (Metadata *meta)
{
  g_free (meta->title);
  g_free (meta->description);
  g_free (meta->source);
  g_free (meta->software);
  g_free (meta->keywords);
  g_free (meta->author);
  g_clear_pointer (&meta->created, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Metadata, metadata_clear)

/* SOURCE_DATE_EPOCH makes builds and tests reproducible. */
GDateTime *
ot_export_creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  char *end = NULL;
  gint64 seconds;

  if (epoch != NULL && *epoch != '\0')
    {
      seconds = g_ascii_strtoll (epoch, &end, 10);
      if (end != NULL && *end == '\0')
        return g_date_time_new_from_unix_utc (seconds);
    }
  return g_date_time_new_now_utc ();
}

/* @title and @description are taken; @source is what the chart's source
 * line cites (never a folder), the dataset's where there is none. */
static void
metadata_init (Metadata      *meta,
               char          *title,
               char          *description,
               const char    *source,
               OtDataset     *dataset,
               OtLang         lang)
{
  g_autofree char *cited = g_strdup_printf (ot_gettext (lang, "Source: %s"),
                                            source != NULL ? source
                                                           : ot_dataset_get_source_label (dataset,
                                                                                          lang));

  /* Whatever reached the chart, the file holds only what XML and PDF can:
   * an SVG stays well-formed, a PDF's metadata valid. */
  meta->title = ot_text_make_visible (title);
  g_free (title);
  meta->description = ot_text_make_visible (description);
  g_free (description);
  meta->source = ot_text_make_visible (cited);
  meta->software = g_strdup ("Ontheemd " PACKAGE_VERSION);
  meta->keywords = ot_dataset_dup_keywords (dataset, lang);
  meta->created = ot_export_creation_time ();
}

static gboolean
check_surface (cairo_surface_t *surface,
               GError         **error)
{
  if (ot_export_check_status (cairo_surface_status (surface), error))
    return TRUE;
  cairo_surface_destroy (surface);
  return FALSE;
}

static void
set_pdf_metadata (cairo_surface_t *surface,
                  const Metadata  *meta)
{
  g_autofree char *date = g_date_time_format_iso8601 (meta->created);
  g_autofree char *subject = g_strdup_printf ("%s %s", meta->description, meta->source);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, meta->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  meta->author != NULL ? meta->author : "Ontheemd");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, meta->software);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, meta->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/* The chart, drawn whole, into @sink; NULL on failure. */
static gboolean
render_chart (const OtChart         *chart,
              OtDataset             *dataset,
              const OtExportOptions *options,
              Sink                  *sink,
              GError               **error)
{
  g_autoptr(GByteArray) svg = NULL;
  g_auto(Metadata) meta = { 0 };
  g_autofree char *svg_texts = NULL;
  const OtChartStyle *style;
  cairo_surface_t *surface;
  cairo_status_t status;
  PangoContext *context;
  OtChartLayout *layout;
  Sink svg_sink = { 0 };
  cairo_t *cr;

  if (!ot_export_check_options (options, error))
    return FALSE;

  style = &options->style;

  if (options->format == OT_EXPORT_HTML)
    {
      g_autoptr(GBytes) page = ot_export_render_html (chart, dataset, options, error);

      if (page == NULL)
        return FALSE;
      ot_export_sink_write (sink, g_bytes_get_data (page, NULL), g_bytes_get_size (page));
      return sink->error == NULL;
    }

  switch (options->format)
    {
    case OT_EXPORT_SVG:
      /* Its title and description go in once cairo has finished it. */
      svg = g_byte_array_new ();
      svg_sink.bytes = svg;
      surface = cairo_svg_surface_create_for_stream (ot_export_sink_cb, &svg_sink,
                                                     options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case OT_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (ot_export_sink_cb, sink,
                                                     options->width, options->height);
      break;

    case OT_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (style->transparent ? CAIRO_FORMAT_ARGB32
                                                               : CAIRO_FORMAT_RGB24,
                                            options->width * options->scale,
                                            options->height * options->scale);
      break;
    }

  if (!check_surface (surface, error))
    return FALSE;

  cr = cairo_create (surface);
  if (options->format == OT_EXPORT_PNG)
    cairo_scale (cr, options->scale, options->scale);

  context = ot_chart_text_context_new (cr);
  layout = ot_chart_layout_new (chart, context, dataset, options->width, options->height, style);
  metadata_init (&meta, ot_chart_dup_title (chart, dataset, style->lang),
                 g_strdup (layout->description != NULL ? layout->description : ""),
                 layout->source_line, dataset, style->lang);
  if (options->format == OT_EXPORT_PDF)
    set_pdf_metadata (surface, &meta);

  if (options->format == OT_EXPORT_SVG && options->svg_text == OT_SVG_TEXT_TEXT)
    svg_texts = ot_export_svg_text_elements (layout, ot_chart_style_get_palette (style), FALSE);
  else if (options->format == OT_EXPORT_SVG)
    svg_texts = ot_export_svg_glyph_elements (layout, ot_chart_style_get_palette (style));
  if (svg_texts != NULL)
    ot_chart_layout_paint_shapes (layout, cr, style);
  else
    ot_chart_layout_paint (layout, cr, style);

  ot_chart_layout_free (layout);
  g_object_unref (context);
  status = cairo_status (cr);
  cairo_destroy (cr);

  /* Vector surfaces write their last bytes when finished. */
  if (options->format != OT_EXPORT_PNG)
    cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (sink->error != NULL)
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  if (!ot_export_check_status (status, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  if (options->format == OT_EXPORT_PNG)
    {
      gboolean ok = ot_export_write_png (surface, &meta, style->lang, sink, error);

      cairo_surface_destroy (surface);
      return ok && sink->error == NULL;
    }

  cairo_surface_destroy (surface);
  if (options->format == OT_EXPORT_SVG)
    {
      ot_export_svg_fix_surface_id (svg);
      ot_export_insert_svg_metadata (svg, &meta, svg_texts);
      ot_export_sink_write (sink, svg->data, svg->len);
      return sink->error == NULL;
    }
  return TRUE;
}

GBytes *
ot_export_render (const OtChart         *chart,
                  OtDataset             *dataset,
                  const OtExportOptions *options,
                  GError               **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Sink sink = { bytes, NULL, NULL };

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!render_chart (chart, dataset, options, &sink, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* One 16:9 page a slide, each with a bookmark, in one vector PDF. */
static gboolean
render_deck (const OtChart * const *charts,
             guint                  n_charts,
             OtDataset             *dataset,
             const OtExportOptions *options,
             Sink                  *sink,
             GError               **error)
{
  g_auto(Metadata) meta = { 0 };
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GString) cited = g_string_new (NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  const OtChartStyle *style;
  cairo_surface_t *surface;
  cairo_status_t status;
  PangoContext *context;
  cairo_t *cr;
  guint page = 0;

  if (!ot_export_check_options (options, error))
    return FALSE;

  style = &options->style;
  g_ptr_array_add (sources, NULL);
  surface = cairo_pdf_surface_create_for_stream (ot_export_sink_cb, sink, options->width,
                                                 options->height);
  if (!check_surface (surface, error))
    return FALSE;

  for (guint i = 0; i < n_charts; i++)
    {
      g_autofree char *title = ot_chart_dup_title (charts[i], dataset, style->lang);

      g_string_append_printf (description, "%s%u. %s", i > 0 ? "; " : "", i + 1, title);
    }

  cr = cairo_create (surface);
  context = ot_chart_text_context_new (cr);
  if (ot_deck_changes_has_title_slide (options->deck))
    {
      g_autofree char *title = ot_text_make_visible (options->deck->title);
      g_autofree char *link = g_strdup_printf ("page=%u", ++page);

      ot_slide_paint_title (cr, context, options->width, options->height, style, options->deck);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, link,
                                     CAIRO_PDF_OUTLINE_FLAG_OPEN);
      cairo_show_page (cr);
    }
  for (guint i = 0; i < n_charts; i++)
    {
      g_autofree char *link = g_strdup_printf ("page=%u", ++page);
      const OtDeckSlide *edits = ot_deck_changes_get_slide (options->deck, charts[i]->id);
      g_autofree char *named = NULL;
      g_autofree char *title = NULL;
      OtSlideLayout *slide = ot_slide_layout_new_edited (charts[i], context, dataset, options->width,
                                                         options->height, style, i + 1, n_charts,
                                                         edits);
      const char *source = slide->chart->source_line;

      /* The bookmark is the slide's title as shown, the user's if any. */
      named = ot_slide_dup_title (charts[i], dataset, edits != NULL ? edits->changes : NULL,
                                  style->lang);
      /* A bookmark holds only what a PDF can. */
      title = ot_text_make_visible (named);

      /* The deck cites what its slides cite, each once. */
      if (source != NULL && !g_strv_contains ((const char * const *) sources->pdata, source))
        {
          g_ptr_array_insert (sources, sources->len - 1, g_strdup (source));
          g_string_append_printf (cited, "%s%s", cited->len > 0 ? "; " : "", source);
        }

      ot_slide_layout_paint (slide, cr, style);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, link,
                                     CAIRO_PDF_OUTLINE_FLAG_OPEN);
      ot_slide_layout_free (slide);
      cairo_show_page (cr);
      if (edits != NULL && edits->speaker_notes != NULL && *edits->speaker_notes != '\0')
        {
          ot_slide_paint_notes (cr, context, options->width, options->height, style, named,
                            edits->speaker_notes);
          page++;
          cairo_show_page (cr);
        }
    }
  g_object_unref (context);

  /* What the data is, not the letter's title for every deck. */
  metadata_init (&meta, ot_dataset_dup_title (dataset, style->lang),
                 g_strdup_printf (ot_gettext (style->lang, "Slides: %s."), description->str),
                 cited->len > 0 ? cited->str : NULL, dataset, style->lang);
  /* A briefing's deck is hers: its title and author, as its title slide. */
  if (ot_deck_changes_has_title_slide (options->deck))
    {
      g_free (meta.title);
      meta.title = ot_text_make_visible (options->deck->title);
      if (options->deck->author != NULL && *options->deck->author != '\0')
        meta.author = ot_text_make_visible (options->deck->author);
    }
  set_pdf_metadata (surface, &meta);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return sink->error == NULL && ot_export_check_status (status, error);
}

GBytes *
ot_export_render_deck (const OtChart * const *charts,
                       guint                  n_charts,
                       OtDataset             *dataset,
                       const OtExportOptions *options,
                       GError               **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Sink sink = { bytes, NULL, NULL };

  g_return_val_if_fail (charts != NULL && n_charts > 0, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!render_deck (charts, n_charts, dataset, options, &sink, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* What a failed write says: the writer's message names the file; a
 * rendering that failed is named after it too. */
static gboolean
finish_write (OtFileWriter  *writer,
              Sink          *sink,
              gboolean       rendered,
              GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (sink->error != NULL)
    local_error = g_steal_pointer (&sink->error);
  else if (!rendered)
    return FALSE;
  else if (ot_file_writer_commit (writer, cancellable, &local_error))
    return TRUE;

  g_set_error_literal (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE, local_error->message);
  return FALSE;
}

static OtFileWriter *
begin_write (GFile         *file,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  OtFileWriter *writer = ot_file_writer_new (file, cancellable, &local_error);

  if (writer == NULL)
    g_set_error_literal (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE, local_error->message);
  return writer;
}

gboolean
ot_export_deck_to_file (const OtChart * const *charts,
                        guint                  n_charts,
                        OtDataset             *dataset,
                        const OtExportOptions *options,
                        GFile                 *file,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_autoptr(OtFileWriter) writer = NULL;
  Sink sink = { 0 };
  gboolean rendered;

  g_return_val_if_fail (charts != NULL && n_charts > 0, FALSE);
  g_return_val_if_fail (OT_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ot_export_check_options (options, error))
    return FALSE;
  writer = begin_write (file, cancellable, error);
  if (writer == NULL)
    return FALSE;

  sink.writer = writer;
  rendered = render_deck (charts, n_charts, dataset, options, &sink, error);
  return finish_write (writer, &sink, rendered, file, cancellable, error);
}

gboolean
ot_export_to_file (const OtChart         *chart,
                   OtDataset             *dataset,
                   const OtExportOptions *options,
                   GFile                 *file,
                   GCancellable          *cancellable,
                   GError               **error)
{
  g_autoptr(OtFileWriter) writer = NULL;
  Sink sink = { 0 };
  gboolean rendered;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (OT_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ot_export_check_options (options, error))
    return FALSE;
  writer = begin_write (file, cancellable, error);
  if (writer == NULL)
    return FALSE;

  sink.writer = writer;
  rendered = render_chart (chart, dataset, options, &sink, error);
  return finish_write (writer, &sink, rendered, file, cancellable, error);
}
