/* ot-chart-layout.c: a chart laid out by pure code and drawn on any cairo surface
 * by one function
 *
 * A chart kind fills an OtChartLayout (text boxes, element rectangles, its
 * own geometry) from the data and the canvas size; painting only draws what
 * the layout says. Tests, hit-testing and the accessible description read
 * the same layout, so there is no second geometry anywhere. A kind builds its
 * layout with the helpers here (texts, header, footer, elements, numbers
 * marked as calculated).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-chart-private.h"
#include "ot-format.h"
#include "ot-letter.h"
#include "ot-text.h"
#include "ot-text.h"

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

/* The user's changes (OtChartChanges): annotations placed so that they
 * overlap nothing, the rest listed under the chart; highlighted elements in
 * their colour, the others muted; the user's words in the alt text. */

static const OtAnnotation *
layout_annotation (const OtChartLayout *layout,
                   guint                index)
{
  return g_ptr_array_index (layout->changes->annotations, index);
}

static guint
n_annotations (const OtChartLayout *layout)
{
  return layout->changes != NULL ? MIN (layout->changes->annotations->len, 32) : 0;
}

/* What an element is, in words: the figure's or event's label, or the
 * year of "year-2015". */
char *
ot_chart_dup_element_name (OtDataset           *dataset,
                           const OtChartLayout *layout,
                           const char          *element_id,
                           OtLang               lang)
{
  const OtFigure *figure;
  const OtEvent *event;

  g_return_val_if_fail (OT_IS_DATASET (dataset) && element_id != NULL, NULL);

  if (g_str_has_prefix (element_id, "year-"))
    return g_strdup (element_id + strlen ("year-"));
  figure = ot_dataset_lookup_figure (dataset, element_id);
  if (figure != NULL)
    return g_strdup (ot_figure_get_label (figure, lang));
  event = ot_dataset_lookup_event (dataset, element_id);
  if (event != NULL)
    return g_strdup (ot_event_get_label (event, lang));
  /* An element of the chart's own (a group of then and now): what its
   * label names before the colon, in the layout's language. */
  for (guint i = 0; layout != NULL && i < layout->elements->len; i++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, i);

      if (g_strcmp0 (element->id, element_id) == 0 && element->label != NULL)
        {
          const char *colon = strchr (element->label, ':');

          return colon != NULL ? g_strndup (element->label, colon - element->label)
                               : g_strdup (element->label);
        }
    }
  return ot_text_make_visible (element_id);
}

/* What a note under the chart is on, in words. */
static char *
dup_target_name (const OtChartLayout *layout,
                 const OtAnnotation  *annotation,
                 OtLang               lang)
{
  if (annotation->element_id == NULL)
    return g_strdup_printf ("%u", annotation->year);
  return ot_chart_dup_element_name (layout->dataset, layout, annotation->element_id, lang);
}

/* The user's notes, then each annotation with no room beside its element,
 * numbered: "1 Refugees: the largest group". */
static char *
dup_notes_below (const OtChartLayout *layout,
                 OtLang               lang)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint number = 0;

  if (layout->changes == NULL)
    return NULL;
  if (layout->changes->notes != NULL && *layout->changes->notes != '\0')
    g_string_append (text, layout->changes->notes);
  for (guint i = 0; i < n_annotations (layout); i++)
    {
      const OtAnnotation *annotation = layout_annotation (layout, i);
      g_autofree char *name = NULL;

      if ((layout->notes_below & (1u << i)) == 0)
        continue;
      name = dup_target_name (layout, annotation, lang);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a numbered note under a chart: "1 Refugees: the largest group" */
      g_string_append_printf (text, ot_gettext (lang, "%u %s: %s"), ++number, name, annotation->text);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static const OtChartElement *
find_element (const OtChartLayout *layout,
              const OtAnnotation  *annotation)
{
  g_autofree char *target = ot_annotation_dup_target (annotation);

  for (guint e = 0; e < layout->elements->len; e++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);

      if (g_strcmp0 (element->id, target) == 0)
        return element;
    }
  return NULL;
}

