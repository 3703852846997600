/* ot-chart-then-now.c: the letter's breakdown beside the latest year that
 * has one
 *
 * Each group is a pair of bars on one axis from zero: the letter's year and
 * the latest year in which UNHCR published all three groups. The totals are
 * the published ones; where the groups do not add up to them the chart
 * says so, with the sum, instead of stacking them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-then-now.h"
#include "ot-format.h"

static const OtSeriesCategory groups[] = {
  OT_SERIES_TOTAL, OT_SERIES_REFUGEES, OT_SERIES_IDPS, OT_SERIES_ASYLUM_SEEKERS,
};

static void
then_now_free (gpointer data)
{
  OtThenNowGeometry *self = data;

  g_array_unref (self->tick_y);
  g_ptr_array_unref (self->ticks);
  g_array_unref (self->bars);
  g_array_unref (self->swatches);
  g_free (self);
}

/* The letter's year, and the latest later year with every group. */
static gboolean
find_years (OtSeries            *series,
            const OtSeriesYear **then,
            const OtSeriesYear **now)
{
  if (series == NULL || ot_series_get_kind (series) != OT_SERIES_PUBLISHED)
    return FALSE;

  *then = ot_series_find_highlight (series);
  *now = ot_series_find_latest (series, groups, G_N_ELEMENTS (groups));
  return *then != NULL && *now != NULL && (*now)->year > (*then)->year;
}

static gboolean
then_now_supports (OtDataset *dataset)
{
  const OtSeriesYear *then, *now;

  return find_years (ot_dataset_get_series (dataset), &then, &now);
}

/* What the published total does not say: the other group, and parts that
 * do not add up to it within the rounding of the published figures. */
static char *
note_text (OtChartLayout      *layout,
           const OtSeriesYear *year,
           OtLang              lang)
{
  g_autoptr(GString) note = g_string_new (NULL);
  double sum = 0;

  if (!isnan (year->values[OT_SERIES_OTHER_PROTECTION]) && year->other_label[lang] != NULL)
    {
      g_autofree char *other = ot_format_quantity (year->values[OT_SERIES_OTHER_PROTECTION],
                                                   OT_UNIT_PEOPLE, lang);

      g_string_append_printf (note, "%u: %s %s.", year->year, other, year->other_label[lang]);
    }

  for (guint i = 1; i < G_N_ELEMENTS (groups); i++)
    sum += year->values[groups[i]];
  if (fabs (sum - year->values[OT_SERIES_TOTAL]) > 0.05e6 * G_N_ELEMENTS (groups))
    {
      g_autofree char *sum_number = ot_format_quantity (sum, OT_UNIT_PEOPLE, lang);
      g_autofree char *total = ot_format_quantity (year->values[OT_SERIES_TOTAL],
                                                   OT_UNIT_PEOPLE, lang);
      g_autoptr(GString) base = g_string_new (NULL);
      g_autofree char *sum_text = NULL;

      for (guint i = 1; i < G_N_ELEMENTS (groups); i++)
        {
          g_autofree char *part = ot_format_quantity (year->values[groups[i]], OT_UNIT_PEOPLE,
                                                      lang);

          g_string_append_printf (base, "%s%s", i > 1 ? " + " : "", part);
        }
      sum_text = ot_chart_layout_mark_derived (layout, sum_number, base->str, lang);

      if (note->len > 0)
        g_string_append_c (note, ' ');
      g_string_append_printf (note, ot_gettext (lang, "The three groups add up to %s, not to "
                                                "the published total of %s; the chart shows "
                                                "the published total."), sum_text, total);
    }

  return note->len > 0 ? g_string_free (g_steal_pointer (&note), FALSE) : NULL;
}

