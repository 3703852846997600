/* ot-chart.c: the charts, each laid out by pure code and drawn on any cairo
 * surface by one function
 *
 * A chart kind fills an OtChartLayout (text boxes, element rectangles, its
 * own geometry) from the data and the canvas size; painting only draws what
 * the layout says. Tests, hit-testing and the accessible description read
 * the same layout, so there is no second geometry anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <string.h>

#include "ot-chart-private.h"
#include "ot-format.h"
#include "ot-letter.h"

static const OtChart *charts[] = {
  &ot_chart_breakdown,
  &ot_chart_composition,
  &ot_chart_key_figures,
  &ot_chart_funding,
  &ot_chart_timeline,
  &ot_chart_trend,
  &ot_chart_then_now,
  &ot_chart_top_origin,
  &ot_chart_top_asylum,
};

/* Okabe–Ito colours, told apart with every common colour vision deficiency.
 * Each index is one hue in every theme (blue, vermillion, bluish green,
 * reddish purple, orange or yellow, sky blue or orange), so a meaning keeps
 * its colour when the theme changes; the dark theme takes lighter ones. */
static const OtPalette palettes[OT_N_THEMES] = {
  [OT_THEME_LIGHT] = {
    .background = { 1.0, 1.0, 1.0 },
    .foreground = { 0.118, 0.118, 0.133 },
    .muted = { 0.361, 0.361, 0.392 },
    .grid = { 0.867, 0.867, 0.878 },
    .highlight = { 0.118, 0.118, 0.133 },
    .categories = {
      { 0.000, 0.447, 0.698 },  /* blue */
      { 0.835, 0.369, 0.000 },  /* vermillion */
      { 0.000, 0.620, 0.451 },  /* bluish green */
      { 0.800, 0.475, 0.655 },  /* reddish purple */
      { 0.902, 0.624, 0.000 },  /* orange */
      { 0.337, 0.706, 0.914 },  /* sky blue */
    },
  },
  [OT_THEME_DARK] = {
    .background = { 0.118, 0.118, 0.118 },
    .foreground = { 0.949, 0.949, 0.949 },
    .muted = { 0.722, 0.722, 0.741 },
    .grid = { 0.267, 0.267, 0.278 },
    .highlight = { 0.949, 0.949, 0.949 },
    /* A paler blue and a yellower green than the light theme's, so the two
     * stay apart under tritanopia as well. */
    .categories = {
      { 0.550, 0.750, 1.000 },  /* blue */
      { 0.949, 0.529, 0.341 },  /* vermillion */
      { 0.300, 0.800, 0.550 },  /* bluish green */
      { 0.878, 0.592, 0.753 },  /* reddish purple */
      { 0.941, 0.894, 0.259 },  /* yellow */
      { 0.902, 0.624, 0.000 },  /* orange */
    },
  },
  [OT_THEME_HIGH_CONTRAST] = {
    .background = { 1.0, 1.0, 1.0 },
    .foreground = { 0.0, 0.0, 0.0 },
    .muted = { 0.0, 0.0, 0.0 },
    .grid = { 0.60, 0.60, 0.60 },
    .highlight = { 0.0, 0.0, 0.0 },
    .categories = {
      { 0.000, 0.353, 0.588 },  /* dark blue */
      { 0.835, 0.369, 0.000 },  /* vermillion */
      { 0.000, 0.522, 0.376 },  /* dark bluish green */
      { 0.686, 0.310, 0.549 },  /* dark reddish purple */
      { 0.902, 0.624, 0.000 },  /* orange */
      { 0.337, 0.706, 0.914 },  /* sky blue */
    },
  },
};

/* The one table from what a mark counts to its colour: a category index,
 * or -1 for no group's colour. */
static const int meaning_colors[OT_N_MEANINGS] = {
  [OT_MEANING_NONE] = -1,
  [OT_MEANING_REFUGEES] = 0,
  [OT_MEANING_IDPS] = 1,
  [OT_MEANING_ASYLUM_SEEKERS] = 2,
  [OT_MEANING_OTHER_PROTECTION] = 3,
  [OT_MEANING_STATELESS] = 4,
  /* The known groups' colours last: a file's own groups take them only
   * where the data has no such group. */
  [OT_MEANING_GROUP_A] = 5,
  [OT_MEANING_GROUP_B] = 3,
  [OT_MEANING_GROUP_C] = 4,
  [OT_MEANING_GROUP_D] = 2,
  [OT_MEANING_GROUP_E] = 1,
  [OT_MEANING_GROUP_F] = 0,
};

