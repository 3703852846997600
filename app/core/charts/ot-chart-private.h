/* ot-chart-private.h: what the chart kinds share to lay themselves out: text
 * boxes, the layout's helpers, colours, parts of a total, the value axis and
 * legends. No kind is named here; the registry includes each kind's header.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart.h"

G_BEGIN_DECLS

/* One family: with a list pango loads each size's fontset twice (once for
 * the list, once for the font's own metrics). Where Cantarell is missing,
 * fontconfig's substitution still falls back to the system's sans-serif
 * (Noto Sans, DejaVu Sans), and a glyph Cantarell lacks still comes from
 * the next font of the sorted set (DejaVu Sans here). */
#define OT_CHART_FONT_FAMILY "Cantarell"

OtTextBox *ot_text_box_new           (PangoContext        *context,
                                      const char          *text,
                                      double               size,
                                      PangoWeight          weight,
                                      PangoStyle           style,
                                      double               wrap_width,
                                      PangoAlignment       alignment,
                                      OtTextRole           role);
void       ot_text_box_free          (OtTextBox           *box);
void       ot_text_box_wrap_words    (OtTextBox           *box);
double     ot_chart_font_size        (const OtChartLayout *layout,
                                      double               size);
gboolean   ot_chart_layout_is_narrow (const OtChartLayout *layout);
OtTextBox *ot_chart_layout_add_text  (OtChartLayout       *layout,
                                      const char          *text,
                                      double               size,
                                      PangoWeight          weight,
                                      double               wrap_width,
                                      PangoAlignment       alignment,
                                      OtTextRole           role);
void       ot_text_box_move_to       (OtTextBox           *box,
                                      double               x,
                                      double               y);
double     ot_chart_layout_add_header (OtChartLayout      *layout,
                                       const char         *title,
                                       const char         *subtitle);
double     ot_chart_layout_add_footer (OtChartLayout      *layout,
                                       OtDataset          *dataset,
                                       OtLang              lang);
void       ot_chart_layout_add_element (OtChartLayout     *layout,
                                        const OtRect      *rect,
                                        const char        *id,
                                        OtMeaning          meaning,
                                        char              *label);
char      *ot_chart_layout_mark_derived (OtChartLayout   *layout,
                                         const char      *number,
                                         const char      *base,
                                         OtLang           lang);
void       ot_chart_layout_use_meaning (OtChartLayout     *layout,
                                        OtMeaning          meaning);
void       ot_chart_set_meaning_color (const OtChartLayout *layout,
                                       cairo_t           *cr,
                                       const OtPalette   *palette,
                                       OtMeaning          meaning);
void       ot_chart_layout_reset     (OtChartLayout       *layout);
void       ot_chart_layout_set_empty (OtChartLayout       *layout,
                                      double               top,
                                      double               bottom,
                                      const char          *message);
void       ot_chart_layout_set_no_breakdown (OtChartLayout *layout,
                                             double         bottom,
                                             OtLang         lang);
char      *ot_chart_dup_total_title  (OtDataset           *dataset,
                                      const char          *with_total,
                                      const char          *without,
                                      OtLang               lang);
void       ot_cairo_set_color        (cairo_t             *cr,
                                      const OtColor       *color);
/* Parts one colour each, never repeated: past this many the smallest are
 * gathered into one grey "n others". */
#define OT_CHART_MAX_PARTS OT_N_CATEGORY_COLORS

/* What a chart of a total's parts shows: a part, or the parts gathered. */
typedef struct
{
  const OtFigure *part;        /* NULL for the others */
  double          value;
  char           *label;
  char           *value_text;  /* "together 137,710" for the others */
} OtChartPart;

GArray    *ot_chart_parts_new        (void);
guint      ot_chart_gather_parts     (GPtrArray           *parts,
                                      GArray              *shown,
                                      OtLang               lang);
char      *ot_chart_parts_subtitle   (const OtFigure      *total,
                                      GPtrArray           *parts,
                                      GArray              *shown,
                                      guint                n_gathered,
                                      OtLang               lang);
char      *ot_chart_largest_part_text (const OtFigure     *total,
                                       GPtrArray          *parts,
                                       OtLang              lang);

/* Legends and swatches (ot-chart-legend.c). */

typedef enum
{
  OT_SWATCH_BAR,        /* a filled square in a meaning's colour */
  OT_SWATCH_TOTAL,      /* the grey of a published total */
  OT_SWATCH_THEN,       /* an outlined square: the earlier year beside a later one */
  OT_SWATCH_LINE,       /* a line with its marker */
} OtSwatchKind;

typedef struct
{
  OtRect       rect;
  OtSwatchKind kind;
  OtMeaning    meaning; /* whose colour */
  guint        marker;  /* marker shape of a line */
} OtSwatch;

typedef struct
{
  const char   *label;
  OtSwatchKind  kind;
  OtMeaning     meaning;
  guint         marker;
} OtLegendItem;

double     ot_chart_layout_add_source (OtChartLayout      *layout,
                                       const char         *source,
                                       OtLang              lang);
void       ot_chart_layout_cite_total (OtChartLayout      *layout,
                                       OtDataset          *dataset,
                                       double              total,
                                       gboolean            with_parts);
double     ot_chart_layout_add_legend (OtChartLayout      *layout,
                                       const OtLegendItem *items,
                                       guint               n_items,
                                       double              y,
                                       GArray             *swatches);
void       ot_chart_paint_swatches    (const OtChartLayout *layout,
                                       cairo_t            *cr,
                                       const OtPalette    *palette,
                                       GArray             *swatches);
void       ot_chart_paint_marker      (cairo_t            *cr,
                                       guint               shape,
                                       double              x,
                                       double              y,
                                       double              radius);
void       ot_chart_color_mix         (const OtColor      *a,
                                       const OtColor      *b,
                                       double              t,
                                       OtColor            *out);

G_END_DECLS
