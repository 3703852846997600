/* ot-chart-key-figures.c: the letter's counts, amount and target as big
 * numbers with what each is, for a title slide
 *
 * The numbers of a row stand on one baseline; a hedge that is the point of
 * a figure ("not agreed") is part of its big line, as "up to c." is. Cards
 * are as tall as what they hold. Other numbers in the letter (the 71st
 * General Assembly, the conventions of 1951 and 1967, the 2030 Agenda,
 * seven African countries) are no counts or amounts: the subtitle says
 * what the cards show, and the dates are in the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-key-figures.h"
#include "ot-format.h"

typedef struct
{
  gboolean list;      /* a row a figure instead of cards */
  guint    left_out;  /* figures the list had no room for */
  GArray  *cards;     /* OtRect: a card, or a row's accent */
  GArray  *meanings;  /* OtMeaning of each card's accent */
} KeyFigures;

static void
key_figures_free (gpointer data)
{
  KeyFigures *self = data;

  g_array_unref (self->cards);
  g_array_unref (self->meanings);
  g_free (self);
}

/* The big line: the number as short as it reads, with the hedge that
 * carries as much as the number ("10%, not agreed"). */
static char *
big_text (const OtFigure *figure,
          OtLang          lang)
{
  g_autofree char *number = ot_format_compact (figure, lang);

  if (figure->qualifier == OT_QUALIFIER_NOT_AGREED)
    /* TRANSLATORS: a big number and its hedge on a card: "10%, not agreed" */
    return g_strdup_printf (ot_gettext (lang, "%s, %s"), number,
                            ot_format_qualifier_note (figure->qualifier, lang));
  return g_steal_pointer (&number);
}

/* What the figure is, with a hedge the big line does not already say. */
static char *
meaning_text (const OtFigure *figure,
              OtLang          lang)
{
  if (figure->qualifier == OT_QUALIFIER_IN_ADDITION)
    return g_strdup_printf ("%s (%s)", ot_figure_get_label (figure, lang),
                            ot_format_qualifier_note (figure->qualifier, lang));
  return g_strdup (ot_figure_get_label (figure, lang));
}

/* What a screen reader and the description say: "Refugees: 21.3 million". */
static char *
element_text (const OtFigure *figure,
              OtLang          lang)
{
  g_autofree char *full = ot_format_figure (figure, lang);
  g_autofree char *meaning = meaning_text (figure, lang);
  const char *note = figure->qualifier == OT_QUALIFIER_IN_ADDITION
                     || figure->qualifier == OT_QUALIFIER_UP_TO_ABOUT
                     ? NULL : ot_format_qualifier_note (figure->qualifier, lang);

  return note != NULL ? g_strdup_printf ("%s: %s, %s", meaning, full, note)
                      : g_strdup_printf ("%s: %s", meaning, full);
}

/* The cards or rows, which end at @end, in the middle of the room left
 * to them above @bottom; texts from @fixed on are theirs. */
static void
centre (OtChartLayout *layout,
        KeyFigures    *self,
        guint          fixed,
        double         end,
        double         bottom)
{
  double shift = MAX ((bottom - end) / 2, 0);

  for (guint i = fixed; i < layout->texts->len; i++)
    ((OtTextBox *) g_ptr_array_index (layout->texts, i))->rect.y += shift;
  for (guint i = 0; i < self->cards->len; i++)
    {
      g_array_index (self->cards, OtRect, i).y += shift;
      g_array_index (layout->elements, OtChartElement, i).rect.y += shift;
    }
}

/* Where cards would leave their numbers hardly bigger than body text (a
 * small export, a narrow pane): a row a figure, the numbers in a column of
 * their own, what each is beside it on the number's baseline, a bar of the
 * figure's colour before it; in columns side by side where one is too
 * tall. Lays out the first @n figures in @columns at @big_size and
 * @small_size; returns where the rows end, the tallest column's foot. */
