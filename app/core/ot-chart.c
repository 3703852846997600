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

#include "ot-chart-private.h"

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

/* Okabe–Ito colours, told apart with every common colour vision deficiency;
 * the dark theme takes lighter ones of the same hues. */
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
    /* Ordered so the first three stay furthest apart under tritanopia too,
     * where sky blue and bluish green come close. */
    .categories = {
      { 0.337, 0.706, 0.914 },  /* sky blue */
      { 0.949, 0.529, 0.341 },  /* vermillion */
      { 0.941, 0.894, 0.259 },  /* yellow */
      { 0.878, 0.592, 0.753 },  /* reddish purple */
      { 0.000, 0.737, 0.541 },  /* bluish green */
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

/* Layouts are measured without hinted metrics, so a chart lays out the same
 * on screen, in a PNG at any scale, and in SVG and PDF. */
PangoContext *
ot_chart_text_context_new (cairo_t *cr)
{
  PangoContext *context;
  cairo_font_options_t *options;

  g_return_val_if_fail (cr != NULL, NULL);

  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
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
  layout->canvas = (OtRect) { 0, 0, MAX (width, 1), MAX (height, 1) };
  /* Everything scales with the canvas, designed at 1280×720. */
  layout->unit = MIN (layout->canvas.width / 1280.0, layout->canvas.height / 720.0);
  layout->margin = MAX (36 * layout->unit, 6);
  layout->context = g_object_ref (context);
  layout->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_text_box_free);
  layout->elements = g_array_new (FALSE, TRUE, sizeof (OtChartElement));
  layout->sources = g_ptr_array_new_with_free_func (g_free);
  layout->min_text = style->min_text > 0 ? style->min_text : 11;
  g_array_set_clear_func (layout->elements, element_clear);

  chart->build (layout, dataset, style);

  return layout;
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

/* The letter's own words behind the chart: the sentences of its sources,
 * each once, in the reader's language. */
char *
ot_chart_layout_dup_caption (const OtChartLayout *layout,
                             OtDataset           *dataset,
                             OtLang               lang)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
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

      if (sentence == NULL || g_ptr_array_find_with_equal_func (seen, sentence, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) sentence);
      g_string_append_printf (caption, "%s%s", caption->len > 0 ? " " : "", sentence);
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

/* Small canvases still get legible type. */
double
ot_chart_font_size (const OtChartLayout *layout,
                    double               size)
{
  return MAX (size * layout->unit, layout->min_text);
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

/* @label is taken. */
void
ot_chart_layout_add_element (OtChartLayout *layout,
                             const OtRect  *rect,
                             const char    *id,
                             char          *label)
{
  OtChartElement element = { *rect, g_strdup (id), label };

  g_array_append_val (layout->elements, element);
}

/* The breakdown and the composition need a total with parts. */
void
ot_chart_layout_set_no_breakdown (OtChartLayout *layout,
                                  double         bottom,
                                  OtLang         lang)
{
  double top = ot_chart_layout_add_header (layout, ot_chart_get_title (layout->chart, lang), NULL);

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
