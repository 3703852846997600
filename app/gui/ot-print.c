/* ot-print.c: printing charts, one a page, with the export renderer
 *
 * Each page is the chart as a slide (the chart with the letter's sentence
 * beneath it and where the page is, "3 / 7"), drawn by the same core code
 * as the exports, so the preview, the paper and the PDF deck agree: the
 * briefing's title slide first, a page of speaker notes after a slide
 * that has them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-print"

#include "config.h"

#include "ot-print.h"
#include "ot-slide.h"

typedef struct
{
  OtDataset    *dataset;
  GPtrArray    *charts;   /* const OtChart */
  OtChartStyle  style;
  OtDeckChanges *deck;    /* each slide's quote and changes, or NULL */
  GArray       *pages;    /* int: a chart's index; -1 the title slide; -2 - i i's notes */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_object_unref (job->dataset);
  g_ptr_array_unref (job->charts);
  g_clear_pointer (&job->deck, ot_deck_changes_free);
  g_array_unref (job->pages);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, job->pages->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  int what = g_array_index (job->pages, int, page);
  int index = what >= 0 ? what : -2 - what;
  const OtChart *chart = what == -1 ? NULL : g_ptr_array_index (job->charts, index);
  const OtDeckSlide *edits = chart != NULL ? ot_deck_changes_get_slide (job->deck, chart->id)
                                           : NULL;
  PangoContext *text;

  if (what >= 0)
    {
      ot_slide_draw_edited (cr, chart, job->dataset, width, height, &job->style, index + 1,
                            job->charts->len, edits);
      return;
    }
  text = ot_chart_text_context_new (cr);
  if (what == -1)
    ot_slide_paint_title (cr, text, width, height, &job->style, job->deck);
  else if (edits != NULL)  /* a notes page is only there for a slide with notes */
    {
      g_autofree char *title = ot_slide_dup_title (chart, job->dataset, edits->changes,
                                                   job->style.lang);

      ot_slide_paint_notes (cr, text, width, height, &job->style, title, edits->speaker_notes);
    }
  g_object_unref (text);
}

/* @deck: each slide's edits (taken; NULL: as the letter has them). */
GtkPrintOperation *
ot_print_operation_new (OtDataset          *dataset,
                        const char * const *chart_ids,
                        const OtChartStyle *style,
                        OtDeckChanges      *deck)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  PrintJob *job;

  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  job = g_new0 (PrintJob, 1);
  job->dataset = g_object_ref (dataset);
  job->style = *style;
  job->deck = deck;
  /* Paper is white: print in the light colours whatever the screen uses. */
  if (job->style.theme == OT_THEME_DARK)
    job->style.theme = OT_THEME_LIGHT;

  job->charts = ot_chart_list_from_ids (chart_ids, dataset, NULL);
  if (job->charts == NULL)
    job->charts = ot_chart_list_from_ids (NULL, dataset, NULL);
  /* The pages as the PDF deck has them. */
  job->pages = g_array_new (FALSE, FALSE, sizeof (int));
  if (ot_deck_changes_has_title_slide (deck))
    g_array_append_val (job->pages, (int) { -1 });
  for (guint i = 0; i < job->charts->len; i++)
    {
      const OtChart *chart = g_ptr_array_index (job->charts, i);
      const OtDeckSlide *edits = ot_deck_changes_get_slide (deck, chart->id);
      int slide = i, notes = -2 - (int) i;

      g_array_append_val (job->pages, slide);
      if (edits != NULL && edits->speaker_notes != NULL && *edits->speaker_notes != '\0')
        g_array_append_val (job->pages, notes);
    }

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, ot_gettext (style->lang, "Ontheemd charts"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), job,
                         (GClosureNotify) (void (*) (void)) print_job_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return operation;
}