static double
lay_out_rows (OtChartLayout *layout,
              KeyFigures    *self,
              OtDataset     *dataset,
              guint          fixed,
              guint          n,
              guint          columns,
              double         top,
              double         big_size,
              double         small_size,
              OtLang         lang)
{
  double u = layout->unit, m = layout->margin, width = layout->canvas.width - 2 * m;
  double accent = MAX (5 * u, 3), gap = 12 * u + 6, row_gap = 8 * u + 3, column_gap = 24 * u + 8;
  double column_w = (width - column_gap * (columns - 1)) / columns, number_w = 0, end = top;
  guint per_column = (n + columns - 1) / columns;
  double y = top;

  g_ptr_array_set_size (layout->texts, fixed);
  g_array_set_size (layout->elements, 0);
  g_array_set_size (self->cards, 0);
  g_array_set_size (self->meanings, 0);
  layout->meanings = 0;

  /* The column is as wide as the widest number, a hedge that is part of
   * its big line wrapping under it ("10%," over "not agreed"). */
  for (guint i = 0; i < n; i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      g_autofree char *big = big_text (figure, lang);
      OtTextBox *probe = ot_text_box_new (layout->context,
                                          figure->qualifier == OT_QUALIFIER_NOT_AGREED
                                          ? ot_format_qualifier_note (figure->qualifier, lang)
                                          : big, big_size, PANGO_WEIGHT_BOLD,
                                          PANGO_STYLE_NORMAL, -1, PANGO_ALIGN_LEFT,
                                          OT_TEXT_FOREGROUND);

      number_w = MAX (number_w, probe->rect.width);
      ot_text_box_free (probe);
    }
  number_w = MIN (number_w + 1, column_w * 0.45);
  /* A word wider than that column ("overeengekomen") widens it: the
   * labels beside start after it, never over it. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *big = big_text (ot_dataset_get_figure (dataset, i), lang);
      OtTextBox *probe = ot_text_box_new (layout->context, big, big_size, PANGO_WEIGHT_BOLD,
                                          PANGO_STYLE_NORMAL, number_w, PANGO_ALIGN_LEFT,
                                          OT_TEXT_FOREGROUND);
      PangoRectangle ink, logical;

      ot_text_box_wrap_words (probe);
      pango_layout_get_pixel_extents (probe->layout, &ink, &logical);
      number_w = MAX (number_w, MAX (ink.x + ink.width, logical.x + logical.width) + 1);
      ot_text_box_free (probe);
    }

  for (guint i = 0; i < n; i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      g_autofree char *big = big_text (figure, lang);
      g_autofree char *meaning = meaning_text (figure, lang);
      OtMeaning row_meaning = ot_dataset_get_figure_meaning (dataset, figure);
      double left = m + (i / per_column) * (column_w + column_gap);
      double x = left + accent + gap * 0.6;
      OtTextBox *number, *label;
      OtRect bar;
      double h;

      if (i % per_column == 0)
        y = top;
      number = ot_chart_layout_add_text (layout, big, big_size, PANGO_WEIGHT_BOLD, number_w,
                                         PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
      ot_text_box_wrap_words (number);
      label = ot_chart_layout_add_text (layout, meaning, small_size, PANGO_WEIGHT_NORMAL,
                                        MAX (left + column_w - (x + number_w + gap), 1),
                                        PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
      ot_text_box_move_to (number, x, y);
      /* What it is on the number's first baseline. */
      ot_text_box_move_to (label, x + number_w + gap,
                           y + (double) (pango_layout_get_baseline (number->layout)
                                         - pango_layout_get_baseline (label->layout))
                               / PANGO_SCALE);
      h = MAX (number->rect.height, label->rect.y + label->rect.height - y);
      bar = (OtRect) { left, y + h * 0.08, accent, h * 0.84 };
      g_array_append_val (self->cards, bar);
      g_array_append_val (self->meanings, row_meaning);
      ot_chart_layout_add_element (layout, &(OtRect) { left, y, column_w, h }, figure->id,
                                   row_meaning, element_text (figure, lang));
      end = MAX (end, y + h);
      y += h + row_gap;
    }
  return end;
}

static char *
left_out_text (guint  n,
               OtLang lang)
{
  return g_strdup_printf (ot_ngettext (lang, "%u more figure, not shown here",
                                       "%u more figures, not shown here", n), n);
}

/* The first @shown figures, and the line that says how many are left out:
 * whether they fit above @bottom (the layout keeps them). */
static gboolean
shows_with_rest (OtChartLayout *layout,
                 KeyFigures    *self,
                 OtDataset     *dataset,
                 guint          fixed,
                 guint          shown,
                 guint          most,
                 double         top,
                 double         bottom,
                 double         width,
                 guint          n,
                 OtLang         lang)
{
  g_autofree char *rest = left_out_text (n - shown, lang);
  double end = lay_out_rows (layout, self, dataset, fixed, shown, MIN (most, shown), top,
                             layout->min_text, layout->min_text, lang);
  OtTextBox *more = ot_chart_layout_add_text (layout, rest, layout->min_text, PANGO_WEIGHT_NORMAL,
                                              width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);

  ot_text_box_move_to (more, layout->margin, end + 6 * layout->unit);
  return more->rect.y + more->rect.height <= bottom + 1e-6;
}

