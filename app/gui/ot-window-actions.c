/* ot-window-actions.c: what the window's menu, buttons and shortcuts do
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-csv-writer.h"
#include "ot-export-dialog.h"
#include "ot-presentation.h"
#include "ot-print.h"
#include "ot-shortcuts.h"
#include "ot-slides-dialog.h"
#include "ot-window-private.h"

static GtkFileFilter *
briefing_filter (OtLang lang)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, ot_gettext (lang, "Briefings"));
  gtk_file_filter_add_mime_type (filter, OT_BRIEFING_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "ontheemd");
  return filter;
}

static GtkFileFilter *
csv_filter (OtLang lang)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, ot_gettext (lang, "Briefings, figures or a UNHCR export"));
  gtk_file_filter_add_mime_type (filter, OT_BRIEFING_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "ontheemd");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/zip");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "zip");
  return filter;
}

static void
open_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OtWindow) self = user_data;
  g_autoptr(GFile) file = ot_compat_choose_file_finish (result, NULL);

  if (file != NULL)
    ot_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = csv_filter (self->lang);

  ot_compat_choose_file (GTK_WINDOW (self), OT_COMPAT_FILE_OPEN,
                         ot_gettext (self->lang, "Open a Briefing or Figures"),
                         ot_gettext (self->lang, "_Open"),
                         NULL, NULL, filter, NULL, open_chosen_cb, g_object_ref (self));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  ot_window_open_file (OT_WINDOW (widget), file);
}

static void
use_letter_figures_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ot_window_use_letter_figures (OT_WINDOW (widget));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ot_window_reload (OT_WINDOW (widget));
}

/* The chart as the export settings say, into @file; the file's name ending
 * chooses the format when it names one. */
/* Says where the chart went, with a button that opens it. */
static void
exported_cb (OtWindow *self,
             GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (ot_gettext (self->lang, "Exported “%s”"), name);

  ot_window_toast (self, title, file);
}

gboolean
ot_window_export_chart_to (OtWindow  *self,
                           GFile     *file,
                           GError   **error)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);

  if (!ot_export_chart_as_chosen (self->settings, self->lang, chart,
                                  ot_window_get_chart_changes (self, chart != NULL ? chart->id : NULL),
                                  self->dataset, file, error))
    return FALSE;

  exported_cb (self, file);
  return TRUE;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  GtkWidget *dialog = ot_export_dialog_new (GTK_WINDOW (self), self->settings, self->dataset,
                                            chart,
                                            ot_window_get_chart_changes (self, chart != NULL
                                                                         ? chart->id : NULL),
                                            self->lang);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (!ot_window_export_chart_to (self, file, &error))
    ot_window_show_error (self, ot_gettext (self->lang, "The chart could not be exported"),
                          error->message);
}

gboolean
ot_window_export_table_to (OtWindow  *self,
                           GFile     *file,
                           GError   **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;

  if (!ot_csv_write_figures_to_file (self->dataset, file, NULL, error))
    return FALSE;

  title = g_strdup_printf (ot_gettext (self->lang, "Exported “%s”"), name);
  ot_window_toast (self, title, file);
  return TRUE;
}

static void
export_table_chosen_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OtWindow) self = user_data;
  g_autoptr(GFile) file = ot_compat_choose_file_finish (result, NULL);
  g_autoptr(GError) error = NULL;

  if (file != NULL && !ot_window_export_table_to (self, file, &error))
    ot_window_show_error (self, ot_gettext (self->lang, "The table could not be exported"),
                          error->message);
}

static void
export_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = csv_filter (self->lang);

  /* The file chooser asks before it replaces an existing file. */
  ot_compat_choose_file (GTK_WINDOW (self), OT_COMPAT_FILE_SAVE,
                         ot_gettext (self->lang, "Export Table"),
                         ot_gettext (self->lang, "_Export"), NULL,
                         ot_gettext (self->lang, "figures.csv"), filter, NULL,
                         export_table_chosen_cb, g_object_ref (self));
}

