/* ot-window.c: the main window, the letter beside its charts
 *
 * Side by side when the window is wide; one at a time with a switcher at
 * the bottom when it is narrow (OtPanes folds: ot-compat.c). A figure in the letter
 * selects the chart that shows it; an element of the chart finds its
 * sentence in the letter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-accessible.h"
#include "ot-file-drop.h"
#include "ot-format.h"
#include "ot-letter.h"
#include "ot-settings.h"
#include "ot-window-private.h"

G_DEFINE_FINAL_TYPE (OtWindow, ot_window, ADW_TYPE_APPLICATION_WINDOW)

static void show_load_error (OtWindow *self);

static void
set_banner (OtWindow   *self,
            const char *text)
{
  if (text == NULL)
    {
      g_clear_pointer (&self->banner_error, g_free);
      g_clear_object (&self->banner_file);
    }
  g_free (self->banner_text);
  self->banner_text = g_strdup (text);
  ot_banner_set_text (self->banner, text);
}

static void
banner_closed_cb (OtBanner *banner,
                  OtWindow *self)
{
  set_banner (self, NULL);
}

static void
update_subtitle (OtWindow *self)
{
  GFile *file = ot_figures_source_get_file (self->source);
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  adw_window_title_set_subtitle (self->window_title,
                                 name != NULL ? name
                                 : ot_gettext (self->lang, "Kamerstuk 26 150, no. 155, "
                                               "8 September 2016"));
}

/* The picker's button says which chart is on screen. */
static void
update_picker_name (OtWindow *self)
{
  GtkWidget *button = ot_accessible_drop_down_button (self->chart_picker);
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (button == NULL)
    return;

  /* TRANSLATORS: the chart picker, and the chart it shows */
  title = chart != NULL && self->dataset != NULL
          ? ot_chart_dup_title (chart, self->dataset, self->lang) : g_strdup ("");
  name = g_strdup_printf (ot_gettext (self->lang, "Chart: %s"), title);
  ot_accessible_set_label (button, name);
}

/* The charts this data can draw, in the window's language. */
static void
fill_picker (OtWindow *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);
  guint index;

  if (self->charts == NULL)
    return;

  self->updating_picker = TRUE;
  for (guint i = 0; i < self->charts->len; i++)
    {
      g_autofree char *title = ot_chart_dup_title (self->charts->pdata[i], self->dataset,
                                                   self->lang);

      gtk_string_list_append (titles, title);
    }
  gtk_drop_down_set_model (self->chart_picker, G_LIST_MODEL (titles));
  if (g_ptr_array_find (self->charts, chart, &index))
    gtk_drop_down_set_selected (self->chart_picker, index);
  self->updating_picker = FALSE;
}

const OtChart *
ot_window_get_nth_chart (OtWindow *self,
                         guint     index,
                         guint    *out_n)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  if (out_n != NULL)
    *out_n = self->charts != NULL ? self->charts->len : 0;
  if (self->charts == NULL || index >= self->charts->len)
    return NULL;
  return g_ptr_array_index (self->charts, index);
}

static void
set_dataset (OtWindow  *self,
             OtDataset *dataset)
{
  const OtChart *chart = ot_chart_view_get_chart (self->chart_view);

  g_set_object (&self->dataset, dataset);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  self->charts = ot_chart_list_from_ids (NULL, dataset, NULL);
  ot_chart_view_set_dataset (self->chart_view, dataset);
  ot_figure_table_set_dataset (self->figure_table, dataset);
  ot_window_update_letter_links (self);

  /* A UNHCR export draws other charts than the letter's figures. */
  fill_picker (self);
  if (chart == NULL || !g_ptr_array_find (self->charts, chart, NULL))
    ot_window_set_chart_id (self, self->charts->len > 0
                                  ? ((const OtChart *) self->charts->pdata[0])->id : NULL);
  /* Other figures, the same chart: the panel lists their elements. */
  self->panel_stale = TRUE;
  ot_window_panel_update (self);
}

