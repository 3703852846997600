/* test-trends.c: the trend, then-and-now and top-10 charts, drawn on an
 * image surface and measured
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-chart.h"
#include "ot-chart-then-now.h"
#include "ot-chart-top.h"
#include "ot-chart-trend.h"
#include "ot-import.h"
#include "ot-test.h"
#include "ot-test-chart.h"

typedef struct
{
  cairo_surface_t *surface;
  OtChartLayout   *layout;
} Drawn;

static Drawn
draw (const char *id,
      OtDataset  *dataset,
      int         width,
      int         height,
      OtLang      lang,
      guint       year)
{
  OtChartStyle style = { .lang = lang, .theme = OT_THEME_LIGHT, .year = year };
  Drawn drawn;
  cairo_t *cr;
  PangoContext *context;

  drawn.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (drawn.surface);
  context = ot_chart_text_context_new (cr);
  drawn.layout = ot_chart_layout_new (ot_chart_lookup (id), context, dataset, width, height,
                                      &style);
  ot_chart_layout_paint (drawn.layout, cr, &style);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_flush (drawn.surface);
  return drawn;
}

static void
drawn_clear (Drawn *drawn)
{
  cairo_surface_destroy (drawn->surface);
  ot_chart_layout_free (drawn->layout);
}

static OtTextBox *
find_text (const OtChartLayout *layout,
           const char          *text)
{
  for (guint i = 0; i < layout->texts->len; i++)
    {
      OtTextBox *box = g_ptr_array_index (layout->texts, i);

      if (g_str_equal (pango_layout_get_text (box->layout), text))
        return box;
    }
  return NULL;
}

#define assert_text(layout, text) \
  ck_assert_msg (find_text ((layout), (text)) != NULL, "no “%s” on the chart", (text))



/* Equal but for rounding, channel by channel. */
static gboolean
near (guint32 a,
      guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xFF) - (int) ((b >> shift) & 0xFF)) > 1)
      return FALSE;
  return TRUE;
}

static guint
count_in_column (cairo_surface_t *surface,
                 int              x,
                 int              y0,
                 int              y1,
                 guint32          color)
{
  guint n = 0;

  for (int y = y0; y < y1; y++)
    n += pixel (surface, x, y) == color;
  return n;
}

static OtDataset *
letter (void)
{
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_dataset_new_default (&error);

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  return dataset;
}

static OtDataset *
fixture (const char *name)
{
  g_autofree char *path = ot_test_data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_import_file (file, NULL, &error);

  ck_assert_msg (dataset != NULL, "%s", error ? error->message : "");
  return dataset;
}

#define TREND(drawn) ((OtTrendGeometry *) (drawn).layout->data)

static const OtTrendYear *
trend_year (const Drawn *drawn,
            guint        year)
{
  GArray *years = TREND (*drawn)->years;

  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, OtTrendYear, i).year == year)
      return &g_array_index (years, OtTrendYear, i);
  ck_abort_msg ("no year %u on the chart", year);
  return NULL;
}

/* Every published total is a bar of its published height. */
START_TEST (test_trend_draws_the_published_totals)
{
  g_autoptr(OtDataset) dataset = letter ();
  OtSeries *series = ot_dataset_get_series (dataset);
  Drawn drawn = draw ("trend", dataset, 1920, 1080, OT_LANG_NL, 0);
  OtTrendGeometry *geometry = TREND (drawn);
  double baseline = geometry->plot.y + geometry->plot.height;

  ck_assert_uint_eq (geometry->years->len, 13);
  ck_assert_double_eq (geometry->axis.min, 0);
  for (guint i = 0; i < ot_series_get_n_years (series); i++)
    {
      const OtSeriesYear *row = ot_series_get_year (series, i);
      const OtTrendYear *year = trend_year (&drawn, row->year);
      double expected = row->values[OT_SERIES_TOTAL] / geometry->axis.max * geometry->plot.height;

      ck_assert (year->has_total);
      ck_assert_double_eq_tol (year->bar.height, expected, 1e-6);
      ck_assert_double_eq_tol (year->bar.y + year->bar.height, baseline, 1e-6);
    }

  /* 2024 is as published (123.2), not the sum of its parts. */
  ck_assert_double_eq_tol (trend_year (&drawn, 2024)->bar.height / trend_year (&drawn, 2015)->bar.height,
                           123.2 / 65.3, 1e-9);
  assert_text (drawn.layout, "123,2 mln");
  ck_assert_uint_eq (drawn.layout->elements->len, 13);
  ck_assert_str_eq (g_array_index (drawn.layout->elements, OtChartElement, 3).label,
                    "2015: totaal 65,3 miljoen; Vluchtelingen 21,3 miljoen; Ontheemd in eigen "
                    "land 40,8 miljoen; Asielzoekers 3,2 miljoen (de cijfers van de brief)");
  drawn_clear (&drawn);
}
END_TEST