/* Whether @rect, with room for the outline band around it, is clear of
 * every text, element and note, and inside the canvas. */
static gboolean
note_fits (const OtChartLayout *layout,
           const OtRect        *rect)
{
  double pad = OT_CHART_OUTLINE_REACH + 2;
  OtRect inner = { layout->margin / 2, layout->margin / 2,
                   layout->canvas.width - layout->margin, layout->canvas.height - layout->margin };
  OtRect grown = rect_grown (rect, pad);

  if (!ot_rect_contains (&inner, rect))
    return FALSE;
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);

      if (ot_rect_intersects (&grown, &box->rect))
        return FALSE;
    }
  for (guint e = 0; e < layout->elements->len; e++)
    if (ot_rect_intersects (&grown, &g_array_index (layout->elements, OtChartElement, e).rect))
      return FALSE;
  return TRUE;
}

static double
clamp_x (const OtChartLayout *layout,
         double               x,
         double               width)
{
  double lo = layout->margin, hi = layout->canvas.width - layout->margin - width;

  return hi < lo ? lo : CLAMP (x, lo, hi);
}

/* Tries places around the element, nearest first; a leader line joins the
 * note's nearest edge to the element's. */
static gboolean
place_note (OtChartLayout  *layout,
            guint           index,
            const OtRect   *target)
{
  const OtAnnotation *annotation = layout_annotation (layout, index);
  double u = layout->unit, size = ot_chart_font_size (layout, 15);
  double wrap = MIN (MAX (260 * u, size * 10), layout->canvas.width - 2 * layout->margin);
  static const double distances[] = { 12, 28, 56, 100, 160 };
  OtTextBox *box;
  double w, h, cx, cy;

  box = ot_text_box_new (layout->context, annotation->text, size, PANGO_WEIGHT_NORMAL,
                         PANGO_STYLE_ITALIC, wrap, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
  ot_text_box_wrap_words (box);
  {
    PangoRectangle logical;

    /* As wide as its longest line, not its wrap width. */
    pango_layout_get_pixel_extents (box->layout, NULL, &logical);
    box->rect.width = MIN (wrap, logical.x + logical.width);
    pango_layout_set_width (box->layout, (int) ceil (box->rect.width + 1) * PANGO_SCALE);
  }
  w = box->rect.width;
  h = box->rect.height;
  cx = target->x + target->width / 2;
  cy = target->y + target->height / 2;

  for (guint d = 0; d < G_N_ELEMENTS (distances); d++)
    {
      double gap = distances[d] * MAX (u, 0.5) + OT_CHART_OUTLINE_REACH + 2;
      OtRect candidates[] = {
        { clamp_x (layout, cx - w / 2, w), target->y - gap - h, w, h },             /* above */
        { target->x + target->width + gap, cy - h / 2, w, h },                      /* right */
        { target->x - gap - w, cy - h / 2, w, h },                                  /* left */
        { clamp_x (layout, cx - w / 2, w), target->y + target->height + gap, w, h }, /* below */
        { clamp_x (layout, target->x + target->width + gap, w), target->y - gap - h, w, h },
        { clamp_x (layout, target->x - gap - w, w), target->y - gap - h, w, h },
      };

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          OtChartNote note = { box, *target, { 0 }, index };
          const OtRect *r = &candidates[c];

          if (!note_fits (layout, r))
            continue;
          box->rect.x = r->x;
          box->rect.y = r->y;
          /* From the note's edge nearest the element to the element's. */
          note.leader[0] = CLAMP (cx, r->x, r->x + r->width);
          note.leader[1] = CLAMP (cy, r->y, r->y + r->height);
          note.leader[2] = CLAMP (note.leader[0], target->x, target->x + target->width);
          note.leader[3] = CLAMP (note.leader[1], target->y, target->y + target->height);
          g_ptr_array_add (layout->texts, box);
          g_array_append_val (layout->notes, note);
          return TRUE;
        }
    }
  ot_text_box_free (box);
  return FALSE;
}