/* The letter, the chart picker, the menus and every label, in @lang. */
static void
relabel (OtWindow *self)
{
  OtLang lang = self->lang;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtLetter) letter = ot_letter_new_default (lang, &error);
  g_autoptr(GMenuModel) menu = NULL;

  if (letter != NULL)
    {
      ot_letter_view_set_letter (self->letter_view, letter);
      ot_window_update_letter_links (self);
    }
  else
    ot_window_show_error (self, ot_gettext (lang, "The letter could not be shown"),
                          error->message);
  if (self->source_id != NULL)
    ot_window_show_source (self, self->source_id);

  ot_figure_table_set_lang (self->figure_table, lang);
  ot_chart_view_set_lang (self->chart_view, lang);

  /* The picker lists the charts the data can draw, by their titles. */
  fill_picker (self);

  update_subtitle (self);
  gtk_widget_set_tooltip_text (self->open_button,
                               ot_gettext (lang, "Open a briefing or your own figures (Ctrl+O)"));
  gtk_widget_set_tooltip_text (self->present_button,
                               ot_gettext (lang, "Present the charts full screen (F5)"));
  ot_accessible_set_label (self->present_button, ot_gettext (lang, "Present"));
  gtk_widget_set_tooltip_text (self->export_button,
                               ot_gettext (lang, "Export the chart as an image (Ctrl+E)"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), ot_gettext (lang, "Main Menu"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chart_picker), ot_gettext (lang, "Chart"));
  gtk_widget_set_tooltip_text (self->shares_button,
                               ot_gettext (lang, "Show shares of the total"));
  gtk_widget_set_tooltip_text (self->chart_toggle, ot_gettext (lang, "Show as a chart"));
  gtk_widget_set_tooltip_text (self->table_toggle,
                               ot_gettext (lang, "Show as a table (Ctrl+T)"));
  gtk_widget_set_tooltip_text (self->copy_button,
                               ot_gettext (lang, "Copy to the clipboard (Ctrl+C)"));
  gtk_widget_set_tooltip_text (self->edit_button,
                               ot_gettext (lang, "Edit the chart and its slide (F9)"));
  ot_accessible_set_label (self->edit_button, ot_gettext (lang, "Edit"));
  /* Icon buttons read as their icon's type unless named. */
  ot_accessible_set_label (self->chart_toggle, ot_gettext (lang, "Chart"));
  ot_accessible_set_label (self->table_toggle, ot_gettext (lang, "Table"));
  ot_accessible_set_label (GTK_WIDGET (self->menu_button), ot_gettext (lang, "Main Menu"));
  ot_accessible_set_label (self->shares_button, ot_gettext (lang, "Shares of the total"));
  update_picker_name (self);
  ot_banner_set_close_label (self->banner, ot_gettext (lang, "Close"));
  ot_banner_set_close_label (self->restore_banner, ot_gettext (lang, "Close"));
  ot_window_update_restore_banner (self);
  ot_panes_set_titles (self->panes, ot_gettext (lang, "Letter"), ot_gettext (lang, "Chart"));
  adw_button_content_set_label (self->letter_switch_content, ot_gettext (lang, "Letter"));
  adw_button_content_set_label (self->chart_switch_content, ot_gettext (lang, "Chart"));

  ot_accessible_set_label (self->open_button, ot_gettext (lang, "Open Figures"));
  ot_accessible_set_label (self->export_button, ot_gettext (lang, "Export Chart"));
  ot_accessible_set_label (self->copy_button, ot_gettext (lang, "Copy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_picker),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ot_gettext (lang, "Chart"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->letter_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ot_gettext (lang, "Letter"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  ot_gettext (lang, "The figures and dates are links: Tab moves "
                                              "from one to the next, Enter shows it in the "
                                              "chart."),
                                  -1);

  menu = ot_window_build_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  self->panel_stale = TRUE;
  ot_window_panel_update (self);
  /* The file's own message is in the language it was read in: read it
   * again, so the bar says all of it in this one. */
  if (self->banner_text != NULL && self->banner_file != NULL
      && !ot_figures_source_get_loading (self->source))
    {
      g_autoptr(GFile) file = g_object_ref (self->banner_file);

      show_load_error (self);
      if (self->banner_reload)
        ot_figures_source_reload (self->source);
      else
        ot_figures_source_open (self->source, file);
    }
  ot_window_sweep_names (self);
}