/* A group's element: its pair of bars, and what they say. */
static void
add_group_element (OtChartLayout      *layout,
                   const OtRect       *rect,
                   guint               group,
                   const OtSeriesYear *then,
                   const OtSeriesYear *now,
                   OtLang              lang)
{
  g_autofree char *then_text = ot_format_quantity (then->values[groups[group]], OT_UNIT_PEOPLE,
                                                   lang);
  g_autofree char *now_text = ot_format_quantity (now->values[groups[group]], OT_UNIT_PEOPLE,
                                                  lang);
  g_autofree char *id = g_strdup_printf ("%s-%u-%u", group == 0 ? "total" : group == 1 ? "refugees"
                                         : group == 2 ? "idps" : "asylum-seekers",
                                         then->year, now->year);

  /* TRANSLATORS: "Refugees: 21.3 million at the end of 2015, 43.4 million at
   * the end of 2023" */
  ot_chart_layout_add_element (layout, rect, id, ot_series_category_get_meaning (groups[group]),
                               g_strdup_printf (ot_gettext (lang, "%s: %s at the end of %u, "
                                                            "%s at the end of %u"),
                                                ot_series_category_get_label (groups[group], lang),
                                                then_text, then->year, now_text, now->year));
}

/* A column pair a group on one axis up the left, the values above the
 * bars and the groups' names under them. */
static void
layout_columns (OtChartLayout      *layout,
                OtThenNowGeometry  *self,
                const OtSeriesYear *then,
                const OtSeriesYear *now,
                double              y,
                double              tick_w,
                double              bottom,
                OtLang              lang)
{
  double u = layout->unit, m = layout->margin, slot, bar_w, value_h = 0, label_h = 0, baseline;
  g_autoptr(GPtrArray) value_boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) label_boxes = g_ptr_array_new ();

  self->plot.x = m + tick_w + 12 * u;
  self->plot.width = MAX (layout->canvas.width - m - self->plot.x, 1);
  slot = self->plot.width / G_N_ELEMENTS (groups);
  bar_w = MIN (slot * 0.4, 120 * u);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      const OtSeriesYear *pair[2] = { then, now };
      const char *label = ot_series_category_get_label (groups[i], lang);
      OtTextBox *box;

      for (guint k = 0; k < 2; k++)
        {
          g_autofree char *text = ot_chart_format_millions (pair[k]->values[groups[i]], lang);

          box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 17),
                                          PANGO_WEIGHT_BOLD, slot / 2 * 0.96, PANGO_ALIGN_CENTER,
                                          k == 0 ? OT_TEXT_MUTED : OT_TEXT_FOREGROUND);
          value_h = MAX (value_h, box->rect.height);
          g_ptr_array_add (value_boxes, box);
        }

      box = ot_chart_layout_add_text (layout, label, ot_chart_font_size (layout, 17),
                                      PANGO_WEIGHT_NORMAL, slot * 0.92, PANGO_ALIGN_CENTER,
                                      OT_TEXT_FOREGROUND);
      label_h = MAX (label_h, box->rect.height);
      g_ptr_array_add (label_boxes, box);
    }

  self->plot.y = y + 8 * u + value_h;
  self->plot.height = MAX (bottom - label_h - 10 * u - self->plot.y, 1);
  baseline = self->plot.y + self->plot.height;
  ot_chart_place_ticks (&self->axis, &self->plot, self->ticks, 12 * u, OT_TICK_LABELS_APART,
                        self->tick_y);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      const OtSeriesYear *pair[2] = { then, now };
      double slot_x = self->plot.x + slot * i;

      for (guint k = 0; k < 2; k++)
        {
          double h = ot_axis_normalise (&self->axis, pair[k]->values[groups[i]])
                     * self->plot.height;
          double half_x = slot_x + slot / 2 * k;
          OtRect bar = { half_x + (slot / 2 - bar_w) / 2 + (k == 0 ? slot * 0.04 : -slot * 0.04),
                         baseline - h, bar_w, h };
          OtTextBox *value = g_ptr_array_index (value_boxes, 2 * i + k);

          g_array_append_val (self->bars, bar);
          ot_text_box_move_to (value, half_x + slot / 2 * 0.02,
                               bar.y - 4 * u - value->rect.height);
        }
      ot_text_box_move_to (g_ptr_array_index (label_boxes, i), slot_x + slot * 0.04,
                           baseline + 10 * u);

      add_group_element (layout, &(OtRect) { slot_x, self->plot.y, slot,
                                             self->plot.height + 10 * u + label_h },
                         i, then, now, lang);
    }
}

