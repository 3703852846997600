/* ot-slide.c: a chart as a slide, with the letter's sentence beneath it and
 * type large enough for a projector
 *
 * The same slide is shown full screen, written into the PDF deck and
 * printed: no text on it is smaller than a fortieth of its height.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-slide"

#include "config.h"

#include "ot-chart-private.h"
#include "ot-slide.h"

/* Where the Dutch government publishes the letter. */
#define LETTER_URI "https://zoek.officielebekendmakingen.nl/kst-26150-155.html"

/* A slide at @index (from 1) of @count says so in its corner, "3 / 7";
 * @count 0 for a slide on its own. */
OtSlideLayout *
ot_slide_layout_new_at (const OtChart      *chart,
                        PangoContext       *context,
                        OtDataset          *dataset,
                        double              width,
                        double              height,
                        const OtChartStyle *style,
                        guint               index,
                        guint               count)
{
  return ot_slide_layout_new_edited (chart, context, dataset, width, height, style, index, count,
                                     NULL);
}

/* The passages a user chose, each the letter's words, as one quotation with
 * "[…]" where text is left out between them. */
char *
ot_slide_dup_quote (const char * const *passages,
                    OtLang              lang)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (passages != NULL, NULL);

  joined = g_strjoinv (" […] ", (GStrv) passages);
  return g_strdup_printf (ot_gettext (lang, "“%s”"), joined);
}

