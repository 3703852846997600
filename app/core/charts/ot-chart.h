/* ot-chart.h: the charts, each laid out by pure code and drawn on any cairo
 * surface by one function
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "ot-chart-changes.h"
#include "ot-dataset.h"
#include "ot-i18n.h"

G_BEGIN_DECLS

typedef enum
{
  OT_THEME_LIGHT,
  OT_THEME_DARK,
  OT_THEME_HIGH_CONTRAST,
  OT_N_THEMES /*< skip >*/
} OtTheme;

typedef struct
{
  double red, green, blue;
} OtColor;

#define OT_N_CATEGORY_COLORS 6

typedef struct
{
  OtColor background;
  OtColor foreground;
  OtColor muted;        /* subtitles, ticks, footer */
  OtColor grid;
  OtColor highlight;    /* a marked element's outline */
  OtColor categories[OT_N_CATEGORY_COLORS];
} OtPalette;

/* What a coloured mark counts. A colour belongs to a meaning, never to a
 * position: the refugees are the same blue in every chart and theme. */
typedef enum
{
  OT_MEANING_NONE,              /* no group: money, totals, dates, mixed groups */
  OT_MEANING_REFUGEES,
  OT_MEANING_IDPS,              /* internally displaced people */
  OT_MEANING_ASYLUM_SEEKERS,
  OT_MEANING_OTHER_PROTECTION,  /* other people in need of international protection */
  OT_MEANING_STATELESS,
  OT_MEANING_GROUP_A,           /* parts of a figures file whose groups the */
  OT_MEANING_GROUP_B,           /* program does not know, in their order, */
  OT_MEANING_GROUP_C,           /* each in a colour no known group of the */
  OT_MEANING_GROUP_D,           /* data has */
  OT_MEANING_GROUP_E,
  OT_MEANING_GROUP_F,
  OT_N_MEANINGS /*< skip >*/
} OtMeaning;

/* The smallest chart text, in pixels, whatever the caller asks for. */
#define OT_CHART_MIN_TEXT 12.0

typedef struct
{
  OtLang   lang;
  OtTheme  theme;
  gboolean shares;      /* breakdown: shares of the total instead of numbers */
  double   min_text;    /* the smallest type, in pixels; 0 for the default */
  guint    year;        /* top-10 charts: the year; 0, or one the data lacks, for the latest */
  gboolean transparent; /* no background: a PNG for a page of its own colour */
  const OtChartChanges *changes; /* the user's title, notes, highlight, annotations; NULL: none */
  double   raster_scale; /* painted again and again on pixels, this many a unit (the window's
                          * scale factor): the layout keeps what it paints as an image at
                          * that scale; 0: painted as drawn every time */
} OtChartStyle;

typedef struct
{
  double x, y, width, height;
} OtRect;

/* Which palette colour a text is drawn in. */
typedef enum
{
  OT_TEXT_FOREGROUND,
  OT_TEXT_MUTED,
} OtTextRole;

/* What a text is to the reader: a web page writes the header and the
 * source as its own text, around the chart. */
typedef enum
{
  OT_TEXT_PART_BODY,
  OT_TEXT_PART_TITLE,
  OT_TEXT_PART_SUBTITLE,
  OT_TEXT_PART_SOURCE,
} OtTextPart;

typedef struct
{
  PangoLayout *layout;
  OtRect       rect;   /* logical extents where it is drawn */
  OtTextRole   role;
  OtTextPart   part;
} OtTextBox;

/* Something a reader can point at: a bar, a card, an event. */
typedef struct
{
  OtRect  rect;
  char   *id;      /* the figure's or event's id */
  char   *label;   /* what a screen reader says: "Refugees: 21.3 million" */
  OtMeaning meaning; /* what its colour means, OT_MEANING_NONE for none */
} OtChartElement;

/* The window draws a followed element's outline this many pixels outside
 * its rectangle (ui/style.css: outline-offset 2px, outline 3px): no text
 * may lie under that band. */
#define OT_CHART_OUTLINE_OFFSET 2.0
#define OT_CHART_OUTLINE_REACH  5.0

/* An annotation where the layout put it: its text (one of the layout's
 * texts), and a leader line from the text to its element. */
typedef struct
{
  OtTextBox *box;       /* in layout->texts; not owned here */
  OtRect     target;    /* the element's rectangle */
  double     leader[4]; /* x0, y0 at the text, x1, y1 at the element */
  guint      index;     /* in changes->annotations */
} OtChartNote;

/* How much of the background a muted mark is mixed with, 0..1. */
#define OT_CHART_MUTE_MIX 0.7

typedef struct _OtChart OtChart;
typedef struct _OtChartLayout OtChartLayout;

