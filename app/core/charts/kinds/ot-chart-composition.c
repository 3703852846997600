/* ot-chart-composition.c: the whole as squares of one million, by group
 *
 * Each group is a block of its own that starts on a new row of ten, so a
 * reader counts its squares (and its tens by rows); its last square is
 * filled to the group's fraction of a million and outlined for the rest:
 * 21.3 million is 21 squares and three tenths of a 22nd. No square holds
 * two groups. Beside each block on a wide canvas, above it on a narrow
 * one, stands the group's name and figure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-composition.h"
#include "ot-format.h"

#define COLUMNS 10

typedef OtCompositionGeometry Composition;

static void
composition_free (gpointer data)
{
  Composition *self = data;

  g_array_unref (self->ends);
  g_array_unref (self->blocks);
  g_free (self);
}

/* One square for a round number that gives a grid of tens, not thousands. */
static double
choose_cell_unit (double total)
{
  double unit = 1;

  while (total / unit > 200)
    unit *= 10;
  return unit;
}

static void
composition_build (OtChartLayout      *layout,
                   OtDataset          *dataset,
                   const OtChartStyle *style)
{
  OtLang lang = style->lang;
  Composition *self = g_new0 (Composition, 1);
  const OtFigure *total = ot_dataset_find_breakdown (dataset);
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GArray) shown = ot_chart_parts_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *total_text = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *key = NULL;
  double u = layout->unit, m = layout->margin, top, bottom, cumulative = 0, sum = 0;
  double width = layout->canvas.width - 2 * m, label_w, labels_h = 0, rows = 0, gaps;
  gboolean narrow = ot_chart_layout_is_narrow (layout), one_line;
  OtTextBox *note;
  guint n_gathered;
  double y;

  self->ends = g_array_new (FALSE, TRUE, sizeof (double));
  self->blocks = g_array_new (FALSE, TRUE, sizeof (OtCompositionBlock));
  layout->data = self;
  layout->data_free = composition_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  if (total == NULL)
    {
      ot_chart_layout_set_no_breakdown (layout, bottom, lang);
      return;
    }

  parts = ot_dataset_dup_parts (dataset, total->id);
  g_ptr_array_add (layout->sources, g_strdup (total->id));
  for (guint i = 0; i < parts->len; i++)
    {
      g_ptr_array_add (layout->sources, g_strdup (((OtFigure *) parts->pdata[i])->id));
      sum += ((OtFigure *) parts->pdata[i])->value;
    }
  /* Parts that add up to far more than their total (the dataset warns of
   * it) get squares of their size too, not millions of them. */
  self->cell_unit = choose_cell_unit (MAX (total->value, sum));
  self->total = total->value / self->cell_unit;
  total_text = ot_format_quantity (total->value, total->unit, lang);
  unit_text = ot_format_quantity (self->cell_unit, total->unit, lang);

  title = g_strdup_printf (ot_gettext (lang, "%s: %s"), ot_figure_get_label (total, lang),
                           total_text);
  n_gathered = ot_chart_gather_parts (parts, shown, lang);
  subtitle = ot_chart_parts_subtitle (total, parts, shown, n_gathered, lang);
  top = ot_chart_layout_add_header (layout, title, subtitle);

  /* TRANSLATORS: the key under the squares; %s is "1 million people" */
  key = g_strdup_printf (total->unit == OT_UNIT_PEOPLE
                         ? ot_gettext (lang, "One square is %s people. Each group starts on a "
                                       "new row; its last square is filled as far as its figure "
                                       "goes.")
                         : ot_gettext (lang, "One square is %s. Each group starts on a new row; "
                                       "its last square is filled as far as its figure goes."),
                         unit_text);
  note = ot_chart_layout_add_text (layout, key, ot_chart_font_size (layout, 15),
                                   PANGO_WEIGHT_NORMAL, width, PANGO_ALIGN_LEFT, OT_TEXT_MUTED);
  ot_text_box_move_to (note, m, bottom - note->rect.height);
  bottom = note->rect.y - 14 * u;

  /* Labels beside the blocks on a wide canvas, above them on a narrow one;
   * beside them on one line where two would leave the squares no room. */
  label_w = narrow ? width : MAX (width * 0.4, 1);
  one_line = narrow || shown->len * 2.6 * ot_chart_font_size (layout, 20) > (bottom - top) * 0.6;
  for (guint i = 0; i < shown->len; i++)
    {
      const OtChartPart *one = &g_array_index (shown, OtChartPart, i);
      const char *value = one->value_text;
      g_autofree char *text = g_strdup_printf (one_line ? "%s: %s" : "%s\n%s", one->label, value);
      g_autofree char *said = NULL;
      OtTextBox *box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 20),
                                                 PANGO_WEIGHT_NORMAL, label_w, PANGO_ALIGN_LEFT,
                                                 OT_TEXT_FOREGROUND);
      OtCompositionBlock block = { 0 };

      g_ptr_array_add (labels, box);
      labels_h += box->rect.height;
      block.squares = one->value / self->cell_unit;
      block.gathered = one->part == NULL;
      block.meaning = block.gathered ? OT_MEANING_NONE
                                     : ot_dataset_get_figure_meaning (dataset, one->part);
      block.rows = MAX (ceil (block.squares / COLUMNS - 1e-9), 1);
      rows += block.rows;
      g_array_append_val (self->blocks, block);

      cumulative += block.squares;
      g_array_append_val (self->ends, cumulative);
      /* The gathered parts' sum is the chart's, and says so. */
      said = block.gathered
             ? ot_chart_layout_mark_derived (layout, value,
                                             ot_gettext (lang, "the sum of their published "
                                                         "figures"), lang)
             : g_strdup (value);
      g_string_append_printf (description, "%s%s %s", i > 0 ? "; " : "", one->label, said);
    }

  /* Half a square between blocks; on a narrow canvas a label's height too. */
  gaps = 0.5 * (shown->len > 0 ? shown->len - 1 : 0);
  if (narrow)
    self->square = MIN (width / COLUMNS,
                        (bottom - top - labels_h - 6 * u * shown->len) / MAX (rows + gaps, 1));
  else
    {
      /* A block is as tall as its rows or its label, whichever is taller. */
      self->square = MIN ((width - label_w - 24 * u) / COLUMNS,
                          (bottom - top) / MAX (rows + gaps, 1));
      for (;;)
        {
          double h = self->square * gaps;

          for (guint i = 0; i < shown->len; i++)
            h += MAX (self->square * g_array_index (self->blocks, OtCompositionBlock, i).rows,
                      ((OtTextBox *) g_ptr_array_index (labels, i))->rect.height);
          if (h <= bottom - top || self->square <= 1)
            break;
          self->square *= 0.95;
        }
    }
  self->square = MAX (self->square, 1);
  self->gap = self->square * 0.12;
  self->grid = (OtRect) { m, top, self->square * COLUMNS, 0 };

  y = top;
  for (guint i = 0; i < shown->len; i++)
    {
      OtCompositionBlock *block = &g_array_index (self->blocks, OtCompositionBlock, i);
      const OtChartPart *one = &g_array_index (shown, OtChartPart, i);
      OtTextBox *box = g_ptr_array_index (labels, i);
      OtRect area;

      if (narrow)
        {
          ot_text_box_move_to (box, m, y);
          y += box->rect.height + 6 * u;
        }
      block->rect = (OtRect) { m, y, self->square * COLUMNS - self->gap,
                               self->square * block->rows - self->gap };
      if (!narrow)
        ot_text_box_move_to (box, m + self->square * COLUMNS + 24 * u, y);
      area = narrow ? (OtRect) { m, box->rect.y, width, block->rect.y + block->rect.height
                                                          - box->rect.y }
                    : (OtRect) { m, y, width, MAX (block->rect.height, box->rect.height) };
      /* The gathered parts are no one figure of the source to point to. */
      if (!block->gathered)
        ot_chart_layout_add_element (layout, &area, one->part->id, block->meaning,
                                     g_strdup_printf ("%s: %s", one->label, one->value_text));
      y += MAX (self->square * block->rows, narrow ? 0 : box->rect.height)
           + self->square * 0.5;
    }
  self->grid.height = y - self->square * 0.5 - top;

  /* TRANSLATORS: "Unit chart. <title>, one square for 1 million: <parts>." */
  layout->description = g_strdup_printf (ot_gettext (lang, "Unit chart. %s, one square for "
                                                     "%s, each group from a new row: %s."),
                                         title, unit_text, description->str);
}