/* A mark that stands for no group is the text's colour, softened. */
void
ot_palette_get_meaning_color (const OtPalette *palette,
                              OtMeaning        meaning,
                              OtColor         *out_color)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (out_color != NULL);

  if (meaning >= OT_N_MEANINGS || meaning_colors[meaning] < 0)
    {
      ot_chart_color_mix (&palette->foreground, &palette->background, 0.3, out_color);
      return;
    }
  *out_color = palette->categories[meaning_colors[meaning]];
}

void
ot_chart_set_meaning_color (const OtChartLayout *layout,
                            cairo_t             *cr,
                            const OtPalette     *palette,
                            OtMeaning            meaning)
{
  OtColor color;

  /* A chart that paints a colour it did not declare is a bug. */
  g_assert (meaning == OT_MEANING_NONE || (layout->meanings & (1u << meaning)) != 0);
  ot_palette_get_meaning_color (palette, meaning, &color);
  ot_cairo_set_color (cr, &color);
}

void
ot_chart_layout_use_meaning (OtChartLayout *layout,
                             OtMeaning      meaning)
{
  g_return_if_fail (layout != NULL);

  if (meaning != OT_MEANING_NONE && meaning < OT_N_MEANINGS)
    layout->meanings |= 1u << meaning;
}

/* The letter's ids name their group: "displaced-idps". */
static OtMeaning
meaning_from_id (const char *id)
{
  if (strstr (id, "asylum-seekers") != NULL || strstr (id, "asylum_seekers") != NULL)
    return OT_MEANING_ASYLUM_SEEKERS;
  if (strstr (id, "idps") != NULL || strstr (id, "internally-displaced") != NULL)
    return OT_MEANING_IDPS;
  /* Resettlement resettles refugees: the 4,000 are Syrian refugees. */
  if (strstr (id, "refugees") != NULL || strstr (id, "resettlement") != NULL)
    return OT_MEANING_REFUGEES;
  if (strstr (id, "stateless") != NULL)
    return OT_MEANING_STATELESS;
  return OT_MEANING_NONE;
}

/* What a figure counts. A percentage counts what its base counts; a part
 * whose group the program does not know takes a colour of its own, by its
 * size among its total's other such parts (the largest first, as the
 * breakdown shows the largest by name), of those no known group of the
 * data has: no two parts of a total share a colour, and a colour that
 * means refugees means nothing else. Past the colours there are, a part
 * has none (its label names it); money and totals have none. */
OtMeaning
ot_dataset_get_figure_meaning (OtDataset      *dataset,
                               const OtFigure *figure)
{
  const OtFigure *base;
  OtMeaning meaning;

  g_return_val_if_fail (OT_IS_DATASET (dataset), OT_MEANING_NONE);
  g_return_val_if_fail (figure != NULL, OT_MEANING_NONE);

  if (figure->unit == OT_UNIT_EUR)
    return OT_MEANING_NONE;
  base = figure->base_id != NULL ? ot_dataset_lookup_figure (dataset, figure->base_id) : NULL;
  if (figure->unit == OT_UNIT_PERCENT && base != NULL && base->unit != OT_UNIT_PERCENT)
    return ot_dataset_get_figure_meaning (dataset, base);

  meaning = meaning_from_id (figure->id);
  if (meaning != OT_MEANING_NONE || figure->parent_id == NULL)
    return meaning;

  {
    g_autoptr(GPtrArray) parts = ot_dataset_dup_parts (dataset, figure->parent_id);
    guint unknown = 0, taken = 0;

    for (guint i = 0; i < parts->len; i++)
      {
        const OtFigure *other = g_ptr_array_index (parts, i);

        if (other == figure || meaning_from_id (other->id) != OT_MEANING_NONE)
          continue;
        /* Larger, or as large and earlier in the file. */
        unknown += other->value > figure->value
                   || (other->value == figure->value && other->line < figure->line);
      }
    for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
      {
        const OtFigure *other = ot_dataset_get_figure (dataset, i);
        OtMeaning known = other->unit == OT_UNIT_EUR ? OT_MEANING_NONE
                          : meaning_from_id (other->id);

        if (known != OT_MEANING_NONE)
          taken |= 1u << meaning_colors[known];
      }
    for (OtMeaning group = OT_MEANING_GROUP_A; group <= OT_MEANING_GROUP_F; group++)
      if ((taken & (1u << meaning_colors[group])) == 0 && unknown-- == 0)
        return group;
    return OT_MEANING_NONE;
  }
}

static void
chart_part_clear (gpointer data)
{
  OtChartPart *part = data;

  g_free (part->label);
  g_free (part->value_text);
}