/* Places every annotation not listed under the chart; returns those that
 * found no room (and those whose element the chart does not draw). */
static guint32
place_notes (OtChartLayout *layout)
{
  guint32 failed = 0;

  for (guint i = 0; i < n_annotations (layout); i++)
    {
      const OtChartElement *element;

      if (layout->notes_below & (1u << i))
        continue;
      element = find_element (layout, layout_annotation (layout, i));
      if (element == NULL || !place_note (layout, i, &element->rect))
        failed |= 1u << i;
    }
  return failed;
}

static void
describe_changes (OtChartLayout *layout)
{
  const OtChartChanges *changes = layout->changes;
  OtLang lang = layout->lang;
  g_autoptr(GString) text = g_string_new (NULL);

  if (changes == NULL)
    return;
  if (changes->title != NULL && *changes->title != '\0')
    g_string_append_printf (text, "%s. ", changes->title);
  if (changes->subtitle != NULL && *changes->subtitle != '\0')
    g_string_append_printf (text, "%s. ", changes->subtitle);
  g_string_append (text, layout->description != NULL ? layout->description : "");
  if (changes->notes != NULL && *changes->notes != '\0')
    g_string_append_printf (text, " %s", changes->notes);
  if (ot_chart_changes_has_highlight (changes))
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint e = 0; e < layout->elements->len; e++)
        {
          const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);

          if (ot_chart_changes_is_highlighted (changes, element->id))
            g_string_append_printf (names, "%s%s", names->len > 0 ? "; " : "", element->label);
        }
      if (names->len > 0)
        /* TRANSLATORS: the elements a user made stand out, in the alt text */
        g_string_append_printf (text, ot_gettext (lang, " Highlighted: %s."), names->str);
    }
  for (guint i = 0; i < n_annotations (layout); i++)
    {
      const OtAnnotation *annotation = layout_annotation (layout, i);
      g_autofree char *name = dup_target_name (layout, annotation, lang);

      /* TRANSLATORS: a user's note on an element, in the alt text: "Note on Refugees: …" */
      g_string_append_printf (text, ot_gettext (lang, " Note on %s: %s."), name, annotation->text);
    }
  if (changes->byline != NULL && *changes->byline != '\0')
    g_string_append_printf (text, " %s.", changes->byline);
  g_free (layout->description);
  layout->description = g_string_free (g_steal_pointer (&text), FALSE);
}

/* Builds the chart; where an annotation finds no room, lays the chart out
 * again with it listed under the chart, until every one has a place: a few
 * layouts at most, and none when every note fits. */
static void
build_with_changes (OtChartLayout      *layout,
                    OtDataset          *dataset,
                    const OtChartStyle *style)
{
  layout->chart->build (layout, dataset, style);
  clear_outlines (layout);

  for (guint pass = 0; n_annotations (layout) > 0 && !layout->empty; pass++)
    {
      guint32 failed = place_notes (layout);

      if (failed == 0)
        break;
      layout->notes_below |= failed;
      if (pass == 2)
        layout->notes_below = (n_annotations (layout) >= 32 ? 0 : 1u << n_annotations (layout)) - 1;
      ot_chart_layout_reset (layout);
      layout->chart->build (layout, dataset, style);
      clear_outlines (layout);
      if (pass == 2)
        break;
    }
  describe_changes (layout);
}

gboolean
ot_chart_layout_is_muted (const OtChartLayout *layout,
                          const char          *element_id)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  return ot_chart_changes_has_highlight (layout->changes)
         && !ot_chart_changes_is_highlighted (layout->changes, element_id);
}

/* How @box is drawn: muted by its role, or because it lies on an element
 * the highlight leaves muted (a card's number and words), so that what
 * stands out is what the user highlighted. */