struct _OtChartLayout
{
  const OtChart  *chart;
  OtDataset      *dataset;     /* not owned: what the layout was built from */
  OtRect          canvas;
  double          unit;        /* the layout's scale, 1 at 1280×720 */
  double          margin;
  PangoContext   *context;
  GPtrArray      *texts;       /* OtTextBox */
  GArray         *elements;    /* OtChartElement */
  char           *description; /* the chart in words, for alt text */
  GPtrArray      *sources;     /* ids of the figures or events whose sentences
                                * the chart shows, for captions */
  GPtrArray      *derived;     /* every number the chart computed, as shown:
                                * marked as calculated, with its base */
  char           *source_line; /* what the source line cites, for metadata */
  double          min_text;
  guint           meanings;    /* 1 << OtMeaning of every colour the chart paints */
  gboolean        empty;       /* the data lacks the chart's figures */
  gpointer        data;        /* the chart's own geometry */
  GDestroyNotify  data_free;
  OtChartChanges *changes;     /* the user's, a copy; NULL: none */
  GArray         *notes;       /* OtChartNote: annotations placed beside their elements */
  guint32         notes_below; /* bit i: annotation i found no room, so is listed under the chart */
  OtLang          lang;
  /* Kept by ot_chart_layout_paint for a style's raster_scale: the
   * painted chart as an image, at that scale, in that theme. */
  cairo_surface_t *kept_image;
  double           kept_scale;
  OtTheme          kept_theme;
};

struct _OtChart
{
  const char *id;
  const char *title;   /* untranslated; what --list-charts shows */
  /* Pure: measures text and fills @layout. */
  void      (*build) (OtChartLayout      *layout,
                      OtDataset          *dataset,
                      const OtChartStyle *style);
  /* Shapes only; the texts are drawn after. */
  void      (*paint) (const OtChartLayout *layout,
                      cairo_t             *cr,
                      const OtPalette     *palette);
  /* Whether @dataset has what the chart draws; NULL: it has figures. */
  gboolean  (*supports) (OtDataset          *dataset);
  /* The title for data other than the letter's; NULL: @title fits any. */
  char     *(*dup_title) (OtDataset          *dataset,
                          OtLang              lang);
};

const OtChart    *ot_chart_lookup            (const char          *id);
const OtChart    *ot_chart_get_nth           (guint                index);
guint             ot_chart_get_n_charts      (void);
GPtrArray        *ot_chart_list_from_ids     (const char * const  *ids,
                                              OtDataset           *dataset,
                                              const char         **out_unknown);
const char       *ot_chart_get_title         (const OtChart       *chart,
                                              OtLang               lang);
char             *ot_chart_dup_title         (const OtChart       *chart,
                                              OtDataset           *dataset,
                                              OtLang               lang);
gboolean          ot_chart_supports          (const OtChart       *chart,
                                              OtDataset           *dataset);
void              ot_chart_draw              (cairo_t             *cr,
                                              const OtChart       *chart,
                                              OtDataset           *dataset,
                                              double               width,
                                              double               height,
                                              const OtChartStyle  *style);
GStrv             ot_chart_dup_element_ids   (const OtChart       *chart,
                                              OtDataset           *dataset,
                                              const OtChartStyle  *style);
char             *ot_chart_describe          (const OtChart       *chart,
                                              OtDataset           *dataset,
                                              const OtChartStyle  *style);
const OtPalette  *ot_chart_style_get_palette (const OtChartStyle  *style);
void              ot_palette_mute            (const OtPalette     *palette,
                                              const OtColor       *color,
                                              OtColor             *out_color);
gboolean          ot_chart_layout_is_muted   (const OtChartLayout *layout,
                                              const char          *element_id);
OtTextRole        ot_chart_layout_get_text_role (const OtChartLayout *layout,
                                                 const OtTextBox     *box);
void              ot_palette_get_meaning_color (const OtPalette   *palette,
                                                OtMeaning          meaning,
                                                OtColor           *out_color);
OtMeaning         ot_dataset_get_figure_meaning (OtDataset        *dataset,
                                                 const OtFigure   *figure);
OtMeaning         ot_series_category_get_meaning (OtSeriesCategory category);
gboolean          ot_dataset_figures_share_axis (OtDataset        *dataset,
                                                 const OtFigure   *a,
                                                 const OtFigure   *b);

PangoContext     *ot_chart_text_context_new  (cairo_t             *cr);
OtChartLayout    *ot_chart_layout_new        (const OtChart       *chart,
                                              PangoContext        *context,
                                              OtDataset           *dataset,
                                              double               width,
                                              double               height,
                                              const OtChartStyle  *style);
void              ot_chart_layout_free       (OtChartLayout       *layout);
void              ot_chart_layout_paint_shapes (const OtChartLayout *layout,
                                                cairo_t             *cr,
                                                const OtChartStyle  *style);
void              ot_chart_layout_paint      (const OtChartLayout *layout,
                                              cairo_t             *cr,
                                              const OtChartStyle  *style);
char             *ot_chart_layout_dup_caption (const OtChartLayout *layout,
                                               OtDataset           *dataset,
                                               OtLang               lang);
GPtrArray        *ot_chart_layout_dup_element_ids (const OtChartLayout *layout);
GPtrArray        *ot_chart_layout_dup_source_sentences (const OtChartLayout *layout,
                                                        OtDataset           *dataset,
                                                        OtLang               lang);
char             *ot_chart_dup_element_name  (OtDataset           *dataset,
                                              const OtChartLayout *layout,
                                              const char          *element_id,
                                              OtLang               lang);
int               ot_chart_layout_hit_test   (const OtChartLayout *layout,
                                              double               x,
                                              double               y);

gboolean          ot_rect_intersects         (const OtRect        *a,
                                              const OtRect        *b);
gboolean          ot_rect_contains           (const OtRect        *outer,
                                              const OtRect        *inner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtChartLayout, ot_chart_layout_free)

G_END_DECLS