/* An array for ot_chart_gather_parts (). */
GArray *
ot_chart_parts_new (void)
{
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (OtChartPart));

  g_array_set_clear_func (parts, chart_part_clear);
  return parts;
}

static int
compare_larger_first (gconstpointer a,
                      gconstpointer b)
{
  const OtFigure *x = *(const OtFigure * const *) a;
  const OtFigure *y = *(const OtFigure * const *) b;

  return (x->value < y->value) - (x->value > y->value);
}

/* What a chart of a total's parts shows of @parts, in the file's order:
 * each, or past OT_CHART_MAX_PARTS (one colour each, never repeated) the
 * largest OT_CHART_MAX_PARTS - 1 and, last, the rest gathered, "n
 * others", the sum of their published figures. Returns how many were
 * gathered. */
guint
ot_chart_gather_parts (GPtrArray *parts,
                       GArray    *shown,
                       OtLang     lang)
{
  g_autoptr(GPtrArray) by_size = NULL;
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  guint n_named = parts->len > OT_CHART_MAX_PARTS ? OT_CHART_MAX_PARTS - 1 : parts->len;
  double rest = 0;
  guint n_rest = 0;

  by_size = g_ptr_array_copy (parts, NULL, NULL);
  g_ptr_array_sort (by_size, compare_larger_first);
  for (guint i = 0; i < n_named; i++)
    g_hash_table_add (named, g_ptr_array_index (by_size, i));

  for (guint i = 0; i < parts->len; i++)
    {
      const OtFigure *part = g_ptr_array_index (parts, i);

      if (g_hash_table_contains (named, part))
        {
          OtChartPart one = { part, part->value, g_strdup (ot_figure_get_label (part, lang)),
                              ot_format_figure (part, lang) };

          g_array_append_val (shown, one);
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
      /* TRANSLATORS: what gathers the smallest parts of a breakdown */
      OtChartPart others = { NULL, rest,
                             g_strdup_printf (ot_ngettext (lang, "%u other", "%u others", n_rest),
                                              n_rest),
                             /* TRANSLATORS: a sum of published figures, not one the source
                              * gives */
                             g_strdup_printf (ot_gettext (lang, "together %s"), sum) };

      g_array_append_val (shown, others);
    }
  return n_rest;
}

/* The message of a chart of a total's parts, which says so when it does
 * not show every part by name (@shown from ot_chart_gather_parts). */
char *
ot_chart_parts_subtitle (const OtFigure *total,
                         GPtrArray      *parts,
                         GArray         *shown,
                         guint           n_gathered,
                         OtLang          lang)
{
  char *subtitle = ot_chart_largest_part_text (total, parts, lang);
  char *all;

  if (n_gathered == 0)
    return subtitle;
  all = g_strdup_printf (ot_ngettext (lang, "%s; the %u largest by name, %u other added up",
                                      "%s; the %u largest by name, %u others added up",
                                      n_gathered),
                         subtitle != NULL ? subtitle : "", shown->len - 1, n_gathered);
  g_free (subtitle);
  return all;
}

/* Two figures share an axis only when they measure the same thing: the
 * same unit, and parts of one total, or the same group with the same kind
 * of hedge. A country's ceiling of about 4,000 and a global target for all
 * states measure different things, and so do euros and people. */
gboolean
ot_dataset_figures_share_axis (OtDataset      *dataset,
                               const OtFigure *a,
                               const OtFigure *b)
{
  g_return_val_if_fail (OT_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a == b)
    return TRUE;
  if (a->unit != b->unit)
    return FALSE;
  if (a->parent_id != NULL && b->parent_id != NULL)
    return g_str_equal (a->parent_id, b->parent_id);
  if (a->parent_id != NULL || b->parent_id != NULL)
    return FALSE;
  return a->qualifier == b->qualifier && a->qualifier != OT_QUALIFIER_NOT_AGREED
         && ot_dataset_get_figure_meaning (dataset, a) == ot_dataset_get_figure_meaning (dataset, b)
         && (a->base_id == NULL) == (b->base_id == NULL)
         && (a->base_id == NULL || g_str_equal (a->base_id, b->base_id));
}

OtMeaning
ot_series_category_get_meaning (OtSeriesCategory category)
{
  switch (category)
    {
    case OT_SERIES_REFUGEES:
    case OT_SERIES_REFUGEES_UNHCR:
    case OT_SERIES_REFUGEES_UNRWA:
      return OT_MEANING_REFUGEES;
    case OT_SERIES_IDPS:
      return OT_MEANING_IDPS;
    case OT_SERIES_ASYLUM_SEEKERS:
      return OT_MEANING_ASYLUM_SEEKERS;
    case OT_SERIES_OTHER_PROTECTION:
      return OT_MEANING_OTHER_PROTECTION;
    case OT_SERIES_STATELESS:
      return OT_MEANING_STATELESS;
    case OT_SERIES_TOTAL:
    case OT_SERIES_RETURNED_REFUGEES:
    case OT_SERIES_RETURNED_IDPS:
    case OT_SERIES_OTHERS_OF_CONCERN:
    case OT_SERIES_HOST_COMMUNITY:
    case OT_N_SERIES_CATEGORIES:
    default:
      return OT_MEANING_NONE;
    }
}

const OtChart *
ot_chart_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    if (g_str_equal (charts[i]->id, id))
      return charts[i];

  return NULL;
}

