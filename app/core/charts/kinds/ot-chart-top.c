/* ot-chart-top.c: the ten countries most people fled from, or to, in a year
 *
 * Counts people who crossed a border: refugees under UNHCR's mandate,
 * asylum seekers and other people in need of international protection,
 * summed per country over the rows of a Refugee Data Finder export. A
 * country's name that does not fit is shortened, never wrapped, so every
 * row keeps one line at any size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-top.h"
#include "ot-country.h"
#include "ot-format.h"
#include "ot-unhcr.h"

#define TOP_N 10

static void
top_free (gpointer data)
{
  OtTopGeometry *self = data;

  g_array_unref (self->bars);
  g_free (self);
}

static gboolean
top_supports (OtDataset *dataset)
{
  OtSeries *series = ot_dataset_get_series (dataset);

  return series != NULL && ot_series_has_countries (series);
}

/* The chosen year when the data has it, else the latest with countries. */
static guint
choose_year (OtSeries *series,
             guint     wanted)
{
  if (wanted != 0 && ot_series_lookup_year (series, wanted) != NULL)
    return wanted;
  return ot_series_get_year (series, ot_series_get_n_years (series) - 1)->year;
}

static OtTextBox *
add_one_line (OtChartLayout *layout,
              const char    *text,
              double         size,
              PangoWeight    weight,
              double         width,
              PangoAlignment alignment)
{
  OtTextBox *box = ot_chart_layout_add_text (layout, text, size, weight, width, alignment,
                                             OT_TEXT_FOREGROUND);
  PangoRectangle logical;

  pango_layout_set_ellipsize (box->layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_extents (box->layout, NULL, &logical);
  box->rect.height = (double) logical.height / PANGO_SCALE;
  return box;
}

/* The header, naming how many countries are shown; returns where the rows
 * may start. */
static double
add_title (OtChartLayout *layout,
           OtSeriesSide   side,
           guint          n,
           guint          year,
           OtLang         lang,
           char         **out_title)
{
  char *title;

  if (side == OT_SERIES_BY_ORIGIN)
    title = n == 1 ? g_strdup_printf (ot_gettext (lang, "Country of origin, %u"), year)
                   : g_strdup_printf (ot_gettext (lang, "The %u largest countries of origin, %u"),
                                      n, year);
  else
    title = n == 1 ? g_strdup_printf (ot_gettext (lang, "Country of asylum, %u"), year)
                   : g_strdup_printf (ot_gettext (lang, "The %u largest countries of asylum, %u"),
                                      n, year);
  *out_title = title;

  return ot_chart_layout_add_header (layout, title,
                                     side == OT_SERIES_BY_ORIGIN
                                     ? ot_gettext (lang, "Refugees under UNHCR's mandate, asylum "
                                                   "seekers and other people in need of "
                                                   "international protection, by the country "
                                                   "they fled")
                                     : ot_gettext (lang, "Refugees under UNHCR's mandate, asylum "
                                                   "seekers and other people in need of "
                                                   "international protection, by the country "
                                                   "that hosts them"));
}

static void
top_build (OtChartLayout      *layout,
           OtDataset          *dataset,
           const OtChartStyle *style,
           OtSeriesSide        side)
{
  OtLang lang = style->lang;
  OtSeries *series = ot_dataset_get_series (dataset);
  OtTopGeometry *self = g_new0 (OtTopGeometry, 1);
  g_autoptr(GArray) ranks = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;
  double u = layout->unit, m = layout->margin, top, bottom, row_h, name_w = 0, value_w = 0;
  double size = ot_chart_font_size (layout, 17), line_h;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  OtTextBox *probe;
  guint year, n, texts_before;

  self->bars = g_array_new (FALSE, TRUE, sizeof (OtRect));
  layout->data = self;
  layout->data_free = top_free;

  if (series == NULL || !ot_series_has_countries (series))
    {
      bottom = ot_chart_layout_add_footer (layout, dataset, lang);
      top = ot_chart_layout_add_header (layout, ot_chart_get_title (layout->chart, lang), NULL);
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures have no countries; load an "
                                             "export of UNHCR's Refugee Data Finder."));
      return;
    }

  year = choose_year (series, style->year);
  ranks = ot_series_dup_top (series, year, side, ot_unhcr_abroad_categories,
                             G_N_ELEMENTS (ot_unhcr_abroad_categories), TOP_N);

  source = ot_series_dup_source_label (series, lang);
  bottom = ot_chart_layout_add_source (layout, source, lang);
  texts_before = layout->texts->len;
  top = add_title (layout, side, MIN (ranks->len, TOP_N), year, lang, &title);

  if (ranks->len == 0)
    {
      g_autofree char *message = g_strdup_printf (ot_gettext (lang, "The export has no people "
                                                              "who fled across a border in %u."),
                                                  year);
      ot_chart_layout_set_empty (layout, top, bottom, message);
      return;
    }

  probe = ot_chart_layout_add_text (layout, "Ag", size, PANGO_WEIGHT_NORMAL, -1,
                                    PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
  line_h = probe->rect.height;
  g_ptr_array_remove_index (layout->texts, layout->texts->len - 1);

  /* As many rows as fit in one line each; the title says how many. */
  n = MIN (ranks->len, (guint) MAX ((bottom - top) / (line_h + 2 * u), 1));
  if (n < ranks->len)
    {
      g_ptr_array_set_size (layout->texts, texts_before);
      g_clear_pointer (&title, g_free);
      top = add_title (layout, side, n, year, lang, &title);
    }
  row_h = (bottom - top) / n;

  for (guint i = 0; i < n; i++)
    {
      const OtSeriesRank *rank = &g_array_index (ranks, OtSeriesRank, i);
      g_autofree char *value = ot_format_quantity (rank->value, OT_UNIT_PEOPLE, lang);
      /* UNHCR's English names in an English chart; in a Dutch one, ISO's
       * Dutch name of the country's code. The element keeps the published
       * name as its id. */
      const char *name = rank->unknown ? ot_gettext (lang, "Unknown")
                                       : ot_country_get_name (rank->iso, rank->name, lang);
      OtTextBox *box;

      box = add_one_line (layout, name, size, PANGO_WEIGHT_NORMAL, -1, PANGO_ALIGN_RIGHT);
      name_w = MAX (name_w, box->rect.width);
      g_ptr_array_add (names, box);
      box = add_one_line (layout, value, size, PANGO_WEIGHT_BOLD, -1, PANGO_ALIGN_LEFT);
      value_w = MAX (value_w, box->rect.width);
      g_ptr_array_add (values, box);

      g_string_append_printf (description, "%s%s %s", i > 0 ? "; " : "", name, value);
    }

  name_w = MIN (name_w, (layout->canvas.width - 2 * m) * 0.34);
  self->plot = (OtRect) { m + name_w + 12 * u, top, 0, bottom - top };
  self->plot.width = MAX (layout->canvas.width - m - value_w - 10 * u - self->plot.x, 1);

  for (guint i = 0; i < n; i++)
    {
      const OtSeriesRank *rank = &g_array_index (ranks, OtSeriesRank, i);
      OtTextBox *name = g_ptr_array_index (names, i);
      OtTextBox *value = g_ptr_array_index (values, i);
      double y = top + row_h * i;
      /* The longest bar ends where the values begin. */
      double w = rank->value / g_array_index (ranks, OtSeriesRank, 0).value * self->plot.width;
      OtRect bar = { self->plot.x, y + row_h * 0.18, w, row_h * 0.64 };

      if (name->rect.width > name_w)
        {
          PangoRectangle logical;

          pango_layout_set_width (name->layout, (int) (name_w * PANGO_SCALE));
          pango_layout_get_extents (name->layout, NULL, &logical);
          name->rect.width = name_w;
          name->rect.height = (double) logical.height / PANGO_SCALE;
        }
      ot_text_box_move_to (name, self->plot.x - 12 * u - name->rect.width,
                           y + (row_h - name->rect.height) / 2);
      ot_text_box_move_to (value, bar.x + bar.width + 8 * u, y + (row_h - value->rect.height) / 2);
      g_array_append_val (self->bars, bar);
      ot_chart_layout_add_element (layout, &(OtRect) { m, y, layout->canvas.width - 2 * m, row_h },
                                   rank->name, OT_MEANING_NONE,
                                   g_strdup_printf ("%s: %s",
                                                    pango_layout_get_text (name->layout),
                                                    pango_layout_get_text (value->layout)));
    }

  layout->description = g_strdup_printf (ot_gettext (lang, "Bar chart. %s: %s."), title,
                                         description->str);
}

