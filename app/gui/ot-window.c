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

static gboolean sweep_names_cb (gpointer user_data);
static void show_load_error (OtWindow *self);

static void
file_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!ot_compat_launch_uri_finish (result, &error))
    g_debug ("%s", error->message);
}

static void
open_toast_file_cb (AdwToast *toast,
                    OtWindow *self)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "ot-file");
  g_autofree char *uri = g_file_get_uri (file);

  ot_compat_launch_uri (GTK_WINDOW (self), uri, file_opened_cb, NULL);
}

/* A short message; with @open_file, a button that opens it. */
void
ot_window_toast (OtWindow   *self,
                 const char *title,
                 GFile      *open_file)
{
  AdwToast *toast = adw_toast_new (title);

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);

  if (open_file != NULL)
    {
      g_object_set_data_full (G_OBJECT (toast), "ot-file", g_object_ref (open_file),
                              g_object_unref);
      adw_toast_set_button_label (toast, ot_gettext (self->lang, "Open"));
      g_signal_connect (toast, "button-clicked", G_CALLBACK (open_toast_file_cb), self);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, sweep_names_cb, g_object_ref (self), g_object_unref);
  /* A toast is seen, not heard. */
  ot_window_announce (self, title);
}

/* What the widget with focus says of itself, once the announcement is
 * over: its tooltip or the description it was given. */
