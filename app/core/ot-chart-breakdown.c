/* ot-chart-breakdown.c: a total in its parts, one bar a part
 *
 * The layout is pure: it measures text and returns rectangles, which the
 * draw function paints and tests and hit-testing read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-breakdown.h"
#include "ot-format.h"

#define MAX_TICKS 5

static double
font_size (double unit,
           double size)
{
  /* Small canvases still get legible type. */
  return MAX (size * unit, 11.0);
}

static void
clear_bar (gpointer data)
{
  OtBreakdownBar *bar = data;

  ot_text_box_clear (&bar->value);
  ot_text_box_clear (&bar->label);
}

void
ot_breakdown_layout_free (OtBreakdownLayout *layout)
{
  if (layout == NULL)
    return;

  ot_text_box_clear (&layout->title);
  ot_text_box_clear (&layout->subtitle);
  ot_text_box_clear (&layout->axis_title);
  ot_text_box_clear (&layout->footer);
  ot_text_box_clear (&layout->message);
  for (guint i = 0; i < layout->ticks->len; i++)
    ot_text_box_clear (&g_array_index (layout->ticks, OtTextBox, i));
  g_array_unref (layout->ticks);
  g_array_unref (layout->tick_y);
  g_array_unref (layout->bars);
  g_free (layout);
}

static const char *
axis_title_text (OtUnit unit,
                 double divisor,
                 OtLang lang)
{
  switch (unit)
    {
    case OT_UNIT_EUR:
      return divisor > 1 ? ot_gettext (lang, "million euro") : ot_gettext (lang, "euro");
    case OT_UNIT_PERCENT:
      return ot_gettext (lang, "percent");
    case OT_UNIT_PEOPLE:
    default:
      return divisor > 1 ? ot_gettext (lang, "million people") : ot_gettext (lang, "people");
    }
}