OtTextRole
ot_chart_layout_get_text_role (const OtChartLayout *layout,
                               const OtTextBox     *box)
{
  g_return_val_if_fail (layout != NULL && box != NULL, OT_TEXT_FOREGROUND);

  if (box->role == OT_TEXT_MUTED || !ot_chart_changes_has_highlight (layout->changes))
    return box->role;
  for (guint e = 0; e < layout->elements->len; e++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);
      const OtRect *r = &element->rect;

      if (box->rect.x >= r->x && box->rect.y >= r->y
          && box->rect.x + box->rect.width <= r->x + r->width + 0.5
          && box->rect.y + box->rect.height <= r->y + r->height + 0.5
          && ot_chart_layout_is_muted (layout, element->id))
        return OT_TEXT_MUTED;
    }
  return box->role;
}

/* The background laid over each element not highlighted: every colour
 * mixed alike, in any chart and theme (ot_palette_mute). */
static void
paint_muted (const OtChartLayout *layout,
             cairo_t             *cr,
             const OtPalette     *palette)
{
  if (!ot_chart_changes_has_highlight (layout->changes))
    return;
  cairo_save (cr);
  cairo_set_source_rgba (cr, palette->background.red, palette->background.green,
                         palette->background.blue, OT_CHART_MUTE_MIX);
  for (guint e = 0; e < layout->elements->len; e++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);

      if (ot_chart_layout_is_muted (layout, element->id))
        cairo_rectangle (cr, element->rect.x, element->rect.y, element->rect.width,
                         element->rect.height);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
paint_leaders (const OtChartLayout *layout,
               cairo_t             *cr,
               const OtPalette     *palette)
{
  double width = MAX (1.5 * layout->unit, 1);

  cairo_save (cr);
  ot_cairo_set_color (cr, &palette->foreground);
  cairo_set_line_width (cr, width);
  for (guint i = 0; i < layout->notes->len; i++)
    {
      const OtChartNote *note = &g_array_index (layout->notes, OtChartNote, i);

      cairo_move_to (cr, note->leader[0], note->leader[1]);
      cairo_line_to (cr, note->leader[2], note->leader[3]);
      cairo_stroke (cr);
      cairo_arc (cr, note->leader[2], note->leader[3], 2 * width, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
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
  layout->lang = style->lang;
  layout->notes = g_array_new (FALSE, TRUE, sizeof (OtChartNote));
  if (!ot_chart_changes_is_empty (style->changes))
    layout->changes = ot_chart_changes_copy (style->changes);

  build_with_changes (layout, dataset, style);

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
  g_array_set_size (layout->notes, 0);
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
  g_array_unref (layout->notes);
  ot_chart_changes_free (layout->changes);
  g_clear_pointer (&layout->kept_image, cairo_surface_destroy);
  g_free (layout);
}

/* The background (unless transparent) and the chart's shapes, without its texts. */
void
ot_chart_layout_paint_shapes (const OtChartLayout *layout,
                              cairo_t             *cr,
                              const OtChartStyle  *style)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  if (!style->transparent)
    {
      ot_cairo_set_color (cr, &palette->background);
      cairo_paint (cr);
    }
  if (!layout->empty && layout->chart->paint != NULL)
    layout->chart->paint (layout, cr, palette);
  if (!layout->empty)
    {
      paint_muted (layout, cr, palette);
      paint_leaders (layout, cr, palette);
    }
  cairo_restore (cr);
}

static void
paint_texts (const OtChartLayout *layout,
             cairo_t             *cr,
             const OtPalette     *palette)
{
  cairo_save (cr);
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);

      ot_cairo_set_color (cr, ot_chart_layout_get_text_role (layout, box) == OT_TEXT_MUTED
                              ? &palette->muted : &palette->foreground);
      cairo_move_to (cr, box->rect.x, box->rect.y);
      pango_cairo_show_layout (cr, box->layout);
    }
  cairo_restore (cr);
}

/* The whole chart from the image the layout keeps for
 * @style's raster scale (made at the first paint, again for another scale
 * or theme): a window redrawing a kept layout then copies pixels instead
 * of stroking and filling every path and drawing every glyph again
 * (docs/performance.md: the trend's grid and lines were 67% of its frame). It stands for them pixel
 * for pixel only where it lands on whole pixels of a target of that scale,
 * opaque, inside the canvas: FALSE, and nothing painted, otherwise. */
