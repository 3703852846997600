/* ot-palette.c: colours, each for one meaning in every chart and theme
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include "ot-chart-private.h"

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

void
ot_chart_color_mix (const OtColor *a,
                    const OtColor *b,
                    double         t,
                    OtColor       *out)
{
  out->red = a->red + (b->red - a->red) * t;
  out->green = a->green + (b->green - a->green) * t;
  out->blue = a->blue + (b->blue - a->blue) * t;
}

/* A mark that is not highlighted: its colour mixed with the background, the
 * same in every chart and theme, so its hue still says what it counts. */
void
ot_palette_mute (const OtPalette *palette,
                 const OtColor   *color,
                 OtColor         *out_color)
{
  g_return_if_fail (palette != NULL && color != NULL && out_color != NULL);

  out_color->red = color->red + (palette->background.red - color->red) * OT_CHART_MUTE_MIX;
  out_color->green = color->green + (palette->background.green - color->green) * OT_CHART_MUTE_MIX;
  out_color->blue = color->blue + (palette->background.blue - color->blue) * OT_CHART_MUTE_MIX;
}