/* A row a group: its name, under it the letter's year's bar and the later
 * year's, from the zero line on the left, each with its value at its end;
 * the ticks along the bottom. */
static void
layout_rows (OtChartLayout      *layout,
             OtThenNowGeometry  *self,
             const OtSeriesYear *then,
             const OtSeriesYear *now,
             double              y,
             double              bottom,
             OtLang              lang)
{
  double u = layout->unit, m = layout->margin, width = layout->canvas.width - 2 * m;
  double value_w = 0, labels_h = 0, bar_h;
  double row_gap = 14 * u + 4, bar_gap = 3 * u + 1, indent = 8 * u + 2;
  guint n = G_N_ELEMENTS (groups);
  g_autoptr(GPtrArray) value_boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) label_boxes = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      const OtSeriesYear *pair[2] = { then, now };
      OtTextBox *box;

      for (guint k = 0; k < 2; k++)
        {
          g_autofree char *text = ot_chart_format_millions (pair[k]->values[groups[i]], lang);

          box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 17),
                                          PANGO_WEIGHT_BOLD, -1, PANGO_ALIGN_LEFT,
                                          k == 0 ? OT_TEXT_MUTED : OT_TEXT_FOREGROUND);
          value_w = MAX (value_w, box->rect.width);
          g_ptr_array_add (value_boxes, box);
        }
      box = ot_chart_layout_add_text (layout, ot_series_category_get_label (groups[i], lang),
                                      ot_chart_font_size (layout, 17), PANGO_WEIGHT_NORMAL,
                                      width - indent, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
      labels_h += box->rect.height;
      g_ptr_array_add (label_boxes, box);
    }
  ot_chart_rows_frame (layout, self->ticks, value_w, y, bottom, &self->plot);
  bar_h = (self->plot.height - labels_h - n * (row_gap + bar_gap + 2 * u)) / (2 * n);
  bar_h = CLAMP (bar_h, ot_chart_font_size (layout, 17) * 1.1,
                 MAX (44 * u + 12, ot_chart_font_size (layout, 17) * 3.2));
  /* A tall canvas spreads the groups out rather than leave its foot empty. */
  row_gap += CLAMP ((self->plot.height - labels_h - n * (2 * bar_h + bar_gap + 2 * u + row_gap))
                    / n, 0, 1.5 * bar_h);

  y = self->plot.y + 4 * u;
  for (guint i = 0; i < n; i++)
    {
      const OtSeriesYear *pair[2] = { then, now };
      OtTextBox *label = g_ptr_array_index (label_boxes, i);
      double top = y;

      /* Clear of the zero line, which runs down past the labels. */
      ot_text_box_move_to (label, m + indent, y);
      y += label->rect.height + 2 * u;
      for (guint k = 0; k < 2; k++)
        {
          OtTextBox *value = g_ptr_array_index (value_boxes, 2 * i + k);
          OtRect bar = { self->plot.x, y,
                         ot_axis_normalise (&self->axis, pair[k]->values[groups[i]])
                         * self->plot.width, bar_h };

          g_array_append_val (self->bars, bar);
          ot_text_box_move_to (value, bar.x + bar.width + 8 * u,
                               bar.y + (bar_h - value->rect.height) / 2);
          y += bar_h + (k == 0 ? bar_gap : 0);
        }
      add_group_element (layout, &(OtRect) { m, top, width, y - top }, i, then, now, lang);
      y += row_gap;
    }
  self->plot.height = y - row_gap + 4 * u - self->plot.y;

  ot_chart_place_ticks_below (layout, &self->axis, &self->plot, self->ticks, self->tick_y);
}