guint
ot_chart_get_n_charts (void)
{
  return G_N_ELEMENTS (charts);
}

const OtChart *
ot_chart_get_nth (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (charts), NULL);

  return charts[index];
}

/* The charts named by @ids, in that order; all of them when @ids is NULL or
 * empty. With @dataset, only those it can draw. NULL, with the first
 * unknown id in @out_unknown, when one is not a chart. */
GPtrArray *
ot_chart_list_from_ids (const char * const  *ids,
                        OtDataset           *dataset,
                        const char         **out_unknown)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const OtChart *chart = ot_chart_lookup (ids[i]);

      if (chart == NULL)
        {
          if (out_unknown != NULL)
            *out_unknown = ids[i];
          return NULL;
        }
      g_ptr_array_add (list, (gpointer) chart);
    }

  if (list->len == 0)
    for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
      g_ptr_array_add (list, (gpointer) charts[i]);

  for (guint i = list->len; dataset != NULL && i-- > 0;)
    if (!ot_chart_supports (g_ptr_array_index (list, i), dataset))
      g_ptr_array_remove_index (list, i);

  return g_steal_pointer (&list);
}

const char *
ot_chart_get_title (const OtChart *chart,
                    OtLang         lang)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return ot_gettext (lang, chart->title);
}

/* The chart's title, true for @dataset: "The letter in figures" for the
 * letter's, "Figures from mine.csv" for a file of one's own. */
char *
ot_chart_dup_title (const OtChart *chart,
                    OtDataset     *dataset,
                    OtLang         lang)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  if (chart->dup_title != NULL && !ot_dataset_is_letter (dataset))
    return chart->dup_title (dataset, lang);
  return g_strdup (ot_chart_get_title (chart, lang));
}

/* A chart of a total's name for data other than the letter's: @with_total
 * (untranslated, "%s" for what the total counts), or @without where there
 * is no total with parts. */
char *
ot_chart_dup_total_title (OtDataset  *dataset,
                          const char *with_total,
                          const char *without,
                          OtLang      lang)
{
  const OtFigure *total = ot_dataset_find_breakdown (dataset);

  if (total == NULL)
    return g_strdup (ot_gettext (lang, without));
  return g_strdup_printf (ot_gettext (lang, with_total), ot_figure_get_label (total, lang));
}

/* What --list-charts lists for a file, and what the window offers. */
gboolean
ot_chart_supports (const OtChart *chart,
                   OtDataset     *dataset)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (OT_IS_DATASET (dataset), FALSE);

  if (chart->supports != NULL)
    return chart->supports (dataset);
  return ot_dataset_get_n_figures (dataset) > 0;
}

const OtPalette *
ot_chart_style_get_palette (const OtChartStyle *style)
{
  g_return_val_if_fail (style != NULL, &palettes[OT_THEME_LIGHT]);
  g_return_val_if_fail (style->theme < OT_N_THEMES, &palettes[OT_THEME_LIGHT]);

  return &palettes[style->theme];
}

