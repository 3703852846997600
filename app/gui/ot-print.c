/* ot-print.c: printing charts, one a page, with the export renderer
 *
 * Each page is the chart as a slide (the chart with the letter's sentence
 * beneath it and where the page is, "3 / 7"), drawn by the same core code
 * as the exports, so the preview, the paper and the PDF deck agree.
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
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_object_unref (job->dataset);
  g_ptr_array_unref (job->charts);
  g_clear_pointer (&job->deck, ot_deck_changes_free);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, job->charts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  const OtChart *chart = g_ptr_array_index (job->charts, page);

  ot_slide_draw_edited (gtk_print_context_get_cairo_context (context), chart, job->dataset,
                        gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context), &job->style, page + 1,
                        job->charts->len, ot_deck_changes_get_slide (job->deck, chart->id));
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