static void
export_table_to_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (!ot_window_export_table_to (self, file, &error))
    ot_window_show_error (self, ot_gettext (self->lang, "The table could not be exported"),
                          error->message);
}

/* A PNG for slides and documents, an SVG beside it for drawing programs,
 * drawn with the export settings. */
static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  OtExportOptions options;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[3];

  if (self->dataset == NULL || chart == NULL)
    return;

  ot_export_options_from_settings (self->settings, self->lang, &options);
  options.style.changes = ot_window_get_chart_changes (self, chart->id);
  options.format = OT_EXPORT_PNG;
  png = ot_export_render (chart, self->dataset, &options, &error);
  if (png != NULL)
    {
      options.format = OT_EXPORT_SVG;
      options.scale = 1;
      options.style.transparent = FALSE;
      svg = ot_export_render (chart, self->dataset, &options, &error);
    }
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (png == NULL || svg == NULL || texture == NULL)
    {
      ot_window_show_error (self, ot_gettext (self->lang, "The chart could not be copied"),
                            error->message);
      return;
    }

  providers[0] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
  providers[1] = gdk_content_provider_new_for_bytes ("image/png", png);
  providers[2] = gdk_content_provider_new_for_bytes ("image/svg+xml", svg);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);
  ot_window_toast (self, ot_gettext (self->lang, "Chart copied"), NULL);
}

static void
copy_table_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autofree char *csv = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];

  if (self->dataset == NULL)
    return;

  csv = ot_csv_write_figures (self->dataset);
  bytes = g_bytes_new (csv, strlen (csv));
  providers[0] = gdk_content_provider_new_for_bytes ("text/csv", bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, csv);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);
  ot_window_toast (self, ot_gettext (self->lang, "Table copied as CSV"), NULL);
}

/* The chart in words, for the alt text field of a page or a CMS: what its
 * accessible description says (ot_chart_describe), as plain text. */
static void
copy_alt_text_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  g_autofree char *description = NULL;
  OtChartStyle style;

  if (self->dataset == NULL || chart == NULL)
    return;

  ot_chart_view_get_style (self->chart_view, &style);
  description = ot_chart_describe (chart, self->dataset, &style);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), description);
  ot_window_toast (self, ot_gettext (self->lang, "Alt text copied"), NULL);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "table") == 0)
    copy_table_action (widget, NULL, NULL);
  else
    copy_chart_action (widget, NULL, NULL);
}

static void
step_chart (OtWindow *self,
            int       step)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  guint n = 0;

  ot_window_get_nth_chart (self, 0, &n);
  for (guint i = 0; i < n; i++)
    if (ot_window_get_nth_chart (self, i, NULL) == chart)
      {
        ot_window_set_chart_id (self, ot_window_get_nth_chart (self, (i + n + step) % n, NULL)->id);
        return;
      }
}

static void
next_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_chart (OT_WINDOW (widget), 1);
}

static void
previous_chart_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  step_chart (OT_WINDOW (widget), -1);
}

static void
toggle_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  gboolean table = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "table") == 0;

  ot_window_set_view (self, table ? "chart" : "table");
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ot_window_set_page (OT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_letter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);

  ot_window_set_page (self, "letter");
  gtk_widget_grab_focus (GTK_WIDGET (self->letter_view));
}

static void
show_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);

  ot_window_set_page (self, "chart");
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "table") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (ot_figure_table_get_view (self->figure_table)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
}