void
ot_cairo_set_color (cairo_t       *cr,
                    const OtColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

/* Text on a raster surface is laid out on whole device pixels: hinted
 * metrics and rounded glyph positions. Cairo before 1.17.4 rounds every
 * glyph's origin to a whole pixel on image surfaces; with the fractional
 * advances of unhinted metrics that rounding goes up for one glyph and
 * down for the next, which opened gaps inside words at small sizes
 * ("o nderhandelingen"). With whole-pixel advances and positions there is
 * nothing left to round. The metrics are hinted in device space (the
 * context takes @cr's matrix), so a PNG at scale 2 is hinted at its own
 * pixels. Vector surfaces (SVG, PDF) have no pixels: their text keeps the
 * unhinted, unrounded metrics it is scaled with. */
PangoContext *
ot_chart_text_context_new (cairo_t *cr)
{
  PangoContext *context;
  cairo_font_options_t *options;
  gboolean raster;

  g_return_val_if_fail (cr != NULL, NULL);

  raster = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE;
  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_metrics (options, raster ? CAIRO_HINT_METRICS_ON
                                                       : CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, raster ? CAIRO_HINT_STYLE_SLIGHT
                                                     : CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, raster);

  return context;
}

/* Where a text's ink is drawn, in the layout's coordinates. */
static OtRect
text_ink (const OtTextBox *box)
{
  PangoRectangle ink;

  pango_layout_get_pixel_extents (box->layout, &ink, NULL);
  return (OtRect) { box->rect.x + ink.x, box->rect.y + ink.y, ink.width, ink.height };
}

static OtRect
rect_grown (const OtRect *r,
            double        by)
{
  return (OtRect) { r->x - by, r->y - by, r->width + 2 * by, r->height + 2 * by };
}

/* The outline the window draws around a followed element crosses no text,
 * for every chart: an element takes in a text of its own that lies just
 * beside it (a bar's value above it), and gives way to any other (the
 * axis's ticks, its title, a neighbour's label). The window rounds an
 * element out to whole pixels, hence one more. */
static void
clear_outlines (OtChartLayout *layout)
{
  const double reach = OT_CHART_OUTLINE_REACH + 1, offset = OT_CHART_OUTLINE_OFFSET;

  for (guint e = 0; e < layout->elements->len; e++)
    {
      OtRect *r = &g_array_index (layout->elements, OtChartElement, e).rect;

      for (guint pass = 0; pass < 8; pass++)
        {
          gboolean changed = FALSE;

          for (guint i = 0; i < layout->texts->len; i++)
            {
              OtRect t = text_ink (g_ptr_array_index (layout->texts, i));
              OtRect outer = rect_grown (r, reach), inner = rect_grown (r, offset);
              gboolean across = t.x >= r->x && t.x + t.width <= r->x + r->width;
              gboolean along = t.y >= r->y && t.y + t.height <= r->y + r->height;
              double right = r->x + r->width, bottom = r->y + r->height;

              if (t.width <= 0 || t.height <= 0 || !ot_rect_intersects (&outer, &t)
                  || ot_rect_contains (&inner, &t))
                continue;

              if (pass == 0 && (across || along))
                {
                  /* Its own text, beside it: take it in. */
                  double x0 = MIN (r->x, t.x - offset), y0 = MIN (r->y, t.y - offset);
                  double x1 = MAX (right, t.x + t.width + offset);
                  double y1 = MAX (bottom, t.y + t.height + offset);

                  *r = (OtRect) { x0, y0, x1 - x0, y1 - y0 };
                }
              else
                {
                  /* Another's: the side that keeps the most of the element. */
                  double left_w = right - (t.x + t.width + reach);
                  double right_w = t.x - reach - r->x;
                  double top_h = bottom - (t.y + t.height + reach);
                  double bottom_h = t.y - reach - r->y;
                  double best = MAX (MAX (left_w * r->height, right_w * r->height),
                                     MAX (top_h * r->width, bottom_h * r->width));

                  if (best <= 0)
                    continue;
                  if (best == left_w * r->height)
                    *r = (OtRect) { t.x + t.width + reach, r->y, left_w, r->height };
                  else if (best == right_w * r->height)
                    r->width = right_w;
                  else if (best == top_h * r->width)
                    *r = (OtRect) { r->x, t.y + t.height + reach, r->width, top_h };
                  else
                    r->height = bottom_h;
                }
              changed = TRUE;
            }
          if (!changed)
            break;
        }
    }
}

static void
element_clear (gpointer data)
{
  OtChartElement *element = data;

  g_free (element->id);
  g_free (element->label);
}

OtChartLayout *
ot_chart_layout_new (const OtChart      *chart,
                     PangoContext       *context,
                     OtDataset          *dataset,
                     double              width,
                     double              height,
                     const OtChartStyle *style)
{
  OtChartLayout *layout;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  layout = g_new0 (OtChartLayout, 1);
  layout->chart = chart;
  layout->dataset = dataset;
  layout->canvas = (OtRect) { 0, 0, MAX (width, 1), MAX (height, 1) };
  /* Everything scales with the canvas, designed at 1280×720. */
  layout->unit = MIN (layout->canvas.width / 1280.0, layout->canvas.height / 720.0);
  layout->margin = MAX (36 * layout->unit, 6);
  layout->context = g_object_ref (context);
  layout->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_text_box_free);
  layout->elements = g_array_new (FALSE, TRUE, sizeof (OtChartElement));
  layout->sources = g_ptr_array_new_with_free_func (g_free);
  layout->derived = g_ptr_array_new_with_free_func (g_free);
  /* Never under 12 px: at 11 px Cantarell's word space, hinted to whole
   * pixels, is 2 px beside 6 px digits, and "26 150" reads as one number;
   * at 12 px it is 3 px. */
  layout->min_text = MAX (style->min_text, OT_CHART_MIN_TEXT);
  g_array_set_clear_func (layout->elements, element_clear);

  chart->build (layout, dataset, style);
  clear_outlines (layout);

  return layout;
}

