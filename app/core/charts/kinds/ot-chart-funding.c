/* ot-chart-funding.c: money, commitments and targets, each as the letter
 * gives it
 *
 * The figures that are neither a breakdown's total nor its parts are put
 * in panels: figures that measure the same thing (ot_dataset_figures_share_axis)
 * share a panel and an axis from zero, with the zero lines of panels side
 * by side on one line; a figure that shares with nothing is a key figure,
 * its number large, with what it is in addition to and its hedge in words.
 * The letter's three (€260 million, up to about 4,000 Syrian refugees, and
 * a 10% target that was not agreed) measure three different things, so
 * they are three key figures: no bar of one figure, no number the letter
 * does not give.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-funding.h"
#include "ot-format.h"

typedef enum
{
  BAR_SOLID,
  BAR_CEILING,    /* "up to about": a thick cap at the value, open below */
} BarKind;

typedef struct
{
  OtRect    rect;
  BarKind   kind;
  OtMeaning meaning;
} Bar;

typedef struct
{
  gboolean  card;       /* one figure: a key figure, no axis */
  OtRect    area;
  OtRect    plot;       /* bars only */
  GArray   *ticks;      /* double: y of each grid line; bars only */
  OtMeaning meaning;    /* the card's accent */
  gboolean  not_agreed; /* the card's figure was not agreed: a dashed frame */
  guint     element;    /* the card's element */
} Panel;

typedef struct
{
  GArray *bars;     /* Bar */
  GArray *panels;   /* Panel */
} Funding;

static void
funding_free (gpointer data)
{
  Funding *self = data;

  for (guint i = 0; i < self->panels->len; i++)
    g_clear_pointer (&g_array_index (self->panels, Panel, i).ticks, g_array_unref);
  g_array_unref (self->panels);
  g_array_unref (self->bars);
  g_free (self);
}

/* A panel's heading: what its figures are. The letter's count of people
 * is a commitment ("toezegging"); another file's is only people. */
static const char *
heading_for (const OtFigure *figure,
             gboolean        letter,
             OtLang          lang)
{
  if (figure->unit == OT_UNIT_EUR)
    return ot_gettext (lang, "Money");
  if (figure->qualifier == OT_QUALIFIER_NOT_AGREED)
    return ot_gettext (lang, "Target");
  if (figure->unit == OT_UNIT_PERCENT)
    return ot_gettext (lang, "Percentage");
  if (letter)
    return ot_gettext (lang, "Commitment");
  if (figure->qualifier == OT_QUALIFIER_UP_TO_ABOUT)
    return ot_gettext (lang, "Upper limit");
  return ot_gettext (lang, "People");
}

/* What the figure is in addition to, or what its source leaves open; the
 * letter's words only for the letter's figures. */
static const char *
context_for (const OtFigure *figure,
             gboolean        letter,
             OtLang          lang)
{
  switch (figure->qualifier)
    {
    case OT_QUALIFIER_IN_ADDITION:
      return letter ? ot_gettext (lang, "In addition to earlier contributions; the letter does "
                                  "not say how much those were.")
                    : ot_gettext (lang, "In addition to earlier contributions.");
    case OT_QUALIFIER_UP_TO_ABOUT:
      return letter ? ot_gettext (lang, "An upper limit, not a count of people resettled.")
                    : ot_gettext (lang, "An upper limit, not a count.");
    case OT_QUALIFIER_NOT_AGREED:
      return figure->unit == OT_UNIT_PERCENT && letter
             ? ot_gettext (lang, "The letter gives no number of people and no period for it.")
             : NULL;
    case OT_QUALIFIER_NONE:
    default:
      return NULL;
    }
}

/* The big line: the figure as published, with a hedge that is the point of
 * it at the same weight ("10%, not agreed"). */
static char *
big_text (const OtFigure *figure,
          OtLang          lang)
{
  g_autofree char *value = ot_format_figure (figure, lang);

  if (figure->qualifier == OT_QUALIFIER_NOT_AGREED)
    return g_strdup_printf (ot_gettext (lang, "%s, %s"), value,
                            ot_format_qualifier_note (figure->qualifier, lang));
  return g_steal_pointer (&value);
}

static char *
element_label (const OtChartLayout *layout,
               const OtFigure      *figure,
               OtLang               lang)
{
  g_autofree char *big = big_text (figure, lang);
  const char *context = context_for (figure, ot_dataset_is_letter (layout->dataset), lang);

  return context != NULL
         ? g_strdup_printf ("%s: %s. %s", ot_figure_get_label (figure, lang), big, context)
         : g_strdup_printf ("%s: %s", ot_figure_get_label (figure, lang), big);
}