/* The Dutch chart reads 2015 and 65,3 at the highlighted year. */
START_TEST (test_trend_marks_the_letter)
{
  g_autoptr(OtDataset) dataset = letter ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE, 0 };
  const OtPalette *palette = ot_chart_style_get_palette (&style);
  Drawn dutch = draw ("trend", dataset, 1920, 1080, OT_LANG_NL, 0);
  Drawn english = draw ("trend", dataset, 1280, 720, OT_LANG_EN, 0);
  OtTrendGeometry *geometry = TREND (dutch);
  const OtTrendYear *y2015 = trend_year (&dutch, 2015);
  const OtTrendYear *y2016 = trend_year (&dutch, 2016);
  OtTextBox *note = find_text (dutch.layout, "65,3 mln: in de brief");
  OtColor strong, tint;

  ck_assert_int_eq (geometry->highlight, 3);
  ck_assert_ptr_nonnull (note);
  ck_assert_ptr_eq (note, geometry->annotation);
  /* Above the 2015 bar, over its middle. */
  ck_assert_double_le (note->rect.y + note->rect.height, y2015->bar.y);
  ck_assert_double_le (note->rect.x, y2015->x);
  ck_assert_double_ge (note->rect.x + note->rect.width, y2015->x);
  ck_assert_ptr_nonnull (y2015->label);
  ck_assert_str_eq (pango_layout_get_text (y2015->label->layout), "2015");
  ck_assert_str_eq (pango_layout_get_text (TREND (english)->annotation->layout),
                    "65.3 mn: in the letter");

  /* The 2015 bar is painted darker than its neighbours. */
  ot_chart_color_mix (&palette->foreground, &palette->background, 0.5, &strong);
  ot_chart_color_mix (&palette->foreground, &palette->background, 0.78, &tint);
  ck_assert (near (pixel (dutch.surface, (int) y2015->x, (int) (y2015->bar.y + 12)),
                   rgb (&strong)));
  ck_assert (near (pixel (dutch.surface, (int) y2016->x, (int) (y2016->bar.y + 12)),
                   rgb (&tint)));
  drawn_clear (&dutch);
  drawn_clear (&english);
}
END_TEST

/* No published refugees or asylum seekers for 2024: no point, no segment,
 * and a note that says so. */
START_TEST (test_trend_leaves_gaps)
{
  g_autoptr(OtDataset) dataset = letter ();
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE, 0 };
  const OtPalette *palette = ot_chart_style_get_palette (&style);
  Drawn drawn = draw ("trend", dataset, 1920, 1080, OT_LANG_NL, 0);
  OtTrendGeometry *geometry = TREND (drawn);
  guint32 refugees = rgb (&palette->categories[0]);
  const OtTrendYear *y2022 = trend_year (&drawn, 2022);
  const OtTrendYear *y2023 = trend_year (&drawn, 2023);
  const OtTrendYear *y2024 = trend_year (&drawn, 2024);
  int top = (int) geometry->plot.y, bottom = (int) (geometry->plot.y + geometry->plot.height);

  ck_assert_uint_eq (geometry->lines->len, 3);
  for (guint l = 0; l < geometry->lines->len; l++)
    {
      const OtTrendLine *line = &g_array_index (geometry->lines, OtTrendLine, l);
      const OtTrendPoint *last = &g_array_index (line->points, OtTrendPoint, 12);
      const OtTrendPoint *before = &g_array_index (line->points, OtTrendPoint, 11);

      ck_assert (before->known);
      ck_assert_int_eq (last->known, line->category == OT_SERIES_IDPS);
    }

  /* The refugees' line runs from 2022 to 2023, dashed across the break in
   * what UNHCR counts as refugees, and stops there. */
  {
    guint n = 0;

    for (int dx = -8; dx <= 8; dx++)
      n += count_in_column (drawn.surface, (int) ((y2022->x + y2023->x) / 2) + dx, top, bottom,
                            refugees);
    ck_assert_uint_gt (n, 0);
  }
  ck_assert_int_eq (TREND (drawn)->break_index, 11);
  ck_assert_uint_eq (count_in_column (drawn.surface, (int) ((y2023->x + y2024->x) / 2), top,
                                      bottom, refugees), 0);
  ck_assert_uint_eq (count_in_column (drawn.surface, (int) y2024->x, top, bottom, refugees), 0);

  assert_text (drawn.layout, "Geen cijfer gepubliceerd: Vluchtelingen (2024); Asielzoekers (2024)");
  drawn_clear (&drawn);
}
END_TEST

