/* ot-chart-breakdown.c: a total in its parts, one bar a part
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-breakdown.h"
#include "ot-format.h"

#define MAX_TICKS 5
static void
geometry_free (gpointer data)
{
  OtBreakdownGeometry *geometry = data;

  g_array_unref (geometry->tick_y);
  g_ptr_array_unref (geometry->ticks);
  g_array_unref (geometry->bars);
  g_free (geometry);
}

static const char *
axis_title_text (OtUnit   unit,
                 double   divisor,
                 gboolean shares,
                 OtLang   lang)
{
  if (shares)
    return ot_gettext (lang, "share of the total, percent");

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

static char *
share_text (double part,
            double total,
            OtLang lang)
{
  g_autofree char *number = ot_format_decimal (total > 0 ? part / total * 100 : 0, 1, lang);

  return g_strdup_printf (ot_gettext (lang, "%s%%"), number);
}

static double
bar_value (const OtChartPart          *bar,
           const OtFigure     *total,
           const OtChartStyle *style)
{
  return style->shares && total->value > 0 ? bar->value / total->value * 100 : bar->value;
}

/* A bar's figure as shown: the part's as published; the gathered parts'
 * sum marked as calculated. */
static char *
bar_figure (OtChartLayout  *layout,
            const OtChartPart      *bar,
            const OtFigure *total,
            OtLang          lang)
{
  g_autofree char *sum = NULL;

  if (bar->part != NULL)
    return g_strdup (bar->value_text);
  sum = ot_format_quantity (bar->value, total->unit, lang);
  return ot_chart_layout_mark_derived (layout, sum,
                                       ot_gettext (lang, "the sum of their published figures"),
                                       lang);
}

/* "32.6% (calculated: 21.3 million of 65.3 million)" */
static char *
derived_share (OtChartLayout  *layout,
               const OtChartPart      *bar,
               const OtFigure *total,
               OtLang          lang)
{
  g_autofree char *share = share_text (bar->value, total->value, lang);
  g_autofree char *part_text = ot_format_quantity (bar->value, total->unit, lang);
  g_autofree char *total_text = ot_format_figure (total, lang);
  /* TRANSLATORS: the base of a share: "21.3 million of 65.3 million" */
  g_autofree char *base = g_strdup_printf (ot_gettext (lang, "%s of %s"),
                                           bar->part != NULL ? bar->value_text : part_text,
                                           total_text);

  return ot_chart_layout_mark_derived (layout, share, base, lang);
}

/* A named part's element; the gathered parts are no one figure of the
 * source to point to (the description names them). */
static void
add_bar_element (OtChartLayout  *layout,
                 const OtChartPart      *bar,
                 const OtFigure *total,
                 const OtRect   *rect,
                 OtLang          lang)
{
  g_autofree char *share = NULL;

  if (bar->part == NULL)
    return;
  share = derived_share (layout, bar, total, lang);
  ot_chart_layout_add_element (layout, rect, bar->part->id,
                               ot_dataset_get_figure_meaning (layout->dataset, bar->part),
                               /* TRANSLATORS: "Refugees: 21.3 million; 32.6% (calculated: ...)" */
                               g_strdup_printf (ot_gettext (lang, "%s: %s; %s"), bar->label,
                                                bar->value_text, share));
}

/* A column a part, its value above it and its label below, on one axis
 * from zero up the left. */