/* @with_subtitle FALSE for a canvas too short for it: the legend's "end of
 * 2015, in the letter" and the title say what it says. */
static void
lay_out (OtChartLayout      *layout,
         OtDataset          *dataset,
         const OtChartStyle *style,
         gboolean            with_subtitle)
{
  OtLang lang = style->lang;
  OtSeries *series = ot_dataset_get_series (dataset);
  OtThenNowGeometry *self = g_new0 (OtThenNowGeometry, 1);
  const OtSeriesYear *then = NULL, *now = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *then_label = NULL;
  g_autofree char *now_label = NULL;
  g_autofree char *note = NULL;
  g_autofree char *then_total = NULL;
  g_autofree char *now_total = NULL;
  double u = layout->unit, m = layout->margin, top, bottom, y, tick_w = 0, max_value = 0;
  OtLegendItem legend[2];

  self->tick_y = g_array_new (FALSE, TRUE, sizeof (double));
  self->ticks = g_ptr_array_new ();
  self->bars = g_array_new (FALSE, TRUE, sizeof (OtRect));
  self->swatches = g_array_new (FALSE, TRUE, sizeof (OtSwatch));
  layout->data = self;
  layout->data_free = then_now_free;

  if (!find_years (series, &then, &now))
    {
      bottom = ot_chart_layout_add_footer (layout, dataset, lang);
      top = ot_chart_layout_add_header (layout, ot_chart_get_title (layout->chart, lang), NULL);
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures have no published breakdown "
                                             "of the letter's year and a later one to set side "
                                             "by side."));
      return;
    }

  /* The letter's year: its sentences on a slide. */
  ot_chart_layout_cite_total (layout, dataset, then->values[OT_SERIES_TOTAL], TRUE);
  source = ot_series_dup_source_label (series, lang);
  bottom = ot_chart_layout_add_source (layout, source, lang);

  then_total = ot_format_quantity (then->values[OT_SERIES_TOTAL], OT_UNIT_PEOPLE, lang);
  now_total = ot_format_quantity (now->values[OT_SERIES_TOTAL], OT_UNIT_PEOPLE, lang);
  /* TRANSLATORS: the then-and-now chart's title: "Forcibly displaced: 65.3
   * million at the end of 2015, 123.2 million at the end of 2024" */
  title = g_strdup_printf (ot_gettext (lang, "%s: %s at the end of %u, %s at the end of %u"),
                           ot_series_category_get_label (OT_SERIES_TOTAL, lang), then_total,
                           then->year, now_total, now->year);
  /* The letter is of 8 September 2016; its figures are UNHCR's for the
   * end of 2015. */
  subtitle = g_strdup_printf (ot_gettext (lang, "UNHCR's figures for the end of each year; the "
                                          "letter of 8 September 2016 gives those for the end "
                                          "of %u"), then->year);
  top = ot_chart_layout_add_header (layout, title, with_subtitle ? subtitle : NULL);

  /* TRANSLATORS: the legend of the earlier year: "end of 2015, in the letter" */
  then_label = g_strdup_printf (ot_gettext (lang, "end of %u, in the letter"), then->year);
  /* TRANSLATORS: the legend of the later year: "end of 2024" */
  now_label = g_strdup_printf (ot_gettext (lang, "end of %u"), now->year);
  legend[0] = (OtLegendItem) { then_label, OT_SWATCH_THEN, OT_MEANING_NONE, 0 };
  legend[1] = (OtLegendItem) { now_label, OT_SWATCH_BAR, OT_MEANING_NONE, 0 };
  y = ot_chart_layout_add_legend (layout, legend, G_N_ELEMENTS (legend), top,
                                  self->swatches) + 14 * u;

  note = note_text (layout, now, lang);
  if (note != NULL)
    {
      OtTextBox *box = ot_chart_layout_add_text (layout, note, ot_chart_font_size (layout, 15),
                                                 PANGO_WEIGHT_NORMAL, layout->canvas.width - 2 * m,
                                                 PANGO_ALIGN_LEFT, OT_TEXT_MUTED);

      ot_text_box_move_to (box, m, bottom - box->rect.height);
      bottom = box->rect.y - 12 * u;
    }

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    max_value = MAX (max_value, MAX (then->values[groups[i]], now->values[groups[i]]));
  self->axis = ot_axis_new_from_zero (max_value, 5);
  self->divisor = self->axis.max >= 1e6 ? 1e6 : 1;
  y = ot_chart_layout_add_axis (layout, &self->axis, self->divisor, y, self->ticks, lang);
  for (guint i = 0; i < self->ticks->len; i++)
    tick_w = MAX (tick_w, ((OtTextBox *) g_ptr_array_index (self->ticks, i))->rect.width);

  g_string_append_printf (description, ot_gettext (lang, "Bar chart. %s. %s."), title, subtitle);
  /* Columns side by side; on a narrow or tall canvas, a row of two bars a
   * group, each under its label. */
  self->horizontal = ot_chart_layout_is_narrow (layout);
  if (self->horizontal)
    layout_rows (layout, self, then, now, y, bottom, lang);
  else
    layout_columns (layout, self, then, now, y, tick_w, bottom, lang);
  for (guint i = 0; i < layout->elements->len; i++)
    g_string_append_printf (description, " %s.",
                            g_array_index (layout->elements, OtChartElement, i).label);

  if (note != NULL)
    g_string_append_printf (description, " %s", note);
  g_string_append_c (description, ' ');
  g_string_append_printf (description, ot_gettext (lang, "Source: %s"), source);
  g_string_append_c (description, '.');
  layout->description = g_string_free (g_steal_pointer (&description), FALSE);
}

