/* ot-chart-breakdown.c: a total in its parts, one bar a part
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"
#include "ot-format.h"

#define MAX_TICKS 5
/* Bars a breakdown labels: one colour each, never repeated (a colour means
 * one thing). With more parts the largest are drawn and the rest gathered
 * into one bar, "n others", the sum of their published figures. */
#define MAX_BARS OT_N_CATEGORY_COLORS

/* What one bar shows: a part, or the parts gathered. */
typedef struct
{
  const OtFigure *part;    /* NULL for the others */
  double          value;
  char           *label;
  char           *value_text;
} Bar;

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->value_text);
}

static int
compare_larger_first (gconstpointer a,
                      gconstpointer b)
{
  const OtFigure *x = *(const OtFigure * const *) a;
  const OtFigure *y = *(const OtFigure * const *) b;

  return (x->value < y->value) - (x->value > y->value);
}

/* The bars for @parts, in the file's order; past MAX_BARS the largest
 * MAX_BARS - 1 and one for the rest. Returns how many were gathered. */
static guint
make_bars (GPtrArray *parts,
           GArray    *bars,
           OtLang     lang)
{
  g_autoptr(GPtrArray) by_size = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  guint n_shown = parts->len > MAX_BARS ? MAX_BARS - 1 : parts->len;
  double rest = 0;
  guint n_rest = 0;

  by_size = g_ptr_array_copy (parts, NULL, NULL);
  g_ptr_array_sort (by_size, compare_larger_first);
  for (guint i = 0; i < n_shown; i++)
    g_hash_table_add (shown, g_ptr_array_index (by_size, i));

  for (guint i = 0; i < parts->len; i++)
    {
      const OtFigure *part = g_ptr_array_index (parts, i);

      if (g_hash_table_contains (shown, part))
        {
          Bar bar = { part, part->value, g_strdup (ot_figure_get_label (part, lang)),
                      ot_format_figure (part, lang) };

          g_array_append_val (bars, bar);
        }
      else
        {
          rest += part->value;
          n_rest++;
        }
    }

  if (n_rest > 0)
    {
      const OtFigure *any = g_ptr_array_index (parts, 0);
      g_autofree char *sum = ot_format_quantity (rest, any->unit, lang);
      /* TRANSLATORS: the bar that gathers the smallest parts of a breakdown */
      Bar bar = { NULL, rest,
                  g_strdup_printf (ot_ngettext (lang, "%u other", "%u others", n_rest), n_rest),
                  /* TRANSLATORS: a sum of published figures, not one the source gives */
                  g_strdup_printf (ot_gettext (lang, "together %s"), sum) };

      g_array_append_val (bars, bar);
    }
  return n_rest;
}

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

