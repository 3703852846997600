/* ot-chart-key-figures.c: every figure of the letter as a big number with
 * its one-line meaning, for a title slide
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"
#include "ot-format.h"

typedef struct
{
  GArray *cards;    /* OtRect */
  GArray *colors;   /* guint: palette index of each card's accent */
} KeyFigures;

static void
key_figures_free (gpointer data)
{
  KeyFigures *self = data;

  g_array_unref (self->cards);
  g_array_unref (self->colors);
  g_free (self);
}

/* Parts take their group's colour; the rest the first. */
static guint
accent_for (OtDataset      *dataset,
            const OtFigure *figure)
{
  const OtFigure *total = ot_dataset_find_breakdown (dataset);
  g_autoptr(GPtrArray) parts = NULL;

  if (total == NULL || figure->parent_id == NULL)
    return G_MAXUINT;

  parts = ot_dataset_dup_parts (dataset, total->id);
  for (guint i = 0; i < parts->len; i++)
    if (parts->pdata[i] == figure)
      return i % OT_N_CATEGORY_COLORS;
  return G_MAXUINT;
}

static void
key_figures_build (OtChartLayout      *layout,
                   OtDataset          *dataset,
                   const OtChartStyle *style)
{
  OtLang lang = style->lang;
  KeyFigures *self = g_new0 (KeyFigures, 1);
  g_autoptr(GString) description = g_string_new (NULL);
  guint n = ot_dataset_get_n_figures (dataset);
  double u = layout->unit, m = layout->margin;
  double top, bottom, gap = 18 * u, card_w, card_h, pad = 16 * u;
  guint columns, rows;

  self->cards = g_array_new (FALSE, TRUE, sizeof (OtRect));
  self->colors = g_array_new (FALSE, TRUE, sizeof (guint));
  layout->data = self;
  layout->data_free = key_figures_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  top = ot_chart_layout_add_header (layout, ot_gettext (lang, "The letter in figures"),
                                    ot_gettext (lang, "Every figure the letter gives, with what "
                                                "it counts"));

  /* Wide canvases take four cards a row, tall ones two. */
  columns = layout->canvas.width >= layout->canvas.height ? MIN (n, 4) : MIN (n, 2);
  columns = MAX (columns, 1);
  rows = (n + columns - 1) / columns;
  card_w = (layout->canvas.width - 2 * m - gap * (columns - 1)) / columns;
  card_h = (bottom - top - gap * (rows - 1)) / MAX (rows, 1);

  /* One size for every number, the largest at which each fits its card, so
   * the cards read as a set. */
  {
    double big_size = MAX (MIN (card_h * 0.34, 64 * u), layout->min_text), small_size = ot_chart_font_size (layout, 17);
    guint fixed = layout->texts->len;

    for (;;)
      {
        gboolean fits = TRUE;

        g_ptr_array_set_size (layout->texts, fixed);
        g_array_set_size (layout->elements, 0);
        g_array_set_size (self->cards, 0);
        g_array_set_size (self->colors, 0);
        g_string_truncate (description, 0);

        for (guint i = 0; i < n; i++)
          {
            const OtFigure *figure = ot_dataset_get_figure (dataset, i);
            g_autofree char *big = ot_format_compact (figure, lang);
            g_autofree char *full = ot_format_figure (figure, lang);
            const char *note = ot_format_qualifier_note (figure->qualifier, lang);
            g_autofree char *meaning = note != NULL
              ? g_strdup_printf ("%s (%s)", ot_figure_get_label (figure, lang), note)
              : g_strdup (ot_figure_get_label (figure, lang));
            OtRect card = { m + (i % columns) * (card_w + gap),
                            top + (i / columns) * (card_h + gap), card_w, card_h };
            guint color = accent_for (dataset, figure);
            OtTextBox *number, *label;
            double block;

            number = ot_chart_layout_add_text (layout, big, big_size, PANGO_WEIGHT_BOLD, -1,
                                               PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
            label = ot_chart_layout_add_text (layout, meaning, small_size, PANGO_WEIGHT_NORMAL,
                                              MAX (card_w - 2 * pad, 1), PANGO_ALIGN_LEFT,
                                              OT_TEXT_MUTED);
            block = number->rect.height + label->rect.height;
            fits &= number->rect.width <= card_w - 2 * pad
                    && block <= card_h - 2 * pad - 6 * u;

            /* The number and its meaning sit in the middle of the card. */
            ot_text_box_move_to (number, card.x + pad,
                                 card.y + 6 * u + MAX ((card_h - 6 * u - block) / 2, pad));
            ot_text_box_move_to (label, card.x + pad, number->rect.y + number->rect.height);
            g_array_append_val (self->cards, card);
            g_array_append_val (self->colors, color);
            ot_chart_layout_add_element (layout, &card, figure->id,
                                         g_strdup_printf ("%s: %s", full, meaning));
            g_string_append_printf (description, "%s%s: %s", i > 0 ? "; " : "", meaning, full);
          }

        if (fits || (big_size <= layout->min_text && small_size <= layout->min_text))
          break;
        big_size = MAX (big_size * 0.92, layout->min_text);
        if (big_size <= layout->min_text || big_size < 2.2 * small_size)
          small_size = MAX (small_size * 0.92, layout->min_text);
      }
  }

  layout->description = g_strdup_printf (ot_gettext (lang, "Key figures. %s."), description->str);

  /* The caption quotes the headline figures, not every sentence. */
  {
    const OtFigure *total = ot_dataset_find_breakdown (dataset);
    g_autoptr(GPtrArray) parts = total != NULL ? ot_dataset_dup_parts (dataset, total->id) : NULL;

    if (total != NULL)
      g_ptr_array_add (layout->sources, g_strdup (total->id));
    if (parts != NULL && parts->len > 0)
      g_ptr_array_add (layout->sources, g_strdup (((OtFigure *) parts->pdata[0])->id));
  }
}

static void
key_figures_paint (const OtChartLayout *layout,
                   cairo_t             *cr,
                   const OtPalette     *palette)
{
  const KeyFigures *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0);

  for (guint i = 0; i < self->cards->len; i++)
    {
      const OtRect *card = &g_array_index (self->cards, OtRect, i);
      guint color = g_array_index (self->colors, guint, i);

      ot_cairo_set_color (cr, &palette->grid);
      cairo_set_line_width (cr, line);
      cairo_rectangle (cr, card->x + line / 2, card->y + line / 2,
                       card->width - line, card->height - line);
      cairo_stroke (cr);

      /* A group's card carries its colour along the top edge. */
      ot_cairo_set_color (cr, color < OT_N_CATEGORY_COLORS ? &palette->categories[color]
                                                           : &palette->foreground);
      cairo_rectangle (cr, card->x, card->y, card->width, MAX (6 * layout->unit, 2));
      cairo_fill (cr);
    }
}

const OtChart ot_chart_key_figures = {
  "key-figures", N_("The letter in figures"), key_figures_build, key_figures_paint,
};