static void
export_lang_changed_cb (OtWindow *self)
{
  self->panel_stale = TRUE;
  ot_window_panel_update (self);
}

/* After the application's own handler, which sets the language of
 * messages: it connected first. */
static void
lang_changed_cb (OtWindow *self)
{
  OtLang lang = ot_settings_get_lang (self->settings);

  if (lang == self->lang)
    return;

  self->lang = lang;
  relabel (self);
}

/* Only a value that changes is written: the window follows its settings,
 * and writing the same one again would call it back. */
static void
set_string_setting (OtWindow   *self,
                    const char *key,
                    const char *value)
{
  g_autofree char *old = g_settings_get_string (self->settings, key);

  if (!g_str_equal (old, value))
    g_settings_set_string (self->settings, key, value);
}

void
ot_window_set_chart_id (OtWindow   *self,
                        const char *id)
{
  const OtChart *chart = id != NULL ? ot_chart_lookup (id) : NULL;
  guint index;

  if (chart == NULL || (self->charts != NULL && !g_ptr_array_find (self->charts, chart, NULL)))
    chart = self->charts != NULL && self->charts->len > 0 ? self->charts->pdata[0]
                                                          : ot_chart_get_nth (0);

  ot_chart_view_set_chart (self->chart_view, chart);
  gtk_widget_set_visible (self->shares_button, g_str_equal (chart->id, "breakdown"));
  set_string_setting (self, "chart", chart->id);

  self->updating_picker = TRUE;
  if (self->charts != NULL && g_ptr_array_find (self->charts, chart, &index))
    gtk_drop_down_set_selected (self->chart_picker, index);
  self->updating_picker = FALSE;
  update_picker_name (self);
  ot_window_update_changes (self);
  self->panel_stale = TRUE;
  ot_window_panel_update (self);

  ot_window_actions_update (self);
}

/* The table shows the chart on screen, element by element (none while the
 * chart's layout waits for its size). */
static void
chart_layout_changed_cb (OtWindow            *self,
                         const OtChartLayout *layout)
{
  ot_figure_table_set_chart (self->figure_table, layout);
}

/* A table shown before the chart ever was asks for the chart's elements:
 * the chart lays out without waiting for a size of its own. */
static void
figure_table_map_cb (OtWindow *self)
{
  ot_chart_view_get_layout (self->chart_view);
}

static void
picker_selected_cb (OtWindow *self)
{
  guint index = gtk_drop_down_get_selected (self->chart_picker);
  const OtChart *chart = ot_window_get_nth_chart (self, index, NULL);

  if (self->updating_picker || chart == NULL)
    return;

  ot_window_set_chart_id (self, chart->id);
}

void
ot_window_set_view (OtWindow   *self,
                    const char *view)
{
  gboolean table = g_strcmp0 (view, "table") == 0;

  gtk_stack_set_visible_child_name (self->view_stack, table ? "table" : "chart");
  set_string_setting (self, "view", table ? "table" : "chart");
  ot_window_actions_update (self);
}

void
ot_window_set_page (OtWindow   *self,
                    const char *page)
{
  ot_panes_set_visible_page (self->panes, g_strcmp0 (page, "letter") == 0 ? "letter" : "chart");
}

gboolean
ot_window_get_folded (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  return ot_panes_get_folded (self->panes);
}

const char *
ot_window_get_visible_page (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return ot_panes_get_visible_page (self->panes);
}

static void
folded_cb (OtWindow *self)
{
  gtk_revealer_set_reveal_child (self->switcher_bar, ot_panes_get_folded (self->panes));
  ot_window_actions_update (self);
}

/* Opening and reloading a figures file: read in a thread, shown only when
 * it loads; else a banner says why and the figures on screen stay. */

/* The banner for a file that could not be used, its own words in the
 * window's language, again when the language changes. */