/* Empties @layout for its chart to lay it out again, in another form. */
void
ot_chart_layout_reset (OtChartLayout *layout)
{
  g_return_if_fail (layout != NULL);

  if (layout->data_free != NULL)
    layout->data_free (layout->data);
  layout->data = NULL;
  layout->data_free = NULL;
  g_ptr_array_set_size (layout->texts, 0);
  g_array_set_size (layout->elements, 0);
  g_ptr_array_set_size (layout->sources, 0);
  g_ptr_array_set_size (layout->derived, 0);
  g_clear_pointer (&layout->description, g_free);
  g_clear_pointer (&layout->source_line, g_free);
  layout->meanings = 0;
  layout->empty = FALSE;
}

void
ot_chart_layout_free (OtChartLayout *layout)
{
  if (layout == NULL)
    return;

  if (layout->data_free != NULL)
    layout->data_free (layout->data);
  g_ptr_array_unref (layout->texts);
  g_array_unref (layout->elements);
  g_ptr_array_unref (layout->sources);
  g_ptr_array_unref (layout->derived);
  g_object_unref (layout->context);
  g_free (layout->description);
  g_free (layout->source_line);
  g_free (layout);
}

/* The background and the chart's shapes, without its texts. */
void
ot_chart_layout_paint_shapes (const OtChartLayout *layout,
                              cairo_t             *cr,
                              const OtChartStyle  *style)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  ot_cairo_set_color (cr, &palette->background);
  cairo_paint (cr);
  if (!layout->empty && layout->chart->paint != NULL)
    layout->chart->paint (layout, cr, palette);
  cairo_restore (cr);
}

void
ot_chart_layout_paint (const OtChartLayout *layout,
                       cairo_t             *cr,
                       const OtChartStyle  *style)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  ot_chart_layout_paint_shapes (layout, cr, style);

  cairo_save (cr);
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);

      ot_cairo_set_color (cr, box->role == OT_TEXT_MUTED ? &palette->muted : &palette->foreground);
      cairo_move_to (cr, box->rect.x, box->rect.y);
      pango_cairo_show_layout (cr, box->layout);
    }
  cairo_restore (cr);
}

void
ot_chart_draw (cairo_t            *cr,
               const OtChart      *chart,
               OtDataset          *dataset,
               double              width,
               double              height,
               const OtChartStyle *style)
{
  PangoContext *context;
  OtChartLayout *layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (OT_IS_DATASET (dataset));
  g_return_if_fail (style != NULL);

  if (width < 1 || height < 1)
    return;

  context = ot_chart_text_context_new (cr);
  layout = ot_chart_layout_new (chart, context, dataset, width, height, style);
  ot_chart_layout_paint (layout, cr, style);
  ot_chart_layout_free (layout);
  g_object_unref (context);
}

/* The chart in words, as alt text and for screen readers. */
char *
ot_chart_describe (const OtChart      *chart,
                   OtDataset          *dataset,
                   const OtChartStyle *style)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  OtChartLayout *layout;
  char *description;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  context = ot_chart_text_context_new (cr);
  layout = ot_chart_layout_new (chart, context, dataset, 1280, 720, style);
  description = g_strdup (layout->description != NULL ? layout->description : "");
  ot_chart_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return description;
}

/* The letter's own words behind the chart, as its sources' sentences give
 * them: each a quotation in quotation marks, one a line. For the letter's
 * figures the quotations follow the letter (ot_letter_dup_quotations): its
 * order, "[…]" for text left out, a quotation for each section. */