static OtDataset *
letter_with_series (const char *csv)
{
  OtDataset *dataset = letter ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtSeries) series = ot_series_new_from_stream (stream, "t.csv", NULL, &error);

  ck_assert_msg (series != NULL, "%s", error ? error->message : "");
  ot_dataset_set_series (dataset, series);
  return dataset;
}

/* The subtitle's change is computed from whatever the series holds. */
START_TEST (test_trend_subtitle_is_computed)
{
  g_autoptr(OtDataset) dataset = letter ();
  g_autoptr(OtDataset) fewer = letter_with_series ("year,total,highlight,source\n"
                                                   "2015,100000000,yes,a\n"
                                                   "2020,80000000,,b\n"
                                                   "2021,,,c\n");
  g_autoptr(OtDataset) gaps = letter_with_series ("year,total,refugees,highlight,source\n"
                                                  "2012,1000000,500000,,a\n"
                                                  "2015,2000000,,yes,b\n"
                                                  "2016,3000000,700000,,c\n");
  Drawn nl = draw ("trend", dataset, 1280, 720, OT_LANG_NL, 0);
  Drawn en = draw ("trend", dataset, 1280, 720, OT_LANG_EN, 0);
  Drawn down = draw ("trend", fewer, 1280, 720, OT_LANG_EN, 0);
  Drawn holes = draw ("trend", gaps, 1280, 720, OT_LANG_EN, 0);

  /* The change is computed: marked as such, with what it is computed from. */
  ck_assert_str_eq (TREND (nl)->subtitle, "2024: 123,2 miljoen, 57,9 miljoen (+88,7%) meer dan "
                                          "in 2015 (berekend: 123,2 miljoen − 65,3 miljoen)");
  ck_assert_str_eq (TREND (en)->subtitle, "2024: 123.2 million, 57.9 million (+88.7%) more than "
                                          "in 2015 (calculated: 123.2 million − 65.3 million)");
  assert_text (nl.layout, TREND (nl)->subtitle);
  /* The latest year with a total: 2021 has none. */
  ck_assert_str_eq (TREND (down)->subtitle, "2020: 80 million, 20 million (−20%) fewer than in "
                                            "2015 (calculated: 80 million − 100 million)");
  /* A year without a row is a slot too; a missing value no point. */
  ck_assert_uint_eq (TREND (holes)->years->len, 5);
  ck_assert (!trend_year (&holes, 2013)->has_total);
  ck_assert (!g_array_index (g_array_index (TREND (holes)->lines, OtTrendLine, 0).points,
                             OtTrendPoint, 3).known);
  assert_text (holes.layout, "No figure published: Refugees (2013–2015)");
  drawn_clear (&nl);
  drawn_clear (&en);
  drawn_clear (&down);
  drawn_clear (&holes);
}
END_TEST

