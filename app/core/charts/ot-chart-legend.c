/* ot-chart-legend.c: what the charts of counts per year share: a legend, swatches,
 * markers, and the sentences of the total they mark
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"

/* Where a series marks the figure the data also gives (the letter's 65.3
 * million for 2015), the slide quotes the sentences it comes from: the
 * total's, and its parts' when @with_parts. */
void
ot_chart_layout_cite_total (OtChartLayout *layout,
                            OtDataset     *dataset,
                            double         total,
                            gboolean       with_parts)
{
  const OtFigure *figure = ot_dataset_find_breakdown (dataset);
  g_autoptr(GPtrArray) parts = NULL;

  if (figure == NULL || isnan (total) || fabs (figure->value - total) > 0.5)
    return;
  g_ptr_array_add (layout->sources, g_strdup (figure->id));
  parts = with_parts ? ot_dataset_dup_parts (dataset, figure->id) : NULL;
  for (guint i = 0; parts != NULL && i < parts->len; i++)
    g_ptr_array_add (layout->sources, g_strdup (((const OtFigure *) parts->pdata[i])->id));
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
      OtSwatch sw = { { 0 }, items[i].kind, items[i].meaning, items[i].marker };

      ot_chart_layout_use_meaning (layout, items[i].meaning);

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
      OtColor tint;

      switch (sw->kind)
        {
        case OT_SWATCH_LINE:
          ot_chart_set_meaning_color (layout, cr, palette, sw->meaning);
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
          ot_chart_set_meaning_color (layout, cr, palette, sw->meaning);
          cairo_set_line_width (cr, 2 * line);
          cairo_rectangle (cr, r->x + line, r->y + line, r->width - 2 * line,
                           r->height - 2 * line);
          cairo_stroke (cr);
          break;

        case OT_SWATCH_BAR:
        default:
          ot_chart_set_meaning_color (layout, cr, palette, sw->meaning);
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_fill (cr);
          break;
        }
    }
}
