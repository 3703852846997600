/* ot-chart-text.c: measured text boxes for chart layouts
 *
 * Layouts are measured without hinted metrics, so a chart lays out the same
 * on screen, in a PNG at any scale, and in SVG and PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include "ot-chart-text.h"

PangoContext *
ot_chart_text_context_new (cairo_t *cr)
{
  PangoContext *context;
  cairo_font_options_t *options;

  g_return_val_if_fail (cr != NULL, NULL);

  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

/* Sizes are in pixels (device units before any scale), not points. */
void
ot_text_box_set (OtTextBox      *box,
                 PangoContext   *context,
                 const char     *text,
                 double          size,
                 PangoWeight     weight,
                 double          wrap_width,
                 PangoAlignment  alignment)
{
  PangoFontDescription *font;
  PangoRectangle logical;

  g_return_if_fail (box != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (text != NULL);

  ot_text_box_clear (box);

  font = pango_font_description_from_string (OT_CHART_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);

  box->layout = pango_layout_new (context);
  pango_layout_set_font_description (box->layout, font);
  pango_layout_set_alignment (box->layout, alignment);
  if (wrap_width > 0)
    {
      pango_layout_set_width (box->layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (box->layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (box->layout, text, -1);
  pango_font_description_free (font);

  pango_layout_get_extents (box->layout, NULL, &logical);
  box->rect.x = 0;
  box->rect.y = 0;
  /* A wrapped, centred box is as wide as its wrap width. */
  box->rect.width = wrap_width > 0 ? wrap_width : (double) (logical.x + logical.width) / PANGO_SCALE;
  box->rect.height = (double) logical.height / PANGO_SCALE;
}

void
ot_text_box_move_to (OtTextBox *box,
                     double     x,
                     double     y)
{
  g_return_if_fail (box != NULL);

  box->rect.x = x;
  box->rect.y = y;
}

void
ot_text_box_clear (OtTextBox *box)
{
  g_return_if_fail (box != NULL);

  g_clear_object (&box->layout);
}

void
ot_text_box_draw (const OtTextBox *box,
                  cairo_t         *cr,
                  const OtColor   *color)
{
  g_return_if_fail (box != NULL);
  g_return_if_fail (cr != NULL);

  if (box->layout == NULL)
    return;

  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  cairo_move_to (cr, box->rect.x, box->rect.y);
  pango_cairo_show_layout (cr, box->layout);
}