START_TEST (test_then_and_now)
{
  g_autoptr(OtDataset) dataset = letter ();
  Drawn nl = draw ("then-now", dataset, 1920, 1080, OT_LANG_NL, 0);
  Drawn en = draw ("then-now", dataset, 1920, 1080, OT_LANG_EN, 0);
  const char *numbers[] = { "65,3 mln", "117,3 mln", "21,3 mln", "43,4 mln", "40,8 mln",
                            "68,3 mln", "3,2 mln", "6,9 mln" };
  const double values[] = { 65.3, 117.3, 21.3, 43.4, 40.8, 68.3, 3.2, 6.9 };
  GArray *bars = ((OtThenNowGeometry *) nl.layout->data)->bars;

  /* 2015 is the year UNHCR's figures refer to; the letter is of 2016. */
  assert_text (nl.layout, "Gedwongen ontheemd: 65,3 miljoen eind 2015, 117,3 miljoen eind 2023");
  assert_text (nl.layout, "Cijfers van UNHCR voor het eind van elk jaar; de brief van 8 september "
                          "2016 noemt die voor eind 2015");
  assert_text (nl.layout, "eind 2015, in de brief");
  for (guint i = 0; i < nl.layout->texts->len; i++)
    ck_assert (strstr (pango_layout_get_text (((OtTextBox *) g_ptr_array_index (nl.layout->texts,
                                                                                i))->layout),
                       "jaar van de brief") == NULL);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    assert_text (nl.layout, numbers[i]);
  assert_text (en.layout, "2023: 5.8 million other people in need of international protection, "
                          "counted inside refugees. The three groups add up to 118.6 million "
                          "(calculated: 43.4 million + 68.3 million + 6.9 million), not to the "
                          "published total of 117.3 million; the chart shows the published "
                          "total.");

  ck_assert_uint_eq (bars->len, 8);
  for (guint i = 1; i < bars->len; i++)
    ck_assert_double_eq_tol (g_array_index (bars, OtRect, i).height
                             / g_array_index (bars, OtRect, 0).height,
                             values[i] / values[0], 1e-9);
  ck_assert_str_eq (g_array_index (en.layout->elements, OtChartElement, 1).label,
                    "Refugees: 21.3 million at the end of 2015, 43.4 million at the end of 2023");
  /* The alt text names the figures' source, as the source line does. */
  ck_assert_ptr_nonnull (strstr (en.layout->description, "Source: UNHCR Global Trends"));
  ck_assert_ptr_null (strstr (en.layout->description, "Kamerstuk"));
  drawn_clear (&nl);
  drawn_clear (&en);
}
END_TEST

/* A narrow or tall canvas gets rows: each group's two bars from one zero
 * line on the left, as long as their figures, each value at its bar's end
 * and each group's name above its bars. */
START_TEST (test_then_and_now_in_rows)
{
  g_autoptr(OtDataset) dataset = letter ();
  const int sizes[][2] = { { 400, 700 }, { 400, 1000 }, { 520, 900 } };
  const double values[] = { 65.3, 117.3, 21.3, 43.4, 40.8, 68.3, 3.2, 6.9 };
  const char *names[] = { "Gedwongen ontheemd", "Vluchtelingen", "Ontheemd in eigen land",
                          "Asielzoekers" };

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      Drawn drawn = draw ("then-now", dataset, sizes[z][0], sizes[z][1], OT_LANG_NL, 0);
      OtThenNowGeometry *geometry = drawn.layout->data;
      GArray *bars = geometry->bars;
      double last_bottom = 0;

      ck_assert (geometry->horizontal);
      ck_assert_uint_eq (bars->len, 8);
      for (guint i = 0; i < bars->len; i++)
        {
          const OtRect *bar = &g_array_index (bars, OtRect, i);
          g_autofree char *number = g_strdup_printf ("%.1f mln", values[i]);
          OtTextBox *value;

          *strchr (number, '.') = ',';
          value = find_text (drawn.layout, number);
          ck_assert_double_eq_tol (bar->x, geometry->plot.x, 1e-9);
          ck_assert_double_eq_tol (bar->width / g_array_index (bars, OtRect, 0).width,
                                   values[i] / values[0], 1e-9);
          ck_assert_msg (value != NULL, "no %s", number);
          ck_assert_double_ge (value->rect.x, bar->x + bar->width);
          ck_assert_double_ge (bar->y, last_bottom);
          last_bottom = bar->y + bar->height;
          if (i % 2 == 0)
            {
              OtTextBox *name = find_text (drawn.layout, names[i / 2]);

              ck_assert (name != NULL);
              ck_assert_double_le (name->rect.y + name->rect.height, bar->y);
            }
        }
      /* The rows fill most of a tall canvas. */
      ck_assert_double_gt (last_bottom - g_array_index (bars, OtRect, 0).y,
                           0.45 * sizes[z][1]);
      drawn_clear (&drawn);
    }

  {
    Drawn wide = draw ("then-now", dataset, 1280, 720, OT_LANG_NL, 0);

    ck_assert (!((OtThenNowGeometry *) wide.layout->data)->horizontal);
    drawn_clear (&wide);
  }
}
END_TEST

