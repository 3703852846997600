/* ot-chart.h: the charts, each one draw function on any cairo surface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "ot-dataset.h"
#include "ot-i18n.h"

G_BEGIN_DECLS

typedef enum
{
  OT_THEME_LIGHT,
  OT_THEME_DARK,
} OtTheme;

typedef struct
{
  double red, green, blue;
} OtColor;

typedef struct
{
  OtColor background;
  OtColor foreground;
  OtColor muted;        /* subtitles, ticks, footer */
  OtColor grid;
  OtColor categories[6];
} OtPalette;

typedef struct
{
  OtLang  lang;
  OtTheme theme;
} OtChartStyle;

typedef struct
{
  double x, y, width, height;
} OtRect;

typedef struct _OtChart OtChart;

typedef void (*OtChartDrawFunc) (cairo_t            *cr,
                                 OtDataset          *dataset,
                                 double              width,
                                 double              height,
                                 const OtChartStyle *style);

struct _OtChart
{
  const char      *id;
  const char      *title;   /* untranslated */
  OtChartDrawFunc  draw;
};

const OtChart    *ot_chart_lookup      (const char         *id);
const OtChart    *ot_chart_get_nth     (guint               index);
guint             ot_chart_get_n_charts (void);
const char       *ot_chart_get_title   (const OtChart      *chart,
                                        OtLang              lang);
void              ot_chart_draw        (cairo_t            *cr,
                                        const OtChart      *chart,
                                        OtDataset          *dataset,
                                        double              width,
                                        double              height,
                                        const OtChartStyle *style);
const OtPalette  *ot_chart_style_get_palette (const OtChartStyle *style);

gboolean          ot_rect_intersects   (const OtRect       *a,
                                        const OtRect       *b);
gboolean          ot_rect_contains     (const OtRect       *outer,
                                        const OtRect       *inner);

G_END_DECLS
