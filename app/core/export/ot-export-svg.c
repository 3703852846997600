/* ot-export-svg.c: what cairo leaves out of an SVG: its title, description
 * and metadata; the chart's texts as outlines, each glyph once; and, for
 * editable text, the chart's texts as <text>
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
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

/* Texts as outlines.
 *
 * cairo's SVG surface writes every glyph's outline and every glyph it
 * draws with printf's %f, which was most of what an SVG export cost. The
 * same outlines (cairo's, of the same scaled fonts) are written here once
 * each as a <path> in <defs>, drawn with <use>, their numbers written with
 * integers. The texts go last, as ot_chart_layout_paint draws them after
 * the shapes. */

typedef struct
{
  cairo_scaled_font_t *font;
  PangoGlyph           glyph;
} GlyphKey;

static guint
glyph_key_hash (gconstpointer key)
{
  const GlyphKey *k = key;

  return g_direct_hash (k->font) ^ (k->glyph * 2654435761u);
}

static gboolean
glyph_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const GlyphKey *x = a, *y = b;

  return x->font == y->font && x->glyph == y->glyph;
}

/* Six decimals, as cairo writes them: an outline is in 24.8 fixed point,
 * a position in pango's 1024ths of a pixel, and a rasteriser's curves and
 * 24.8 rounding turn a change in the fifth decimal into edges up to 6/255
 * apart (the third: 15/255). */
#define COORDINATE_DECIMALS 6
#define COORDINATE_SCALE    1000000

/* @value to COORDINATE_DECIMALS, trailing zeros dropped, with integers only. */
static void
append_coordinate (GString *out,
                   double   value)
{
  char buffer[32], *end = buffer + sizeof buffer, *p = end;
  gboolean negative = value < 0;
  guint64 whole;
  guint32 fraction;

  /* Any layout is far smaller; nothing odd reaches the file as a number. */
  if (!(fabs (value) <= 1e12))
    value = 0, negative = FALSE;
  /* Half away from zero, as llround, without the call. */
  whole = (guint64) (fabs (value) * COORDINATE_SCALE + 0.5);
  fraction = whole % COORDINATE_SCALE;
  whole /= COORDINATE_SCALE;

  if (fraction != 0)
    {
      guint i = 0;

      for (; fraction % 10 == 0; i++)
        fraction /= 10;
      for (; i < COORDINATE_DECIMALS; i++, fraction /= 10)
        *--p = '0' + fraction % 10;
      *--p = '.';
    }
  do
    {
      *--p = '0' + whole % 10;
      whole /= 10;
    }
  while (whole != 0);
  if (negative && (p[0] != '0' || p + 1 != end))
    *--p = '-';
  g_string_append_len (out, p, end - p);
}

static void
append_uint (GString *out,
             guint    value)
{
  char buffer[16], *end = buffer + sizeof buffer, *p = end;

  do
    {
      *--p = '0' + value % 10;
      value /= 10;
    }
  while (value != 0);
  g_string_append_len (out, p, end - p);
}

static void
append_points (GString                  *out,
               char                      op,
               const cairo_path_data_t  *points,
               guint                     n)
{
  g_string_append_c (out, op);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      append_coordinate (out, points[i].point.x);
      g_string_append_c (out, ' ');
      append_coordinate (out, points[i].point.y);
    }
}

/* The outline of @glyph at the origin, as cairo's SVG surface draws it. */
static void
append_glyph_path (GString             *defs,
                   cairo_t             *scratch,
                   cairo_scaled_font_t *font,
                   PangoGlyph           glyph,
                   guint                id)
{
  cairo_glyph_t at_origin = { glyph, 0, 0 };
  cairo_path_t *path;

  cairo_new_path (scratch);
  cairo_set_scaled_font (scratch, font);
  cairo_glyph_path (scratch, &at_origin, 1);
  path = cairo_copy_path (scratch);
  cairo_new_path (scratch);

  g_string_append (defs, "<path id=\"ot-glyph-");
  append_uint (defs, id);
  g_string_append (defs, "\" d=\"");
  for (int i = 0; path->status == CAIRO_STATUS_SUCCESS && i < path->num_data;
       i += path->data[i].header.length)
    {
      const cairo_path_data_t *data = &path->data[i];

      switch (data->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          /* cairo moves back to the start after closing; at the end that
           * draws nothing. */
          if (i + data->header.length < path->num_data)
            append_points (defs, 'M', data + 1, 1);
          break;
        case CAIRO_PATH_LINE_TO:
          append_points (defs, 'L', data + 1, 1);
          break;
        case CAIRO_PATH_CURVE_TO:
          append_points (defs, 'C', data + 1, 3);
          break;
        case CAIRO_PATH_CLOSE_PATH:
        default:
          g_string_append_c (defs, 'Z');
          break;
        }
    }
  g_string_append (defs, "\"/>\n");
  cairo_path_destroy (path);
}

