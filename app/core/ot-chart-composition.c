/* ot-chart-composition.c: the whole as squares of one million, by group
 *
 * Fractions are drawn as fractions: 21.3 million is 21 squares and three
 * tenths of the next, which the following group fills up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"
#include "ot-format.h"

#define COLUMNS 10

typedef OtCompositionGeometry Composition;

static void
composition_free (gpointer data)
{
  Composition *self = data;

  g_array_unref (self->ends);
  g_array_unref (self->swatches);
  g_free (self);
}

/* One square for a round number that gives a grid of tens, not thousands. */
static double
choose_cell_unit (double total)
{
  double unit = 1;

  while (total / unit > 200)
    unit *= 10;
  return unit;
}

static void
composition_build (OtChartLayout      *layout,
                   OtDataset          *dataset,
                   const OtChartStyle *style)
{
  OtLang lang = style->lang;
  Composition *self = g_new0 (Composition, 1);
  const OtFigure *total = ot_dataset_find_breakdown (dataset);
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) legend = g_ptr_array_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double u = layout->unit, m = layout->margin;
  double top, bottom, cumulative = 0, sum = 0, rows, legend_x, legend_w, legend_h = 0, y;
  OtTextBox *note;

  self->ends = g_array_new (FALSE, TRUE, sizeof (double));
  self->swatches = g_array_new (FALSE, TRUE, sizeof (OtRect));
  layout->data = self;
  layout->data_free = composition_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  if (total == NULL)
    {
      ot_chart_layout_set_no_breakdown (layout, bottom, lang);
      return;
    }

  parts = ot_dataset_dup_parts (dataset, total->id);
  g_ptr_array_add (layout->sources, g_strdup (total->id));
  for (guint i = 0; i < parts->len; i++)
    {
      g_ptr_array_add (layout->sources, g_strdup (((OtFigure *) parts->pdata[i])->id));
      sum += ((OtFigure *) parts->pdata[i])->value;
    }
  /* Parts that add up to far more than their total (the dataset warns of
   * it) get squares of their size too, not millions of them. */
  self->cell_unit = choose_cell_unit (MAX (total->value, sum));
  self->total = total->value / self->cell_unit;
  total_text = ot_format_quantity (total->value, total->unit, lang);
  unit_text = ot_format_quantity (self->cell_unit, total->unit, lang);

  title = g_strdup_printf (ot_gettext (lang, "%s: %s"), ot_figure_get_label (total, lang),
                           total_text);
  /* TRANSLATORS: "One square is 1 million people", under a unit chart */
  subtitle = g_strdup_printf (total->unit == OT_UNIT_PEOPLE
                              ? ot_gettext (lang, "One square is %s people")
                              : ot_gettext (lang, "One square is %s"), unit_text);
  top = ot_chart_layout_add_header (layout, title, subtitle);

  /* The legend names every group beside the squares: no colour alone. */
  legend_w = MAX (layout->canvas.width * 0.36, 1);
  legend_x = layout->canvas.width - m - legend_w;
  for (guint i = 0; i < parts->len; i++)
    {
      const OtFigure *part = g_ptr_array_index (parts, i);
      g_autofree char *value = ot_format_figure (part, lang);
      g_autofree char *text = g_strdup_printf ("%s\n%s", ot_figure_get_label (part, lang), value);
      OtTextBox *box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 20),
                                                 PANGO_WEIGHT_NORMAL, legend_w - 34 * u,
                                                 PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);

      g_ptr_array_add (legend, box);
      legend_h += box->rect.height + 14 * u;

      cumulative += part->value / self->cell_unit;
      g_array_append_val (self->ends, cumulative);

      g_string_append_printf (description, "%s%s %s", i > 0 ? "; " : "",
                              ot_figure_get_label (part, lang), value);
    }

  note = ot_chart_layout_add_text (layout,
                                   ot_gettext (lang, "A part-filled square is a fraction: "
                                               "three tenths filled is 0.3 of a square."),
                                   ot_chart_font_size (layout, 15), PANGO_WEIGHT_NORMAL,
                                   legend_w, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);

  rows = ceil (MAX (self->total, cumulative) / COLUMNS - 1e-9);
  rows = MAX (rows, 1);
  self->square = MIN ((legend_x - 24 * u - m) / COLUMNS, (bottom - top) / rows);
  self->square = MAX (self->square, 1);
  self->gap = self->square * 0.12;
  self->grid = (OtRect) { m, top, self->square * COLUMNS, self->square * rows };

  /* The legend is centred beside the squares. */
  y = top + MAX ((self->grid.height - legend_h - note->rect.height) / 2, 0);
  for (guint i = 0; i < legend->len; i++)
    {
      OtTextBox *box = g_ptr_array_index (legend, i);
      const OtFigure *part = g_ptr_array_index (parts, i);
      double swatch = MIN (22 * u, box->rect.height);
      OtRect swatch_rect = { legend_x, y + 3 * u, swatch, swatch };
      g_autofree char *value = ot_format_figure (part, lang);

      g_array_append_val (self->swatches, swatch_rect);
      ot_text_box_move_to (box, legend_x + 34 * u, y);
      ot_chart_layout_add_element (layout,
                                   &(OtRect) { legend_x, y, legend_w, box->rect.height },
                                   part->id,
                                   g_strdup_printf ("%s: %s", ot_figure_get_label (part, lang),
                                                    value));
      y += box->rect.height + 14 * u;
    }
  ot_text_box_move_to (note, legend_x, y);

  layout->description = g_strdup_printf (ot_gettext (lang, "Unit chart. %s, one square for "
                                                     "%s: %s."),
                                         title, unit_text, description->str);
}

