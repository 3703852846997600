/* ot-chart-funding.c: money and resettlement, each on an axis from zero
 *
 * Euros and people never share an axis. Where one axis would have to hold
 * quantities hundreds of times apart (a ceiling of about 4,000 people and a
 * target of 2.13 million), the chart draws both honestly and says in words
 * how far apart they are, instead of breaking the axis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-axis.h"
#include "ot-chart-private.h"
#include "ot-format.h"

typedef enum
{
  BAR_SOLID,
  BAR_CEILING,    /* "up to about": a line at the top, open below */
  BAR_TARGET,     /* not agreed: outlined and hatched, never solid */
} BarKind;

typedef struct
{
  OtRect  rect;
  BarKind kind;
  guint   color;
} Bar;

typedef struct
{
  OtRect  plot;
  GArray *ticks;   /* double: y of each grid line */
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
    g_array_unref (g_array_index (self->panels, Panel, i).ticks);
  g_array_unref (self->panels);
  g_array_unref (self->bars);
  g_free (self);
}

typedef struct
{
  const OtFigure *figure;
  double          value;    /* in the panel's unit: a percentage times its base */
  char           *value_text;
  char           *label;
  BarKind         kind;
} Item;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->value_text);
  g_free (item->label);
}

/* Lays out one panel of bars with its own axis in @area. */
static void
add_panel (OtChartLayout *layout,
           Funding       *self,
           GArray        *items,
           const char    *heading,
           OtUnit         unit,
           const char    *note,
           const OtRect  *area,
           OtLang         lang)
{
  double u = layout->unit, max_value = 0, tick_w = 0, y, slot, bar_w, label_h = 0, value_h = 0;
  double divisor;
  OtTextBox *box;
  g_autoptr(GPtrArray) ticks = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  Panel panel = { { 0 }, g_array_new (FALSE, TRUE, sizeof (double)) };
  OtTextBox *note_box = NULL;
  OtAxis axis;
  double bottom;

  box = ot_chart_layout_add_text (layout, heading, ot_chart_font_size (layout, 22),
                                  PANGO_WEIGHT_BOLD, area->width, PANGO_ALIGN_LEFT,
                                  OT_TEXT_FOREGROUND);
  ot_text_box_move_to (box, area->x, area->y);
  y = area->y + box->rect.height + 8 * u;

  for (guint i = 0; i < items->len; i++)
    max_value = MAX (max_value, g_array_index (items, Item, i).value);
  axis = ot_axis_new_from_zero (max_value, 5);
  divisor = axis.max >= 1e6 ? 1e6 : 1;

  box = ot_chart_layout_add_text (layout,
                                  unit == OT_UNIT_EUR
                                  ? (divisor > 1 ? ot_gettext (lang, "million euro")
                                                 : ot_gettext (lang, "euro"))
                                  : (divisor > 1 ? ot_gettext (lang, "million people")
                                                 : ot_gettext (lang, "people")),
                                  ot_chart_font_size (layout, 16),
                                  PANGO_WEIGHT_NORMAL, area->width, PANGO_ALIGN_LEFT,
                                  OT_TEXT_MUTED);
  ot_text_box_move_to (box, area->x, y);
  y += box->rect.height + 8 * u;

  for (guint i = 0; i < axis.n_ticks; i++)
    {
      g_autofree char *text = ot_format_decimal (ot_axis_get_tick (&axis, i) / divisor, 2, lang);
      OtTextBox *tick = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 16),
                                                  PANGO_WEIGHT_NORMAL, -1, PANGO_ALIGN_RIGHT,
                                                  OT_TEXT_MUTED);
      g_ptr_array_add (ticks, tick);
      tick_w = MAX (tick_w, tick->rect.width);
    }

  panel.plot.x = area->x + tick_w + 10 * u;
  panel.plot.width = MAX (area->x + area->width - panel.plot.x, 1);
  slot = panel.plot.width / MAX (items->len, 1);
  bar_w = MIN (slot * 0.56, 200 * u);

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      box = ot_chart_layout_add_text (layout, item->value_text, ot_chart_font_size (layout, 19),
                                      PANGO_WEIGHT_BOLD, slot * 0.96, PANGO_ALIGN_CENTER,
                                      OT_TEXT_FOREGROUND);
      value_h = MAX (value_h, box->rect.height);
      g_ptr_array_add (values, box);
      box = ot_chart_layout_add_text (layout, item->label, ot_chart_font_size (layout, 16),
                                      PANGO_WEIGHT_NORMAL, slot * 0.94, PANGO_ALIGN_CENTER,
                                      OT_TEXT_FOREGROUND);
      label_h = MAX (label_h, box->rect.height);
      g_ptr_array_add (labels, box);
    }

  bottom = area->y + area->height;
  if (note != NULL)
    {
      note_box = ot_chart_layout_add_text (layout, note, ot_chart_font_size (layout, 15),
                                           PANGO_WEIGHT_NORMAL, area->width, PANGO_ALIGN_LEFT,
                                           OT_TEXT_MUTED);
      bottom -= note_box->rect.height + 10 * u;
      ot_text_box_move_to (note_box, area->x, bottom + 10 * u);
    }

  panel.plot.y = y + value_h + 6 * u;
  panel.plot.height = MAX (bottom - label_h - 8 * u - panel.plot.y, 1);

  for (guint i = 0; i < axis.n_ticks; i++)
    {
      OtTextBox *tick = g_ptr_array_index (ticks, i);
      double ty = panel.plot.y + panel.plot.height
                  * (1 - ot_axis_normalise (&axis, ot_axis_get_tick (&axis, i)));

      g_array_append_val (panel.ticks, ty);
      ot_text_box_move_to (tick, panel.plot.x - 10 * u - tick->rect.width,
                           ty - tick->rect.height / 2);
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      double slot_x = panel.plot.x + slot * i;
      double h = ot_axis_normalise (&axis, item->value) * panel.plot.height;
      double baseline = panel.plot.y + panel.plot.height;
      Bar bar = { { slot_x + (slot - bar_w) / 2, baseline - h, bar_w, h }, item->kind,
                  self->bars->len };
      OtTextBox *value = g_ptr_array_index (values, i);

      g_array_append_val (self->bars, bar);
      ot_text_box_move_to (value, slot_x + slot * 0.02, bar.rect.y - 4 * u - value->rect.height);
      ot_text_box_move_to (g_ptr_array_index (labels, i), slot_x + slot * 0.03, baseline + 8 * u);
      ot_chart_layout_add_element (layout,
                                   &(OtRect) { slot_x, panel.plot.y, slot,
                                               panel.plot.height + 8 * u + label_h },
                                   item->figure->id,
                                   g_strdup_printf ("%s: %s", item->label, item->value_text));
    }

  g_array_append_val (self->panels, panel);
}