static void
breakdown_build (OtChartLayout      *layout,
                 OtDataset          *dataset,
                 const OtChartStyle *style)
{
  OtLang lang = style->lang;
  OtBreakdownGeometry *geometry;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GArray) bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_autoptr(GPtrArray) value_boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) label_boxes = g_ptr_array_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double u = layout->unit, m = layout->margin;
  double top, bottom, max_value = 0, tick_w = 0, slot, bar_w, label_h = 0, value_h = 0;
  double baseline;
  OtTextBox *axis_title;
  guint n_gathered;

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
  g_array_set_clear_func (bars, bar_clear);
  n_gathered = geometry->n_gathered = make_bars (parts, bars, lang);
  total_text = ot_format_quantity (geometry->total->value, geometry->total->unit, lang);
  /* TRANSLATORS: chart title, "<what>: <how many>" */
  title = g_strdup_printf (ot_gettext (lang, "%s: %s"),
                           ot_figure_get_label (geometry->total, lang), total_text);
  if (style->shares)
    subtitle = g_strdup_printf (ot_ngettext (lang, "Share of the total for each of %u group",
                                             "Share of the total for each of %u groups",
                                             parts->len), parts->len);
  else
    subtitle = g_strdup_printf (ot_ngettext (lang, "Split into %u group", "Split into %u groups",
                                             parts->len), parts->len);
  if (n_gathered > 0)
    {
      /* The subtitle says the chart does not show every part by name. */
      char *all = g_strdup_printf (ot_ngettext (lang, "%s; the %u largest by name, %u other "
                                                "added up", "%s; the %u largest by name, %u "
                                                "others added up", n_gathered),
                                   subtitle, bars->len - 1, n_gathered);

      g_free (subtitle);
      subtitle = all;
    }
  top = ot_chart_layout_add_header (layout, title, subtitle);

  for (guint i = 0; i < bars->len; i++)
    {
      const Bar *bar = &g_array_index (bars, Bar, i);
      max_value = MAX (max_value, style->shares && geometry->total->value > 0
                                  ? bar->value / geometry->total->value * 100 : bar->value);
    }

  geometry->axis = ot_axis_new_from_zero (max_value, MAX_TICKS);
  geometry->divisor = !style->shares && geometry->total->unit != OT_UNIT_PERCENT
                      && geometry->axis.max >= 1e6 ? 1e6 : 1;

  axis_title = ot_chart_layout_add_text (layout,
                                         axis_title_text (geometry->total->unit, geometry->divisor,
                                                          style->shares, lang),
                                         ot_chart_font_size (layout, 16), PANGO_WEIGHT_NORMAL,
                                         -1, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (axis_title, m, top);

  /* Tick labels decide where the plot starts. */
  for (guint i = 0; i < geometry->axis.n_ticks; i++)
    {
      g_autofree char *text = ot_format_decimal (ot_axis_get_tick (&geometry->axis, i)
                                                 / geometry->divisor, 2, lang);
      OtTextBox *tick = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 16),
                                                  PANGO_WEIGHT_NORMAL, -1, PANGO_ALIGN_RIGHT,
                                                  OT_TEXT_MUTED);

      g_ptr_array_add (geometry->ticks, tick);
      tick_w = MAX (tick_w, tick->rect.width);
    }

  geometry->plot.x = m + tick_w + 12 * u;
  geometry->plot.width = MAX (layout->canvas.width - m - geometry->plot.x, 1);
  slot = geometry->plot.width / bars->len;
  bar_w = MIN (slot * 0.62, 260 * u);

  g_string_append_printf (description, ot_gettext (lang, "Bar chart. %s, split into: "), title);
  for (guint i = 0; i < bars->len; i++)
    {
      const Bar *bar = &g_array_index (bars, Bar, i);
      const char *value = bar->value_text;
      g_autofree char *share = share_text (bar->value, geometry->total->value, lang);
      OtTextBox *box;

      box = ot_chart_layout_add_text (layout, style->shares ? share : value,
                                      ot_chart_font_size (layout, 22), PANGO_WEIGHT_BOLD,
                                      slot * 0.96, PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
      value_h = MAX (value_h, box->rect.height);
      g_ptr_array_add (value_boxes, box);

      box = ot_chart_layout_add_text (layout, bar->label,
                                      ot_chart_font_size (layout, 19), PANGO_WEIGHT_NORMAL,
                                      slot * 0.9, PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
      label_h = MAX (label_h, box->rect.height);
      g_ptr_array_add (label_boxes, box);

      /* TRANSLATORS: one part in a description: "Refugees 21.3 million (32.6%)" */
      g_string_append_printf (description, ot_gettext (lang, "%s %s (%s)"), bar->label, value,
                              share);
      if (bar->part == NULL)
        g_string_append (description, ot_gettext (lang, ", the sum of their published figures"));
      g_string_append (description, i + 1 < bars->len ? "; " : ".");
    }
  layout->description = g_string_free (g_steal_pointer (&description), FALSE);

  geometry->plot.y = axis_title->rect.y + axis_title->rect.height + 8 * u + value_h;
  geometry->plot.height = MAX (bottom - label_h - 10 * u - geometry->plot.y, 1);
  baseline = geometry->plot.y + geometry->plot.height;

  for (guint i = 0; i < geometry->axis.n_ticks; i++)
    {
      OtTextBox *tick = g_ptr_array_index (geometry->ticks, i);
      double y = baseline - geometry->plot.height
                            * ot_axis_normalise (&geometry->axis,
                                                 ot_axis_get_tick (&geometry->axis, i));

      g_array_append_val (geometry->tick_y, y);
      ot_text_box_move_to (tick, geometry->plot.x - 12 * u - tick->rect.width,
                           y - tick->rect.height / 2);
    }

  for (guint i = 0; i < bars->len; i++)
    {
      const Bar *shown = &g_array_index (bars, Bar, i);
      const OtFigure *part = shown->part;
      double value = style->shares && geometry->total->value > 0
                     ? shown->value / geometry->total->value * 100 : shown->value;
      double slot_x = geometry->plot.x + slot * i;
      g_autofree char *share = share_text (shown->value, geometry->total->value, lang);
      OtRect bar;

      bar.width = bar_w;
      bar.height = ot_axis_normalise (&geometry->axis, value) * geometry->plot.height;
      bar.x = slot_x + (slot - bar_w) / 2;
      bar.y = baseline - bar.height;
      g_array_append_val (geometry->bars, bar);

      ot_text_box_move_to (g_ptr_array_index (value_boxes, i), slot_x + slot * 0.02,
                           bar.y - 6 * u - ((OtTextBox *) g_ptr_array_index (value_boxes, i))->rect.height);
      ot_text_box_move_to (g_ptr_array_index (label_boxes, i), slot_x + slot * 0.05,
                           baseline + 10 * u);

      /* The gathered parts are no one figure of the source to point to;
       * the description names them. */
      if (part == NULL)
        continue;

      /* The whole slot answers the pointer, not only a thin bar. */
      ot_chart_layout_add_element (layout,
                                   &(OtRect) { slot_x, geometry->plot.y, slot,
                                               geometry->plot.height + 10 * u + label_h },
                                   part->id,
                                   g_strdup_printf (ot_gettext (lang, "%s: %s, %s of the total"),
                                                    ot_figure_get_label (part, lang),
                                                    shown->value_text, share));
    }
}

static void
breakdown_paint (const OtChartLayout *layout,
                 cairo_t             *cr,
                 const OtPalette     *palette)
{
  const OtBreakdownGeometry *geometry = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0);

  /* Grid lines above zero; the zero line goes last. */
  cairo_set_line_width (cr, line);
  ot_cairo_set_color (cr, &palette->grid);
  for (guint i = 1; i < geometry->tick_y->len; i++)
    {
      double y = g_array_index (geometry->tick_y, double, i);

      cairo_move_to (cr, geometry->plot.x, y);
      cairo_line_to (cr, geometry->plot.x + geometry->plot.width, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const OtRect *bar = &g_array_index (geometry->bars, OtRect, i);

      /* The gathered parts are grey: no one group's colour. */
      if (geometry->n_gathered > 0 && i + 1 == geometry->bars->len)
        ot_cairo_set_color (cr, &palette->muted);
      else
        ot_cairo_set_color (cr, &palette->categories[i % OT_N_CATEGORY_COLORS]);
      cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
      cairo_fill (cr);
    }

  /* The zero line lies just under the bars, so it hides none of them. */
  ot_cairo_set_color (cr, &palette->foreground);
  cairo_rectangle (cr, geometry->plot.x, geometry->plot.y + geometry->plot.height,
                   geometry->plot.width, 2 * line);
  cairo_fill (cr);
}

/* A total with parts, or there is nothing to break down. */
static gboolean
breakdown_supports (OtDataset *dataset)
{
  return ot_dataset_find_breakdown (dataset) != NULL;
}

const OtChart ot_chart_breakdown = {
  "breakdown", N_("Displaced people by group"), breakdown_build, breakdown_paint,
  breakdown_supports,
};