static void
show_load_error (OtWindow *self)
{
  g_autofree char *text = NULL;

  if (self->banner_error == NULL)
    return;

  text = g_strdup_printf (self->banner_reload
                          ? ot_gettext (self->lang, "The figures file changed and cannot be "
                                        "used; the figures shown are from before. %s")
                          : ot_gettext (self->lang, "These figures could not be opened; the "
                                        "figures shown are unchanged. %s"),
                          self->banner_error);
  set_banner (self, text);
}

/* New figures: a briefing of them, with the edits of the one before. */
static void
carry_over_briefing (OtWindow *self)
{
  g_autoptr(OtBriefing) old = self->briefing != NULL ? g_object_ref (self->briefing) : NULL;
  const char * const *ids;

  ot_window_new_briefing (self);
  if (old == NULL || self->briefing == NULL)
    return;
  ids = ot_briefing_get_chart_ids (old);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (ot_briefing_get_changes (old, ids[i]) != NULL)
      ot_briefing_set_changes (self->briefing, ids[i], ot_briefing_get_changes (old, ids[i]));
}

/* The source read the file in full: its figures replace those on screen. */
static void
source_loaded_cb (OtFiguresSource *source,
                  OtDataset       *dataset,
                  gboolean         reload,
                  OtWindow        *self)
{
  GFile *file = ot_figures_source_get_file (source);
  g_autofree char *name = g_file_get_basename (file);
  const char * const *warnings;

  set_banner (self, NULL);
  set_dataset (self, dataset);
  carry_over_briefing (self);

  if (!reload)
    ot_window_add_recent (self, file);
  update_subtitle (self);
  ot_window_actions_update (self);

  warnings = ot_dataset_get_warnings (dataset);
  if (warnings != NULL && warnings[0] != NULL)
    {
      g_autofree char *text = g_strdup_printf (ot_gettext (self->lang, "Opened with a warning: "
                                                           "%s"), warnings[0]);
      ot_window_toast (self, text, NULL);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (reload
                                               ? ot_gettext (self->lang, "“%s” changed; the "
                                                             "charts follow")
                                               : ot_gettext (self->lang, "Opened “%s”"),
                                               name);
      ot_window_toast (self, text, NULL);
    }
}

/* A file that cannot be used: a bar says why, the figures on screen stay. */
static void
source_failed_cb (OtFiguresSource *source,
                  GFile           *file,
                  const GError    *error,
                  gboolean         reload,
                  OtWindow        *self)
{
  g_free (self->banner_error);
  self->banner_error = g_strdup (error->message);
  self->banner_reload = reload;
  g_set_object (&self->banner_file, file);
  show_load_error (self);
}

void
ot_window_open_file (OtWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!ot_window_is_briefing_file (file))
    {
      ot_figures_source_open (self->source, file);
      return;
    }
  /* A briefing that cannot be used: the bar says why, the briefing on
   * screen stays. */
  if (!ot_window_open_briefing (self, file, &error))
    {
      g_autofree char *text = g_strdup_printf (ot_gettext (self->lang, "This briefing could not "
                                                           "be opened; the briefing shown is "
                                                           "unchanged. %s"), error->message);
      set_banner (self, text);
    }
}

/* A briefing's own figures, not followed in a file. */
void
ot_window_show_briefing_dataset (OtWindow  *self,
                                 OtDataset *dataset)
{
  ot_figures_source_close (self->source);
  set_banner (self, NULL);
  set_dataset (self, dataset);
  update_subtitle (self);
}

void
ot_window_reload (OtWindow *self)
{
  ot_figures_source_reload (self->source);
}

gboolean
ot_window_is_loading (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);

  return ot_figures_source_get_loading (self->source);
}

void
ot_window_use_letter_figures (OtWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);

  ot_figures_source_close (self->source);
  set_banner (self, NULL);

  if (dataset == NULL)
    ot_window_show_error (self, ot_gettext (self->lang, "The letter's figures could not be "
                                            "read"), error->message);
  else
    {
      set_dataset (self, dataset);
      carry_over_briefing (self);
    }

  update_subtitle (self);
  ot_window_actions_update (self);
}