static char *
item_label (const OtFigure *figure,
            OtLang          lang)
{
  const char *note = ot_format_qualifier_note (figure->qualifier, lang);

  if (note == NULL || figure->qualifier == OT_QUALIFIER_UP_TO_ABOUT)
    return g_strdup (ot_figure_get_label (figure, lang));
  return g_strdup_printf ("%s (%s)", ot_figure_get_label (figure, lang), note);
}

static void
funding_build (OtChartLayout      *layout,
               OtDataset          *dataset,
               const OtChartStyle *style)
{
  OtLang lang = style->lang;
  Funding *self = g_new0 (Funding, 1);
  g_autoptr(GArray) money = g_array_new (FALSE, TRUE, sizeof (Item));
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (Item));
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *note = NULL;
  const OtFigure *breakdown = ot_dataset_find_breakdown (dataset);
  double u = layout->unit, m = layout->margin, top, bottom, gap = 48 * u, low = 0, high = 0;
  guint n_panels;

  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  self->panels = g_array_new (FALSE, TRUE, sizeof (Panel));
  layout->data = self;
  layout->data_free = funding_free;
  g_array_set_clear_func (money, item_clear);
  g_array_set_clear_func (people, item_clear);

  /* Money, and counts of people that are neither a breakdown's total nor
   * its parts; a percentage joins the people as its share of its base. */
  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      const OtFigure *base = figure->base_id != NULL
        ? ot_dataset_lookup_figure (dataset, figure->base_id) : NULL;
      Item item = { figure, figure->value, NULL, item_label (figure, lang), BAR_SOLID };

      if (figure->qualifier == OT_QUALIFIER_UP_TO_ABOUT)
        item.kind = BAR_CEILING;
      else if (figure->qualifier == OT_QUALIFIER_NOT_AGREED)
        item.kind = BAR_TARGET;

      if (figure->unit == OT_UNIT_EUR)
        {
          item.value_text = ot_format_figure (figure, lang);
          g_array_append_val (money, item);
        }
      else if (figure->unit == OT_UNIT_PERCENT && base != NULL && base->unit == OT_UNIT_PEOPLE)
        {
          g_autofree char *share = ot_format_figure (figure, lang);
          g_autofree char *of = ot_format_figure (base, lang);
          g_autofree char *amount = NULL;

          item.value = figure->value / 100 * base->value;
          amount = ot_format_quantity (item.value, OT_UNIT_PEOPLE, lang);
          /* TRANSLATORS: "2.13 million (10% of 21.3 million)" */
          item.value_text = g_strdup_printf (ot_gettext (lang, "%s (%s of %s)"), amount, share, of);
          g_array_append_val (people, item);
        }
      else if (figure->unit == OT_UNIT_PEOPLE && figure->parent_id == NULL
               && figure != breakdown)
        {
          item.value_text = ot_format_figure (figure, lang);
          g_array_append_val (people, item);
        }
      else
        g_free (item.label);
    }

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  top = ot_chart_layout_add_header (layout, ot_gettext (lang, "Funding and commitments"),
                                    money->len > 0 && people->len > 0
                                    ? ot_gettext (lang, "Euros and people, each on its own axis "
                                                  "from zero")
                                    : NULL);

  n_panels = (money->len > 0) + (people->len > 0);
  if (n_panels == 0)
    {
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures hold no amounts in euro and no "
                                             "resettlement commitments to draw."));
      return;
    }

  for (guint i = 0; i < people->len; i++)
    {
      double v = g_array_index (people, Item, i).value;

      low = i == 0 ? v : MIN (low, v);
      high = MAX (high, v);
    }
  /* Say what the axis cannot show: a bar under one part in a hundred of
   * the axis is barely a line. */
  if (people->len > 1 && low > 0 && high / low >= 100)
    {
      g_autofree char *times = ot_format_decimal (round (high / low), 0, lang);

      note = g_strdup_printf (ot_gettext (lang, "The largest is %s times the smallest: on one "
                                          "honest axis the smallest is only a line."), times);
    }

  {
    double panel_w = (layout->canvas.width - 2 * m - gap * (n_panels - 1)) / n_panels;
    OtRect area = { m, top, panel_w, bottom - top };

    if (money->len > 0)
      {
        add_panel (layout, self, money, ot_gettext (lang, "Money"), OT_UNIT_EUR, NULL, &area,
                   lang);
        area.x += panel_w + gap;
      }
    if (people->len > 0)
      add_panel (layout, self, people, ot_gettext (lang, "Resettlement"), OT_UNIT_PEOPLE, note,
                 &area, lang);
  }

  for (guint i = 0; i < layout->elements->len; i++)
    g_ptr_array_add (layout->sources,
                     g_strdup (g_array_index (layout->elements, OtChartElement, i).id));
  for (guint i = 0; i < layout->elements->len; i++)
    g_string_append_printf (description, "%s%s", i > 0 ? "; " : "",
                            g_array_index (layout->elements, OtChartElement, i).label);
  layout->description = g_strdup_printf (ot_gettext (lang, "Bar chart. Funding and "
                                                     "commitments: %s.%s%s"),
                                         description->str, note != NULL ? " " : "",
                                         note != NULL ? note : "");
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

      ot_cairo_set_color (cr, &palette->grid);
      cairo_set_line_width (cr, line);
      for (guint i = 1; i < panel->ticks->len; i++)
        {
          double y = g_array_index (panel->ticks, double, i);

          cairo_move_to (cr, panel->plot.x, y);
          cairo_line_to (cr, panel->plot.x + panel->plot.width, y);
        }
      cairo_stroke (cr);
      ot_cairo_set_color (cr, &palette->foreground);
      cairo_rectangle (cr, panel->plot.x, panel->plot.y + panel->plot.height,
                       panel->plot.width, 2 * line);
      cairo_fill (cr);
    }

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      const OtColor *color = &palette->categories[bar->color % OT_N_CATEGORY_COLORS];
      const OtRect *r = &bar->rect;

      ot_cairo_set_color (cr, color);
      switch (bar->kind)
        {
        case BAR_CEILING:
          /* A ceiling: a thick cap at the value, the way up to it open. */
          cairo_rectangle (cr, r->x, r->y - 2 * line, r->width, 3 * line);
          cairo_fill (cr);
          cairo_set_line_width (cr, line);
          cairo_move_to (cr, r->x + r->width / 2, r->y);
          cairo_line_to (cr, r->x + r->width / 2, r->y + r->height);
          cairo_stroke (cr);
          break;

        case BAR_TARGET:
          /* Not agreed: an outline with hatching, never a solid bar. */
          cairo_save (cr);
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_clip (cr);
          cairo_set_line_width (cr, line);
          for (double d = -r->height; d < r->width; d += 12 * MAX (layout->unit, 0.5))
            {
              cairo_move_to (cr, r->x + d, r->y + r->height);
              cairo_line_to (cr, r->x + d + r->height, r->y);
            }
          cairo_stroke (cr);
          cairo_restore (cr);
          cairo_set_line_width (cr, 2 * line);
          cairo_rectangle (cr, r->x + line, r->y + line, r->width - 2 * line,
                           MAX (r->height - 2 * line, 0));
          cairo_stroke (cr);
          break;

        case BAR_SOLID:
        default:
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_fill (cr);
          break;
        }
    }
}

/* What funding_build puts in a panel: money, a percentage of a count of
 * people, or people that are neither a breakdown's total nor its parts. */
static gboolean
funding_supports (OtDataset *dataset)
{
  const OtFigure *breakdown = ot_dataset_find_breakdown (dataset);

  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      const OtFigure *base = figure->base_id != NULL
        ? ot_dataset_lookup_figure (dataset, figure->base_id) : NULL;

      if (figure->unit == OT_UNIT_EUR
          || (figure->unit == OT_UNIT_PERCENT && base != NULL && base->unit == OT_UNIT_PEOPLE)
          || (figure->unit == OT_UNIT_PEOPLE && figure->parent_id == NULL
              && figure != breakdown))
        return TRUE;
    }
  return FALSE;
}

const OtChart ot_chart_funding = {
  "funding", N_("Funding and commitments"), funding_build, funding_paint, funding_supports,
};