static void
composition_paint (const OtChartLayout *layout,
                   cairo_t             *cr,
                   const OtPalette     *palette)
{
  const Composition *self = layout->data;
  double s = self->square, inner = s - self->gap, line = MAX (layout->unit, 1.0);

  for (guint g = 0; g < self->blocks->len; g++)
    {
      const OtCompositionBlock *block = &g_array_index (self->blocks, OtCompositionBlock, g);
      guint cells = (guint) ceil (block->squares - 1e-9);

      for (guint k = 0; k < cells; k++)
        {
          double x = block->rect.x + (k % COLUMNS) * s;
          double y = block->rect.y + (k / COLUMNS) * s;
          double filled = MIN (block->squares - k, 1.0);

          if (block->gathered)
            ot_cairo_set_color (cr, &palette->muted);
          else
            ot_chart_set_meaning_color (layout, cr, palette, block->meaning);
          cairo_rectangle (cr, x, y, filled * inner, inner);
          cairo_fill (cr);

          /* The rest of a part-filled square is outlined, so 0.3 reads as
           * three tenths of a square. */
          if (filled < 1.0)
            {
              cairo_set_line_width (cr, line);
              cairo_rectangle (cr, x + line / 2, y + line / 2, inner - line, inner - line);
              cairo_stroke (cr);
            }
        }
    }
}

/* A total with parts, or there is nothing to divide into squares. */
static gboolean
composition_supports (OtDataset *dataset)
{
  return ot_dataset_find_breakdown (dataset) != NULL;
}

static char *
composition_dup_title (OtDataset *dataset,
                       OtLang     lang)
{
  /* TRANSLATORS: a chart's name; %s is what the total counts */
  return ot_chart_dup_total_title (dataset, N_("%s in squares"), N_("A total in squares"), lang);
}

const OtChart ot_chart_composition = {
  "composition", N_("Displaced people, a square for each million"), composition_build,
  composition_paint, composition_supports, composition_dup_title,
};