static void
close_answer_cb (const char *response,
                 gpointer    user_data)
{
  g_autoptr(OtWindow) self = user_data;

  if (g_str_equal (response, "save"))
    {
      if (self->briefing_file == NULL)
        {
          self->close_confirmed = TRUE;
          gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
          return;
        }
      if (!ot_window_save_briefing_or_say (self, self->briefing_file))
        {
          self->quit_on_close = FALSE;
          return;
        }
    }
  else if (!g_str_equal (response, "discard"))
    {
      self->quit_on_close = FALSE;
      return;
    }
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Unsaved changes: Save, Discard or Cancel. */
static void
ask_before_close (OtWindow *self)
{
  g_autofree char *name = self->briefing_file != NULL ? g_file_get_basename (self->briefing_file)
                                                      : NULL;
  g_autofree char *heading = name != NULL
    ? g_strdup_printf (ot_gettext (self->lang, "Save the changes to “%s”?"), name)
    : g_strdup (ot_gettext (self->lang, "Save the new briefing?"));
  const char *responses[] = {
    "cancel", ot_gettext (self->lang, "_Cancel"),
    "discard", ot_gettext (self->lang, "_Discard"),
    "save", ot_gettext (self->lang, "_Save"),
    NULL,
  };

  ot_compat_ask (GTK_WIDGET (self), heading,
                 ot_gettext (self->lang, "Changes that are not saved are lost."),
                 responses, "save", "cancel", "discard", close_answer_cb, g_object_ref (self));
}

/* Closes the window, and the application after it, once its changes are
 * saved or discarded (app.quit). */
void
ot_window_quit (OtWindow *self)
{
  g_return_if_fail (OT_IS_WINDOW (self));

  self->quit_on_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
ot_window_close_request (GtkWindow *window)
{
  OtWindow *self = OT_WINDOW (window);
  int width, height;

  if (ot_window_get_modified (self) && !self->close_confirmed)
    {
      ask_before_close (self);
      return TRUE;
    }
  if (self->quit_on_close)
    g_application_quit (G_APPLICATION (gtk_window_get_application (window)));

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", MAX (width, 360));
  g_settings_set_int (self->settings, "window-height", MAX (height, 294));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ot_window_parent_class)->close_request (window);
}

/* The chart, the view and the shares follow their settings, which their
 * stateful actions set (ot_window_actions_init). */
static void
setting_changed_cb (OtWindow   *self,
                    const char *key)
{
  if (g_str_equal (key, "chart"))
    {
      g_autofree char *id = g_settings_get_string (self->settings, key);

      ot_window_set_chart_id (self, id);
    }
  else if (g_str_equal (key, "view"))
    {
      g_autofree char *view = g_settings_get_string (self->settings, key);

      ot_window_set_view (self, view);
    }
  else if (g_str_equal (key, "breakdown-shares"))
    {
      ot_chart_view_set_shares (self->chart_view, g_settings_get_boolean (self->settings, key));
      ot_window_actions_update (self);
    }
}

/* "application" is no construct property: this runs once it is set. */
static void
setup (OtWindow  *self,
       GSettings *settings)
{
  g_autofree char *chart = NULL;
  g_autofree char *view = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;

  self->settings = g_object_ref (settings);
  self->lang = ot_settings_get_lang (settings);
  g_signal_connect_object (settings, "changed::language", G_CALLBACK (lang_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* The slides' language is what the panel's quotations are in. */
  g_signal_connect_object (settings, "changed::export-language",
                           G_CALLBACK (export_lang_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  dataset = ot_dataset_new_default (&error);
  if (dataset == NULL)
    ot_window_show_error (self, ot_gettext (self->lang, "The letter's figures could not be read"),
                          error->message);
  else
    set_dataset (self, dataset);

  ot_window_new_briefing (self);
  ot_window_actions_init (self);
  g_signal_connect_object (settings, "changed", G_CALLBACK (setting_changed_cb), self,
                           G_CONNECT_SWAPPED);
  ot_chart_view_set_shares (self->chart_view,
                            g_settings_get_boolean (self->settings, "breakdown-shares"));
  chart = g_settings_get_string (self->settings, "chart");
  ot_window_set_chart_id (self, chart);
  view = g_settings_get_string (self->settings, "view");
  ot_window_set_view (self, view);

  relabel (self);
  folded_cb (self);
}

static void
ot_window_dispose (GObject *object)
{
  OtWindow *self = OT_WINDOW (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  ot_window_briefing_dispose (self);
  g_clear_handle_id (&self->announce_source, g_source_remove);
  g_clear_object (&self->banner_file);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), OT_TYPE_WINDOW);

  G_OBJECT_CLASS (ot_window_parent_class)->dispose (object);
}

static void
ot_window_finalize (GObject *object)
{
  OtWindow *self = OT_WINDOW (object);

  g_free (self->banner_text);
  g_free (self->banner_error);
  g_free (self->last_toast);
  g_free (self->source_id);
  g_free (self->announcement);

  G_OBJECT_CLASS (ot_window_parent_class)->finalize (object);
}

static void
ot_window_class_init (OtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ot_window_dispose;
  object_class->finalize = ot_window_finalize;
  window_class->close_request = ot_window_close_request;

  ot_window_class_actions_init (widget_class);

  g_type_ensure (OT_TYPE_CHART_VIEW);
  g_type_ensure (OT_TYPE_LETTER_VIEW);
  g_type_ensure (OT_TYPE_FIGURE_TABLE);
  g_type_ensure (OT_TYPE_TOOLBAR_VIEW);
  g_type_ensure (OT_TYPE_BANNER);
  g_type_ensure (OT_TYPE_PANES);
  g_type_ensure (OT_TYPE_BRIEFING_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ot-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, restore_banner);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, panes);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_scroller);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_notice);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_view);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_pane);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_picker);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, shares_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_toggle);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, figure_table);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, panel_revealer);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, briefing_panel);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_switch_content);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_switch_content);
}