/* Slides follow the export's language and theme, as a deck would. */
static void
slides_style (OtWindow     *self,
              OtChartStyle *style)
{
  OtExportOptions options;

  ot_export_options_from_settings (self->settings, self->lang, &options);
  *style = options.style;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_auto(GStrv) ids = NULL;
  OtPresentation *presentation;
  OtChartStyle style;

  if (self->dataset == NULL)
    return;

  ids = ot_window_dup_slide_ids (self);
  slides_style (self, &style);
  presentation = ot_presentation_new (GTK_WINDOW (self), self->dataset,
                                      (const char * const *) ids, &style,
                                      ot_window_dup_deck_changes (self));
  /* From the chart on screen, when the deck has it. */
  if (ot_chart_view_get_chart (self->chart_view) != NULL)
    ot_presentation_go_to_chart (presentation, ot_chart_view_get_chart (self->chart_view)->id);
  ot_presentation_start (presentation);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               OtWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      ot_window_show_error (self, ot_gettext (self->lang, "The slides could not be printed"),
                            error != NULL ? error->message : "");
    }
  g_object_unref (operation);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_auto(GStrv) ids = NULL;
  GtkPrintOperation *operation;
  OtChartStyle style;

  if (self->dataset == NULL)
    return;

  ids = ot_window_dup_slide_ids (self);
  slides_style (self, &style);
  operation = ot_print_operation_new (self->dataset, (const char * const *) ids, &style,
                                      ot_window_dup_deck_changes (self));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), NULL) != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_object_unref (operation);
}

/* The choice is the briefing's, an edit one can undo. */
static void
slides_chosen_cb (OtWindow       *self,
                  OtSlidesDialog *dialog)
{
  g_auto(GStrv) ids = ot_slides_dialog_dup_ids (dialog);

  ot_window_edit_slides (self, (const char * const *) ids);
}

static void
choose_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_auto(GStrv) ids = NULL;
  OtSlidesDialog *dialog;

  if (self->dataset == NULL)
    return;

  ids = ot_window_dup_slide_ids (self);
  dialog = ot_slides_dialog_new (GTK_WINDOW (self), self->settings, self->dataset,
                                 (const char * const *) ids, self->lang);
  g_signal_connect_object (dialog, "changed", G_CALLBACK (slides_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Writes the chosen slides into one PDF, PowerPoint or Impress file, as
 * @file's name says; FALSE with @error set when it could not, and then
 * nothing was replaced. */
gboolean
ot_window_export_deck (OtWindow  *self,
                       GFile     *file,
                       GError   **error)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(OtDeckChanges) deck = NULL;
  g_autofree char *name = NULL;
  OtExportOptions options;
  OtDeckFormat format;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  name = g_file_get_basename (file);
  if (!ot_export_deck_format_from_name (name, &format, error))
    return FALSE;
  if (self->dataset == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           ot_gettext (self->lang, "There are no figures to export."));
      return FALSE;
    }

  ot_export_options_from_settings (self->settings, self->lang, &options);
  options.format = OT_EXPORT_PDF;
  options.width = 1280;
  options.height = 720;
  options.scale = 1;
  /* The briefing's slides in its order, with its edits: what
   * `ontheemd --export-deck --briefing` makes of the saved file. */
  charts = ot_window_dup_slide_charts (self);
  deck = ot_window_dup_deck_changes (self);
  options.deck = deck;

  if (format != OT_DECK_PDF)
    return ot_export_office_deck_to_file ((const OtChart * const *) charts->pdata, charts->len,
                                          self->dataset, &options, format, file, NULL, error);
  return ot_export_deck_to_file ((const OtChart * const *) charts->pdata, charts->len,
                                 self->dataset, &options, file, NULL, error);
}

static void
export_deck_chosen_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OtWindow) self = user_data;
  g_autoptr(GFile) file = ot_compat_choose_file_finish (result, NULL);
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;
  if (ot_window_export_deck (self, file, &error))
    ot_window_toast (self, ot_gettext (self->lang, "Slides exported"), file);
  else
    ot_window_show_error (self, ot_gettext (self->lang, "The slides could not be exported"),
                          error->message);
}

static void
export_deck_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, ot_gettext (self->lang, "PDF"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  ot_compat_choose_file (GTK_WINDOW (self), OT_COMPAT_FILE_SAVE,
                         ot_gettext (self->lang, "Export Slides as PDF"),
                         ot_gettext (self->lang, "_Export"), NULL,
                         ot_gettext (self->lang, "ontheemd-slides.pdf"), filter, NULL,
                         export_deck_chosen_cb, g_object_ref (self));
}

