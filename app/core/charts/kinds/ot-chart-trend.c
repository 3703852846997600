/* ot-chart-trend.c: displaced people per year, the letter's year marked
 *
 * A published total is a bar of its own, drawn as UNHCR published it: from
 * 2019 the groups add up to more or less than the total, so the groups are
 * lines beside it, never a stack. A year or a group with no published value
 * is a gap in the line, and the chart says in words which ones are missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-trend.h"
#include "ot-format.h"

static const OtSeriesCategory published_lines[] = {
  OT_SERIES_REFUGEES, OT_SERIES_IDPS, OT_SERIES_ASYLUM_SEEKERS,
};

static const OtSeriesCategory export_lines[] = {
  OT_SERIES_REFUGEES_UNHCR, OT_SERIES_IDPS, OT_SERIES_ASYLUM_SEEKERS,
  OT_SERIES_OTHER_PROTECTION, OT_SERIES_STATELESS,
};

static void
trend_free (gpointer data)
{
  OtTrendGeometry *self = data;

  for (guint i = 0; i < self->lines->len; i++)
    g_array_unref (g_array_index (self->lines, OtTrendLine, i).points);
  g_array_unref (self->lines);
  g_array_unref (self->years);
  g_array_unref (self->tick_y);
  g_ptr_array_unref (self->ticks);
  g_array_unref (self->swatches);
  g_free (self->subtitle);
  g_free (self);
}

static gboolean
trend_supports (OtDataset *dataset)
{
  OtSeries *series = ot_dataset_get_series (dataset);

  return series != NULL && ot_series_get_n_years (series) > 0;
}

static double
value_of (OtSeries         *series,
          guint             year,
          OtSeriesCategory  category)
{
  const OtSeriesYear *entry = ot_series_lookup_year (series, year);

  return entry != NULL ? entry->values[category] : NAN;
}

/* "2012–2018, 2024": the years in @years, runs joined. */
static void
append_year_runs (GString *out,
                  GArray  *years)
{
  for (guint i = 0; i < years->len;)
    {
      guint from = g_array_index (years, guint, i), to = from;

      while (++i < years->len && g_array_index (years, guint, i) == to + 1)
        to++;
      if (out->len > 0 && out->str[out->len - 1] != '(')
        g_string_append (out, ", ");
      if (to > from)
        g_string_append_printf (out, "%u–%u", from, to);
      else
        g_string_append_printf (out, "%u", from);
    }
}

/* The change from the letter's year to the latest total, from the data. */
static char *
change_text (OtChartLayout *layout,
             OtSeries      *series,
             OtLang         lang)
{
  const OtSeriesYear *base = ot_series_find_highlight (series);
  const OtSeriesCategory total[] = { OT_SERIES_TOTAL };
  const OtSeriesYear *latest = ot_series_find_latest (series, total, 1);
  g_autofree char *latest_text = NULL;
  g_autofree char *diff_text = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *signed_percent = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *change = NULL;
  g_autofree char *marked = NULL;
  guint base_year;
  double before, now, diff;

  if (base == NULL || latest == NULL || isnan (base->values[OT_SERIES_TOTAL])
      || latest->year <= base->year)
    return g_strdup (ot_gettext (lang, "Totals at the end of each year, as first published"));

  base_year = base->year;
  before = base->values[OT_SERIES_TOTAL];
  now = latest->values[OT_SERIES_TOTAL];
  diff = now - before;
  latest_text = ot_format_quantity (now, OT_UNIT_PEOPLE, lang);
  diff_text = ot_format_quantity (fabs (diff), OT_UNIT_PEOPLE, lang);

  if (diff == 0 || before <= 0)
    /* TRANSLATORS: "2024: 65.3 million, as many as in 2015" */
    return g_strdup_printf (ot_gettext (lang, "%u: %s, as many as in %u"), latest->year,
                            latest_text, base->year);

  percent = ot_format_decimal (fabs (diff) / before * 100, 1, lang);
  signed_percent = g_strdup_printf (ot_gettext (lang, "%s%%"), percent);
  before_text = ot_format_quantity (before, OT_UNIT_PEOPLE, lang);
  /* TRANSLATORS: what a change is calculated from: "123.2 million − 65.3 million" */
  from = g_strdup_printf (ot_gettext (lang, "%s − %s"), latest_text, before_text);
  if (diff > 0)
    /* TRANSLATORS: "57.9 million (+88.7%) more than in 2015" */
    change = g_strdup_printf (ot_gettext (lang, "%s (+%s) more than in %u"), diff_text,
                              signed_percent, base_year);
  else
    /* TRANSLATORS: "5.3 million (−8.1%) fewer than in 2015" */
    change = g_strdup_printf (ot_gettext (lang, "%s (−%s) fewer than in %u"), diff_text,
                              signed_percent, base_year);
  marked = ot_chart_layout_mark_derived (layout, change, from, lang);
  /* TRANSLATORS: "2024: 123.2 million, 57.9 million (+88.7%) more than in 2015
   * (calculated: 123.2 million − 65.3 million)" */
  return g_strdup_printf (ot_gettext (lang, "%u: %s, %s"), latest->year, latest_text, marked);
}