static void
top_origin_build (OtChartLayout      *layout,
                  OtDataset          *dataset,
                  const OtChartStyle *style)
{
  top_build (layout, dataset, style, OT_SERIES_BY_ORIGIN);
}

static void
top_asylum_build (OtChartLayout      *layout,
                  OtDataset          *dataset,
                  const OtChartStyle *style)
{
  top_build (layout, dataset, style, OT_SERIES_BY_ASYLUM);
}

static void
top_paint (const OtChartLayout *layout,
           cairo_t             *cr,
           const OtPalette     *palette)
{
  const OtTopGeometry *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0);

  /* The rows sum several groups: no group's colour. */
  ot_chart_set_meaning_color (layout, cr, palette, OT_MEANING_NONE);
  for (guint i = 0; i < self->bars->len; i++)
    {
      const OtRect *bar = &g_array_index (self->bars, OtRect, i);

      cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
    }
  cairo_fill (cr);

  /* Every bar starts at zero, on this line. */
  ot_cairo_set_color (cr, &palette->foreground);
  cairo_rectangle (cr, self->plot.x - line, self->plot.y, 2 * line, self->plot.height);
  cairo_fill (cr);
}

const OtChart ot_chart_top_origin = {
  "top-origin", N_("Top 10 countries of origin"), top_origin_build, top_paint, top_supports,
};

const OtChart ot_chart_top_asylum = {
  "top-asylum", N_("Top 10 countries of asylum"), top_asylum_build, top_paint, top_supports,
};