/* The slides as a deck to edit in PowerPoint ("pptx") or Impress ("odp"). */
static void
export_office_deck_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  gboolean pptx = g_str_equal (g_variant_get_string (parameter, NULL), "pptx");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, pptx ? ot_gettext (self->lang, "PowerPoint presentation")
                                         : ot_gettext (self->lang, "Impress presentation"));
  gtk_file_filter_add_suffix (filter, pptx ? "pptx" : "odp");
  ot_compat_choose_file (GTK_WINDOW (self), OT_COMPAT_FILE_SAVE,
                         pptx ? ot_gettext (self->lang, "Export Slides for PowerPoint")
                              : ot_gettext (self->lang, "Export Slides for Impress"),
                         ot_gettext (self->lang, "_Export"), NULL,
                         pptx ? ot_gettext (self->lang, "ontheemd-slides.pptx")
                              : ot_gettext (self->lang, "ontheemd-slides.odp"),
                         filter, NULL, export_deck_chosen_cb, g_object_ref (self));
}

static void
export_deck_to_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (ot_window_export_deck (self, file, &error))
    ot_window_toast (self, ot_gettext (self->lang, "Slides exported"), file);
  else
    ot_window_show_error (self, ot_gettext (self->lang, "The slides could not be exported"),
                          error->message);
}

static void
new_briefing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = self->settings;

  /* This window keeps its briefing; a new one starts in a window of its own. */
  if (ot_window_get_modified (self) || self->briefing_file != NULL)
    gtk_window_present (GTK_WINDOW (ot_window_new (app, settings)));
  else
    ot_window_new_briefing (self);
}

static void
save_as_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OtWindow) self = user_data;
  g_autoptr(GFile) file = ot_compat_choose_file_finish (result, NULL);
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    {
      self->close_confirmed = FALSE;
      self->quit_on_close = FALSE;
      return;
    }
  if (!ot_window_save_briefing_or_say (self, file))
    {
      self->close_confirmed = FALSE;
      self->quit_on_close = FALSE;
      return;
    }
  /* Saved on the way out (close or quit asked to save). */
  if (self->close_confirmed)
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = briefing_filter (self->lang);
  g_autofree char *name = self->briefing_file != NULL
                          ? g_file_get_basename (self->briefing_file)
                          : g_strdup (ot_gettext (self->lang, "briefing.ontheemd"));
  g_autoptr(GFile) folder = self->briefing_file != NULL
                            ? g_file_get_parent (self->briefing_file) : NULL;

  ot_compat_choose_file (GTK_WINDOW (self), OT_COMPAT_FILE_SAVE,
                         ot_gettext (self->lang, "Save Briefing"),
                         ot_gettext (self->lang, "_Save"), folder, name, filter, NULL,
                         save_as_chosen_cb, g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OtWindow *self = OT_WINDOW (widget);

  if (self->briefing_file == NULL)
    save_as_action (widget, NULL, NULL);
  else
    ot_window_save_briefing_or_say (self, self->briefing_file);
}

static void
save_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));

  ot_window_save_briefing_or_say (OT_WINDOW (widget), file);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ot_window_undo (OT_WINDOW (widget));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ot_window_redo (OT_WINDOW (widget));
}