static gboolean
paint_kept (const OtChartLayout *layout,
                   cairo_t             *cr,
                   const OtChartStyle  *style)
{
  /* A cache, not the layout's content: painting stays a reading of it. */
  OtChartLayout *kept = (OtChartLayout *) layout;
  double scale = style->raster_scale;
  cairo_matrix_t matrix;
  double x1, y1, x2, y2;

  if (scale <= 0 || style->transparent || layout->canvas.x != 0 || layout->canvas.y != 0)
    return FALSE;
  cairo_get_matrix (cr, &matrix);
  if (matrix.xx != 1 || matrix.yy != 1 || matrix.xy != 0 || matrix.yx != 0
      || matrix.x0 * scale != round (matrix.x0 * scale)
      || matrix.y0 * scale != round (matrix.y0 * scale))
    return FALSE;
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  if (x1 < 0 || y1 < 0 || x2 > layout->canvas.width || y2 > layout->canvas.height)
    return FALSE;

  if (kept->kept_image == NULL || kept->kept_scale != scale || kept->kept_theme != style->theme)
    {
      cairo_t *image_cr;

      g_clear_pointer (&kept->kept_image, cairo_surface_destroy);
      kept->kept_image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      ceil (layout->canvas.width * scale),
                                                      ceil (layout->canvas.height * scale));
      cairo_surface_set_device_scale (kept->kept_image, scale, scale);
      image_cr = cairo_create (kept->kept_image);
      ot_chart_layout_paint_shapes (layout, image_cr, style);
      paint_texts (layout, image_cr, ot_chart_style_get_palette (style));
      cairo_destroy (image_cr);
      if (cairo_surface_status (kept->kept_image) != CAIRO_STATUS_SUCCESS)
        {
          g_clear_pointer (&kept->kept_image, cairo_surface_destroy);
          return FALSE;
        }
      kept->kept_scale = scale;
      kept->kept_theme = style->theme;
    }

  /* Opaque and covering the clip: a copy, not a blend, does the same. */
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, kept->kept_image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  return TRUE;
}

void
ot_chart_layout_paint (const OtChartLayout *layout,
                       cairo_t             *cr,
                       const OtChartStyle  *style)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  if (paint_kept (layout, cr, style))
    return;

  ot_chart_layout_paint_shapes (layout, cr, style);
  paint_texts (layout, cr, palette);
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

/* The ids of what the chart draws, each once, in order: what a highlight
 * or an annotation may name. */
GStrv
ot_chart_dup_element_ids (const OtChart      *chart,
                          OtDataset          *dataset,
                          const OtChartStyle *style)
{
  OtChartStyle plain;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  OtChartLayout *layout;
  GPtrArray *ids;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  plain = *style;
  plain.changes = NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  context = ot_chart_text_context_new (cr);
  layout = ot_chart_layout_new (chart, context, dataset, 1280, 720, &plain);
  ids = ot_chart_layout_dup_element_ids (layout);
  ot_chart_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_ptr_array_set_free_func (ids, NULL);
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (ids, FALSE);
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

/* The ids of the elements the chart draws (what a user can highlight or
 * annotate), each once, in the chart's order; owned strings. */
GPtrArray *
ot_chart_layout_dup_element_ids (const OtChartLayout *layout)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (layout != NULL, ids);

  for (guint i = 0; i < layout->elements->len; i++)
    {
      const char *id = g_array_index (layout->elements, OtChartElement, i).id;

      if (id != NULL && g_hash_table_add (seen, (gpointer) id))
        g_ptr_array_add (ids, g_strdup (id));
    }
  return ids;
}

/* The sentences of the chart's sources, each once, in the order the chart
 * draws them (the strings are the dataset's). */
GPtrArray *
ot_chart_layout_dup_source_sentences (const OtChartLayout *layout,
                                      OtDataset           *dataset,
                                      OtLang               lang)
{
  GPtrArray *sentences = g_ptr_array_new ();

  g_return_val_if_fail (layout != NULL, sentences);
  g_return_val_if_fail (OT_IS_DATASET (dataset), sentences);

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
  return sentences;
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
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GPtrArray) quotations = NULL;
  g_autoptr(OtLetter) letter = NULL;
  GString *caption = g_string_new (NULL);

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  sentences = ot_chart_layout_dup_source_sentences (layout, dataset, lang);

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