/* From 2023 UNHCR counts other people in need of international protection
 * among refugees: the trend marks the break and says so, in the chart and
 * in its description, which names UNHCR as its source. */
START_TEST (test_trend_marks_the_break)
{
  g_autoptr(OtDataset) dataset = letter ();

  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    {
      Drawn drawn = draw ("trend", dataset, 1920, 1080, lang, 0);
      const char *note = lang == OT_LANG_NL
        ? "Vanaf 2023 telt UNHCR de 5,8 miljoen andere mensen die internationale bescherming "
          "nodig hebben mee bij de vluchtelingen (stippellijn); daarvoor werden ze apart geteld."
        : "From 2023 UNHCR counts the 5.8 million other people in need of international "
          "protection among refugees (dashed line); before, they were counted apart.";
      const OtTrendYear *y2023 = trend_year (&drawn, 2023);

      ck_assert_int_eq (TREND (drawn)->break_index, 11);
      ck_assert_double_eq_tol (TREND (drawn)->break_x, y2023->slot_x, 1e-9);
      assert_text (drawn.layout, note);
      ck_assert_ptr_nonnull (strstr (drawn.layout->description, note));
      ck_assert_ptr_nonnull (strstr (drawn.layout->description, "UNHCR Global Trends 2012–2024"));
      ck_assert_ptr_null (strstr (drawn.layout->description, "Kamerstuk"));
      drawn_clear (&drawn);
    }
}
END_TEST

START_TEST (test_top_countries)
{
  g_autoptr(OtDataset) dataset = fixture ("unhcr-download.zip");
  Drawn origin = draw ("top-origin", dataset, 1280, 720, OT_LANG_EN, 0);
  Drawn asylum = draw ("top-asylum", dataset, 1280, 720, OT_LANG_NL, 0);
  Drawn earlier = draw ("top-origin", dataset, 1280, 720, OT_LANG_EN, 2021);
  Drawn missing = draw ("top-origin", dataset, 1280, 720, OT_LANG_EN, 1990);
  GArray *bars = ((OtTopGeometry *) origin.layout->data)->bars;

  assert_text (origin.layout, "The 10 largest countries of origin, 2023");
  assert_text (origin.layout, "5.97 million");
  ck_assert_uint_eq (origin.layout->elements->len, 10);
  ck_assert_str_eq (g_array_index (origin.layout->elements, OtChartElement, 0).label,
                    "Afghanistan: 5.97 million");
  ck_assert_str_eq (g_array_index (origin.layout->elements, OtChartElement, 9).label,
                    "Sudan: 150,004");
  ck_assert_uint_eq (bars->len, 10);
  ck_assert_double_eq_tol (g_array_index (bars, OtRect, 1).width / g_array_index (bars, OtRect, 0).width,
                           3923008.0 / 5970003.0, 1e-9);

  assert_text (asylum.layout, "De 10 grootste opvanglanden, 2023");
  ck_assert_str_eq (g_array_index (asylum.layout->elements, OtChartElement, 0).label,
                    "Iran: 3,85 miljoen");

  assert_text (earlier.layout, "The 10 largest countries of origin, 2021");
  ck_assert_str_eq (g_array_index (earlier.layout->elements, OtChartElement, 0).label,
                    "Syrian Arab Rep.: 3.7 million");
  /* A year the data lacks is the latest. */
  assert_text (missing.layout, "The 10 largest countries of origin, 2023");
  drawn_clear (&origin);
  drawn_clear (&asylum);
  drawn_clear (&earlier);
  drawn_clear (&missing);
}
END_TEST

