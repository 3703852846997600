/* ot-chart-series.c: what the charts of counts per year share: a source
 * line, a legend, an axis of people and markers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"
#include "ot-format.h"

/* The source line at the bottom, naming @source; returns where the chart
 * must end. */
double
ot_chart_layout_add_source (OtChartLayout *layout,
                            const char    *source,
                            OtLang         lang)
{
  double m = layout->margin;
  g_autofree char *text = g_strdup_printf (ot_gettext (lang, "Source: %s"), source);
  OtTextBox *box;

  g_free (layout->source_line);
  layout->source_line = g_strdup (source);

  box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 15),
                                  PANGO_WEIGHT_NORMAL, MAX (layout->canvas.width - 2 * m, 1),
                                  PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (box, m, layout->canvas.height - m - box->rect.height);
  return box->rect.y - 18 * layout->unit;
}

/* Items side by side, on as many rows as they need, from @y; returns the
 * bottom of the last row. */
double
ot_chart_layout_add_legend (OtChartLayout      *layout,
                            const OtLegendItem *items,
                            guint               n_items,
                            double              y,
                            GArray             *swatches)
{
  double u = layout->unit, m = layout->margin;
  double right = layout->canvas.width - m, x = m, row_h = 0;
  double size = ot_chart_font_size (layout, 16);
  double swatch = size * 0.9, gap = 8 * u + 2, spacing = 28 * u + 4;

  for (guint i = 0; i < n_items; i++)
    {
      OtTextBox *box = ot_chart_layout_add_text (layout, items[i].label, size,
                                                 PANGO_WEIGHT_NORMAL, -1, PANGO_ALIGN_LEFT,
                                                 OT_TEXT_FOREGROUND);
      double label_w = MIN (box->rect.width, right - m - swatch - gap);
      OtSwatch sw = { { 0 }, items[i].kind, items[i].color, items[i].marker };

      /* A label too long for the whole width wraps within it. */
      if (box->rect.width > label_w)
        {
          PangoRectangle logical;

          pango_layout_set_width (box->layout, (int) (label_w * PANGO_SCALE));
          pango_layout_set_wrap (box->layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_get_extents (box->layout, NULL, &logical);
          box->rect.width = label_w;
          box->rect.height = (double) logical.height / PANGO_SCALE;
        }

      if (x > m && x + swatch + gap + label_w > right)
        {
          x = m;
          y += row_h + 6 * u;
          row_h = 0;
        }

      sw.rect = (OtRect) { x, y + (MIN (box->rect.height, size * 1.3) - swatch) / 2, swatch,
                           swatch };
      g_array_append_val (swatches, sw);
      ot_text_box_move_to (box, x + swatch + gap, y);
      row_h = MAX (row_h, box->rect.height);
      x += swatch + gap + label_w + spacing;
    }

  return y + row_h;
}

void
ot_chart_color_mix (const OtColor *a,
                    const OtColor *b,
                    double         t,
                    OtColor       *out)
{
  out->red = a->red + (b->red - a->red) * t;
  out->green = a->green + (b->green - a->green) * t;
  out->blue = a->blue + (b->blue - a->blue) * t;
}

/* Shapes tell lines apart where colours do not: in grey print, or for a
 * reader who sees two of them alike. */
void
ot_chart_paint_marker (cairo_t *cr,
                       guint    shape,
                       double   x,
                       double   y,
                       double   r)
{
  switch (shape % 4)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.25, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.25, y);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

void
ot_chart_paint_swatches (const OtChartLayout *layout,
                         cairo_t             *cr,
                         const OtPalette     *palette,
                         GArray              *swatches)
{
  double line = MAX (1.5 * layout->unit, 1.0);

  for (guint i = 0; i < swatches->len; i++)
    {
      const OtSwatch *sw = &g_array_index (swatches, OtSwatch, i);
      const OtRect *r = &sw->rect;
      const OtColor *color = &palette->categories[sw->color % OT_N_CATEGORY_COLORS];
      OtColor tint;

      switch (sw->kind)
        {
        case OT_SWATCH_LINE:
          ot_cairo_set_color (cr, color);
          cairo_set_line_width (cr, 2 * line);
          cairo_move_to (cr, r->x, r->y + r->height / 2);
          cairo_line_to (cr, r->x + r->width, r->y + r->height / 2);
          cairo_stroke (cr);
          ot_chart_paint_marker (cr, sw->marker, r->x + r->width / 2, r->y + r->height / 2,
                                 r->height * 0.28);
          break;

        case OT_SWATCH_TOTAL:
          ot_chart_color_mix (&palette->foreground, &palette->background, 0.78, &tint);
          ot_cairo_set_color (cr, &tint);
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_fill (cr);
          ot_cairo_set_color (cr, &palette->muted);
          cairo_rectangle (cr, r->x, r->y, r->width, 2 * line);
          cairo_fill (cr);
          break;

        case OT_SWATCH_THEN:
          ot_cairo_set_color (cr, &palette->muted);
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_fill (cr);
          break;

        case OT_SWATCH_BAR:
        default:
          ot_cairo_set_color (cr, color);
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_fill (cr);
          break;
        }
    }
}

/* The axis title at @top and a text per tick (in @ticks); returns where
 * the plot may start. */
double
ot_chart_layout_add_axis (OtChartLayout *layout,
                          const OtAxis  *axis,
                          double         divisor,
                          double         top,
                          GPtrArray     *ticks,
                          OtLang         lang)
{
  OtTextBox *title;

  title = ot_chart_layout_add_text (layout, divisor > 1 ? ot_gettext (lang, "million people")
                                                         : ot_gettext (lang, "people"),
                                    ot_chart_font_size (layout, 16), PANGO_WEIGHT_NORMAL, -1,
                                    PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (title, layout->margin, top);

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *text = ot_format_decimal (ot_axis_get_tick (axis, i) / divisor, 2, lang);

      g_ptr_array_add (ticks, ot_chart_layout_add_text (layout, text,
                                                        ot_chart_font_size (layout, 16),
                                                        PANGO_WEIGHT_NORMAL, -1,
                                                        PANGO_ALIGN_RIGHT, OT_TEXT_MUTED));
    }

  return title->rect.y + title->rect.height;
}

void
ot_chart_place_ticks (const OtAxis *axis,
                      const OtRect *plot,
                      GPtrArray    *ticks,
                      double        gap,
                      GArray       *tick_y)
{
  for (guint i = 0; i < ticks->len; i++)
    {
      OtTextBox *tick = g_ptr_array_index (ticks, i);
      double y = plot->y + plot->height
                 * (1 - ot_axis_normalise (axis, ot_axis_get_tick (axis, i)));

      g_array_append_val (tick_y, y);
      ot_text_box_move_to (tick, plot->x - gap - tick->rect.width, y - tick->rect.height / 2);
    }
}

/* Grid lines above zero, then the zero line. */
void
ot_chart_paint_grid (const OtChartLayout *layout,
                     cairo_t             *cr,
                     const OtPalette     *palette,
                     const OtRect        *plot,
                     GArray              *tick_y)
{
  double line = MAX (1.5 * layout->unit, 1.0);

  cairo_set_line_width (cr, line);
  ot_cairo_set_color (cr, &palette->grid);
  for (guint i = 1; i < tick_y->len; i++)
    {
      double y = g_array_index (tick_y, double, i);

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);
}

/* "65,3 mln", "65.3 mn": short enough to stand by a bar. */
char *
ot_chart_format_millions (double value,
                          OtLang lang)
{
  OtFigure figure = { .value = value, .unit = OT_UNIT_PEOPLE };

  return ot_format_compact (&figure, lang);
}