static void
annotate_element_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *parameter)
{
  ot_window_annotate_element (OT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
toggle_highlight_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *parameter)
{
  ot_window_toggle_highlight (OT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
ot_window_class_actions_init (GtkWidgetClass *klass)
{
    {
      gtk_widget_class_install_action (klass, "win.open", NULL, open_action);
      gtk_widget_class_install_action (klass, "win.new-briefing", NULL, new_briefing_action);
      gtk_widget_class_install_action (klass, "win.save", NULL, save_action);
      gtk_widget_class_install_action (klass, "win.save-as", NULL, save_as_action);
      gtk_widget_class_install_action (klass, "win.save-to", "s", save_to_action);
      gtk_widget_class_install_action (klass, "win.undo", NULL, undo_action);
      gtk_widget_class_install_action (klass, "win.toggle-highlight", "s",
                                       toggle_highlight_action);
      gtk_widget_class_install_action (klass, "win.annotate-element", "s",
                                       annotate_element_action);
      gtk_widget_class_install_action (klass, "win.redo", NULL, redo_action);
      gtk_widget_class_install_action (klass, "win.open-recent", "s", open_recent_action);
      gtk_widget_class_install_action (klass, "win.use-letter-figures", NULL,
                                       use_letter_figures_action);
      gtk_widget_class_install_action (klass, "win.reload", NULL, reload_action);
      gtk_widget_class_install_action (klass, "win.export", NULL, export_action);
      gtk_widget_class_install_action (klass, "win.export-to", "s", export_to_action);
      gtk_widget_class_install_action (klass, "win.export-table", NULL, export_table_action);
      gtk_widget_class_install_action (klass, "win.export-table-to", "s",
                                       export_table_to_action);
      gtk_widget_class_install_action (klass, "win.copy", NULL, copy_action);
      gtk_widget_class_install_action (klass, "win.copy-chart", NULL, copy_chart_action);
      gtk_widget_class_install_action (klass, "win.copy-table", NULL, copy_table_action);
      gtk_widget_class_install_action (klass, "win.copy-alt-text", NULL, copy_alt_text_action);
      gtk_widget_class_install_action (klass, "win.next-chart", NULL, next_chart_action);
      gtk_widget_class_install_action (klass, "win.previous-chart", NULL,
                                       previous_chart_action);
      gtk_widget_class_install_action (klass, "win.toggle-table", NULL, toggle_table_action);
      gtk_widget_class_install_action (klass, "win.page", "s", page_action);
      gtk_widget_class_install_action (klass, "win.show-letter", NULL, show_letter_action);
      gtk_widget_class_install_action (klass, "win.show-chart", NULL, show_chart_action);
      gtk_widget_class_install_action (klass, "win.present", NULL, present_action);
      gtk_widget_class_install_action (klass, "win.print", NULL, print_action);
      gtk_widget_class_install_action (klass, "win.choose-slides", NULL, choose_slides_action);
      gtk_widget_class_install_action (klass, "win.export-deck", NULL, export_deck_action);
      gtk_widget_class_install_action (klass, "win.export-deck-to", "s", export_deck_to_action);
      gtk_widget_class_install_action (klass, "win.export-office-deck", "s",
                                       export_office_deck_action);
    }
}

/* The chart, the view (chart or table) and the breakdown's shares are
 * settings, and their actions are the settings' own (win.chart "s",
 * win.view "s", win.breakdown-shares, stateful): activating one sets the
 * setting, and the window follows the setting (ot-window.c). */
void
ot_window_actions_init (OtWindow *self)
{
  static const char * const keys[] = { "chart", "view", "breakdown-shares" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, keys[i]);

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }
}

/* Which actions apply now. */
void
ot_window_actions_update (OtWindow *self)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  gboolean folded = ot_panes_get_folded (self->panes);
  gboolean table = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "table") == 0;
  const char *page = ot_panes_get_visible_page (self->panes);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.use-letter-figures", ot_window_get_file (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", ot_window_get_file (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.page", folded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->history != NULL && ot_edit_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->history != NULL && ot_edit_history_can_redo (self->history));

  /* The view's, the shares' and the chart's toggles show their stateful
   * actions' state themselves (ot_window_actions_init). */
  gtk_widget_set_sensitive (self->shares_button,
                            chart != NULL && g_str_equal (chart->id, "breakdown") && !table);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_parent (GTK_WIDGET (self->letter_switch_content))),
                                g_strcmp0 (page, "letter") == 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_parent (GTK_WIDGET (self->chart_switch_content))),
                                g_strcmp0 (page, "chart") == 0);
}

/* How many recent files the menu offers. */
#define MAX_RECENT 8

/* @file first among the recent files (the setting and GTK's list), and the
 * menu made again with it. */