/* The first year whose refugees include a group counted apart before. */
static int
find_break (OtTrendGeometry *self,
            OtSeries        *series)
{
  for (guint i = 1; i < self->years->len; i++)
    {
      const OtSeriesYear *row = ot_series_lookup_year (series, g_array_index (self->years,
                                                                             OtTrendYear, i).year);
      const OtSeriesYear *before = ot_series_lookup_year (series, g_array_index (self->years,
                                                                                OtTrendYear,
                                                                                i - 1).year);

      if (row != NULL && row->other_in_refugees && (before == NULL || !before->other_in_refugees))
        return (int) i;
    }
  return -1;
}

static gboolean
overlaps_texts (const OtChartLayout *layout,
                const OtTextBox     *box,
                double               gap)
{
  OtRect grown = { box->rect.x - gap, box->rect.y - gap, box->rect.width + 2 * gap,
                   box->rect.height + 2 * gap };

  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *other = g_ptr_array_index (layout->texts, i);

      if (other != box && ot_rect_intersects (&grown, &other->rect))
        return TRUE;
    }
  return FALSE;
}

/* Year labels: the letter's year, the last and the first always, then as
 * many others as fit without touching. */
static void
place_year_labels (OtChartLayout   *layout,
                   OtTrendGeometry *self,
                   double           y,
                   OtLang           lang)
{
  double u = layout->unit;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) placed = g_ptr_array_new ();
  guint n = self->years->len;

  if (self->highlight >= 0)
    g_array_append_val (order, self->highlight);
  g_array_append_vals (order, (guint[]) { n - 1, 0 }, n > 1 ? 2 : 1);
  for (guint i = 1; i + 1 < n; i++)
    g_array_append_val (order, i);

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      OtTrendYear *year = &g_array_index (self->years, OtTrendYear, i);
      g_autofree char *text = g_strdup_printf ("%u", year->year);
      gboolean clear = TRUE;
      OtTextBox *box;
      OtRect rect;

      if (year->label != NULL)
        continue;
      box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 16),
                                      (int) i == self->highlight ? PANGO_WEIGHT_BOLD
                                                                 : PANGO_WEIGHT_NORMAL,
                                      -1, PANGO_ALIGN_CENTER,
                                      (int) i == self->highlight ? OT_TEXT_FOREGROUND
                                                                 : OT_TEXT_MUTED);
      rect = (OtRect) { CLAMP (year->x - box->rect.width / 2, layout->margin,
                               layout->canvas.width - layout->margin - box->rect.width),
                        y, box->rect.width, box->rect.height };
      for (guint j = 0; j < placed->len && clear; j++)
        {
          const OtRect *other = g_ptr_array_index (placed, j);
          OtRect grown = { other->x - 10 * u, other->y, other->width + 20 * u, other->height };

          clear = !ot_rect_intersects (&grown, &rect);
        }

      if (!clear)
        {
          /* The framework owns every box it made: drop this one again. */
          g_ptr_array_remove_index (layout->texts, layout->texts->len - 1);
          continue;
        }
      ot_text_box_move_to (box, rect.x, rect.y);
      year->label = box;
      g_ptr_array_add (placed, &box->rect);
    }
}