static void
ot_window_init (OtWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = ot_accessible_string_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Long chart titles shorten on a narrow window; the popup marks the
   * chart on screen, and names every item. */
  gtk_drop_down_set_factory (self->chart_picker, factory);

  g_signal_connect_swapped (self->chart_picker, "notify::selected",
                            G_CALLBACK (picker_selected_cb), self);
  g_signal_connect_swapped (self->panes, "notify::folded", G_CALLBACK (folded_cb), self);
  g_signal_connect_swapped (self->panes, "notify::visible-page",
                            G_CALLBACK (ot_window_actions_update), self);
  g_signal_connect (self->banner, "closed", G_CALLBACK (banner_closed_cb), self);
  g_signal_connect_swapped (self->chart_view, "layout-changed",
                            G_CALLBACK (chart_layout_changed_cb), self);
  g_signal_connect_swapped (self->figure_table, "map", G_CALLBACK (figure_table_map_cb), self);
  ot_window_messages_init (self);
  ot_window_links_init (self);
  ot_window_panel_init (self);

  self->source = ot_figures_source_new ();
  g_signal_connect (self->source, "loaded", G_CALLBACK (source_loaded_cb), self);
  g_signal_connect (self->source, "failed", G_CALLBACK (source_failed_cb), self);

  ot_file_drop_attach (GTK_WIDGET (self), (OtFileDropFunc) ot_window_open_file);
  gtk_widget_add_css_class (GTK_WIDGET (self->panes), "drop-area");
}

/* A window of @application, showing what @settings choose and keeping
 * them (chart, view, export choices, size). */
OtWindow *
ot_window_new (GtkApplication *application,
               GSettings      *settings)
{
  OtWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (OT_TYPE_WINDOW, "application", application, NULL);
  setup (self, settings);
  return self;
}

GtkWidget *
ot_window_get_chart_view (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->chart_view);
}

GtkWidget *
ot_window_get_letter_view (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->letter_view);
}

GtkWidget *
ot_window_get_figure_table (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->figure_table);
}

GtkWidget *
ot_window_get_chart_picker (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->chart_picker);
}

OtDataset *
ot_window_get_dataset (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->dataset;
}

GFile *
ot_window_get_file (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return ot_figures_source_get_file (self->source);
}

const char *
ot_window_get_banner_text (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->banner_text;
}

const char *
ot_window_get_last_toast (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->last_toast;
}