OtSlideLayout *
ot_slide_layout_new_edited (const OtChart      *chart,
                            PangoContext       *context,
                            OtDataset          *dataset,
                            double              width,
                            double              height,
                            const OtChartStyle *style,
                            guint               index,
                            guint               count,
                            const OtDeckSlide  *edits)
{
  OtSlideLayout *layout;
  OtChartStyle chart_style;
  g_autofree char *quoted = NULL;
  double margin, wrap, bottom;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (count == 0 || (index >= 1 && index <= count), NULL);

  layout = g_new0 (OtSlideLayout, 1);
  layout->min_text = MAX (height / 40, style->min_text);
  layout->links = ot_dataset_is_letter (dataset);
  chart_style = *style;
  chart_style.min_text = layout->min_text;
  if (edits != NULL && edits->changes != NULL)
    chart_style.changes = edits->changes;
  margin = MAX (MIN (width / 1280.0, height / 720.0) * 36, 6);
  wrap = MAX (width - 2 * margin, 1);
  bottom = height - margin * 0.75;

  if (count > 0)
    {
      /* TRANSLATORS: where a slide is in the presentation or the deck: "3 / 7" */
      g_autofree char *where = g_strdup_printf (ot_gettext (style->lang, "%u / %u"), index, count);

      layout->position = ot_text_box_new (context, where, layout->min_text, PANGO_WEIGHT_NORMAL,
                                          PANGO_STYLE_NORMAL, -1, PANGO_ALIGN_RIGHT,
                                          OT_TEXT_MUTED);
      layout->position->rect.x = width - margin - layout->position->rect.width;
      layout->position->rect.y = bottom - layout->position->rect.height;
      wrap = MAX (wrap - layout->position->rect.width - margin * 0.5, 1);
    }

  /* The caption needs the chart's sources, and the chart the room the
   * caption leaves: lay the chart out once to learn them. */
  layout->chart = ot_chart_layout_new (chart, context, dataset, width, height, &chart_style);
  if (edits != NULL && edits->quote != NULL && edits->quote[0] != NULL)
    quoted = ot_slide_dup_quote ((const char * const *) edits->quote, style->lang);
  else
    quoted = ot_chart_layout_dup_caption (layout->chart, dataset, style->lang);

  if (quoted[0] != '\0')
    {
      layout->caption = ot_text_box_new (context, quoted, layout->min_text * 1.1,
                                         PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, wrap,
                                         PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
      layout->caption->rect.x = margin;
      layout->caption->rect.y = bottom - layout->caption->rect.height;
    }

  layout->chart_rect = (OtRect) { 0, 0, width,
                                  layout->caption != NULL
                                  ? layout->caption->rect.y - margin * 0.25
                                  : layout->position != NULL
                                  ? layout->position->rect.y - margin * 0.25 : height };
  if (layout->caption != NULL || layout->position != NULL)
    {
      ot_chart_layout_free (layout->chart);
      layout->chart = ot_chart_layout_new (chart, context, dataset, width,
                                           layout->chart_rect.height, &chart_style);
    }

  return layout;
}

OtSlideLayout *
ot_slide_layout_new (const OtChart      *chart,
                     PangoContext       *context,
                     OtDataset          *dataset,
                     double              width,
                     double              height,
                     const OtChartStyle *style)
{
  return ot_slide_layout_new_at (chart, context, dataset, width, height, style, 0, 0);
}

void
ot_slide_layout_free (OtSlideLayout *layout)
{
  if (layout == NULL)
    return;

  ot_chart_layout_free (layout->chart);
  ot_text_box_free (layout->caption);
  ot_text_box_free (layout->position);
  g_free (layout);
}

void
ot_slide_layout_paint (const OtSlideLayout *layout,
                       cairo_t             *cr,
                       const OtChartStyle  *style)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  ot_cairo_set_color (cr, &palette->background);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_rectangle (cr, layout->chart_rect.x, layout->chart_rect.y, layout->chart_rect.width,
                   layout->chart_rect.height);
  cairo_clip (cr);
  ot_chart_layout_paint (layout->chart, cr, style);
  cairo_restore (cr);

  if (layout->caption != NULL)
    {
      /* In a PDF the quotation links to the letter; other surfaces ignore
       * the tag. */
      if (layout->links)
        cairo_tag_begin (cr, CAIRO_TAG_LINK, "uri='" LETTER_URI "'");
      ot_cairo_set_color (cr, &palette->foreground);
      cairo_move_to (cr, layout->caption->rect.x, layout->caption->rect.y);
      pango_cairo_show_layout (cr, layout->caption->layout);
      if (layout->links)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
  if (layout->position != NULL)
    {
      ot_cairo_set_color (cr, &palette->muted);
      cairo_move_to (cr, layout->position->rect.x, layout->position->rect.y);
      pango_cairo_show_layout (cr, layout->position->layout);
    }
  cairo_restore (cr);
}

/* A slide at @index of @count, as ot_slide_layout_new_at () lays it out:
 * a printed page says where it is, as the deck's do. */
void
ot_slide_draw (cairo_t            *cr,
               const OtChart      *chart,
               OtDataset          *dataset,
               double              width,
               double              height,
               const OtChartStyle *style,
               guint               index,
               guint               count)
{
  ot_slide_draw_edited (cr, chart, dataset, width, height, style, index, count, NULL);
}

void
ot_slide_draw_edited (cairo_t            *cr,
                      const OtChart      *chart,
                      OtDataset          *dataset,
                      double              width,
                      double              height,
                      const OtChartStyle *style,
                      guint               index,
                      guint               count,
                      const OtDeckSlide  *edits)
{
  PangoContext *context;
  OtSlideLayout *layout;

  g_return_if_fail (cr != NULL);

  if (width < 1 || height < 1)
    return;

  context = ot_chart_text_context_new (cr);
  layout = ot_slide_layout_new_edited (chart, context, dataset, width, height, style, index,
                                       count, edits);
  ot_slide_layout_paint (layout, cr, style);
  ot_slide_layout_free (layout);
  g_object_unref (context);
}

/* A page of big text, top to bottom, in the slides' type: the title slide,
 * and the speaker notes after a slide. */
static void
paint_text_page (cairo_t            *cr,
                 PangoContext       *context,
                 double              width,
                 double              height,
                 const OtChartStyle *style,
                 const char * const *texts,
                 const double       *sizes,
                 const gboolean     *bold,
                 guint               n)
{
  const OtPalette *palette = ot_chart_style_get_palette (style);
  double margin = MAX (MIN (width / 1280.0, height / 720.0) * 72, 6);
  double min_text = MAX (height / 40, style->min_text);
  double y = margin;

  cairo_save (cr);
  ot_cairo_set_color (cr, &palette->background);
  cairo_paint (cr);
  for (guint i = 0; i < n; i++)
    {
      OtTextBox *box;

      if (texts[i] == NULL || *texts[i] == '\0')
        continue;
      box = ot_text_box_new (context, texts[i], MAX (sizes[i] * height, min_text),
                             bold[i] ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                             MAX (width - 2 * margin, 1), PANGO_ALIGN_LEFT,
                             i == 0 ? OT_TEXT_FOREGROUND : OT_TEXT_MUTED);
      ot_text_box_wrap_words (box);
      ot_cairo_set_color (cr, i == 0 || !bold[0] ? &palette->foreground : &palette->muted);
      cairo_move_to (cr, margin, y);
      pango_cairo_show_layout (cr, box->layout);
      y += box->rect.height + margin * 0.4;
      ot_text_box_free (box);
    }
  cairo_restore (cr);
}

/* The deck's title slide: its title, author and date. */
void
ot_slide_paint_title (cairo_t             *cr,
                      PangoContext        *context,
                      double               width,
                      double               height,
                      const OtChartStyle  *style,
                      const OtDeckChanges *deck)
{
  g_autofree char *date = deck->date != NULL ? ot_deck_format_date (deck->date, style->lang) : NULL;
  const char *texts[] = { deck->title, deck->author, date };
  const double sizes[] = { 0.085, 0.045, 0.04 };
  const gboolean bold[] = { TRUE, FALSE, FALSE };

  paint_text_page (cr, context, width, height, style, texts, sizes, bold, G_N_ELEMENTS (texts));
}

/* Speaker notes as a page of their own after the slide: any PDF viewer
 * shows them, and a presenter skips them (docs/briefing-format.md). */
void
ot_slide_paint_notes (cairo_t            *cr,
                      PangoContext       *context,
                      double              width,
                      double              height,
                      const OtChartStyle *style,
                      const char         *slide_title,
                      const char         *notes)
{
  /* TRANSLATORS: the heading of a deck's page of speaker notes: "Notes: <slide title>" */
  g_autofree char *heading = g_strdup_printf (ot_gettext (style->lang, "Speaker notes: %s"),
                                              slide_title);
  const char *texts[] = { heading, notes };
  const double sizes[] = { 0.05, 0.035 };
  const gboolean bold[] = { TRUE, FALSE };

  paint_text_page (cr, context, width, height, style, texts, sizes, bold, G_N_ELEMENTS (texts));
}

/* The chart's title as shown: the user's (@changes), if any. */
char *
ot_slide_dup_title (const OtChart        *chart,
                    OtDataset            *dataset,
                    const OtChartChanges *changes,
                    OtLang                lang)
{
  if (changes != NULL && changes->title != NULL && *changes->title != '\0')
    return g_strdup (changes->title);
  return ot_chart_dup_title (chart, dataset, lang);
}