static void
trend_build (OtChartLayout      *layout,
             OtDataset          *dataset,
             const OtChartStyle *style)
{
  OtLang lang = style->lang;
  OtSeries *series = ot_dataset_get_series (dataset);
  OtTrendGeometry *self = g_new0 (OtTrendGeometry, 1);
  g_autoptr(GArray) legend = g_array_new (FALSE, TRUE, sizeof (OtLegendItem));
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;
  const OtSeriesCategory *candidates;
  double u = layout->unit, m = layout->margin, top, bottom, y, max_value = 0, tick_w = 0;
  double slot, bar_w, label_h, value_h = 0, tick_h = 0, baseline;
  OtTextBox *latest_label = NULL, *probe;
  gboolean published;
  guint n_candidates, first, last, latest_index = 0;

  self->years = g_array_new (FALSE, TRUE, sizeof (OtTrendYear));
  self->lines = g_array_new (FALSE, TRUE, sizeof (OtTrendLine));
  self->tick_y = g_array_new (FALSE, TRUE, sizeof (double));
  self->ticks = g_ptr_array_new ();
  self->swatches = g_array_new (FALSE, TRUE, sizeof (OtSwatch));
  self->highlight = -1;
  self->break_index = -1;
  layout->data = self;
  layout->data_free = trend_free;

  if (series == NULL || ot_series_get_n_years (series) == 0)
    {
      bottom = ot_chart_layout_add_footer (layout, dataset, lang);
      top = ot_chart_layout_add_header (layout, ot_chart_get_title (layout->chart, lang), NULL);
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures have no counts per year, so "
                                             "there is no trend to draw."));
      return;
    }

  published = ot_series_get_kind (series) == OT_SERIES_PUBLISHED;
  first = ot_series_get_year (series, 0)->year;
  last = ot_series_get_year (series, ot_series_get_n_years (series) - 1)->year;
  candidates = published ? published_lines : export_lines;
  n_candidates = published ? G_N_ELEMENTS (published_lines) : G_N_ELEMENTS (export_lines);

  source = ot_series_dup_source_label (series, lang);
  bottom = ot_chart_layout_add_source (layout, source, lang);

  if (published)
    {
      title = g_strdup_printf (ot_gettext (lang, "Forcibly displaced worldwide, %u–%u"),
                               first, last);
      self->subtitle = change_text (layout, series, lang);
    }
  else
    {
      title = first == last
        ? g_strdup_printf (ot_gettext (lang, "UNHCR export, %u"), first)
        : g_strdup_printf (ot_gettext (lang, "UNHCR export, %u–%u"), first, last);
      self->subtitle = g_strdup (ot_gettext (lang, "People per group, summed over the rows of "
                                             "each year"));
    }
  top = ot_chart_layout_add_header (layout, title, self->subtitle);

  /* The years, one slot each, a year without a row included. */
  for (guint year = first; year <= last; year++)
    {
      OtTrendYear entry = { .year = year };
      const OtSeriesYear *row = ot_series_lookup_year (series, year);

      entry.has_total = published && row != NULL && !isnan (row->values[OT_SERIES_TOTAL]);
      if (row != NULL && row->highlight && published)
        self->highlight = (int) self->years->len;
      if (entry.has_total)
        {
          max_value = MAX (max_value, row->values[OT_SERIES_TOTAL]);
          latest_index = self->years->len;
        }
      g_array_append_val (self->years, entry);
    }

  if (published && ot_series_has_category (series, OT_SERIES_TOTAL))
    {
      OtLegendItem item = { ot_gettext (lang, "Total, as published"), OT_SWATCH_TOTAL,
                            OT_MEANING_NONE, 0 };

      g_array_append_val (legend, item);
    }

  for (guint c = 0; c < n_candidates && self->lines->len < OT_TREND_MAX_LINES; c++)
    {
      OtTrendLine line = { candidates[c], g_array_new (FALSE, TRUE, sizeof (OtTrendPoint)) };
      OtLegendItem item = { ot_series_category_get_label (candidates[c], lang), OT_SWATCH_LINE,
                            ot_series_category_get_meaning (candidates[c]), self->lines->len };
      g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (guint));

      if (!ot_series_has_category (series, candidates[c]))
        {
          g_array_unref (line.points);
          continue;
        }

      for (guint i = 0; i < self->years->len; i++)
        {
          guint year = g_array_index (self->years, OtTrendYear, i).year;
          double value = value_of (series, year, candidates[c]);

          if (isnan (value))
            g_array_append_val (gaps, year);
          else
            max_value = MAX (max_value, value);
        }
      if (gaps->len > 0)
        {
          g_string_append_printf (missing, "%s%s (", missing->len > 0 ? "; " : "",
                                  item.label);
          append_year_runs (missing, gaps);
          g_string_append_c (missing, ')');
        }

      g_array_append_val (self->lines, line);
      g_array_append_val (legend, item);
    }

  y = ot_chart_layout_add_legend (layout, (OtLegendItem *) legend->data, legend->len, top,
                                  self->swatches) + 14 * u;

  /* Say which values are missing, not only leave them out. */
  if (missing->len > 0)
    {
      g_autofree char *note = g_strdup_printf (published
                                               ? ot_gettext (lang, "No figure published: %s")
                                               : ot_gettext (lang, "No value in the export: %s"),
                                               missing->str);
      OtTextBox *box = ot_chart_layout_add_text (layout, note, ot_chart_font_size (layout, 15),
                                                 PANGO_WEIGHT_NORMAL, layout->canvas.width - 2 * m,
                                                 PANGO_ALIGN_LEFT, OT_TEXT_MUTED);

      ot_text_box_move_to (box, m, bottom - box->rect.height);
      bottom = box->rect.y - 12 * u;
    }

  /* A change in what UNHCR counts is marked, not drawn as a rise. */
  self->break_index = published ? find_break (self, series) : -1;
  if (self->break_index >= 0)
    {
      const OtSeriesYear *row = ot_series_lookup_year (series,
                                                       g_array_index (self->years, OtTrendYear,
                                                                      self->break_index).year);
      g_autofree char *other = isnan (row->values[OT_SERIES_OTHER_PROTECTION]) ? NULL
        : ot_format_quantity (row->values[OT_SERIES_OTHER_PROTECTION], OT_UNIT_PEOPLE, lang);
      g_autofree char *note = other != NULL
        /* TRANSLATORS: under the trend: "From 2023 UNHCR counts the 5.8 million other
         * people in need of international protection among refugees (dashed line);
         * before, they were counted apart." */
        ? g_strdup_printf (ot_gettext (lang, "From %u UNHCR counts the %s other people in need "
                                       "of international protection among refugees (dashed "
                                       "line); before, they were counted apart."),
                           row->year, other)
        : g_strdup_printf (ot_gettext (lang, "From %u UNHCR counts refugees differently (dashed "
                                       "line)."), row->year);
      OtTextBox *box = ot_chart_layout_add_text (layout, note, ot_chart_font_size (layout, 15),
                                                 PANGO_WEIGHT_NORMAL, layout->canvas.width - 2 * m,
                                                 PANGO_ALIGN_LEFT, OT_TEXT_MUTED);

      ot_text_box_move_to (box, m, bottom - box->rect.height);
      bottom = box->rect.y - 8 * u;
      g_string_append_printf (description, " %s", note);
    }

  self->axis = ot_axis_new_from_zero (max_value, 5);
  self->divisor = self->axis.max >= 1e6 ? 1e6 : 1;
  y = ot_chart_layout_add_axis (layout, &self->axis, self->divisor, y, self->ticks, lang);
  for (guint i = 0; i < self->ticks->len; i++)
    {
      tick_w = MAX (tick_w, ((OtTextBox *) g_ptr_array_index (self->ticks, i))->rect.width);
      tick_h = MAX (tick_h, ((OtTextBox *) g_ptr_array_index (self->ticks, i))->rect.height);
    }

  /* The latest total's value stands on its bar. */
  if (published && g_array_index (self->years, OtTrendYear, latest_index).has_total)
    {
      guint year = g_array_index (self->years, OtTrendYear, latest_index).year;
      g_autofree char *text = ot_chart_format_millions (value_of (series, year, OT_SERIES_TOTAL),
                                                        lang);

      latest_label = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 16),
                                               PANGO_WEIGHT_BOLD, -1, PANGO_ALIGN_CENTER,
                                               OT_TEXT_FOREGROUND);
      value_h = latest_label->rect.height + 4 * u;
    }

  probe = ot_chart_layout_add_text (layout, "2015", ot_chart_font_size (layout, 16),
                                    PANGO_WEIGHT_BOLD, -1, PANGO_ALIGN_CENTER, OT_TEXT_MUTED);
  label_h = probe->rect.height;
  g_ptr_array_remove_index (layout->texts, layout->texts->len - 1);

  self->plot.x = m + tick_w + 12 * u;
  self->plot.width = MAX (layout->canvas.width - m - self->plot.x, 1);
  /* Room above the plot for the top tick's upper half and the latest value. */
  self->plot.y = y + MAX (MAX (6 * u, value_h - 2 * u), tick_h / 2 + 2 * u);
  self->plot.height = MAX (bottom - label_h - 10 * u - self->plot.y, 1);
  baseline = self->plot.y + self->plot.height;
  ot_chart_place_ticks (&self->axis, &self->plot, self->ticks, 12 * u, OT_TICK_LABELS_APART,
                        self->tick_y);

  slot = self->plot.width / self->years->len;
  bar_w = MIN (slot * 0.62, 80 * u);
  for (guint i = 0; i < self->years->len; i++)
    {
      OtTrendYear *year = &g_array_index (self->years, OtTrendYear, i);
      double total = value_of (series, year->year, OT_SERIES_TOTAL);

      year->slot_x = self->plot.x + slot * i;
      year->slot_width = slot;
      year->x = year->slot_x + slot / 2;
      if (year->has_total)
        {
          double h = ot_axis_normalise (&self->axis, total) * self->plot.height;

          year->bar = (OtRect) { year->x - bar_w / 2, baseline - h, bar_w, h };
        }
    }

  if (self->break_index > 0)
    {
      const OtTrendYear *year = &g_array_index (self->years, OtTrendYear, self->break_index);

      self->break_x = year->slot_x;
    }

  for (guint l = 0; l < self->lines->len; l++)
    {
      OtTrendLine *line = &g_array_index (self->lines, OtTrendLine, l);

      for (guint i = 0; i < self->years->len; i++)
        {
          OtTrendYear *year = &g_array_index (self->years, OtTrendYear, i);
          double value = value_of (series, year->year, line->category);
          OtTrendPoint point = { !isnan (value), year->x, baseline };

          if (point.known)
            point.y = baseline - ot_axis_normalise (&self->axis, value) * self->plot.height;
          g_array_append_val (line->points, point);
        }
    }

  if (latest_label != NULL)
    {
      const OtTrendYear *year = &g_array_index (self->years, OtTrendYear, latest_index);

      ot_text_box_move_to (latest_label,
                           CLAMP (year->x - latest_label->rect.width / 2, m,
                                  layout->canvas.width - m - latest_label->rect.width),
                           year->bar.y - 4 * u - latest_label->rect.height);
    }

  place_year_labels (layout, self, baseline + 10 * u, lang);

  /* The letter's figure, above whatever stands near its year. */
  if (self->highlight >= 0)
    {
      const OtTrendYear *year = &g_array_index (self->years, OtTrendYear, self->highlight);

      ot_chart_layout_cite_total (layout, dataset, value_of (series, year->year, OT_SERIES_TOTAL),
                                  FALSE);
      g_autofree char *number = ot_chart_format_millions (value_of (series, year->year,
                                                                    OT_SERIES_TOTAL), lang);
      /* TRANSLATORS: the annotation of the letter's year on the trend: "65.3 mn: in the
       * letter" */
      g_autofree char *text = g_strdup_printf (ot_gettext (lang, "%s: in the letter"), number);
      OtTextBox *box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 18),
                                                 PANGO_WEIGHT_BOLD, -1, PANGO_ALIGN_CENTER,
                                                 OT_TEXT_FOREGROUND);
      double x = CLAMP (year->x - box->rect.width / 2, self->plot.x,
                        self->plot.x + self->plot.width - box->rect.width);
      double high = year->has_total ? year->bar.y : baseline;

      for (guint i = 0; i < self->years->len; i++)
        {
          const OtTrendYear *other = &g_array_index (self->years, OtTrendYear, i);

          if (other->slot_x + other->slot_width < x || other->slot_x > x + box->rect.width)
            continue;
          if (other->has_total)
            high = MIN (high, other->bar.y);
          for (guint l = 0; l < self->lines->len; l++)
            {
              const OtTrendPoint *p = &g_array_index (g_array_index (self->lines, OtTrendLine,
                                                                     l).points, OtTrendPoint, i);
              if (p->known)
                high = MIN (high, p->y - 6 * u);
            }
        }

      ot_text_box_move_to (box, x, high - 18 * u - box->rect.height);
      while (box->rect.y > y && overlaps_texts (layout, box, 4 * u))
        box->rect.y -= 4 * u;
      box->rect.y = MAX (box->rect.y, y);
      self->annotation = box;
      self->leader_x = year->x;
      self->leader_top = box->rect.y + box->rect.height + 2 * u;
      self->leader_bottom = (year->has_total ? year->bar.y : baseline) - 3 * u;
    }

  /* Each year answers the pointer with all its values. */
  for (guint i = 0; i < self->years->len; i++)
    {
      const OtTrendYear *year = &g_array_index (self->years, OtTrendYear, i);
      g_autoptr(GString) label = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("year-%u", year->year);

      g_string_append_printf (label, "%u", year->year);
      if (year->has_total)
        {
          g_autofree char *value = ot_format_quantity (value_of (series, year->year,
                                                                 OT_SERIES_TOTAL),
                                                       OT_UNIT_PEOPLE, lang);
          g_string_append_printf (label, ": %s %s", ot_gettext (lang, "total"), value);
        }
      for (guint l = 0; l < self->lines->len; l++)
        {
          OtSeriesCategory category = g_array_index (self->lines, OtTrendLine, l).category;
          double v = value_of (series, year->year, category);
          g_autofree char *value = isnan (v) ? g_strdup (ot_gettext (lang, "no figure"))
                                             : ot_format_quantity (v, OT_UNIT_PEOPLE, lang);

          g_string_append_printf (label, "%s%s %s", label->len > 4 ? "; " : ": ",
                                  ot_series_category_get_label (category, lang), value);
        }
      if ((int) i == self->highlight)
        g_string_append_printf (label, " (%s)", ot_gettext (lang, "the letter's figures"));

      g_string_append_printf (description, " %s.", label->str);
      ot_chart_layout_add_element (layout,
                                   &(OtRect) { year->slot_x, self->plot.y, year->slot_width,
                                               self->plot.height + 10 * u + label_h },
                                   id, OT_MEANING_NONE,
                                   g_string_free (g_steal_pointer (&label), FALSE));
    }

  g_string_append_c (description, ' ');
  g_string_append_printf (description, ot_gettext (lang, "Source: %s"), source);
  g_string_append_c (description, '.');
  layout->description = g_strdup_printf (ot_gettext (lang, "Bar and line chart. %s. %s.%s"),
                                         title, self->subtitle, description->str);
}