char *
ot_chart_layout_dup_caption (const OtChartLayout *layout,
                             OtDataset           *dataset,
                             OtLang               lang)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr(GPtrArray) quotations = NULL;
  g_autoptr(OtLetter) letter = NULL;
  GString *caption = g_string_new (NULL);

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  for (guint i = 0; i < layout->sources->len; i++)
    {
      const char *id = g_ptr_array_index (layout->sources, i);
      const OtFigure *figure = ot_dataset_lookup_figure (dataset, id);
      const OtEvent *event = figure == NULL ? ot_dataset_lookup_event (dataset, id) : NULL;
      const char *sentence = figure != NULL ? ot_figure_get_source (figure, lang)
                             : event != NULL ? ot_event_get_source (event, lang) : NULL;

      if (sentence != NULL && *sentence != '\0'
          && !g_ptr_array_find_with_equal_func (sentences, sentence, g_str_equal, NULL))
        g_ptr_array_add (sentences, (gpointer) sentence);
    }

  if (ot_dataset_is_letter (dataset))
    letter = ot_letter_new_default (lang, NULL);
  if (letter != NULL)
    quotations = ot_letter_dup_quotations (letter, (const char * const *) sentences->pdata,
                                           sentences->len);
  else
    {
      quotations = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < sentences->len; i++)
        g_ptr_array_add (quotations, g_strdup (g_ptr_array_index (sentences, i)));
    }

  for (guint i = 0; i < quotations->len; i++)
    {
      /* TRANSLATORS: a quotation on a slide; Dutch quotes the same way */
      g_autofree char *quoted = g_strdup_printf (ot_gettext (lang, "“%s”"),
                                                 (const char *) g_ptr_array_index (quotations, i));

      g_string_append_printf (caption, "%s%s", i > 0 ? "\n" : "", quoted);
    }

  return g_string_free (caption, FALSE);
}

/* The index of the element under (x, y), or -1. */
int
ot_chart_layout_hit_test (const OtChartLayout *layout,
                          double               x,
                          double               y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint i = 0; i < layout->elements->len; i++)
    {
      const OtRect *r = &g_array_index (layout->elements, OtChartElement, i).rect;

      if (x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height)
        return (int) i;
    }

  return -1;
}

/* Type scales with the canvas but never under the layout's smallest size;
 * larger roles keep part of their lead over it, so a title stays a title
 * where body text has reached its floor (34 px at 1280×720 is at least
 * 1.56 times the floor, 21 px 1.16 times). */
double
ot_chart_font_size (const OtChartLayout *layout,
                    double               size)
{
  double floor = layout->min_text * MAX (1.0, 1.0 + (size - 16) / 32);

  return MAX (size * layout->unit, floor);
}

/* A canvas too narrow for its type to stand side by side: fewer than 42
 * lines of the smallest type across, or taller than wide. Charts take a
 * form of rows instead of columns there. */
gboolean
ot_chart_layout_is_narrow (const OtChartLayout *layout)
{
  return layout->canvas.width < 42 * layout->min_text
         || layout->canvas.height > layout->canvas.width * 1.05;
}