void
ot_window_add_recent (OtWindow *self,
                      GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;
  g_autoptr(GMenuModel) menu = NULL;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
  {
    /* Every field filled: GLib writes a NULL one as a critical. */
    g_autofree char *name = g_file_get_basename (file);
    GtkRecentData data = {
      .display_name = name, .description = (char *) "",
      .mime_type = (char *) (ot_window_is_briefing_file (file) ? OT_BRIEFING_MIME_TYPE : "text/csv"),
      .app_name = (char *) "Ontheemd", .app_exec = (char *) "ontheemd %u",
    };

    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
  }

  menu = ot_window_build_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, action);
  const char *accel = ot_shortcuts_get_accel (action);

  /* Shown beside the item (ot-shortcuts.c says which, once). */
  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  g_menu_append_item (menu, item);
}

/* The primary menu, in the window's language, with the recent files. */
GMenuModel *
ot_window_build_menu (OtWindow *self)
{
  OtLang lang = self->lang;
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) recent = g_menu_new ();
  g_autoptr(GMenu) output = g_menu_new ();
  g_autoptr(GMenu) slides = g_menu_new ();
  g_autoptr(GMenu) app = g_menu_new ();
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-files");

  g_autoptr(GMenu) edit = g_menu_new ();
  g_autofree char *undo = ot_window_dup_undo_label (self, FALSE);
  g_autofree char *redo = ot_window_dup_undo_label (self, TRUE);

  append_item (files, ot_gettext (lang, "_New Briefing"), "win.new-briefing");
  append_item (files, ot_gettext (lang, "_Open…"), "win.open");
  append_item (files, ot_gettext (lang, "_Save"), "win.save");
  append_item (files, ot_gettext (lang, "Save _As…"), "win.save-as");
  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (recent, item);
    }
  if (uris[0] != NULL)
    g_menu_append_submenu (files, ot_gettext (lang, "Open _Recent"), G_MENU_MODEL (recent));
  append_item (files, ot_gettext (lang, "_Reload Figures"), "win.reload");
  append_item (files, ot_gettext (lang, "Use the _Letter's Figures"), "win.use-letter-figures");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (files));

  append_item (edit, undo != NULL ? undo : ot_gettext (lang, "_Undo"), "win.undo");
  append_item (edit, redo != NULL ? redo : ot_gettext (lang, "_Redo"), "win.redo");
  append_item (edit, ot_gettext (lang, "E_dit Chart"), "win.edit-panel");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  append_item (output, ot_gettext (lang, "_Export Chart…"), "win.export");
  append_item (output, ot_gettext (lang, "_Copy Chart"), "win.copy-chart");
  append_item (output, ot_gettext (lang, "Copy _Alt Text"), "win.copy-alt-text");
  append_item (output, ot_gettext (lang, "Copy _Table as CSV"), "win.copy-table");
  append_item (output, ot_gettext (lang, "Export Table as C_SV…"), "win.export-table");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (output));

  append_item (slides, ot_gettext (lang, "_Present"), "win.present");
  append_item (slides, ot_gettext (lang, "Choose _Slides…"), "win.choose-slides");
  append_item (slides, ot_gettext (lang, "Export Slides as _PDF…"), "win.export-deck");
  {
    g_autoptr(GMenuItem) pptx = g_menu_item_new (ot_gettext (lang, "Export Slides for P_owerPoint…"),
                                                 NULL);
    g_autoptr(GMenuItem) odp = g_menu_item_new (ot_gettext (lang, "Export Slides for _Impress…"),
                                                NULL);

    g_menu_item_set_action_and_target (pptx, "win.export-office-deck", "s", "pptx");
    g_menu_item_set_action_and_target (odp, "win.export-office-deck", "s", "odp");
    g_menu_append_item (slides, pptx);
    g_menu_append_item (slides, odp);
  }
  append_item (slides, ot_gettext (lang, "P_rint Slides…"), "win.print");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (slides));

  append_item (app, ot_gettext (lang, "_Preferences"), "app.preferences");
  append_item (app, ot_gettext (lang, "_Keyboard Shortcuts"), "app.shortcuts");
  append_item (app, ot_gettext (lang, "_Help"), "app.help");
  append_item (app, ot_gettext (lang, "_About Ontheemd"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (app));

  return G_MENU_MODEL (menu);
}