static void
trend_paint (const OtChartLayout *layout,
             cairo_t             *cr,
             const OtPalette     *palette)
{
  const OtTrendGeometry *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0);
  double radius = MAX (4.5 * layout->unit, 2.5);
  OtColor tint, strong;

  ot_chart_paint_grid (layout, cr, palette, &self->plot, self->tick_y, FALSE);

  ot_chart_color_mix (&palette->foreground, &palette->background, 0.78, &tint);
  ot_chart_color_mix (&palette->foreground, &palette->background, 0.5, &strong);
  for (guint i = 0; i < self->years->len; i++)
    {
      const OtTrendYear *year = &g_array_index (self->years, OtTrendYear, i);
      const OtRect *r = &year->bar;

      if (!year->has_total)
        continue;
      ot_cairo_set_color (cr, (int) i == self->highlight ? &strong : &tint);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
      /* The top edge is where the value is read. */
      ot_cairo_set_color (cr, (int) i == self->highlight ? &palette->highlight : &palette->muted);
      cairo_rectangle (cr, r->x, r->y, r->width, 2 * line);
      cairo_fill (cr);
      if ((int) i == self->highlight)
        {
          cairo_set_line_width (cr, 2 * line);
          cairo_rectangle (cr, r->x + line, r->y + line, r->width - 2 * line, r->height - line);
          cairo_stroke (cr);
        }
    }

  ot_cairo_set_color (cr, &palette->foreground);
  cairo_rectangle (cr, self->plot.x, self->plot.y + self->plot.height, self->plot.width,
                   2 * line);
  cairo_fill (cr);

  /* A segment only joins two known neighbours: a missing value is a gap. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint l = 0; l < self->lines->len; l++)
    {
      GArray *points = g_array_index (self->lines, OtTrendLine, l).points;
      /* What changed at the break is who counts as a refugee. */
      int broken = ot_series_category_get_meaning (g_array_index (self->lines, OtTrendLine,
                                                                  l).category)
                   == OT_MEANING_REFUGEES ? self->break_index : -1;

      ot_chart_set_meaning_color (layout, cr, palette,
                                  ot_series_category_get_meaning (g_array_index (self->lines,
                                                                                 OtTrendLine,
                                                                                 l).category));
      cairo_set_line_width (cr, 2 * line);
      for (guint i = 1; i < points->len; i++)
        {
          const OtTrendPoint *a = &g_array_index (points, OtTrendPoint, i - 1);
          const OtTrendPoint *b = &g_array_index (points, OtTrendPoint, i);

          if (!a->known || !b->known || (int) i == broken)
            continue;
          cairo_move_to (cr, a->x, a->y);
          cairo_line_to (cr, b->x, b->y);
        }
      cairo_stroke (cr);
      /* Across a break the line is dashed: the two sides count differently. */
      if (broken > 0)
        {
          const OtTrendPoint *a = &g_array_index (points, OtTrendPoint, broken - 1);
          const OtTrendPoint *b = &g_array_index (points, OtTrendPoint, broken);
          double dash[] = { 3 * line, 3 * line };

          if (a->known && b->known)
            {
              cairo_set_dash (cr, dash, 2, 0);
              cairo_move_to (cr, a->x, a->y);
              cairo_line_to (cr, b->x, b->y);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
            }
        }
      for (guint i = 0; i < points->len; i++)
        {
          const OtTrendPoint *p = &g_array_index (points, OtTrendPoint, i);

          if (p->known)
            ot_chart_paint_marker (cr, l, p->x, p->y, radius);
        }
    }

  if (self->break_index > 0)
    {
      double dash[] = { 4 * line, 4 * line };

      ot_cairo_set_color (cr, &palette->muted);
      cairo_set_line_width (cr, line);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, self->break_x, self->plot.y);
      cairo_line_to (cr, self->break_x, self->plot.y + self->plot.height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (self->annotation != NULL && self->leader_bottom > self->leader_top)
    {
      ot_cairo_set_color (cr, &palette->foreground);
      cairo_set_line_width (cr, line);
      cairo_move_to (cr, self->leader_x, self->leader_top);
      cairo_line_to (cr, self->leader_x, self->leader_bottom);
      cairo_stroke (cr);
    }

  ot_chart_paint_swatches (layout, cr, palette, self->swatches);
}

const OtChart ot_chart_trend = {
  "trend", N_("Displaced people per year"), trend_build, trend_paint,
  trend_supports,
};