/* The dataset of an export given as its text. */
static OtDataset *
dataset_from (const char *csv)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_import_stream (stream, "p.csv", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* One language at a time: a Dutch top-10 names each country in Dutch, by
 * its ISO code; an English one keeps UNHCR's names; a code ISO does not
 * know, or a file without codes, keeps the published name. The element's
 * id is the published name in both. */
START_TEST (test_countries_named_in_the_charts_language)
{
  static const char csv[] = "Year,Country of origin,Country of origin (ISO),Country of asylum,"
                            "Country of asylum (ISO),Refugees under UNHCR's mandate\n"
                            "2023,Syrian Arab Rep.,SYR,Türkiye,TUR,9000\n"
                            "2023,\"Congo, Dem. Rep. of the\",COD,Uganda,UGA,8000\n"
                            "2023,Kosovo*,XKX,Germany,DEU,7000\n";
  static const char no_iso[] = "Year,Country of origin,Country of asylum,"
                               "Refugees under UNHCR's mandate\n"
                               "2023,Syrian Arab Rep.,Türkiye,9000\n";
  g_autoptr(OtDataset) dataset = dataset_from (csv);
  g_autoptr(OtDataset) without = dataset_from (no_iso);
  Drawn nl = draw ("top-origin", dataset, 1280, 720, OT_LANG_NL, 0);
  Drawn en = draw ("top-origin", dataset, 1280, 720, OT_LANG_EN, 0);
  Drawn asylum = draw ("top-asylum", dataset, 1280, 720, OT_LANG_NL, 0);
  Drawn plain = draw ("top-origin", without, 1280, 720, OT_LANG_NL, 0);
  const char *nl_labels[] = { "Syrië: 9.000", "Democratische Republiek Congo: 8.000",
                              "Kosovo*: 7.000" };
  const char *en_labels[] = { "Syrian Arab Rep.: 9,000", "Congo, Dem. Rep. of the: 8,000",
                              "Kosovo*: 7,000" };
  const char *asylum_labels[] = { "Turkije: 9.000", "Oeganda: 8.000", "Duitsland: 7.000" };

  ck_assert_uint_eq (nl.layout->elements->len, 3);
  for (guint i = 0; i < 3; i++)
    {
      const OtChartElement *a = &g_array_index (nl.layout->elements, OtChartElement, i);
      const OtChartElement *b = &g_array_index (en.layout->elements, OtChartElement, i);

      ck_assert_str_eq (a->label, nl_labels[i]);
      ck_assert_str_eq (b->label, en_labels[i]);
      ck_assert_str_eq (a->id, b->id);
      ck_assert_str_eq (g_array_index (asylum.layout->elements, OtChartElement, i).label,
                        asylum_labels[i]);
    }
  assert_text (nl.layout, "Syrië");
  assert_text (nl.layout, "Democratische Republiek Congo");
  ck_assert_ptr_null (strstr (nl.layout->description, "Syrian"));
  ck_assert_ptr_nonnull (strstr (nl.layout->description, "Syrië 9.000"));
  ck_assert_str_eq (g_array_index (plain.layout->elements, OtChartElement, 0).label,
                    "Syrian Arab Rep.: 9.000");
  drawn_clear (&nl);
  drawn_clear (&en);
  drawn_clear (&asylum);
  drawn_clear (&plain);
}
END_TEST

START_TEST (test_unknown_country_is_said_in_words)
{
  static const char csv[] = "Year,Country of origin,Country of origin (ISO),Country of asylum,"
                            "Country of asylum (ISO),Refugees under UNHCR's mandate\n"
                            "2023,Unknown ,UNK,Chad,TCD,9000\n"
                            "2023,Sudan,SDN,Chad,TCD,8000\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_import_stream (stream, "p.csv", NULL, &error);
  Drawn drawn = draw ("top-origin", dataset, 1280, 720, OT_LANG_NL, 0);

  assert_text (drawn.layout, "Onbekend");
  assert_text (drawn.layout, "De 2 grootste landen van herkomst, 2023");
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_export_trend)
{
  g_autoptr(OtDataset) dataset = fixture ("unhcr-population-no-iso.csv");
  Drawn drawn = draw ("trend", dataset, 1280, 720, OT_LANG_EN, 0);
  OtTrendGeometry *geometry = TREND (drawn);

  /* No published total in an export, and none made from its groups. */
  for (guint i = 0; i < geometry->years->len; i++)
    ck_assert (!g_array_index (geometry->years, OtTrendYear, i).has_total);
  ck_assert_int_eq (geometry->highlight, -1);
  ck_assert_uint_eq (geometry->lines->len, 5);
  assert_text (drawn.layout, "UNHCR export, 2021–2023");
  assert_text (drawn.layout, "No value in the export: Other people in need of international "
                             "protection (2021)");
  drawn_clear (&drawn);
}
END_TEST

START_TEST (test_which_data_supports_which_chart)
{
  g_autoptr(OtDataset) dataset = letter ();
  g_autoptr(OtDataset) export = fixture ("unhcr-population.csv");
  const char *letter_charts[] = { "breakdown", "timeline", "trend", "then-now" };
  const char *export_charts[] = { "trend", "top-origin", "top-asylum" };

  for (guint i = 0; i < G_N_ELEMENTS (letter_charts); i++)
    ck_assert (ot_chart_supports (ot_chart_lookup (letter_charts[i]), dataset));
  for (guint i = 0; i < G_N_ELEMENTS (export_charts); i++)
    ck_assert (ot_chart_supports (ot_chart_lookup (export_charts[i]), export));
  ck_assert (!ot_chart_supports (ot_chart_lookup ("top-origin"), dataset));
  ck_assert (!ot_chart_supports (ot_chart_lookup ("breakdown"), export));
  ck_assert (!ot_chart_supports (ot_chart_lookup ("then-now"), export));
}
END_TEST

/* The charts of an export, at every size and in both languages: no text
 * leaves the canvas or lies on another. */
START_TEST (test_export_charts_fit)
{
  const char *files[] = { "unhcr-population.csv", "unhcr-download.zip" };
  const int sizes[][2] = { { 640, 360 }, { 800, 600 }, { 1024, 768 }, { 1280, 720 },
                           { 1920, 1080 }, { 3840, 2160 }, { 1123, 794 }, { 794, 1123 } };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(OtDataset) dataset = fixture (files[f]);

      for (guint c = 0; c < ot_chart_get_n_charts (); c++)
        {
          const OtChart *chart = ot_chart_get_nth (c);

          if (!ot_chart_supports (chart, dataset))
            continue;
          for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
            for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
              {
                Drawn drawn = draw (chart->id, dataset, sizes[s][0], sizes[s][1], lang, 0);
                GPtrArray *texts = drawn.layout->texts;

                ck_assert (!drawn.layout->empty);
                for (guint i = 0; i < texts->len; i++)
                  {
                    const OtTextBox *a = g_ptr_array_index (texts, i);

                    ck_assert_msg (ot_rect_contains (&drawn.layout->canvas, &a->rect),
                                   "%s %d×%d: “%s” leaves the canvas", chart->id, sizes[s][0],
                                   sizes[s][1], pango_layout_get_text (a->layout));
                    for (guint j = i + 1; j < texts->len; j++)
                      {
                        const OtTextBox *b = g_ptr_array_index (texts, j);

                        ck_assert_msg (!ot_rect_intersects (&a->rect, &b->rect),
                                       "%s %d×%d %s: “%s” and “%s” overlap", chart->id,
                                       sizes[s][0], sizes[s][1], ot_lang_to_code (lang),
                                       pango_layout_get_text (a->layout),
                                       pango_layout_get_text (b->layout));
                      }
                  }
                drawn_clear (&drawn);
              }
        }
    }
}
END_TEST

static Suite *
trends_suite (void)
{
  Suite *suite = suite_create ("trends");
  TCase *tc = tcase_create ("trends");

  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_trend_draws_the_published_totals);
  tcase_add_test (tc, test_trend_marks_the_letter);
  tcase_add_test (tc, test_trend_leaves_gaps);
  tcase_add_test (tc, test_trend_subtitle_is_computed);
  tcase_add_test (tc, test_then_and_now);
  tcase_add_test (tc, test_then_and_now_in_rows);
  tcase_add_test (tc, test_trend_marks_the_break);
  tcase_add_test (tc, test_top_countries);
  tcase_add_test (tc, test_unknown_country_is_said_in_words);
  tcase_add_test (tc, test_countries_named_in_the_charts_language);
  tcase_add_test (tc, test_export_trend);
  tcase_add_test (tc, test_which_data_supports_which_chart);
  tcase_add_test (tc, test_export_charts_fit);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (trends_suite ());
}