/* A key figure: heading, the number, what it is, and its context; returns
 * the height it takes from @y. */
static double
add_card (OtChartLayout  *layout,
          Panel          *panel,
          const OtFigure *figure,
          double          big_size,
          OtLang          lang)
{
  double u = layout->unit, pad = 16 * u + 4, accent = MAX (6 * u, 3);
  double inner = MAX (panel->area.width - 2 * pad, 1), y = panel->area.y + accent + pad;
  g_autofree char *big = big_text (figure, lang);
  const char *context = context_for (figure, ot_dataset_is_letter (layout->dataset), lang);
  OtTextBox *box;

  box = ot_chart_layout_add_text (layout,
                                  heading_for (figure, ot_dataset_is_letter (layout->dataset),
                                               lang),
                                  ot_chart_font_size (layout, 18), PANGO_WEIGHT_BOLD, inner,
                                  PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (box, panel->area.x + pad, y);
  y += box->rect.height + 6 * u;

  box = ot_chart_layout_add_text (layout, big, big_size, PANGO_WEIGHT_BOLD, inner,
                                  PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
  ot_text_box_wrap_words (box);
  ot_text_box_move_to (box, panel->area.x + pad, y);
  y += box->rect.height + 6 * u;

  box = ot_chart_layout_add_text (layout, ot_figure_get_label (figure, lang),
                                  ot_chart_font_size (layout, 19), PANGO_WEIGHT_NORMAL, inner,
                                  PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
  ot_text_box_move_to (box, panel->area.x + pad, y);
  y += box->rect.height;

  if (context != NULL)
    {
      box = ot_chart_layout_add_text (layout, context, ot_chart_font_size (layout, 16),
                                      PANGO_WEIGHT_NORMAL, inner, PANGO_ALIGN_LEFT,
                                      OT_TEXT_MUTED);
      ot_text_box_move_to (box, panel->area.x + pad, y + 8 * u);
      y += 8 * u + box->rect.height;
    }

  return y + pad - panel->area.y;
}

/* A card's big number fits when no word of it is wider than the card. */
static gboolean
cards_fit (const OtChartLayout *layout,
           guint                first_text)
{
  for (guint i = first_text; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);
      PangoRectangle ink;

      pango_layout_get_pixel_extents (box->layout, &ink, NULL);
      if (ink.x + ink.width > box->rect.width + 0.5)
        return FALSE;
    }
  return TRUE;
}

/* Figures that share an axis: bars from one zero line at @baseline. */
static void
add_bars (OtChartLayout *layout,
          Funding       *self,
          Panel         *panel,
          GPtrArray     *figures,
          double         baseline,
          OtLang         lang)
{
  double u = layout->unit, max_value = 0, tick_w = 0, slot, bar_w, y = panel->area.y;
  const OtFigure *first = g_ptr_array_index (figures, 0);
  g_autoptr(GPtrArray) ticks = g_ptr_array_new ();
  OtTextBox *box;
  OtAxis axis;
  double divisor;

  box = ot_chart_layout_add_text (layout,
                                  heading_for (first, ot_dataset_is_letter (layout->dataset),
                                               lang),
                                  ot_chart_font_size (layout, 18), PANGO_WEIGHT_BOLD,
                                  panel->area.width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (box, panel->area.x, y);
  y += box->rect.height + 8 * u;

  for (guint i = 0; i < figures->len; i++)
    max_value = MAX (max_value, ((OtFigure *) figures->pdata[i])->value);
  axis = ot_axis_new_from_zero (max_value, 5);
  divisor = axis.max >= 1e6 ? 1e6 : 1;
  box = ot_chart_layout_add_text (layout,
                                  first->unit == OT_UNIT_EUR
                                  ? (divisor > 1 ? ot_gettext (lang, "million euro")
                                                 : ot_gettext (lang, "euro"))
                                  : first->unit == OT_UNIT_PERCENT ? ot_gettext (lang, "percent")
                                  : (divisor > 1 ? ot_gettext (lang, "million people")
                                                 : ot_gettext (lang, "people")),
                                  ot_chart_font_size (layout, 16), PANGO_WEIGHT_NORMAL,
                                  panel->area.width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (box, panel->area.x, y);
  y += box->rect.height;

  tick_w = ot_chart_layout_add_tick_labels (layout, &axis, divisor, ticks, lang);

  panel->plot.x = panel->area.x + tick_w + 10 * u;
  panel->plot.width = MAX (panel->area.x + panel->area.width - panel->plot.x, 1);
  slot = panel->plot.width / figures->len;
  bar_w = MIN (slot * 0.56, 200 * u);
  panel->plot.y = y + ot_chart_font_size (layout, 19) * 1.4 + 6 * u;
  panel->plot.height = MAX (baseline - panel->plot.y, 1);
  panel->ticks = g_array_new (FALSE, TRUE, sizeof (double));
  ot_chart_place_ticks (&axis, &panel->plot, ticks, 10 * u, OT_TICK_LABELS_ALL, panel->ticks);

  for (guint i = 0; i < figures->len; i++)
    {
      const OtFigure *figure = g_ptr_array_index (figures, i);
      double slot_x = panel->plot.x + slot * i;
      double h = ot_axis_normalise (&axis, figure->value) * panel->plot.height;
      Bar bar = { { slot_x + (slot - bar_w) / 2, baseline - h, bar_w, h },
                  figure->qualifier == OT_QUALIFIER_UP_TO_ABOUT ? BAR_CEILING : BAR_SOLID,
                  ot_dataset_get_figure_meaning (layout->dataset, figure) };
      g_autofree char *value = ot_format_figure (figure, lang);
      OtTextBox *value_box, *label;

      g_array_append_val (self->bars, bar);
      value_box = ot_chart_layout_add_text (layout, value, ot_chart_font_size (layout, 19),
                                            PANGO_WEIGHT_BOLD, slot * 0.96, PANGO_ALIGN_CENTER,
                                            OT_TEXT_FOREGROUND);
      ot_text_box_move_to (value_box, slot_x + slot * 0.02,
                           bar.rect.y - 4 * u - value_box->rect.height);
      label = ot_chart_layout_add_text (layout, ot_figure_get_label (figure, lang),
                                        ot_chart_font_size (layout, 16), PANGO_WEIGHT_NORMAL,
                                        slot * 0.94, PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
      ot_text_box_move_to (label, slot_x + slot * 0.03, baseline + 8 * u);
      ot_chart_layout_add_element (layout,
                                   &(OtRect) { slot_x, panel->plot.y, slot,
                                               panel->plot.height + 8 * u + label->rect.height },
                                   figure->id, bar.meaning, element_label (layout, figure, lang));
    }
}

/* What the chart puts in a panel: a figure that is neither a breakdown's
 * total nor one of its parts; a percentage only with what it is a
 * percentage of. */
static gboolean
funding_draws (const OtFigure *figure,
               const OtFigure *breakdown)
{
  if (figure == breakdown || figure->parent_id != NULL)
    return FALSE;
  return figure->unit != OT_UNIT_PERCENT || figure->base_id != NULL;
}

static void
funding_build (OtChartLayout      *layout,
               OtDataset          *dataset,
               const OtChartStyle *style)
{
  OtLang lang = style->lang;
  Funding *self = g_new0 (Funding, 1);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *title = NULL;
  const OtFigure *breakdown = ot_dataset_find_breakdown (dataset);
  double u = layout->unit, m = layout->margin, top, bottom, gap = 36 * u + 6, width;
  double big_size, labels_h = 0, baseline;
  gboolean narrow = ot_chart_layout_is_narrow (layout);
  guint fixed, n_bars = 0;

  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  self->panels = g_array_new (FALSE, TRUE, sizeof (Panel));
  layout->data = self;
  layout->data_free = funding_free;

  /* Money, and figures that are neither a breakdown's total nor its parts,
   * grouped with those they share an axis with. */
  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      GPtrArray *group = NULL;

      if (!funding_draws (figure, breakdown))
        continue;
      for (guint g = 0; g < groups->len && group == NULL; g++)
        {
          GPtrArray *other = g_ptr_array_index (groups, g);

          if (ot_dataset_figures_share_axis (dataset, figure, g_ptr_array_index (other, 0)))
            group = other;
        }
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group, (gpointer) figure);
    }

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  title = ot_chart_dup_title (layout->chart, dataset, lang);
  top = ot_chart_layout_add_header (layout, title,
                                    groups->len == 0 ? NULL
                                    : ot_dataset_is_letter (dataset)
                                    ? ot_gettext (lang, "What the government makes available and "
                                                  "commits to, and a global target that was not "
                                                  "agreed")
                                    : ot_gettext (lang, "Each figure on its own where they "
                                                  "measure different things"));
  if (groups->len == 0)
    {
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures hold nothing beside a total and "
                                             "its parts to draw."));
      return;
    }

  width = layout->canvas.width - 2 * m;
  fixed = layout->texts->len;
  big_size = ot_chart_font_size (layout, 54);
  for (guint g = 0; g < groups->len; g++)
    n_bars += ((GPtrArray *) g_ptr_array_index (groups, g))->len > 1;

  /* Side by side on a wide canvas, one under the other on a narrow one;
   * the cards' numbers shrink together until everything fits. */
  for (;;)
    {
      double x = m, y = top, panel_w = narrow ? width
                                       : (width - gap * (groups->len - 1)) / groups->len;
      double cards_h = 0, card_h = 0;

      g_ptr_array_set_size (layout->texts, fixed);
      g_array_set_size (layout->elements, 0);
      g_array_set_size (self->bars, 0);
      for (guint i = 0; i < self->panels->len; i++)
        g_clear_pointer (&g_array_index (self->panels, Panel, i).ticks, g_array_unref);
      g_array_set_size (self->panels, 0);
      layout->meanings = 0;

      /* Cards first, so bars know the height left to them. */
      for (guint g = 0; g < groups->len; g++)
        {
          GPtrArray *group = g_ptr_array_index (groups, g);
          const OtFigure *figure = g_ptr_array_index (group, 0);
          Panel panel = { group->len == 1, { x, y, panel_w, 0 } };

          if (panel.card)
            {
              panel.meaning = ot_dataset_get_figure_meaning (dataset, figure);
              panel.not_agreed = figure->qualifier == OT_QUALIFIER_NOT_AGREED;
              panel.area.height = add_card (layout, &panel, figure, big_size, lang);
              panel.element = layout->elements->len;
              ot_chart_layout_add_element (layout, &panel.area, figure->id, panel.meaning,
                                           element_label (layout, figure, lang));
              card_h = MAX (card_h, panel.area.height);
              cards_h += panel.area.height + gap;
            }
          g_array_append_val (self->panels, panel);
          if (narrow)
            y += panel.card ? panel.area.height + gap : 0;
          else
            x += panel_w + gap;
        }

      /* Side by side, cards are as tall as the tallest; bar panels share
       * one zero line. */
      labels_h = 0;
      for (guint g = 0; g < groups->len; g++)
        {
          Panel *panel = &g_array_index (self->panels, Panel, g);
          GPtrArray *group = g_ptr_array_index (groups, g);

          if (panel->card && !narrow)
            {
              /* The outline of a followed card is the card's. */
              panel->area.height = card_h;
              g_array_index (layout->elements, OtChartElement, panel->element).rect.height = card_h;
            }
          if (!panel->card)
            for (guint i = 0; i < group->len; i++)
              {
                OtTextBox *probe = ot_text_box_new (layout->context,
                                                    ot_figure_get_label (group->pdata[i], lang),
                                                    ot_chart_font_size (layout, 16),
                                                    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                                    panel_w / group->len * 0.94,
                                                    PANGO_ALIGN_CENTER, OT_TEXT_FOREGROUND);
                labels_h = MAX (labels_h, probe->rect.height);
                ot_text_box_free (probe);
              }
        }

      if (n_bars > 0)
        {
          /* On a narrow canvas each bar panel takes an equal share of what
           * the cards leave; side by side, all share one zero line. */
          double left = bottom - (narrow ? top + cards_h : top);
          double each = narrow ? left / n_bars : left;

          baseline = (narrow ? top + cards_h : top) + each - labels_h - 8 * u;
          for (guint g = 0; g < groups->len; g++)
            {
              Panel *panel = &g_array_index (self->panels, Panel, g);

              if (panel->card)
                continue;
              if (narrow)
                {
                  panel->area.y = baseline - each + labels_h + 8 * u;
                  panel->area.height = each - gap;
                }
              else
                panel->area.height = bottom - top;
              add_bars (layout, self, panel, g_ptr_array_index (groups, g),
                        narrow ? panel->area.y + panel->area.height - labels_h - 8 * u
                               : baseline, lang);
              if (narrow)
                baseline += each;
            }
        }

      {
        gboolean fits = cards_fit (layout, fixed)
                        && (narrow ? top + cards_h - gap : top + card_h) <= bottom + 1e-6;

        if (fits || big_size <= layout->min_text)
          break;
        big_size = MAX (big_size * 0.92, layout->min_text);
      }
    }

  /* Key figures alone stand in the middle of their room, as the key
   * figures chart's do. */
  if (n_bars == 0)
    {
      double end = top;

      for (guint g = 0; g < self->panels->len; g++)
        {
          const OtRect *a = &g_array_index (self->panels, Panel, g).area;

          end = MAX (end, a->y + a->height);
        }
      for (guint i = fixed; i < layout->texts->len; i++)
        ((OtTextBox *) g_ptr_array_index (layout->texts, i))->rect.y += MAX (bottom - end, 0) / 2;
      for (guint g = 0; g < self->panels->len; g++)
        g_array_index (self->panels, Panel, g).area.y += MAX (bottom - end, 0) / 2;
      for (guint i = 0; i < layout->elements->len; i++)
        g_array_index (layout->elements, OtChartElement, i).rect.y += MAX (bottom - end, 0) / 2;
    }

  for (guint i = 0; i < layout->elements->len; i++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, i);

      g_ptr_array_add (layout->sources, g_strdup (element->id));
      g_string_append_printf (description, "%s%s", i > 0 ? " " : "", element->label);
      if (!g_str_has_suffix (element->label, "."))
        g_string_append_c (description, '.');
    }
  layout->description = g_strdup_printf (ot_gettext (lang, "%s: %s"), title, description->str);
}