static void
composition_paint (const OtChartLayout *layout,
                   cairo_t             *cr,
                   const OtPalette     *palette)
{
  const Composition *self = layout->data;
  double s = self->square, inner = s - self->gap;
  guint cells = (guint) ceil (MAX (self->total,
                                   self->ends->len > 0
                                   ? g_array_index (self->ends, double, self->ends->len - 1) : 0)
                              - 1e-9);

  for (guint k = 0; k < cells; k++)
    {
      double x = self->grid.x + (k % COLUMNS) * s;
      double y = self->grid.y + (k / COLUMNS) * s;
      double start = 0;

      /* Each group fills its share of the square, left to right. */
      for (guint g = 0; g < self->ends->len; g++)
        {
          double end = g_array_index (self->ends, double, g);
          double from = MAX (start, k), to = MIN (end, k + 1.0);

          if (to > from)
            {
              ot_cairo_set_color (cr, &palette->categories[g % OT_N_CATEGORY_COLORS]);
              cairo_rectangle (cr, x + (from - k) * inner, y, (to - from) * inner, inner);
              cairo_fill (cr);
            }
          start = end;
        }

      /* What no group fills is outlined, so 0.3 reads as 0.3 of a square. */
      if (start < k + 1.0)
        {
          double line = MAX (layout->unit, 1.0);

          ot_cairo_set_color (cr, &palette->muted);
          cairo_set_line_width (cr, line);
          cairo_rectangle (cr, x + line / 2, y + line / 2, inner - line, inner - line);
          cairo_stroke (cr);
        }
    }

  for (guint g = 0; g < self->swatches->len; g++)
    {
      const OtRect *r = &g_array_index (self->swatches, OtRect, g);

      ot_cairo_set_color (cr, &palette->categories[g % OT_N_CATEGORY_COLORS]);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
    }
}

/* A total with parts, or there is nothing to divide into squares. */
static gboolean
composition_supports (OtDataset *dataset)
{
  return ot_dataset_find_breakdown (dataset) != NULL;
}

const OtChart ot_chart_composition = {
  "composition", N_("Displaced people, one square a million"), composition_build,
  composition_paint, composition_supports,
};