static void
restore_description (GtkWidget *widget)
{
  const char *description = g_object_get_data (G_OBJECT (widget), "ot-description");
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (description == NULL)
    description = tooltip;
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
announced_focus_leave_cb (GtkEventControllerFocus *controller,
                          GtkWidget               *widget)
{
  restore_description (widget);
  g_object_set_data (G_OBJECT (widget), "ot-announced", NULL);
  gtk_widget_remove_controller (widget, GTK_EVENT_CONTROLLER (controller));
}

static gboolean
announce_cb (gpointer user_data)
{
  OtWindow *self = user_data;
  GtkWidget *focus;
  GtkEventController *controller;

  self->announce_source = 0;
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    {
      /* A dialog still has focus: wait for the window. */
      self->announce_source = g_timeout_add (250, announce_cb, self);
      return G_SOURCE_REMOVE;
    }

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL)
    focus = GTK_WIDGET (self);

  /* A screen reader speaks a change of the focused object's description
   * (Orca: onDescriptionChanged); GTK 4.8 has no other way to announce. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->announcement, -1);
  if (focus != GTK_WIDGET (self)
      && g_object_get_data (G_OBJECT (focus), "ot-announced") == NULL)
    {
      controller = gtk_event_controller_focus_new ();
      g_signal_connect (controller, "leave", G_CALLBACK (announced_focus_leave_cb), focus);
      gtk_widget_add_controller (focus, controller);
      g_object_set_data (G_OBJECT (focus), "ot-announced", GINT_TO_POINTER (TRUE));
    }
  return G_SOURCE_REMOVE;
}

/* Says @message where a screen reader hears it: as the description of
 * whatever has focus in the window, once the window is active again. */
void
ot_window_announce (OtWindow   *self,
                    const char *message)
{
  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  g_free (self->announcement);
  self->announcement = g_strdup (message);
  g_clear_handle_id (&self->announce_source, g_source_remove);
  /* After the focus change that closing a dialog brings, which a screen
   * reader reads first. */
  self->announce_source = g_timeout_add (300, announce_cb, self);
}

const char *
ot_window_get_announcement (OtWindow *self)
{
  g_return_val_if_fail (OT_IS_WINDOW (self), NULL);

  return self->announcement;
}

/* Something went wrong that the user must read: a dialog that stays. */
void
ot_window_show_error (OtWindow   *self,
                      const char *heading,
                      const char *message)
{
  g_free (self->last_toast);
  self->last_toast = g_strdup_printf ("%s: %s", heading, message);
  ot_compat_alert (GTK_WIDGET (self), heading, message, ot_gettext (self->lang, "_Close"));
}

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

/* Parts GTK and libadwaita make as they go (toasts, tooltips, rows) get
 * their names when focus moves and a toast comes. */
static void
sweep_names (OtWindow *self)
{
  ot_accessible_sweep (GTK_WIDGET (self), ot_gettext (self->lang, "Close"));
}

static gboolean
sweep_names_cb (gpointer user_data)
{
  sweep_names (user_data);
  return G_SOURCE_REMOVE;
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

/* What a link in the letter stands for, said after its text. */
static char *
describe_link (OtWindow   *self,
               const char *ref)
{
  OtLang lang = self->lang;
  const OtFigure *figure = ot_dataset_lookup_figure (self->dataset, ref);
  const OtEvent *event = figure == NULL ? ot_dataset_lookup_event (self->dataset, ref) : NULL;
  g_autofree char *what = NULL;

  if (figure != NULL && figure->date.year != 0)
    {
      g_autofree char *date = ot_format_date (&figure->date, lang);

      /* TRANSLATORS: a figure's meaning and the date it refers to:
       * "Refugees, on 31 December 2015" */
      what = g_strdup_printf (ot_gettext (lang, "%s, on %s"), ot_figure_get_label (figure, lang),
                              date);
    }
  else if (figure != NULL)
    what = g_strdup (ot_figure_get_label (figure, lang));
  else if (event != NULL)
    what = g_strdup (ot_event_get_label (event, lang));
  else
    return g_strdup (ot_gettext (lang, "Not in the figures now open"));

  /* TRANSLATORS: a link's meaning, then what Enter does on it */
  return g_strdup_printf (ot_gettext (lang, "%s. Enter shows it in the chart."), what);
}

/* The letter's figures are links only while the letter's own figures are
 * open: another file's figures are not what the letter says. */
static void
update_letter_links (OtWindow *self)
{
  gboolean own = self->dataset != NULL && ot_dataset_is_letter (self->dataset);
  guint n;

  ot_letter_view_set_links_shown (self->letter_view, own);
  gtk_label_set_text (self->letter_notice,
                      ot_gettext (self->lang, "The figures open are not this letter’s: its "
                                  "figures are not linked to the charts. “Use the Letter’s "
                                  "Figures” in the menu links them again."));
  gtk_widget_set_visible (GTK_WIDGET (self->letter_notice), !own);

  n = ot_letter_view_get_n_links (self->letter_view);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *description =
        describe_link (self, ot_letter_view_get_link_ref (self->letter_view, i));

      ot_letter_view_set_link_description (self->letter_view, i, description);
    }
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
  ot_figure_table_set_chart (self->figure_table, ot_chart_view_get_layout (self->chart_view));
  update_letter_links (self);

  /* A UNHCR export draws other charts than the letter's figures. */
  fill_picker (self);
  if (chart == NULL || !g_ptr_array_find (self->charts, chart, NULL))
    ot_window_set_chart_id (self, self->charts->len > 0
                                  ? ((const OtChart *) self->charts->pdata[0])->id : NULL);
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
      update_letter_links (self);
    }
  else
    ot_window_show_error (self, ot_gettext (lang, "The letter could not be shown"),
                          error->message);
  if (self->source_id != NULL)
    ot_window_show_source (self, self->source_id);

  ot_chart_view_set_lang (self->chart_view, lang);
  ot_figure_table_set_lang (self->figure_table, lang);
  ot_figure_table_set_chart (self->figure_table, ot_chart_view_get_layout (self->chart_view));

  /* The picker lists the charts the data can draw, by their titles. */
  fill_picker (self);

  update_subtitle (self);
  gtk_widget_set_tooltip_text (self->open_button,
                               ot_gettext (lang, "Open your own figures (Ctrl+O)"));
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
  /* Icon buttons read as their icon's type unless named. */
  ot_accessible_set_label (self->chart_toggle, ot_gettext (lang, "Chart"));
  ot_accessible_set_label (self->table_toggle, ot_gettext (lang, "Table"));
  ot_accessible_set_label (GTK_WIDGET (self->menu_button), ot_gettext (lang, "Main Menu"));
  ot_accessible_set_label (self->shares_button, ot_gettext (lang, "Shares of the total"));
  update_picker_name (self);
  ot_banner_set_close_label (self->banner, ot_gettext (lang, "Close"));
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
  sweep_names (self);
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
  /* The table shows the chart on screen. */
  ot_figure_table_set_chart (self->figure_table, ot_chart_view_get_layout (self->chart_view));
  gtk_widget_set_visible (self->shares_button, g_str_equal (chart->id, "breakdown"));
  set_string_setting (self, "chart", chart->id);

  self->updating_picker = TRUE;
  if (self->charts != NULL && g_ptr_array_find (self->charts, chart, &index))
    gtk_drop_down_set_selected (self->chart_picker, index);
  self->updating_picker = FALSE;
  update_picker_name (self);

  ot_window_actions_update (self);
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

/* Charts in the order a figure is looked for: the key figures, which show
 * everything, only when no other chart does. */
static const OtChart *
chart_for (OtWindow   *self,
           const char *ref)
{
  const OtChart *current = ot_chart_view_get_chart (self->chart_view);
  const OtChart *key_figures = ot_chart_lookup ("key-figures");

  if (current != NULL && current != key_figures
      && ot_chart_view_chart_shows (self->chart_view, current, ref))
    return current;

  for (guint i = 0; self->charts != NULL && i < self->charts->len; i++)
    {
      const OtChart *chart = g_ptr_array_index (self->charts, i);

      if (chart != key_figures && ot_chart_view_chart_shows (self->chart_view, chart, ref))
        return chart;
    }

  if (key_figures != NULL && ot_chart_view_chart_shows (self->chart_view, key_figures, ref))
    return key_figures;

  return NULL;
}

/* A figure or date of the letter: its chart, with its element lit. */
gboolean
ot_window_follow_link (OtWindow   *self,
                       const char *ref)
{
  const OtChart *chart;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (ref != NULL, FALSE);

  chart = chart_for (self, ref);
  if (chart == NULL)
    {
      ot_window_toast (self, ot_gettext (self->lang, "No chart shows this figure with the "
                                         "figures now open"), NULL);
      return FALSE;
    }

  ot_window_set_chart_id (self, chart->id);
  ot_window_set_view (self, "chart");
  ot_chart_view_set_selected_id (self->chart_view, ref);
  ot_figure_table_select (self->figure_table, ref);

  if (ot_panes_get_folded (self->panes))
    {
      ot_window_set_page (self, "chart");
      gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
    }
  return TRUE;
}

/* Following a figure takes focus to its element, which a screen reader
 * then reads with its value and source. */
static void
link_activated_cb (OtWindow     *self,
                   const char   *ref,
                   OtLetterView *view)
{
  if (ot_window_follow_link (self, ref))
    ot_chart_view_focus_element (self->chart_view, ref);
}

/* A chart element: its sentence in the letter, highlighted. */
gboolean
ot_window_show_source (OtWindow   *self,
                       const char *id)
{
  const OtFigure *figure;
  const OtEvent *event;
  const char *source = NULL;
  g_autofree char *copy = g_strdup (id);

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->dataset != NULL)
    {
      figure = ot_dataset_lookup_figure (self->dataset, id);
      event = figure == NULL ? ot_dataset_lookup_event (self->dataset, id) : NULL;
      source = figure != NULL ? figure->source : event != NULL ? event->source : NULL;
    }

  g_free (self->source_id);
  self->source_id = NULL;
  if (!ot_letter_view_show_source (self->letter_view, copy, source))
    {
      ot_window_toast (self, ot_letter_view_get_links_shown (self->letter_view)
                             ? ot_gettext (self->lang, "This figure's sentence is not in the "
                                           "letter")
                             : ot_gettext (self->lang, "These figures are not the letter’s: "
                                           "their sentences are not in it"), NULL);
      return FALSE;
    }

  self->source_id = g_steal_pointer (&copy);
  if (ot_panes_get_folded (self->panes)
      && g_strcmp0 (ot_panes_get_visible_page (self->panes), "letter") != 0)
    {
      ot_window_set_page (self, "letter");
      gtk_widget_grab_focus (GTK_WIDGET (self->letter_view));
    }
  return TRUE;
}

/* And back: an element's sentence in the letter takes focus, and is read. */
static void
element_activated_cb (OtWindow    *self,
                      const char  *id,
                      OtChartView *view)
{
  if (ot_window_show_source (self, id))
    ot_letter_view_focus_highlighted (self->letter_view);
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
  g_return_if_fail (OT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  ot_figures_source_open (self->source, file);
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
    set_dataset (self, dataset);

  update_subtitle (self);
  ot_window_actions_update (self);
}

static gboolean
ot_window_close_request (GtkWindow *window)
{
  OtWindow *self = OT_WINDOW (window);
  int width, height;

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ot-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, panes);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_scroller);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_notice);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, letter_view);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_pane);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_picker);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, shares_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_toggle);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, figure_table);
  gtk_widget_class_bind_template_child (widget_class, OtWindow, switcher_bar);
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
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (sweep_names), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (sweep_names), NULL);
  g_signal_connect_swapped (self->letter_view, "link-activated",
                            G_CALLBACK (link_activated_cb), self);
  g_signal_connect_swapped (self->chart_view, "element-activated",
                            G_CALLBACK (element_activated_cb), self);

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