/* Sizes are in pixels (device units before any scale), not points. */
OtTextBox *
ot_text_box_new (PangoContext   *context,
                 const char     *text,
                 double          size,
                 PangoWeight     weight,
                 PangoStyle      style,
                 double          wrap_width,
                 PangoAlignment  alignment,
                 OtTextRole      role)
{
  PangoFontDescription *font;
  PangoRectangle logical;
  OtTextBox *box;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  box = g_new0 (OtTextBox, 1);
  box->role = role;
  font = pango_font_description_from_string (OT_CHART_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);

  box->layout = pango_layout_new (context);
  pango_layout_set_font_description (box->layout, font);
  pango_layout_set_alignment (box->layout, alignment);
  if (wrap_width > 0)
    {
      pango_layout_set_width (box->layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (box->layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (box->layout, text, -1);
  pango_font_description_free (font);

  pango_layout_get_extents (box->layout, NULL, &logical);
  /* A wrapped box is as wide as its wrap width. */
  box->rect.width = wrap_width > 0 ? wrap_width : (double) (logical.x + logical.width) / PANGO_SCALE;
  box->rect.height = (double) logical.height / PANGO_SCALE;

  return box;
}

/* A big line that breaks between words only: a number never breaks, nor
 * does a word ("10%," over "not agreed"). */
void
ot_text_box_wrap_words (OtTextBox *box)
{
  PangoRectangle logical;

  g_return_if_fail (box != NULL);

  pango_layout_set_wrap (box->layout, PANGO_WRAP_WORD);
  pango_layout_get_extents (box->layout, NULL, &logical);
  box->rect.height = (double) logical.height / PANGO_SCALE;
}

void
ot_text_box_free (OtTextBox *box)
{
  if (box == NULL)
    return;

  g_clear_object (&box->layout);
  g_free (box);
}

OtTextBox *
ot_chart_layout_add_text (OtChartLayout  *layout,
                          const char     *text,
                          double          size,
                          PangoWeight     weight,
                          double          wrap_width,
                          PangoAlignment  alignment,
                          OtTextRole      role)
{
  OtTextBox *box;

  g_return_val_if_fail (layout != NULL, NULL);

  box = ot_text_box_new (layout->context, text, size, weight, PANGO_STYLE_NORMAL, wrap_width,
                         alignment, role);
  g_ptr_array_add (layout->texts, box);
  return box;
}

void
ot_text_box_move_to (OtTextBox *box,
                     double     x,
                     double     y)
{
  g_return_if_fail (box != NULL);

  box->rect.x = x;
  box->rect.y = y;
}

/* Title and subtitle at the top; returns where the chart may start. */
double
ot_chart_layout_add_header (OtChartLayout *layout,
                            const char    *title,
                            const char    *subtitle)
{
  double u = layout->unit, m = layout->margin;
  double width = MAX (layout->canvas.width - 2 * m, 1);
  OtTextBox *box;
  double y = m;

  box = ot_chart_layout_add_text (layout, title, ot_chart_font_size (layout, 34),
                                  PANGO_WEIGHT_BOLD, width, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
  ot_text_box_move_to (box, m, y);
  y += box->rect.height;

  if (subtitle != NULL)
    {
      box = ot_chart_layout_add_text (layout, subtitle, ot_chart_font_size (layout, 21),
                                      PANGO_WEIGHT_NORMAL, width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
      ot_text_box_move_to (box, m, y + 4 * u);
      y += 4 * u + box->rect.height;
    }

  return y + 20 * u;
}

/* The source line at the bottom; returns where the chart must end. */
double
ot_chart_layout_add_footer (OtChartLayout *layout,
                            OtDataset     *dataset,
                            OtLang         lang)
{
  return ot_chart_layout_add_source (layout, ot_dataset_get_source_label (dataset, lang), lang);
}

/* A number the chart computed rather than one that was published: it says
 * so, and names what it was computed from, in words a reader can check
 * ("32.6% (calculated: 21.3 million of 65.3 million)"). Every such number
 * goes through here, so tests can find them all. */
char *
ot_chart_layout_mark_derived (OtChartLayout *layout,
                              const char    *number,
                              const char    *base,
                              OtLang         lang)
{
  char *text;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (number != NULL && base != NULL, NULL);

  /* TRANSLATORS: a number the chart computed, and from what:
   * "32.6% (calculated: 21.3 million of 65.3 million)" */
  text = g_strdup_printf (ot_gettext (lang, "%s (calculated: %s)"), number, base);
  g_ptr_array_add (layout->derived, g_strdup (text));
  return text;
}

/* @label is taken. */
void
ot_chart_layout_add_element (OtChartLayout *layout,
                             const OtRect  *rect,
                             const char    *id,
                             OtMeaning      meaning,
                             char          *label)
{
  OtChartElement element = { *rect, g_strdup (id), label, meaning };

  g_array_append_val (layout->elements, element);
  ot_chart_layout_use_meaning (layout, meaning);
}

/* The breakdown and the composition need a total with parts. */
void
ot_chart_layout_set_no_breakdown (OtChartLayout *layout,
                                  double         bottom,
                                  OtLang         lang)
{
  g_autofree char *title = ot_chart_dup_title (layout->chart, layout->dataset, lang);
  double top = ot_chart_layout_add_header (layout, title, NULL);

  ot_chart_layout_set_empty (layout, top, bottom,
                             ot_gettext (lang, "These figures have no total with parts, so "
                                         "there is nothing to break down. A part names its "
                                         "total in the “parent” column."));
}

/* A chart without its figures says so instead of drawing nothing. */
void
ot_chart_layout_set_empty (OtChartLayout *layout,
                           double         top,
                           double         bottom,
                           const char    *message)
{
  double m = layout->margin;
  OtTextBox *box;

  layout->empty = TRUE;
  g_ptr_array_set_size (layout->sources, 0);
  box = ot_chart_layout_add_text (layout, message, ot_chart_font_size (layout, 22),
                                  PANGO_WEIGHT_NORMAL, MAX (layout->canvas.width - 2 * m, 1),
                                  PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
  ot_text_box_move_to (box, m, MAX (top, (top + bottom - box->rect.height) / 2));
  g_free (layout->description);
  layout->description = g_strdup (message);
}

gboolean
ot_rect_intersects (const OtRect *a,
                    const OtRect *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
ot_rect_contains (const OtRect *outer,
                  const OtRect *inner)
{
  g_return_val_if_fail (outer != NULL && inner != NULL, FALSE);

  return inner->x >= outer->x - 1e-6 && inner->y >= outer->y - 1e-6
         && inner->x + inner->width <= outer->x + outer->width + 1e-6
         && inner->y + inner->height <= outer->y + outer->height + 1e-6;
}