static void
funding_paint (const OtChartLayout *layout,
               cairo_t             *cr,
               const OtPalette     *palette)
{
  const Funding *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0);

  for (guint p = 0; p < self->panels->len; p++)
    {
      const Panel *panel = &g_array_index (self->panels, Panel, p);
      const OtRect *a = &panel->area;

      if (panel->card)
        {
          /* A target that was not agreed has a dashed frame: it exists
           * only on paper. */
          ot_cairo_set_color (cr, &palette->grid);
          cairo_set_line_width (cr, panel->not_agreed ? 2 * line : line);
          if (panel->not_agreed)
            {
              double dash[] = { 8 * line, 5 * line };

              ot_chart_set_meaning_color (layout, cr, palette, panel->meaning);
              cairo_set_dash (cr, dash, 2, 0);
            }
          cairo_rectangle (cr, a->x + line / 2, a->y + line / 2, a->width - line,
                           a->height - line);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          ot_chart_set_meaning_color (layout, cr, palette, panel->meaning);
          cairo_rectangle (cr, a->x, a->y, a->width, MAX (6 * layout->unit, 3));
          cairo_fill (cr);
          continue;
        }

      ot_chart_paint_grid (layout, cr, palette, &panel->plot, panel->ticks, FALSE);
      ot_cairo_set_color (cr, &palette->foreground);
      cairo_rectangle (cr, panel->plot.x, panel->plot.y + panel->plot.height,
                       panel->plot.width, 2 * line);
      cairo_fill (cr);
    }

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      const OtRect *r = &bar->rect;

      ot_chart_set_meaning_color (layout, cr, palette, bar->meaning);
      if (bar->kind == BAR_CEILING)
        {
          /* A ceiling: a thick cap at the value, the way up to it open. */
          cairo_rectangle (cr, r->x, r->y - 2 * line, r->width, 3 * line);
          cairo_fill (cr);
          cairo_set_line_width (cr, line);
          cairo_move_to (cr, r->x + r->width / 2, r->y);
          cairo_line_to (cr, r->x + r->width / 2, r->y + r->height);
          cairo_stroke (cr);
        }
      else
        {
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_fill (cr);
        }
    }
}

static gboolean
funding_supports (OtDataset *dataset)
{
  const OtFigure *breakdown = ot_dataset_find_breakdown (dataset);

  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    if (funding_draws (ot_dataset_get_figure (dataset, i), breakdown))
      return TRUE;
  return FALSE;
}

/* Other data's figures beside its total are no funding or commitments. */
static char *
funding_dup_title (OtDataset *dataset,
                   OtLang     lang)
{
  return g_strdup (ot_dataset_find_breakdown (dataset) != NULL
                   ? ot_gettext (lang, "The other figures")
                   : ot_gettext (lang, "Figures on their own"));
}

const OtChart ot_chart_funding = {
  "funding", N_("Funding and commitments"), funding_build, funding_paint, funding_supports,
  funding_dup_title,
};