OtBreakdownLayout *
ot_breakdown_layout_new (PangoContext       *context,
                         OtDataset          *dataset,
                         double              width,
                         double              height,
                         const OtChartStyle *style)
{
  OtBreakdownLayout *layout;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *footer = NULL;
  OtLang lang;
  double u, margin, content_w, top, bottom, max_value = 0, tick_w = 0, slot, bar_w, label_h = 0;
  double value_h = 0;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  lang = style->lang;
  layout = g_new0 (OtBreakdownLayout, 1);
  layout->ticks = g_array_new (FALSE, TRUE, sizeof (OtTextBox));
  layout->tick_y = g_array_new (FALSE, TRUE, sizeof (double));
  layout->bars = g_array_new (FALSE, TRUE, sizeof (OtBreakdownBar));
  g_array_set_clear_func (layout->bars, clear_bar);
  layout->canvas = (OtRect) { 0, 0, width, height };

  /* Everything scales with the canvas, designed at 1280×720. */
  u = layout->unit = MIN (width / 1280.0, height / 720.0);
  margin = MAX (36 * u, 6);
  content_w = MAX (width - 2 * margin, 1);

  footer = g_strdup_printf (ot_gettext (lang, "Source: %s"),
                            ot_dataset_get_source_label (dataset, lang));
  ot_text_box_set (&layout->footer, context, footer, font_size (u, 15), PANGO_WEIGHT_NORMAL,
                   content_w, PANGO_ALIGN_LEFT);
  ot_text_box_move_to (&layout->footer, margin, height - margin - layout->footer.rect.height);

  layout->total = ot_dataset_find_breakdown (dataset);
  if (layout->total == NULL)
    {
      ot_text_box_set (&layout->title, context,
                       ot_chart_get_title (ot_chart_lookup ("breakdown"), lang),
                       font_size (u, 34), PANGO_WEIGHT_BOLD, content_w, PANGO_ALIGN_LEFT);
      ot_text_box_move_to (&layout->title, margin, margin);
      ot_text_box_set (&layout->message, context,
                       ot_gettext (lang, "These figures have no total with parts, so there is "
                                   "nothing to break down. A part names its total in the "
                                   "“parent” column."),
                       font_size (u, 22), PANGO_WEIGHT_NORMAL, content_w, PANGO_ALIGN_CENTER);
      ot_text_box_move_to (&layout->message, margin,
                           (height - layout->message.rect.height) / 2);
      return layout;
    }

  parts = ot_dataset_dup_parts (dataset, layout->total->id);

  total_text = ot_format_quantity (layout->total->value, layout->total->unit, lang);
  /* TRANSLATORS: chart title, "<what>: <how many>" */
  title = g_strdup_printf (ot_gettext (lang, "%s: %s"),
                           ot_figure_get_label (layout->total, lang), total_text);
  ot_text_box_set (&layout->title, context, title, font_size (u, 34), PANGO_WEIGHT_BOLD,
                   content_w, PANGO_ALIGN_LEFT);
  ot_text_box_move_to (&layout->title, margin, margin);

  subtitle = g_strdup_printf (ot_ngettext (lang, "Split into %u group", "Split into %u groups", parts->len),
                              parts->len);
  ot_text_box_set (&layout->subtitle, context, subtitle, font_size (u, 21), PANGO_WEIGHT_NORMAL,
                   content_w, PANGO_ALIGN_LEFT);
  ot_text_box_move_to (&layout->subtitle, margin,
                       layout->title.rect.y + layout->title.rect.height + 4 * u);

  for (guint i = 0; i < parts->len; i++)
    max_value = MAX (max_value, ((const OtFigure *) g_ptr_array_index (parts, i))->value);

  layout->axis = ot_axis_new_from_zero (max_value, MAX_TICKS);
  layout->divisor = layout->total->unit != OT_UNIT_PERCENT && layout->axis.max >= 1e6 ? 1e6 : 1;

  ot_text_box_set (&layout->axis_title, context,
                   axis_title_text (layout->total->unit, layout->divisor, lang),
                   font_size (u, 16), PANGO_WEIGHT_NORMAL, -1, PANGO_ALIGN_LEFT);
  ot_text_box_move_to (&layout->axis_title, margin,
                       layout->subtitle.rect.y + layout->subtitle.rect.height + 22 * u);

  /* Tick labels decide where the plot starts. */
  g_array_set_size (layout->ticks, layout->axis.n_ticks);
  g_array_set_size (layout->tick_y, layout->axis.n_ticks);
  for (guint i = 0; i < layout->axis.n_ticks; i++)
    {
      OtTextBox *tick = &g_array_index (layout->ticks, OtTextBox, i);
      g_autofree char *text = ot_format_decimal (ot_axis_get_tick (&layout->axis, i)
                                                 / layout->divisor, 2, lang);

      ot_text_box_set (tick, context, text, font_size (u, 16), PANGO_WEIGHT_NORMAL, -1,
                       PANGO_ALIGN_RIGHT);
      tick_w = MAX (tick_w, tick->rect.width);
    }

  layout->plot.x = margin + tick_w + 12 * u;
  layout->plot.width = MAX (width - margin - layout->plot.x, 1);
  slot = layout->plot.width / parts->len;
  bar_w = MIN (slot * 0.62, 260 * u);

  g_array_set_size (layout->bars, parts->len);
  for (guint i = 0; i < parts->len; i++)
    {
      OtBreakdownBar *bar = &g_array_index (layout->bars, OtBreakdownBar, i);
      g_autofree char *value_text = NULL;

      bar->figure = g_ptr_array_index (parts, i);
      bar->norm = ot_axis_normalise (&layout->axis, bar->figure->value);
      value_text = ot_format_figure (bar->figure, lang);
      ot_text_box_set (&bar->value, context, value_text, font_size (u, 22), PANGO_WEIGHT_BOLD,
                       slot * 0.96, PANGO_ALIGN_CENTER);
      ot_text_box_set (&bar->label, context, ot_figure_get_label (bar->figure, lang),
                       font_size (u, 19), PANGO_WEIGHT_NORMAL, slot * 0.9, PANGO_ALIGN_CENTER);
      label_h = MAX (label_h, bar->label.rect.height);
      value_h = MAX (value_h, bar->value.rect.height);
    }

  top = layout->axis_title.rect.y + layout->axis_title.rect.height + 8 * u + value_h;
  bottom = layout->footer.rect.y - 18 * u - label_h - 10 * u;
  layout->plot.y = top;
  layout->plot.height = MAX (bottom - top, 1);

  for (guint i = 0; i < layout->axis.n_ticks; i++)
    {
      OtTextBox *tick = &g_array_index (layout->ticks, OtTextBox, i);
      double y = layout->plot.y + layout->plot.height
                 * (1 - ot_axis_normalise (&layout->axis, ot_axis_get_tick (&layout->axis, i)));

      g_array_index (layout->tick_y, double, i) = y;
      ot_text_box_move_to (tick, layout->plot.x - 12 * u - tick->rect.width,
                           y - tick->rect.height / 2);
    }

  for (guint i = 0; i < layout->bars->len; i++)
    {
      OtBreakdownBar *bar = &g_array_index (layout->bars, OtBreakdownBar, i);
      double slot_x = layout->plot.x + slot * i;
      double baseline = layout->plot.y + layout->plot.height;

      bar->bar.width = bar_w;
      bar->bar.height = bar->norm * layout->plot.height;
      bar->bar.x = slot_x + (slot - bar_w) / 2;
      bar->bar.y = baseline - bar->bar.height;
      ot_text_box_move_to (&bar->value, slot_x + slot * 0.02,
                           bar->bar.y - 6 * u - bar->value.rect.height);
      ot_text_box_move_to (&bar->label, slot_x + slot * 0.05, baseline + 10 * u);
    }

  return layout;
}