static void
then_now_build (OtChartLayout      *layout,
                OtDataset          *dataset,
                const OtChartStyle *style)
{
  const OtThenNowGeometry *self;

  lay_out (layout, dataset, style, TRUE);
  self = layout->data;
  /* Bars a third of the canvas high at the least, or the subtitle goes. */
  if (!layout->empty && !self->horizontal && self->plot.height < layout->canvas.height / 3)
    {
      ot_chart_layout_reset (layout);
      lay_out (layout, dataset, style, FALSE);
    }
}

static void
then_now_paint (const OtChartLayout *layout,
                cairo_t             *cr,
                const OtPalette     *palette)
{
  const OtThenNowGeometry *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0);

  ot_chart_paint_grid (layout, cr, palette, &self->plot, self->tick_y, self->horizontal);

  /* Bar pair i is element i, which carries the group: the earlier year
   * outlined in its colour, the later one filled. */
  for (guint i = 0; i < self->bars->len; i++)
    {
      const OtRect *bar = &g_array_index (self->bars, OtRect, i);
      OtMeaning meaning = g_array_index (layout->elements, OtChartElement, i / 2).meaning;

      ot_chart_set_meaning_color (layout, cr, palette, meaning);
      if (i % 2 == 0)
        {
          cairo_set_line_width (cr, 2 * line);
          cairo_rectangle (cr, bar->x + line, bar->y + line, bar->width - 2 * line,
                           MAX (bar->height - line, 0));
          cairo_stroke (cr);
        }
      else
        {
          cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
          cairo_fill (cr);
        }
    }

  /* The zero line lies just beside the bars, so it hides none of them. */
  ot_cairo_set_color (cr, &palette->foreground);
  if (self->horizontal)
    cairo_rectangle (cr, self->plot.x - 2 * line, self->plot.y, 2 * line, self->plot.height);
  else
    cairo_rectangle (cr, self->plot.x, self->plot.y + self->plot.height, self->plot.width,
                     2 * line);
  cairo_fill (cr);

  ot_chart_paint_swatches (layout, cr, palette, self->swatches);
}

const OtChart ot_chart_then_now = {
  "then-now", N_("The letter's figures then and now"), then_now_build, then_now_paint,
  then_now_supports,
};