static void
build_list (OtChartLayout *layout,
            KeyFigures    *self,
            OtDataset     *dataset,
            guint          fixed,
            double         top,
            double         bottom,
            OtLang         lang)
{
  double width = layout->canvas.width - 2 * layout->margin;
  guint n = ot_dataset_get_n_figures (dataset);
  guint most = CLAMP ((guint) (width / (16 * layout->min_text)), 1, 4);
  double big_size = 0, small_size = 0, end = 0;
  gboolean hopeless;

  self->list = TRUE;
  /* Not even at the smallest type, in any number of columns: no size will do. */
  hopeless = TRUE;
  for (guint columns = 1; hopeless && columns <= MIN (most, n); columns++)
    hopeless = lay_out_rows (layout, self, dataset, fixed, n, columns, top, layout->min_text,
                             layout->min_text, lang) > bottom + 1e-6;
  for (guint columns = 1; !hopeless && columns <= MIN (most, n); columns++)
    for (big_size = ot_chart_font_size (layout, 40), small_size = ot_chart_font_size (layout, 19);
         ;)
      {
        end = lay_out_rows (layout, self, dataset, fixed, n, columns, top, big_size, small_size,
                            lang);
        if (end <= bottom + 1e-6)
          {
            centre (layout, self, fixed, end, bottom);
            return;
          }
        if (big_size <= layout->min_text && small_size <= layout->min_text)
          break;
        big_size = MAX (big_size * 0.92, layout->min_text);
        if (big_size <= layout->min_text * 1.3)
          small_size = MAX (small_size * 0.92, layout->min_text);
      }

  /* More figures than the room holds at the smallest type: the first
   * that fit, and a line that says how many are left out. Fewer figures
   * never take more room, so the most that fit is found by halving (a
   * hundred figures laid out a hundred times took seconds). */
  {
    guint fits = 0, low = 1, high = n - 1;

    while (low <= high)
      {
        guint shown = low + (high - low) / 2;

        if (shows_with_rest (layout, self, dataset, fixed, shown, most, top, bottom, width, n,
                             lang))
          {
            fits = shown;
            low = shown + 1;
          }
        else if (shown == low)
          break;
        else
          high = shown - 1;
      }
    if (fits > 0 && shows_with_rest (layout, self, dataset, fixed, fits, most, top, bottom, width,
                                     n, lang))
      self->left_out = n - fits;
  }
}