static void
layout_columns (OtChartLayout       *layout,
                OtBreakdownGeometry *geometry,
                GArray              *bars,
                OtTextBox           *axis_title,
                double               tick_w,
                double               bottom,
                const OtChartStyle  *style)
{
  OtLang lang = style->lang;
  double u = layout->unit, m = layout->margin, slot, bar_w, label_h = 0, value_h = 0, baseline;
  g_autoptr(GPtrArray) value_boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) label_boxes = g_ptr_array_new ();

  geometry->plot.x = m + tick_w + 12 * u;
  geometry->plot.width = MAX (layout->canvas.width - m - geometry->plot.x, 1);
  slot = geometry->plot.width / bars->len;
  bar_w = MIN (slot * 0.62, 260 * u);

  for (guint i = 0; i < bars->len; i++)
    {
      const OtChartPart *shown = &g_array_index (bars, OtChartPart, i);
      const char *value = shown->value_text;
      g_autofree char *share = share_text (shown->value, geometry->total->value, lang);
      OtTextBox *box;

      box = ot_chart_layout_add_text (layout, style->shares ? share : value,
                                      ot_chart_font_size (layout, 22), PANGO_WEIGHT_BOLD,
                                      slot * 0.96, PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
      value_h = MAX (value_h, box->rect.height);
      g_ptr_array_add (value_boxes, box);

      box = ot_chart_layout_add_text (layout, shown->label,
                                      ot_chart_font_size (layout, 19), PANGO_WEIGHT_NORMAL,
                                      slot * 0.9, PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
      label_h = MAX (label_h, box->rect.height);
      g_ptr_array_add (label_boxes, box);
    }

  geometry->plot.y = axis_title->rect.y + axis_title->rect.height + 8 * u + value_h;
  geometry->plot.height = MAX (bottom - label_h - 10 * u - geometry->plot.y, 1);
  baseline = geometry->plot.y + geometry->plot.height;

  ot_chart_place_ticks (&geometry->axis, &geometry->plot, geometry->ticks, 12 * u,
                        OT_TICK_LABELS_ALL, geometry->tick_y);

  for (guint i = 0; i < bars->len; i++)
    {
      const OtChartPart *shown = &g_array_index (bars, OtChartPart, i);
      double slot_x = geometry->plot.x + slot * i;
      OtTextBox *value = g_ptr_array_index (value_boxes, i);
      OtRect bar;

      bar.width = bar_w;
      bar.height = ot_axis_normalise (&geometry->axis, bar_value (shown, geometry->total, style))
                   * geometry->plot.height;
      bar.x = slot_x + (slot - bar_w) / 2;
      bar.y = baseline - bar.height;
      g_array_append_val (geometry->bars, bar);

      ot_text_box_move_to (value, slot_x + slot * 0.02, bar.y - 6 * u - value->rect.height);
      ot_text_box_move_to (g_ptr_array_index (label_boxes, i), slot_x + slot * 0.05,
                           baseline + 10 * u);

      /* The whole slot answers the pointer, not only a thin bar. */
      add_bar_element (layout, shown, geometry->total,
                       &(OtRect) { slot_x, geometry->plot.y, slot,
                                   geometry->plot.height + 10 * u + label_h }, lang);
    }
}

/* A row a part: its label, under it the bar from the zero line on the
 * left with its value at the end; the axis's ticks along the bottom. */
static void
layout_rows (OtChartLayout       *layout,
             OtBreakdownGeometry *geometry,
             GArray              *bars,
             OtTextBox           *axis_title,
             double               tick_w,
             double               bottom,
             const OtChartStyle  *style)
{
  OtLang lang = style->lang;
  double u = layout->unit, m = layout->margin, width = layout->canvas.width - 2 * m;
  double value_w = 0, labels_h = 0, row_gap = 12 * u + 4, bar_h, y;
  double indent = 8 * u + 2;
  g_autoptr(GPtrArray) value_boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) label_boxes = g_ptr_array_new ();

  for (guint i = 0; i < bars->len; i++)
    {
      const OtChartPart *shown = &g_array_index (bars, OtChartPart, i);
      const char *value = shown->value_text;
      g_autofree char *share = share_text (shown->value, geometry->total->value, lang);
      OtTextBox *box;

      box = ot_chart_layout_add_text (layout, style->shares ? share : value,
                                      ot_chart_font_size (layout, 22), PANGO_WEIGHT_BOLD, -1,
                                      PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
      value_w = MAX (value_w, box->rect.width);
      g_ptr_array_add (value_boxes, box);

      box = ot_chart_layout_add_text (layout, shown->label,
                                      ot_chart_font_size (layout, 19), PANGO_WEIGHT_NORMAL,
                                      width - indent, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
      labels_h += box->rect.height;
      g_ptr_array_add (label_boxes, box);
    }
  ot_chart_rows_frame (layout, geometry->ticks, value_w,
                       axis_title->rect.y + axis_title->rect.height, bottom, &geometry->plot);
  bar_h = (geometry->plot.height - labels_h - row_gap * bars->len) / MAX (bars->len, 1);
  bar_h = CLAMP (bar_h, ot_chart_font_size (layout, 19),
                 MAX (90 * u + 24, ot_chart_font_size (layout, 19) * 3.2));
  /* A tall canvas spreads the rows out rather than leave its foot empty. */
  row_gap += CLAMP ((geometry->plot.height - labels_h - bars->len * (bar_h + row_gap + 2 * u))
                    / bars->len, 0, bar_h);

  y = geometry->plot.y + 4 * u;
  for (guint i = 0; i < bars->len; i++)
    {
      const OtChartPart *shown = &g_array_index (bars, OtChartPart, i);
      OtTextBox *label = g_ptr_array_index (label_boxes, i);
      OtTextBox *value = g_ptr_array_index (value_boxes, i);
      OtRect bar;

      /* Clear of the zero line, which runs down past the labels. */
      ot_text_box_move_to (label, m + indent, y);
      bar.x = geometry->plot.x;
      bar.y = y + label->rect.height + 2 * u;
      bar.height = bar_h;
      bar.width = ot_axis_normalise (&geometry->axis, bar_value (shown, geometry->total, style))
                  * geometry->plot.width;
      g_array_append_val (geometry->bars, bar);
      ot_text_box_move_to (value, bar.x + bar.width + 8 * u,
                           bar.y + (bar_h - value->rect.height) / 2);
      add_bar_element (layout, shown, geometry->total,
                       &(OtRect) { m, y, width, bar.y + bar_h - y }, lang);
      y = bar.y + bar_h + row_gap;
    }
  geometry->plot.height = y - row_gap + 4 * u - geometry->plot.y;

  ot_chart_place_ticks_below (layout, &geometry->axis, &geometry->plot, geometry->ticks,
                              geometry->tick_y);
}

static void
breakdown_build (OtChartLayout      *layout,
                 OtDataset          *dataset,
                 const OtChartStyle *style)
{
  OtLang lang = style->lang;
  OtBreakdownGeometry *geometry;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GArray) bars = ot_chart_parts_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *axis_text = NULL;
  double u = layout->unit, m = layout->margin;
  double top, bottom, max_value = 0, tick_w = 0;
  OtTextBox *axis_title;

  geometry = g_new0 (OtBreakdownGeometry, 1);
  geometry->tick_y = g_array_new (FALSE, TRUE, sizeof (double));
  geometry->ticks = g_ptr_array_new ();
  geometry->bars = g_array_new (FALSE, TRUE, sizeof (OtRect));
  layout->data = geometry;
  layout->data_free = geometry_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  geometry->total = ot_dataset_find_breakdown (dataset);
  if (geometry->total == NULL)
    {
      ot_chart_layout_set_no_breakdown (layout, bottom, lang);
      return;
    }

  parts = ot_dataset_dup_parts (dataset, geometry->total->id);
  g_ptr_array_add (layout->sources, g_strdup (geometry->total->id));
  for (guint i = 0; i < parts->len; i++)
    g_ptr_array_add (layout->sources, g_strdup (((OtFigure *) parts->pdata[i])->id));
  geometry->n_gathered = ot_chart_gather_parts (parts, bars, lang);
  total_text = ot_format_quantity (geometry->total->value, geometry->total->unit, lang);
  /* TRANSLATORS: chart title, "<what>: <how many>" */
  title = g_strdup_printf (ot_gettext (lang, "%s: %s"),
                           ot_figure_get_label (geometry->total, lang), total_text);
  subtitle = ot_chart_parts_subtitle (geometry->total, parts, bars, geometry->n_gathered, lang);
  top = ot_chart_layout_add_header (layout, title, subtitle);

  for (guint i = 0; i < bars->len; i++)
    max_value = MAX (max_value, bar_value (&g_array_index (bars, OtChartPart, i), geometry->total, style));

  geometry->axis = ot_axis_new_from_zero (max_value, MAX_TICKS);
  geometry->divisor = !style->shares && geometry->total->unit != OT_UNIT_PERCENT
                      && geometry->axis.max >= 1e6 ? 1e6 : 1;

  if (style->shares)
    {
      g_autofree char *of = ot_format_figure (geometry->total, lang);
      /* TRANSLATORS: the base of the shares on the axis: "each group's figure
       * divided by 65.3 million" */
      g_autofree char *base = g_strdup_printf (ot_gettext (lang, "each group's figure divided by %s"), of);

      axis_text = ot_chart_layout_mark_derived (layout, axis_title_text (geometry->total->unit,
                                                                         1, TRUE, lang),
                                                base, lang);
    }
  else
    axis_text = g_strdup (axis_title_text (geometry->total->unit, geometry->divisor, FALSE, lang));
  axis_title = ot_chart_layout_add_text (layout, axis_text,
                                         ot_chart_font_size (layout, 16), PANGO_WEIGHT_NORMAL,
                                         layout->canvas.width - 2 * m, PANGO_ALIGN_LEFT,
                                         OT_TEXT_MUTED);
  ot_text_box_move_to (axis_title, m, top);

  /* Tick labels decide where the plot starts. */
  tick_w = ot_chart_layout_add_tick_labels (layout, &geometry->axis, geometry->divisor,
                                            geometry->ticks, lang);

  g_string_append_printf (description, ot_gettext (lang, "Bar chart. %s, split into: "), title);
  for (guint i = 0; i < bars->len; i++)
    {
      const OtChartPart *shown = &g_array_index (bars, OtChartPart, i);
      g_autofree char *value = bar_figure (layout, shown, geometry->total, lang);
      g_autofree char *share = derived_share (layout, shown, geometry->total, lang);

      /* TRANSLATORS: one part in a description: "Refugees 21.3 million, 32.6%
       * (calculated: 21.3 million of 65.3 million)" */
      g_string_append_printf (description, ot_gettext (lang, "%s %s, %s"), shown->label, value,
                              share);
      g_string_append (description, i + 1 < bars->len ? "; " : ".");
    }
  layout->description = g_string_free (g_steal_pointer (&description), FALSE);

  /* Columns while the labels fit under them in two lines; rows of bars,
   * each under its label, on a narrow canvas or for long labels. */
  geometry->horizontal = ot_chart_layout_is_narrow (layout);
  if (!geometry->horizontal)
    {
      double slot_w = (layout->canvas.width - m - (m + tick_w + 12 * u)) / bars->len;

      for (guint i = 0; i < bars->len && !geometry->horizontal; i++)
        {
          OtTextBox *probe = ot_text_box_new (layout->context,
                                              g_array_index (bars, OtChartPart, i).label,
                                              ot_chart_font_size (layout, 19), PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, slot_w * 0.9, PANGO_ALIGN_CENTER,
                                              OT_TEXT_FOREGROUND);

          geometry->horizontal = pango_layout_get_line_count (probe->layout) > 2;
          ot_text_box_free (probe);
        }
    }

  if (geometry->horizontal)
    layout_rows (layout, geometry, bars, axis_title, tick_w, bottom, style);
  else
    layout_columns (layout, geometry, bars, axis_title, tick_w, bottom, style);
}

static void
breakdown_paint (const OtChartLayout *layout,
                 cairo_t             *cr,
                 const OtPalette     *palette)
{
  const OtBreakdownGeometry *geometry = layout->data;
  const OtRect *plot = &geometry->plot;
  double line = MAX (1.5 * layout->unit, 1.0);

  /* Grid lines above zero; the zero line goes last. */
  ot_chart_paint_grid (layout, cr, palette, plot, geometry->tick_y, geometry->horizontal);

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const OtRect *bar = &g_array_index (geometry->bars, OtRect, i);

      /* Bar i is element i, which carries what the part counts; the
       * gathered parts, last, are grey: no one group's colour. */
      if (geometry->n_gathered > 0 && i + 1 == geometry->bars->len)
        ot_cairo_set_color (cr, &palette->muted);
      else
        ot_chart_set_meaning_color (layout, cr, palette,
                                    g_array_index (layout->elements, OtChartElement, i).meaning);
      cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
      cairo_fill (cr);
    }

  /* The zero line lies just beside the bars, so it hides none of them. */
  ot_cairo_set_color (cr, &palette->foreground);
  if (geometry->horizontal)
    cairo_rectangle (cr, plot->x - 2 * line, plot->y, 2 * line, plot->height);
  else
    cairo_rectangle (cr, plot->x, plot->y + plot->height, plot->width, 2 * line);
  cairo_fill (cr);
}

/* A total with parts, or there is nothing to break down. */
static gboolean
breakdown_supports (OtDataset *dataset)
{
  return ot_dataset_find_breakdown (dataset) != NULL;
}

/* Other data breaks down what its total is: "World, broken down". */
static char *
breakdown_dup_title (OtDataset *dataset,
                     OtLang     lang)
{
  /* TRANSLATORS: a breakdown chart's name; %s is what the total counts */
  return ot_chart_dup_total_title (dataset, N_("%s, broken down"), N_("A total in its parts"),
                                   lang);
}

const OtChart ot_chart_breakdown = {
  "breakdown", N_("Displaced people by group"), breakdown_build, breakdown_paint,
  breakdown_supports, breakdown_dup_title,
};
