/* ot-export-svg.c: what cairo leaves out of an SVG: its title, description
 * and metadata, and, for editable text, the chart's texts as <text>
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <string.h>

#include "ot-chart-private.h"
#include "ot-export-private.h"
#include "ot-text.h"

static void
splice (GByteArray *array,
        gsize       at,
        const char *text)
{
  g_autoptr(GByteArray) copy = g_byte_array_sized_new (array->len + strlen (text));

  g_byte_array_append (copy, array->data, at);
  g_byte_array_append (copy, (const guint8 *) text, strlen (text));
  g_byte_array_append (copy, array->data + at, array->len - at);
  g_byte_array_set_size (array, 0);
  g_byte_array_append (array, copy->data, copy->len);
}

/* Cairo names the drawing after how many surfaces the process made before
 * it (<g id="surface935">): the same chart would differ by who exported it
 * (the window after drawing, the command line first). Every SVG we write
 * is one surface, so its group is "surface1" wherever it was made. */
void
ot_export_svg_fix_surface_id (GByteArray *svg)
{
  static const char tag[] = "<g id=\"surface";
  const char *data = (const char *) svg->data;
  const char *at = g_strstr_len (data, svg->len, tag);
  gsize start, end;

  if (at == NULL)
    return;
  start = at - data + strlen (tag);
  for (end = start; end < svg->len && g_ascii_isdigit (data[end]); end++)
    ;
  if (end == start || end >= svg->len || data[end] != '"')
    return;
  g_byte_array_remove_range (svg, start, end - start);
  splice (svg, start, "1");
}

/* Cairo writes no title or description into an SVG; they go right after
 * the opening <svg> tag, where viewers and screen readers look. Editable
 * texts (@extra) go last, above the shapes. */
void
ot_export_insert_svg_metadata (GByteArray     *svg,
                               const Metadata *meta,
                               const char     *extra)
{
  const char *data = (const char *) svg->data;
  const char *open = g_strstr_len (data, svg->len, "<svg");
  const char *end = open != NULL ? memchr (open, '>', svg->len - (open - data)) : NULL;
  const char *close = g_strrstr_len (data, svg->len, "</svg>");
  g_autofree char *head = NULL;

  if (end == NULL || close == NULL)
    return;

  head = g_markup_printf_escaped ("\n<title>%s</title>\n<desc>%s %s</desc>\n"
                                  "<metadata>%s; %s</metadata>",
                                  meta->title, meta->description, meta->source, meta->software,
                                  meta->keywords);
  if (extra != NULL)
    splice (svg, close - data, extra);
  splice (svg, end + 1 - data, head);
}

static void
append_color (GString       *out,
              const OtColor *color)
{
  g_string_append_printf (out, "#%02x%02x%02x", (guint) (color->red * 255 + 0.5),
                          (guint) (color->green * 255 + 0.5), (guint) (color->blue * 255 + 0.5));
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

/* The chart's texts as <text> elements, line by line where pango broke
 * them, with a list of fonts to fall back on; @body_only leaves out the
 * header and the source line, which a web page writes as its own text. */
char *
ot_export_svg_text_elements (const OtChartLayout *layout,
                             const OtPalette     *palette,
                             gboolean             body_only)
{
  GString *out = g_string_new ("<g font-family=\"Cantarell, 'Noto Sans', 'DejaVu Sans', "
                               "sans-serif\">\n");

  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);
      const PangoFontDescription *font = pango_layout_get_font_description (box->layout);
      const char *text = pango_layout_get_text (box->layout);
      PangoLayoutIter *iter;

      if (body_only && box->part != OT_TEXT_PART_BODY)
        continue;
      iter = pango_layout_get_iter (box->layout);

      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);
          g_autofree char *content = g_strndup (text + line->start_index, line->length);
          g_autofree char *escaped = NULL;

          g_strchomp (content);
          if (*content == '\0')
            continue;
          {
            g_autofree char *visible = ot_text_make_visible (content);

            escaped = g_markup_escape_text (visible, -1);
          }
          pango_layout_iter_get_line_extents (iter, NULL, &logical);

          g_string_append (out, "<text x=\"");
          append_number (out, box->rect.x + (double) logical.x / PANGO_SCALE);
          g_string_append (out, "\" y=\"");
          append_number (out, box->rect.y + (double) baseline / PANGO_SCALE);
          g_string_append (out, "\" font-size=\"");
          append_number (out, (double) pango_font_description_get_size (font) / PANGO_SCALE);
          g_string_append_printf (out, "px\" font-weight=\"%s\" fill=\"",
                                  pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD
                                  ? "bold" : "normal");
          append_color (out, ot_chart_layout_get_text_role (layout, box) == OT_TEXT_MUTED
                             ? &palette->muted : &palette->foreground);
          g_string_append_printf (out, "\" xml:space=\"preserve\">%s</text>\n", escaped);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  g_string_append (out, "</g>\n");
  return g_string_free (out, FALSE);
}