static void
key_figures_build (OtChartLayout      *layout,
                   OtDataset          *dataset,
                   const OtChartStyle *style)
{
  OtLang lang = style->lang;
  KeyFigures *self = g_new0 (KeyFigures, 1);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *title = NULL;
  guint n = ot_dataset_get_n_figures (dataset);
  double u = layout->unit, m = layout->margin, width = layout->canvas.width - 2 * m;
  double top, bottom, gap = 18 * u + 4, pad = 16 * u + 4, accent = MAX (6 * u, 3), card_w;
  double big_size, small_size;
  guint columns, rows, fixed;

  self->cards = g_array_new (FALSE, TRUE, sizeof (OtRect));
  self->meanings = g_array_new (FALSE, TRUE, sizeof (OtMeaning));
  layout->data = self;
  layout->data_free = key_figures_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  title = ot_chart_dup_title (layout->chart, dataset, lang);
  top = ot_chart_layout_add_header (layout, title,
                                    ot_dataset_is_letter (dataset)
                                    ? ot_gettext (lang, "The counts of people, the amount and the "
                                                  "target the letter gives")
                                    : ot_gettext (lang, "Every figure in the file"));
  if (n == 0)
    {
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures hold nothing to show."));
      return;
    }

  /* As many columns as cards of about 14 ems of the smallest type fit,
   * four at most. */
  columns = CLAMP ((guint) (width / (14 * layout->min_text)), 1, 4);
  columns = MIN (columns, n);
  rows = (n + columns - 1) / columns;
  card_w = (width - gap * (columns - 1)) / columns;
  fixed = layout->texts->len;

  /* One size for every number, the largest at which the cards fit, so the
   * cards read as a set. */
  big_size = MAX (MIN ((bottom - top) / rows * 0.3, 64 * u), layout->min_text * 1.5);
  small_size = ot_chart_font_size (layout, 17);
  for (;;)
    {
      gboolean fits = TRUE;
      double y = top;

      g_ptr_array_set_size (layout->texts, fixed);
      g_array_set_size (layout->elements, 0);
      g_array_set_size (self->cards, 0);
      g_array_set_size (self->meanings, 0);
      g_string_truncate (description, 0);
      layout->meanings = 0;

      for (guint row = 0; row < rows; row++)
        {
          double row_h = 0;
          guint first = row * columns, last = MIN (first + columns, n);
          OtTextBox *numbers[4], *labels[4];

          for (guint i = first; i < last; i++)
            {
              const OtFigure *figure = ot_dataset_get_figure (dataset, i);
              g_autofree char *big = big_text (figure, lang);
              g_autofree char *meaning = meaning_text (figure, lang);
              OtTextBox *number, *label;

              number = ot_chart_layout_add_text (layout, big, big_size, PANGO_WEIGHT_BOLD,
                                                 MAX (card_w - 2 * pad, 1), PANGO_ALIGN_LEFT,
                                                 OT_TEXT_FOREGROUND);
              label = ot_chart_layout_add_text (layout, meaning, small_size, PANGO_WEIGHT_NORMAL,
                                                MAX (card_w - 2 * pad, 1), PANGO_ALIGN_LEFT,
                                                OT_TEXT_MUTED);
              /* A big line breaks between words only, and only a hedge's
               * words: a number never breaks, nor does a word. */
              pango_layout_set_wrap (number->layout, PANGO_WRAP_WORD);
              {
                PangoRectangle ink, logical;

                pango_layout_get_pixel_extents (number->layout, &ink, &logical);
                number->rect.height = logical.height;
                fits &= ink.x + ink.width <= card_w - 2 * pad + 0.5;
                fits &= !pango_layout_is_wrapped (number->layout)
                        || figure->qualifier == OT_QUALIFIER_NOT_AGREED;
              }
              numbers[i - first] = number;
              labels[i - first] = label;
              row_h = MAX (row_h, number->rect.height + 4 * u + label->rect.height);
            }

          for (guint i = first; i < last; i++)
            {
              const OtFigure *figure = ot_dataset_get_figure (dataset, i);
              OtMeaning card_meaning = ot_dataset_get_figure_meaning (dataset, figure);
              OtRect card = { m + (i - first) * (card_w + gap), y, card_w,
                              accent + 2 * pad + row_h };

              /* Every number of the row at the same height: one baseline. */
              ot_text_box_move_to (numbers[i - first], card.x + pad, card.y + accent + pad);
              ot_text_box_move_to (labels[i - first], card.x + pad,
                                   card.y + accent + pad + numbers[i - first]->rect.height + 4 * u);
              g_array_append_val (self->cards, card);
              g_array_append_val (self->meanings, card_meaning);
              ot_chart_layout_add_element (layout, &card, figure->id, card_meaning,
                                           element_text (figure, lang));
            }
          y += accent + 2 * pad + row_h + gap;
        }
      fits &= y - gap <= bottom + 1e-6;

      /* Numbers hardly bigger than body text make no key figures: a list. */
      if (!fits && big_size <= layout->min_text * 1.6)
        {
          build_list (layout, self, dataset, fixed, top, bottom, lang);
          break;
        }
      if (fits)
        {
          /* Cards as tall as what they hold. */
          centre (layout, self, fixed, y - gap, bottom);
          break;
        }
      big_size = MAX (big_size * 0.92, layout->min_text * 1.6);
      if (big_size < 2.2 * small_size)
        small_size = MAX (small_size * 0.92, layout->min_text);
    }

  for (guint i = 0; i < layout->elements->len; i++)
    g_string_append_printf (description, "%s%s", i > 0 ? "; " : "",
                            g_array_index (layout->elements, OtChartElement, i).label);
  if (self->left_out > 0)
    {
      g_autofree char *rest = left_out_text (self->left_out, lang);

      g_string_append_printf (description, "; %s", rest);
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

      if (self->list)
        {
          /* A row's bar of what it counts. */
          ot_chart_set_meaning_color (layout, cr, palette,
                                      g_array_index (self->meanings, OtMeaning, i));
          cairo_rectangle (cr, card->x, card->y, card->width, card->height);
          cairo_fill (cr);
          continue;
        }

      ot_cairo_set_color (cr, &palette->grid);
      cairo_set_line_width (cr, line);
      cairo_rectangle (cr, card->x + line / 2, card->y + line / 2,
                       card->width - line, card->height - line);
      cairo_stroke (cr);

      /* A card carries the colour of what it counts along its top edge. */
      ot_chart_set_meaning_color (layout, cr, palette,
                                  g_array_index (self->meanings, OtMeaning, i));
      cairo_rectangle (cr, card->x, card->y, card->width, MAX (6 * layout->unit, 3));
      cairo_fill (cr);
    }
}

/* Other data's key figures are its own: "Figures from mine.csv". */
const OtChart ot_chart_key_figures = {
  "key-figures", N_("The letter in figures"), key_figures_build, key_figures_paint, NULL,
  ot_dataset_dup_title,
};