/* A wrapped text breaks no line inside a number, a reference or a figure
 * with its size (ot_text_find_fixed_spaces): such a space joins the
 * characters on either side of it. */
static void
keep_numbers_whole (PangoLayout *layout,
                    const char  *text)
{
  g_autoptr(GArray) spaces = ot_text_find_fixed_spaces (text);
  PangoAttrList *attrs;

  if (spaces->len == 0)
    return;

  attrs = pango_attr_list_new ();
  for (guint i = 0; i < spaces->len; i++)
    {
      gsize offset = g_array_index (spaces, gsize, i);
      const char *space = text + offset;
      PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

      attr->start_index = (guint) (g_utf8_prev_char (space) - text);
      attr->end_index = (guint) (g_utf8_next_char (space + 1) - text);
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
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
  if (wrap_width > 0)
    keep_numbers_whole (box->layout, text);
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

  /* The user's own: "" is none. */
  if (layout->changes != NULL && layout->changes->title != NULL)
    title = layout->changes->title;
  if (layout->changes != NULL && layout->changes->subtitle != NULL)
    subtitle = *layout->changes->subtitle != '\0' ? layout->changes->subtitle : NULL;

  if (title != NULL && *title != '\0')
    {
      box = ot_chart_layout_add_text (layout, title, ot_chart_font_size (layout, 34),
                                      PANGO_WEIGHT_BOLD, width, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
      box->part = OT_TEXT_PART_TITLE;
      ot_text_box_move_to (box, m, y);
      y += box->rect.height;
    }

  if (subtitle != NULL)
    {
      box = ot_chart_layout_add_text (layout, subtitle, ot_chart_font_size (layout, 21),
                                      PANGO_WEIGHT_NORMAL, width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
      box->part = OT_TEXT_PART_SUBTITLE;
      ot_text_box_move_to (box, m, y + 4 * u);
      y += 4 * u + box->rect.height;
    }

  return y + 20 * u;
}

/* The source line at the bottom, naming @source; returns where the chart
 * must end. */
double
ot_chart_layout_add_source (OtChartLayout *layout,
                            const char    *source,
                            OtLang         lang)
{
  double m = layout->margin, width = MAX (layout->canvas.width - 2 * m, 1);
  const OtChartChanges *changes = layout->changes;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *notes = NULL;
  double bottom = layout->canvas.height - m;
  OtTextBox *box;

  /* The user's source replaces the letter's; a byline follows either. */
  if (changes != NULL && changes->source != NULL)
    source = changes->source;
  g_free (layout->source_line);
  layout->source_line = g_strdup (source);
  if (source != NULL && *source != '\0')
    g_string_append_printf (text, ot_gettext (lang, "Source: %s"), source);
  if (changes != NULL && changes->byline != NULL && *changes->byline != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", changes->byline);

  if (text->len > 0)
    {
      box = ot_chart_layout_add_text (layout, text->str, ot_chart_font_size (layout, 15),
                                      PANGO_WEIGHT_NORMAL, width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
      box->part = OT_TEXT_PART_SOURCE;
      ot_text_box_move_to (box, m, bottom - box->rect.height);
      bottom = box->rect.y - 6 * layout->unit;
    }

  notes = dup_notes_below (layout, lang);
  if (notes != NULL)
    {
      box = ot_chart_layout_add_text (layout, notes, ot_chart_font_size (layout, 15),
                                      PANGO_WEIGHT_NORMAL, width, PANGO_ALIGN_LEFT,
                                      OT_TEXT_FOREGROUND);
      ot_text_box_wrap_words (box);
      ot_text_box_move_to (box, m, bottom - box->rect.height);
      bottom = box->rect.y;
    }
  return bottom - 12 * layout->unit;
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