/* One run of glyphs, where pango's cairo renderer draws them; FALSE for a
 * glyph no font has (pango draws a box with its code in hex). */
static gboolean
append_run (GString          *uses,
            GString          *defs,
            GHashTable       *ids,
            cairo_t          *scratch,
            PangoGlyphItem   *run,
            double            x,
            double            y)
{
  PangoCairoFont *cairo_font = PANGO_CAIRO_FONT (run->item->analysis.font);
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (cairo_font);
  int x_position = 0;

  if (font == NULL)
    return FALSE;

  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &run->glyphs->glyphs[i];
      GlyphKey key = { font, info->glyph };
      gpointer id;

      x_position += info->geometry.width;
      if (info->glyph == PANGO_GLYPH_EMPTY || info->glyph == (0x20 | PANGO_GLYPH_UNKNOWN_FLAG))
        continue;
      if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        return FALSE;

      if (!g_hash_table_lookup_extended (ids, &key, NULL, &id))
        {
          GlyphKey *stored = g_memdup2 (&key, sizeof key);

          id = GUINT_TO_POINTER (g_hash_table_size (ids));
          g_hash_table_insert (ids, stored, id);
          append_glyph_path (defs, scratch, font, info->glyph, GPOINTER_TO_UINT (id));
        }

      g_string_append (uses, "<use xlink:href=\"#ot-glyph-");
      append_uint (uses, GPOINTER_TO_UINT (id));
      g_string_append (uses, "\" x=\"");
      append_coordinate (uses, x + (double) (x_position - info->geometry.width
                                             + info->geometry.x_offset) / PANGO_SCALE);
      g_string_append (uses, "\" y=\"");
      append_coordinate (uses, y + (double) info->geometry.y_offset / PANGO_SCALE);
      g_string_append (uses, "\"/>\n");
    }
  return TRUE;
}

char *
ot_export_svg_glyph_elements (const OtChartLayout *layout,
                              const OtPalette     *palette)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (glyph_key_hash, glyph_key_equal, g_free,
                                                     NULL);
  g_autoptr(GString) defs = g_string_new ("<defs>\n");
  g_autoptr(GString) uses = g_string_new (NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *scratch = cairo_create (surface);
  gboolean ok = TRUE;

  cairo_surface_destroy (surface);
  for (guint i = 0; ok && i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);
      PangoLayoutIter *iter = pango_layout_get_iter (box->layout);
      /* pango_cairo_show_layout starts at cairo's current point, which
       * cairo keeps in 24.8 fixed point. */
      double origin_x = nearbyint (box->rect.x * 256) / 256;
      double origin_y = nearbyint (box->rect.y * 256) / 256;

      g_string_append (uses, "<g fill=\"");
      append_color (uses, ot_chart_layout_get_text_role (layout, box) == OT_TEXT_MUTED
                          ? &palette->muted : &palette->foreground);
      g_string_append (uses, "\">\n");
      do
        {
          PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);
          PangoRectangle logical;
          int baseline;

          if (run == NULL)
            continue;
          pango_layout_iter_get_run_extents (iter, NULL, &logical);
          baseline = pango_layout_iter_get_baseline (iter);
          ok = append_run (uses, defs, ids, scratch, run,
                           origin_x + (double) logical.x / PANGO_SCALE,
                           origin_y + (double) baseline / PANGO_SCALE);
        }
      while (ok && pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);
      g_string_append (uses, "</g>\n");
    }
  ok = ok && cairo_status (scratch) == CAIRO_STATUS_SUCCESS;
  cairo_destroy (scratch);

  if (!ok)
    return NULL;
  g_string_append (defs, "</defs>\n<g>\n");
  g_string_append_len (defs, uses->str, uses->len);
  g_string_append (defs, "</g>\n");
  return g_string_free (g_steal_pointer (&defs), FALSE);
}