/* Every text rectangle, for tests that check nothing overlaps or leaves
 * the canvas. */
GPtrArray *
ot_breakdown_layout_dup_text_rects (const OtBreakdownLayout *layout)
{
  GPtrArray *rects = g_ptr_array_new ();
  const OtTextBox *boxes[] = {
    &layout->title, &layout->subtitle, &layout->axis_title, &layout->footer, &layout->message,
  };

  g_return_val_if_fail (layout != NULL, rects);

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    if (boxes[i]->layout != NULL)
      g_ptr_array_add (rects, (gpointer) &boxes[i]->rect);
  for (guint i = 0; i < layout->ticks->len; i++)
    g_ptr_array_add (rects, &g_array_index (layout->ticks, OtTextBox, i).rect);
  for (guint i = 0; i < layout->bars->len; i++)
    {
      OtBreakdownBar *bar = &g_array_index (layout->bars, OtBreakdownBar, i);

      g_ptr_array_add (rects, &bar->value.rect);
      g_ptr_array_add (rects, &bar->label.rect);
    }

  return rects;
}

static void
set_source (cairo_t       *cr,
            const OtColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

void
ot_chart_breakdown_draw (cairo_t            *cr,
                         OtDataset          *dataset,
                         double              width,
                         double              height,
                         const OtChartStyle *style)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);
  PangoContext *context = ot_chart_text_context_new (cr);
  g_autoptr(OtBreakdownLayout) layout = NULL;
  double line;

  layout = ot_breakdown_layout_new (context, dataset, width, height, style);
  g_object_unref (context);
  line = MAX (1.5 * layout->unit, 1.0);

  set_source (cr, &palette->background);
  cairo_paint (cr);

  ot_text_box_draw (&layout->title, cr, &palette->foreground);
  ot_text_box_draw (&layout->subtitle, cr, &palette->muted);
  ot_text_box_draw (&layout->footer, cr, &palette->muted);
  ot_text_box_draw (&layout->message, cr, &palette->foreground);

  if (layout->total == NULL)
    return;

  ot_text_box_draw (&layout->axis_title, cr, &palette->muted);

  /* Grid lines, then the zero line the bars stand on. */
  cairo_set_line_width (cr, line);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      double y = g_array_index (layout->tick_y, double, i);

      ot_text_box_draw (&g_array_index (layout->ticks, OtTextBox, i), cr, &palette->muted);
      if (i == 0)
        continue;
      set_source (cr, &palette->grid);
      cairo_move_to (cr, layout->plot.x, y);
      cairo_line_to (cr, layout->plot.x + layout->plot.width, y);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const OtBreakdownBar *bar = &g_array_index (layout->bars, OtBreakdownBar, i);

      set_source (cr, &palette->categories[i % G_N_ELEMENTS (palette->categories)]);
      cairo_rectangle (cr, bar->bar.x, bar->bar.y, bar->bar.width, bar->bar.height);
      cairo_fill (cr);
      ot_text_box_draw (&bar->value, cr, &palette->foreground);
      ot_text_box_draw (&bar->label, cr, &palette->foreground);
    }

  /* The zero line lies just under the bars, so it hides none of them. */
  set_source (cr, &palette->foreground);
  cairo_rectangle (cr, layout->plot.x, layout->plot.y + layout->plot.height,
                   layout->plot.width, 2 * line);
  cairo_fill (cr);
}
