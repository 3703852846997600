/* ot-chart.c: the charts, each one draw function on any cairo surface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include "ot-chart.h"
#include "ot-chart-breakdown.h"

static const OtChart charts[] = {
  { "breakdown", N_("Displaced people by group"), ot_chart_breakdown_draw },
};

/* Okabe–Ito colours, told apart with every common colour vision deficiency;
 * the dark theme takes lighter ones of the same hues. */
static const OtPalette palettes[] = {
  [OT_THEME_LIGHT] = {
    .background = { 1.0, 1.0, 1.0 },
    .foreground = { 0.118, 0.118, 0.133 },
    .muted = { 0.361, 0.361, 0.392 },
    .grid = { 0.867, 0.867, 0.878 },
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
    .categories = {
      { 0.337, 0.706, 0.914 },  /* sky blue */
      { 0.902, 0.624, 0.000 },  /* orange */
      { 0.000, 0.737, 0.541 },  /* bluish green */
      { 0.878, 0.592, 0.753 },  /* reddish purple */
      { 0.941, 0.894, 0.259 },  /* yellow */
      { 0.949, 0.529, 0.341 },  /* vermillion */
    },
  },
};

const OtChart *
ot_chart_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    if (g_str_equal (charts[i].id, id))
      return &charts[i];

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

  return &charts[index];
}

const char *
ot_chart_get_title (const OtChart *chart,
                    OtLang         lang)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return ot_gettext (lang, chart->title);
}

const OtPalette *
ot_chart_style_get_palette (const OtChartStyle *style)
{
  g_return_val_if_fail (style != NULL, &palettes[OT_THEME_LIGHT]);
  g_return_val_if_fail (style->theme < G_N_ELEMENTS (palettes), &palettes[OT_THEME_LIGHT]);

  return &palettes[style->theme];
}

void
ot_chart_draw (cairo_t            *cr,
               const OtChart      *chart,
               OtDataset          *dataset,
               double              width,
               double              height,
               const OtChartStyle *style)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (OT_IS_DATASET (dataset));
  g_return_if_fail (style != NULL);

  if (width < 1 || height < 1)
    return;

  cairo_save (cr);
  chart->draw (cr, dataset, width, height, style);
  cairo_restore (cr);
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

  return inner->x >= outer->x && inner->y >= outer->y
         && inner->x + inner->width <= outer->x + outer->width
         && inner->y + inner->height <= outer->y + outer->height;
}
