/* test-gui.c: the real window under Xvfb, driven as a user would
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "ot-application.h"
#include "ot-briefing-panel.h"
#include "ot-quote-picker.h"
#include "ot-chart-view.h"
#include "ot-compat.h"
#include "ot-export-dialog.h"
#include "ot-figure-table.h"
#include "ot-letter-view.h"
#include "ot-presentation.h"
#include "ot-shortcuts.h"
#include "ot-slides-dialog.h"
#include "ot-test.h"
#include "ot-test-gui.h"
#include "ot-test-pdf.h"
#include "ot-window.h"

static OtApplication *app;
static OtWindow *window;
static GSettings *settings;

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, for at most @ms. */
static gboolean
wait_until (Condition condition,
            gpointer  data,
            guint     ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;
  guint tick = g_timeout_add (10, tick_cb, NULL);
  gboolean ok;

  while (!(ok = condition (data)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
  return ok;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Lets the window draw and settle. */
static void
settle (guint ms)
{
  wait_until (never, NULL, ms);
}

static gboolean
window_mapped (gpointer data)
{
  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
not_loading (gpointer data)
{
  return !ot_window_is_loading (window);
}

static OtChartView *
chart_view (void)
{
  return OT_CHART_VIEW (ot_window_get_chart_view (window));
}

static OtLetterView *
letter_view (void)
{
  return OT_LETTER_VIEW (ot_window_get_letter_view (window));
}

/* The application in English, and its window; @window_added, if any, sees
 * the window before it has its settings and content. */
static void
start_app (GCallback window_added,
           gpointer  data)
{
  g_autoptr(GError) error = NULL;

  app = ot_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  ck_assert_msg (g_application_register (G_APPLICATION (app), NULL, &error),
                 "%s", error != NULL ? error->message : "");
  settings = ot_application_get_settings (app);
  g_settings_set_string (settings, "language", "en");
  if (window_added != NULL)
    g_signal_connect (app, "window-added", window_added, data);
  g_application_activate (G_APPLICATION (app));
  window = OT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  ck_assert_ptr_nonnull (window);
}

static void
setup (void)
{
  ot_test_open_display ();
  start_app (NULL, NULL);
  ck_assert_msg (wait_until (window_mapped, NULL, 20000), "the window was not mapped");
  settle (200);
}

static void
teardown (void)
{
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  window = NULL;
  g_clear_object (&app);
}

/* The layout element for @id, or -1. */
static int
element_index (const char *id)
{
  const OtChartLayout *layout = ot_chart_view_get_layout (chart_view ());

  for (guint i = 0; layout != NULL && i < layout->elements->len; i++)
    if (g_str_equal (g_array_index (layout->elements, OtChartElement, i).id, id))
      return i;
  return -1;
}

static const char *
element_label (const char *id)
{
  int i = element_index (id);

  ck_assert_msg (i >= 0, "no element for %s", id);
  return g_array_index (ot_chart_view_get_layout (chart_view ())->elements, OtChartElement,
                        i).label;
}

static char *
letter_text (void)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (letter_view ()));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

START_TEST (test_window_shows_letter_and_chart)
{
  OtChartView *chart = chart_view ();
  g_autofree char *text = NULL;

  /* Letter and chart side by side, both on screen. */
  ck_assert (!ot_window_get_folded (window));
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (letter_view ())));
  ck_assert_int_gt (gtk_widget_get_width (GTK_WIDGET (chart)), 300);
  ck_assert_int_gt (gtk_widget_get_width (GTK_WIDGET (letter_view ())), 300);

  ck_assert_ptr_nonnull (ot_chart_view_get_dataset (chart));
  ck_assert_str_eq (ot_chart_view_get_chart (chart)->id, "breakdown");

  g_settings_set_string (settings, "language", "nl");
  settle (100);
  text = letter_text ();
  ck_assert (strstr (text, "Op dit moment zijn 65,3 miljoen mensen ontheemd of op de vlucht.")
             != NULL);
  ck_assert (strstr (text, "A.G. Koenders") != NULL);
}
END_TEST

/* What the window looked like when its first frame was painted. */
typedef struct
{
  int      layouts;        /* layouts made (not waiting) before the first frame */
  double   made_width;     /* the size the last of them was made at */
  double   made_height;
  gboolean painted;
  gboolean layout_fits;    /* the chart's layout is the size of the chart */
  guint    elements;
  guint    table_rows;     /* rows the hidden table had made */
  gboolean letter_shown;
} FirstFrame;

/* Every chart view's layouts, from before the window has its children. */
static gboolean
first_layout_hook (GSignalInvocationHint *hint,
                   guint                  n_params,
                   const GValue          *params,
                   gpointer               data)
{
  FirstFrame *frame = data;
  const OtChartLayout *layout = g_value_get_pointer (&params[1]);

  if (layout != NULL && !frame->painted)
    {
      frame->layouts++;
      frame->made_width = layout->canvas.width;
      frame->made_height = layout->canvas.height;
    }
  return TRUE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                FirstFrame    *frame)
{
  OtChartView *view = chart_view ();
  const OtChartLayout *layout;
  GtkColumnView *table;
  g_autofree char *text = NULL;

  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, frame);
  frame->painted = TRUE;
  /* Asked for after the paint: had it waited, this would make one. */
  layout = ot_chart_view_get_layout (view);
  /* Made at the chart's own size, not at a guess laid out again. */
  frame->layout_fits = layout != NULL
                       && layout->canvas.width == gtk_widget_get_width (GTK_WIDGET (view))
                       && layout->canvas.height == gtk_widget_get_height (GTK_WIDGET (view))
                       && frame->made_width == layout->canvas.width
                       && frame->made_height == layout->canvas.height;
  frame->elements = layout != NULL ? layout->elements->len : 0;
  table = ot_figure_table_get_view (OT_FIGURE_TABLE (ot_window_get_figure_table (window)));
  frame->table_rows = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table)));
  text = letter_text ();
  frame->letter_shown = gtk_widget_get_mapped (GTK_WIDGET (letter_view ()))
                        && strstr (text, "65.3 million") != NULL;
}

static void
first_map_cb (GtkWidget  *widget,
              FirstFrame *frame)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_paint_cb), frame);
}

static void
first_window_cb (GtkApplication *application,
                 GtkWindow      *added,
                 FirstFrame     *frame)
{
  g_signal_connect (added, "map", G_CALLBACK (first_map_cb), frame);
}

static gboolean
first_frame_painted (gpointer data)
{
  return ((FirstFrame *) data)->painted;
}

/* Start-up lays the chart out once, at its own size, before the first frame,
 * which shows the letter and the chart; the table, hidden, makes its rows
 * only when it is shown. */
START_TEST (test_first_frame_lays_out_once)
{
  FirstFrame frame = { 0 };
  GtkColumnView *table;
  gpointer klass = g_type_class_ref (OT_TYPE_CHART_VIEW);
  guint signal = g_signal_lookup ("layout-changed", OT_TYPE_CHART_VIEW);
  gulong hook = g_signal_add_emission_hook (signal, 0, first_layout_hook, &frame, NULL);

  /* A window of our own, watched from its very start. */
  teardown ();
  start_app (G_CALLBACK (first_window_cb), &frame);
  ck_assert_msg (wait_until (first_frame_painted, &frame, 20000), "no frame was painted");
  g_signal_remove_emission_hook (signal, hook);
  g_type_class_unref (klass);

  ck_assert_int_eq (frame.layouts, 1);
  ck_assert (frame.layout_fits);
  ck_assert_uint_eq (frame.elements, 3);
  ck_assert (frame.letter_shown);
  ck_assert_uint_eq (frame.table_rows, 0);

  /* Shown, the table has a row for every element of the chart. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  settle (50);
  table = ot_figure_table_get_view (OT_FIGURE_TABLE (ot_window_get_figure_table (window)));
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))),
                     frame.elements);

  /* A chart chosen while the table is shown is in the table at once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  settle (50);
  ck_assert_uint_eq (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))),
                     ot_chart_view_get_layout (chart_view ())->elements->len);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "chart");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "breakdown");
}
END_TEST

/* The picker lists every chart the letter's figures can draw (not the top
 * ten countries, which need a UNHCR export); choosing one shows it and
 * remembers it. */
START_TEST (test_select_every_chart)
{
  GtkDropDown *picker = GTK_DROP_DOWN (ot_window_get_chart_picker (window));
  guint n = 0;

  ot_window_get_nth_chart (window, 0, &n);
  ck_assert_uint_eq (g_list_model_get_n_items (gtk_drop_down_get_model (picker)), n);
  ck_assert_uint_eq (n, 7);
  for (guint i = 0; i < n; i++)
    ck_assert (!g_str_has_prefix (ot_window_get_nth_chart (window, i, NULL)->id, "top-"));

  for (guint i = 0; i < n; i++)
    {
      const OtChart *chart = ot_window_get_nth_chart (window, i, NULL);
      const OtChartLayout *layout;
      g_autofree char *remembered = NULL;

      gtk_drop_down_set_selected (picker, i);
      settle (50);
      ck_assert_ptr_eq (ot_chart_view_get_chart (chart_view ()), chart);
      layout = ot_chart_view_get_layout (chart_view ());
      ck_assert_ptr_nonnull (layout);
      ck_assert_ptr_eq (layout->chart, chart);
      ck_assert (!layout->empty);
      ck_assert_uint_gt (layout->elements->len, 0);
      /* The layout is the widget's size: that is what was drawn. */
      ck_assert_double_eq (layout->canvas.width, gtk_widget_get_width (GTK_WIDGET (chart_view ())));
      remembered = g_settings_get_string (settings, "chart");
      ck_assert_str_eq (remembered, chart->id);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-chart", NULL);
  ck_assert_ptr_eq (ot_chart_view_get_chart (chart_view ()), ot_chart_get_nth (0));
}
END_TEST

static void
assert_accel (const char *accel,
              const char *action)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);

  ck_assert_msg (g_strv_contains ((const char * const *) actions, action), "%s is not %s",
                 accel, action);
}

/* Every shortcut the shortcuts window lists is bound (F5 was not). */
START_TEST (test_shortcuts_are_bound)
{
  assert_accel ("<Control>o", "win.open");
  assert_accel ("<Control>r", "win.reload");
  assert_accel ("F5", "win.present");
  assert_accel ("<Control>p", "win.print");
  assert_accel ("<Control>e", "win.export");
  assert_accel ("<Control><Shift>e", "win.export-table");
  assert_accel ("<Control>Page_Up", "win.previous-chart");
  assert_accel ("<Control>Page_Down", "win.next-chart");
  assert_accel ("<Control>t", "win.toggle-table");
  assert_accel ("<Alt>1", "win.show-letter");
  assert_accel ("<Alt>2", "win.show-chart");
  assert_accel ("<Control>comma", "app.preferences");
  assert_accel ("<Control>question", "app.shortcuts");
  assert_accel ("<Control>w", "window.close");
  assert_accel ("<Control>q", "app.quit");
  assert_accel ("F1", "app.help");
}
END_TEST

static GtkMenuButton *
find_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label of the primary menu's item for @action, or NULL. */
static char *
menu_label_for (const char *action)
{
  GtkMenuButton *button = find_primary_menu (GTK_WIDGET (window));
  GMenuModel *menu;

  ck_assert_msg (button != NULL, "the window has no primary menu");
  menu = gtk_menu_button_get_menu_model (button);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *name = NULL;
          char *label = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name)
              && g_str_equal (name, action)
              && g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label))
            return label;
        }
    }
  return NULL;
}

static gboolean
help_refused (gpointer data)
{
  const char *said = ot_window_get_last_toast (window);

  return said != NULL && g_str_has_prefix (said, "The guide could not be opened: ");
}

/* The guide opens from the primary menu and from F1, in either language;
 * without a help viewer the window says so, instead of nothing happening. */
START_TEST (test_help_in_menu_and_f1)
{
  GAction *help = g_action_map_lookup_action (G_ACTION_MAP (app), "help");
  g_autofree char *label = NULL;
  g_autofree char *label_nl = NULL;

  ck_assert_ptr_nonnull (help);
  ck_assert (g_action_get_enabled (help));
  ck_assert_ptr_null (g_action_get_parameter_type (help));
  assert_accel ("F1", "app.help");

  label = menu_label_for ("app.help");
  ck_assert_ptr_nonnull (label);
  ck_assert_str_eq (label, "_Help");

  /* Where a help viewer is installed it would open; only without one is
   * there anything for the window to say. */
  {
    g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");

    if (viewer == NULL)
      {
        g_action_activate (help, NULL);
        ck_assert_msg (wait_until (help_refused, NULL, 5000), "the window said nothing: %s",
                       ot_window_get_last_toast (window));
      }
  }
  g_settings_set_string (settings, "language", "nl");
  settle (100);
  label_nl = menu_label_for ("app.help");
  ck_assert_ptr_nonnull (label_nl);
  ck_assert_str_eq (label_nl, "_Hulp");
}
END_TEST

/* Clicking "40.8 million" in the letter lights up that bar. */
START_TEST (test_follow_link_from_letter)
{
  static const struct { const char *text, *chart, *id; } links[] = {
    { "40.8 million", "breakdown", "displaced-idps" },
    { "260 million euros", "funding", "syria-region-funding" },
    { "10%", "funding", "resettlement-target" },
    { "65.3 million", "key-figures", "displaced-total" },
    { "23–24 May 2016", "timeline", "world-humanitarian-summit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      int link = ot_letter_view_find_link (letter_view (), links[i].text);
      int element;
      GtkWidget *item;

      ck_assert_msg (link >= 0, "no link reads “%s”", links[i].text);
      ck_assert_str_eq (ot_letter_view_get_link_ref (letter_view (), link), links[i].id);
      ck_assert (ot_letter_view_activate_link (letter_view (), link));
      settle (50);

      ck_assert_str_eq (ot_chart_view_get_chart (chart_view ())->id, links[i].chart);
      ck_assert_str_eq (ot_chart_view_get_selected_id (chart_view ()), links[i].id);
      element = element_index (links[i].id);
      ck_assert_int_ge (element, 0);
      item = ot_chart_view_get_element_widget (chart_view (), element);
      ck_assert (gtk_widget_has_css_class (item, "highlighted"));
      ck_assert_int_eq (ot_chart_view_get_cursor (chart_view ()), element);
      /* Only that one. */
      for (guint j = 0; j < ot_chart_view_get_layout (chart_view ())->elements->len; j++)
        if ((int) j != element)
          ck_assert (!gtk_widget_has_css_class (ot_chart_view_get_element_widget (chart_view (), j),
                                                "highlighted"));
    }
}
END_TEST

static gboolean
x11_focus (void)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *command = NULL;
  int status;

  if (!GDK_IS_X11_SURFACE (surface))
    return FALSE;

  /* The window by its process and title, not by GDK's X11 API, which GTK
   * 4.18 deprecates with the rest of its X11 backend. */
  command = g_strdup_printf ("xdotool search --all --onlyvisible --pid %d --name '^%s$' "
                             "windowfocus --sync %%1", (int) getpid (),
                             gtk_window_get_title (GTK_WINDOW (window)));
  return g_spawn_command_line_sync (command, NULL, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

static void
press (const char *keys)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --delay 60 %s", keys);

  ck_assert (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  settle (150);
}

static gboolean
window_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (window));
}

/* Tab into the chart, arrows through its elements, Enter to follow, with
 * real key presses through the X server. */
START_TEST (test_keyboard_through_chart)
{
  GtkWidget *focus;
  g_autofree char *highlighted = NULL;

  ck_assert_msg (x11_focus (), "xdotool could not focus the window");
  ck_assert (wait_until (window_active, NULL, 5000));

  /* From the chart picker, Tab lands on the chart's first element. */
  gtk_widget_grab_focus (ot_window_get_chart_picker (window));
  settle (50);
  for (int i = 0; i < 8; i++)
    {
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus != NULL && gtk_widget_get_parent (focus) == GTK_WIDGET (chart_view ()))
        break;
      press ("Tab");
    }
  focus = gtk_root_get_focus (GTK_ROOT (window));
  ck_assert_ptr_eq (focus, ot_chart_view_get_element_widget (chart_view (), 0));
  ck_assert_int_eq (ot_chart_view_get_cursor (chart_view ()), 0);

  press ("Right");
  ck_assert_int_eq (ot_chart_view_get_cursor (chart_view ()), 1);
  ck_assert_ptr_eq (gtk_root_get_focus (GTK_ROOT (window)),
                    ot_chart_view_get_element_widget (chart_view (), 1));
  press ("Right Right Right");
  /* The last element stops the arrows; focus stays in the chart. */
  ck_assert_int_eq (ot_chart_view_get_cursor (chart_view ()), 2);
  press ("Left");
  ck_assert_int_eq (ot_chart_view_get_cursor (chart_view ()), 1);

  press ("Return");
  ck_assert_str_eq (ot_chart_view_get_selected_id (chart_view ()), "displaced-idps");
  highlighted = ot_letter_view_get_highlighted (letter_view ());
  ck_assert_ptr_nonnull (highlighted);
  ck_assert_msg (strstr (highlighted, "40.8 million people are internally displaced") != NULL,
                 "highlighted “%s”", highlighted);

  /* Tab leaves the chart at once. */
  press ("Tab");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  ck_assert (focus == NULL || gtk_widget_get_parent (focus) != GTK_WIDGET (chart_view ()));

  /* In the letter, Tab goes from link to link and Enter follows one. */
  gtk_widget_grab_focus (GTK_WIDGET (letter_view ()));
  settle (50);
  ck_assert_int_eq (ot_letter_view_get_focused_link (letter_view ()), -1);
  press ("Tab");
  ck_assert_int_eq (ot_letter_view_get_focused_link (letter_view ()), 0);
  press ("Tab Tab Tab");
  {
    int link = ot_letter_view_get_focused_link (letter_view ());
    g_autofree char *text = ot_letter_view_get_link_text (letter_view (), link);

    ck_assert_str_eq (text, "21.3 million");
    press ("Return");
    ck_assert_str_eq (ot_chart_view_get_selected_id (chart_view ()), "displaced-refugees");
    ck_assert_str_eq (ot_chart_view_get_chart (chart_view ())->id, "breakdown");
  }
}
END_TEST

/* An element's tooltip and accessible name say its exact value, hedge and
 * source; the chart says what it shows. */
START_TEST (test_chart_describes_itself)
{
  g_autofree char *details = NULL;
  char *error;
  int i;

  ot_window_follow_link (window, "resettlement-eu-turkey");
  settle (50);
  details = ot_chart_view_describe_element (chart_view (), "resettlement-eu-turkey", FALSE);
  /* As published, in the window's language: no "exactly", no Dutch. */
  ck_assert_msg (strstr (details, "Value: up to about 4,000\n") != NULL, "%s", details);
  ck_assert_msg (strstr (details, "exactly") == NULL, "%s", details);
  ck_assert_msg (strstr (details, "Qualifier: a ceiling, not a count") != NULL, "%s", details);
  ck_assert_msg (strstr (details, "“The government has long been working to expand the "
                                  "opportunities") != NULL, "%s", details);
  g_clear_pointer (&details, g_free);
  /* A full number is offered only as what it is. */
  details = ot_chart_view_describe_element (chart_view (), "displaced-idps", FALSE);
  ck_assert_msg (strstr (details, "Value: 40.8 million\n40,800,000 people in full (published "
                                  "as 40.8 million)\n") != NULL, "%s", details);

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart_view ()),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                              ot_chart_view_get_layout (chart_view ())->description);
  ck_assert_msg (error == NULL, "%s", error);
  g_free (error);

  ot_window_follow_link (window, "displaced-refugees");
  settle (50);
  i = element_index ("displaced-refugees");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (ot_chart_view_get_element_widget (chart_view (), i)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Refugees: 21.3 million; 32.6% (calculated: 21.3 million of 65.3 million)");
  ck_assert_msg (error == NULL, "%s", error);
  g_free (error);
  ck_assert (gtk_widget_get_focusable (ot_chart_view_get_element_widget (chart_view (), i)));
}
END_TEST

static gboolean
read_png_size (const char *path,
               guint32    *width,
               guint32    *height)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, NULL) || len < 24
      || memcmp (data, "\x89PNG\r\n\x1a\n", 8) != 0)
    return FALSE;
  *width = GUINT32_FROM_BE (*(guint32 *) (data + 16));
  *height = GUINT32_FROM_BE (*(guint32 *) (data + 20));
  return TRUE;
}

/* A 2× PNG for a slide, through the export action; a failed export leaves
 * the file that was there. */
START_TEST (test_export_through_action)
{
  g_autofree char *dir = g_dir_make_tmp ("ot-gui-export-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "slide.svg", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  guint32 width, height;

  g_settings_set_string (settings, "export-size", "slide-16-9");
  g_settings_set_int (settings, "export-scale", 2);
  ot_window_follow_link (window, "displaced-idps");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", png);
  ck_assert_msg (read_png_size (png, &width, &height), "no PNG at %s", png);
  ck_assert_uint_eq (width, 3840);
  ck_assert_uint_eq (height, 2160);
  ck_assert_str_eq (ot_window_get_last_toast (window), "Exported “slide.png”");
  /* Heard as well as seen. */
  ck_assert_str_eq (ot_window_get_announcement (window), "Exported “slide.png”");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", svg);
  ck_assert (g_file_get_contents (svg, &contents, NULL, NULL));
  ck_assert (strstr (contents, "<svg") != NULL);
  g_clear_pointer (&contents, g_free);

  /* Too many pixels: refused before anything is written. */
  ck_assert (g_file_get_contents (png, &contents, NULL, NULL));
  g_settings_set_string (settings, "export-size", "custom");
  g_settings_set_int (settings, "export-width", 16384);
  g_settings_set_int (settings, "export-height", 16384);
  g_settings_set_int (settings, "export-scale", 3);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", png);
  ck_assert (g_str_has_prefix (ot_window_get_last_toast (window),
                               "The chart could not be exported: "));
  ck_assert (g_file_get_contents (png, &after, NULL, NULL));
  ck_assert (memcmp (contents, after, 24) == 0);

  g_unlink (png);
  ot_test_assert_svg_well_formed (svg);
  g_unlink (svg);
  g_rmdir (dir);
}
END_TEST

static gboolean
dataset_changed (gpointer before)
{
  return ot_window_get_dataset (window) != before;
}

static gboolean
banner_shown (gpointer data)
{
  return ot_window_get_banner_text (window) != NULL;
}

/* A broken file leaves the figures on screen and says where it is broken;
 * a good one replaces them; the open file is followed as it changes. */
START_TEST (test_open_broken_and_watched_files)
{
  g_autofree char *bad = ot_test_data_path ("figures-bad-value.csv");
  g_autofree char *four = ot_test_data_path ("figures-four-parts.csv");
  g_autofree char *dir = g_dir_make_tmp ("ot-gui-open-XXXXXX", NULL);
  g_autofree char *mine = g_build_filename (dir, "mine.csv", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) mine_file = g_file_new_for_path (mine);
  g_autofree char *good = NULL;
  OtDataset *before = ot_window_get_dataset (window);

  ot_window_open_file (window, bad_file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert_ptr_nonnull (ot_window_get_banner_text (window));
  ck_assert_msg (strstr (ot_window_get_banner_text (window),
                         "figures-bad-value.csv:3:10: expected a number, found “12abc”") != NULL,
                 "%s", ot_window_get_banner_text (window));
  ck_assert_ptr_eq (ot_window_get_dataset (window), before);
  ck_assert_ptr_eq (ot_chart_view_get_dataset (chart_view ()), before);
  ck_assert_str_eq (element_label ("displaced-idps"),
                    "Internally displaced: 40.8 million; 62.5% (calculated: 40.8 million of "
                    "65.3 million)");

  /* A file of one's own, edited while it is open. */
  ck_assert (g_file_get_contents (four, &good, NULL, NULL));
  ck_assert (g_file_set_contents (mine, good, -1, NULL));
  ot_window_open_file (window, mine_file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert_ptr_null (ot_window_get_banner_text (window));
  ck_assert_ptr_ne (ot_window_get_dataset (window), before);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "breakdown");
  settle (50);
  ck_assert_uint_eq (ot_chart_view_get_layout (chart_view ())->elements->len, 4);
  ck_assert_str_eq (element_label ("north"), "North: 40 million; 40% (calculated: 40 million of 100 million)");

  before = ot_window_get_dataset (window);
  {
    g_autoptr(GString) edited = g_string_new (good);

    g_string_replace (edited, "north,40000000", "north,45000000", 1);
    g_string_replace (edited, "world,100000000", "world,105000000", 1);
    ck_assert (g_file_set_contents (mine, edited->str, -1, NULL));
  }
  ck_assert_msg (wait_until (dataset_changed, before, 10000),
                 "the edited file was not reloaded");
  settle (50);
  ck_assert_str_eq (element_label ("north"), "North: 45 million; 42.9% (calculated: 45 million of 105 million)");

  /* Broken while open: the last good figures stay. */
  before = ot_window_get_dataset (window);
  ck_assert (g_file_set_contents (mine, "id,value\nnorth,lots\n", -1, NULL));
  ck_assert (wait_until (banner_shown, NULL, 10000));
  ck_assert_ptr_eq (ot_window_get_dataset (window), before);
  ck_assert_str_eq (element_label ("north"), "North: 45 million; 42.9% (calculated: 45 million of 105 million)");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-letter-figures", NULL);
  ck_assert (ot_dataset_is_letter (ot_window_get_dataset (window)));
  ck_assert_ptr_null (ot_window_get_banner_text (window));

  g_unlink (mine);
  g_rmdir (dir);
}
END_TEST

/* Dutch and back, without a restart: the chart's numbers, the letter, the
 * picker and the table. */
START_TEST (test_language_switch)
{
  GtkDropDown *picker = GTK_DROP_DOWN (ot_window_get_chart_picker (window));
  OtFigureTable *table = OT_FIGURE_TABLE (ot_window_get_figure_table (window));
  g_autofree char *text = NULL;
  g_autofree char *cell = NULL;
  GtkStringObject *title;

  ck_assert_str_eq (element_label ("displaced-refugees"),
                    "Refugees: 21.3 million; 32.6% (calculated: 21.3 million of 65.3 million)");

  g_settings_set_string (settings, "language", "nl");
  settle (100);
  ck_assert_str_eq (element_label ("displaced-refugees"),
                    "Vluchtelingen: 21,3 miljoen; 32,6% (berekend: 21,3 miljoen van 65,3 miljoen)");
  text = letter_text ();
  ck_assert (strstr (text, "21,3 miljoen mensen zijn op de vlucht") != NULL);
  title = gtk_drop_down_get_selected_item (picker);
  ck_assert_str_eq (gtk_string_object_get_string (title), "Ontheemden per groep");
  cell = ot_figure_table_get_cell (table, 0, 1);
  ck_assert_str_eq (cell, "21,3 miljoen");
  g_clear_pointer (&cell, g_free);
  g_clear_pointer (&text, g_free);

  g_settings_set_string (settings, "language", "en");
  settle (100);
  ck_assert_str_eq (element_label ("displaced-refugees"),
                    "Refugees: 21.3 million; 32.6% (calculated: 21.3 million of 65.3 million)");
  text = letter_text ();
  ck_assert (strstr (text, "21.3 million people are refugees") != NULL);
  cell = ot_figure_table_get_cell (table, 0, 2);
  ck_assert_str_eq (cell, "21,300,000 people in full (published as 21.3 million)");
  g_clear_pointer (&cell, g_free);
  /* The source sentence in the table is the window's language's too. */
  cell = ot_figure_table_get_cell (table, 0, 6);
  ck_assert_str_eq (cell, "21.3 million people are refugees, 40.8 million people are internally "
                          "displaced and 3.2 million people are seeking asylum.");
}
END_TEST

static gboolean
folded (gpointer data)
{
  return ot_window_get_folded (window) == GPOINTER_TO_INT (data);
}

/* At 360 pixels: one pane at a time, and the links move between them. */
/* The smallest chart text in the window is the window's body text, in
 * every chart, and follows it when Large Text raises the resolution. */
static double
body_text_px (void)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (chart_view ()));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  return pango_font_description_get_size_is_absolute (font)
         ? size : size * pango_cairo_context_get_resolution (context) / 72;
}

static void
assert_no_chart_text_under (double body)
{
  const OtChartLayout *layout = ot_chart_view_get_layout (chart_view ());

  ck_assert_ptr_nonnull (layout);
  ck_assert_double_ge (layout->min_text, body - 0.01);
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);
      double px = (double) pango_font_description_get_size (
        pango_layout_get_font_description (box->layout)) / PANGO_SCALE;

      ck_assert_msg (px >= body - 0.01, "%s: “%s” is %.2f px, the body text %.2f px",
                     layout->chart->id, pango_layout_get_text (box->layout), px, body);
    }
}

START_TEST (test_chart_text_never_under_body_text)
{
  GtkSettings *gtk = gtk_widget_get_settings (GTK_WIDGET (window));
  int dpi = 0;
  double body = body_text_px (), larger;

  ck_assert_double_gt (body, 10);
  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      g_object_set (chart_view (), "chart-id", ot_chart_get_nth (c)->id, NULL);
      settle (50);
      assert_no_chart_text_under (body);
    }

  /* Large Text: 1.25 times the resolution, and the charts follow. */
  g_object_get (gtk, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (gtk, "gtk-xft-dpi", (int) (120 * 1024), NULL);
  settle (200);
  larger = body_text_px ();
  ck_assert_double_gt (larger, body * 1.2);
  assert_no_chart_text_under (larger);
  g_object_set (gtk, "gtk-xft-dpi", dpi > 0 ? dpi : 96 * 1024, NULL);
  settle (100);
}
END_TEST

START_TEST (test_narrow_window)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  ck_assert_msg (wait_until (folded, GINT_TO_POINTER (TRUE), 5000), "did not fold at 360 px");
  settle (100);
  ck_assert_int_le (gtk_widget_get_width (GTK_WIDGET (window)), 360);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-letter", NULL);
  ck_assert_str_eq (ot_window_get_visible_page (window), "letter");
  ck_assert (ot_window_follow_link (window, "displaced-idps"));
  ck_assert_str_eq (ot_window_get_visible_page (window), "chart");
  ck_assert (ot_window_show_source (window, "displaced-idps"));
  ck_assert_str_eq (ot_window_get_visible_page (window), "letter");

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  ck_assert_msg (wait_until (folded, GINT_TO_POINTER (FALSE), 5000), "did not unfold");
}
END_TEST

/* Ctrl+W closes the window, which remembers its size for the next. */
START_TEST (test_window_size_remembered)
{
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  settle (200);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  window = NULL;
  settle (50);
  ck_assert_int_eq (g_settings_get_int (settings, "window-width"), 1000);
  ck_assert_int_eq (g_settings_get_int (settings, "window-height"), 700);

  window = ot_window_new (GTK_APPLICATION (app), settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  ck_assert_int_eq (width, 1000);
  ck_assert_int_eq (height, 700);
}
END_TEST

typedef struct
{
  char     *text;
  gboolean  done;
} Read;

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Read *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
read_done (gpointer data)
{
  return ((Read *) data)->done;
}

/* The table copies as CSV, formulas neutralised, and exports as a file;
 * the chart copies as PNG with SVG beside it. */
START_TEST (test_table_and_clipboard)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autofree char *dir = g_dir_make_tmp ("ot-gui-table-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "table.csv", NULL);
  g_autofree char *contents = NULL;
  Read read = { NULL, FALSE };
  GdkContentFormats *formats;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  settle (50);
  ck_assert (gtk_widget_get_mapped (ot_window_get_figure_table (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy", NULL);
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &read);
  ck_assert (wait_until (read_done, &read, 5000));
  ck_assert_ptr_nonnull (read.text);
  ck_assert (g_str_has_prefix (read.text, "\"id\",\"value\",\"unit\""));
  ck_assert (strstr (read.text, "\"displaced-idps\",\"40800000\",\"people\"") != NULL);
  g_free (read.text);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-table-to", "s", csv);
  ck_assert (g_file_get_contents (csv, &contents, NULL, NULL));
  ck_assert (g_str_has_prefix (contents, "\xEF\xBB\xBF\"id\""));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "chart");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy", NULL);
  formats = gdk_clipboard_get_formats (clipboard);
  ck_assert (gdk_content_formats_contain_mime_type (formats, "image/png"));
  ck_assert (gdk_content_formats_contain_mime_type (formats, "image/svg+xml"));
  ck_assert_str_eq (ot_window_get_last_toast (window), "Chart copied");

  /* The alt text is the chart's accessible description, word for word. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-alt-text", NULL);
  read = (Read) { NULL, FALSE };
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &read);
  ck_assert (wait_until (read_done, &read, 5000));
  ck_assert_ptr_nonnull (read.text);
  {
    GtkWidget *view = ot_window_get_chart_view (window);
    g_autofree char *description = NULL;
    OtChartStyle style;

    ot_chart_view_get_style (OT_CHART_VIEW (view), &style);
    description = ot_chart_describe (ot_chart_view_get_chart (OT_CHART_VIEW (view)),
                                     ot_chart_view_get_dataset (OT_CHART_VIEW (view)), &style);
    ck_assert_str_eq (read.text, description);
    ck_assert_uint_gt (strlen (read.text), 40);
  }
  g_free (read.text);
  ck_assert_str_eq (ot_window_get_last_toast (window), "Alt text copied");

  g_unlink (csv);
  g_rmdir (dir);
}
END_TEST

static OtPresentation *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (OT_IS_PRESENTATION (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return OT_PRESENTATION (toplevel);
    }
  return NULL;
}

static gboolean
presentation_shown (gpointer data)
{
  OtPresentation *presentation = find_presentation ();

  return presentation != NULL && gtk_widget_get_mapped (GTK_WIDGET (presentation));
}

/* F5 with @slides chosen and @chart on screen: the presentation shown. */
static OtPresentation *
present (const char * const *slides,
         const char         *chart)
{
  ot_window_edit_slides (window, slides);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", chart);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  ck_assert (wait_until (presentation_shown, NULL, 5000));
  return find_presentation ();
}

/* F5 presents the chosen slides full screen; Esc comes back to the window. */
START_TEST (test_present_and_return)
{
  OtPresentation *presentation;
  const char *slides[] = { "timeline", "breakdown", NULL };

  /* F5 starts at the chart on screen. */
  presentation = present (slides, "timeline");
  ck_assert_uint_eq (ot_presentation_get_n_slides (presentation), 2);
  ck_assert_uint_eq (ot_presentation_get_current (presentation), 0);
  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Page_Down));
  ck_assert_uint_eq (ot_presentation_get_current (presentation), 1);
  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Escape));
  settle (200);
  ck_assert_ptr_null (find_presentation ());
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (window)));
}
END_TEST

static OtSlidesDialog *
find_slides_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (OT_IS_SLIDES_DIALOG (item))
        return OT_SLIDES_DIALOG (item);
    }
  return NULL;
}

/* Slides are switched on and off and moved in the dialog, remembered, made
 * the briefing's (an edit undo takes back), and exported in that order as
 * one PDF. */
START_TEST (test_choose_and_export_slides)
{
  OtSlidesDialog *dialog;
  g_autofree char *undo = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) saved = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ot-gui-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.pdf", NULL);
  g_auto(GStrv) bookmarks = NULL;
  PopplerDocument *document;

  g_settings_set_strv (settings, "slides", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-slides", NULL);
  settle (100);
  dialog = find_slides_dialog ();
  ck_assert_ptr_nonnull (dialog);

  /* Every chart the letter's figures draw, all on at first. */
  ids = ot_slides_dialog_dup_ids (dialog);
  ck_assert_uint_eq (g_strv_length (ids), 7);
  ck_assert_str_eq (ids[0], "breakdown");

  ot_slides_dialog_move (dialog, 4, -1);       /* the timeline before the funding */
  ot_slides_dialog_move (dialog, 0, -1);       /* the first cannot move up */
  for (guint i = 4; i < 7; i++)
    ot_slides_dialog_set_shown (dialog, i, FALSE);
  ot_slides_dialog_set_shown (dialog, 1, FALSE);

  saved = g_settings_get_strv (settings, "slides");
  ck_assert_uint_eq (g_strv_length (saved), 3);
  ck_assert_str_eq (saved[0], "breakdown");
  ck_assert_str_eq (saved[1], "key-figures");
  ck_assert_str_eq (saved[2], "timeline");
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* The briefing's slides too, each change a step. */
  ck_assert (g_strv_equal (ot_briefing_get_chart_ids (ot_window_get_briefing (window)),
                           (const char * const *) saved));
  undo = ot_window_dup_undo_label (window, FALSE);
  ck_assert_str_eq (undo, "Undo Slides Change");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-deck-to", "s", path);
  ck_assert_str_eq (ot_window_get_last_toast (window), "Slides exported");
  document = ot_test_pdf_open (path);
  ck_assert_int_eq (poppler_document_get_n_pages (document), 3);
  bookmarks = ot_test_pdf_dup_bookmarks (document);
  ck_assert_uint_eq (g_strv_length (bookmarks), 3);
  ck_assert_str_eq (bookmarks[0], "Displaced people by group");
  ck_assert_str_eq (bookmarks[2], "Dates in the letter");
  g_object_unref (document);

  /* The same slides for PowerPoint and Impress, by the name's extension:
   * a title slide and the three, one part a slide. */
  for (guint f = 0; f < 2; f++)
    {
      g_autofree char *deck = g_build_filename (dir, f == 0 ? "slides.pptx" : "slides.odp", NULL);
      g_autofree char *contents = NULL;
      gsize len;
      guint n_slides = 0;
      const char *part = f == 0 ? "ppt/slides/slide" : "draw:page ";

      gtk_widget_activate_action (GTK_WIDGET (window), "win.export-deck-to", "s", deck);
      ck_assert_str_eq (ot_window_get_last_toast (window), "Slides exported");
      ck_assert (g_file_get_contents (deck, &contents, &len, NULL));
      ck_assert (len > 4 && memcmp (contents, "PK\x03\x04", 4) == 0);
      /* Zip names are stored: count the slide parts' names. */
      for (const char *p = contents; f == 0 && (p = memmem (p, len - (p - contents), part,
                                                            strlen (part))) != NULL; p++)
        n_slides++;
      if (f == 0)
        /* Each name is in its local header and in the central directory;
         * each slide's rels name it once more, less the title slide. */
        ck_assert_uint_ge (n_slides, 8);
      g_unlink (deck);
    }

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

/* A UNHCR download opens like a figures file: the picker then offers the
 * charts it can draw, the top ten among them, and the figures stay linked
 * to their labels. */
START_TEST (test_open_unhcr_export)
{
  g_autofree char *zip = ot_test_data_path ("unhcr-download.zip");
  g_autoptr(GFile) file = g_file_new_for_path (zip);
  gboolean has_top = FALSE;
  guint n = 0;

  ot_window_open_file (window, file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert_ptr_null (ot_window_get_banner_text (window));

  ot_window_get_nth_chart (window, 0, &n);
  for (guint i = 0; i < n; i++)
    {
      const OtChart *chart = ot_window_get_nth_chart (window, i, NULL);

      has_top |= g_str_equal (chart->id, "top-origin");
      ck_assert_msg (!g_str_equal (chart->id, "breakdown"), "the export has no breakdown");
    }
  ck_assert (has_top);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "top-origin");
  settle (100);
  ck_assert_str_eq (ot_chart_view_get_chart (chart_view ())->id, "top-origin");
  ck_assert_uint_eq (ot_chart_view_get_layout (chart_view ())->elements->len, 10);
  ck_assert_str_eq (g_array_index (ot_chart_view_get_layout (chart_view ())->elements,
                                   OtChartElement, 0).label, "Afghanistan: 5.97 million");

  /* The table shows what the countries have: no column of the letter's
   * wording, qualifier or sentence left empty; back on the letter's
   * figures, every column again. */
  {
    OtFigureTable *table = OT_FIGURE_TABLE (ot_window_get_figure_table (window));

    ck_assert (ot_figure_table_column_is_shown (table, 0));
    for (guint column = 1; column < 7; column++)
      ck_assert_msg (!ot_figure_table_column_is_shown (table, column),
                     "column %u of the top 10 is empty but shown", column);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.use-letter-figures", NULL);
    ck_assert (wait_until (not_loading, NULL, 10000));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "breakdown");
    settle (100);
    /* No figure of the breakdown is hedged; the key figures' "up to
     * about 4,000" is. */
    for (guint column = 0; column < 7; column++)
      ck_assert_msg (ot_figure_table_column_is_shown (table, column) == (column != 3),
                     "column %u of the breakdown is %s", column, column != 3 ? "hidden" : "shown");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "key-figures");
    settle (100);
    ck_assert (ot_figure_table_column_is_shown (table, 3));
  }
}
END_TEST


/* The accessible name GTK would report for @widget, as a test sees it. */
static void
assert_label (GtkWidget  *widget,
              const char *label)
{
  char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  ck_assert_msg (error == NULL, "%s", error);
}

/* Every figure and date of the letter is a link a screen reader can land
 * on, named by its text; they all look alike (accent underline under each);
 * footnotes follow the signatures; list items wrap under their text. */
START_TEST (test_letter_links_reachable_and_alike)
{
  OtLetterView *view = letter_view ();
  GtkTextView *text_view = GTK_TEXT_VIEW (view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  g_autofree char *text = letter_text ();
  guint n = ot_letter_view_get_n_links (view);
  GtkTextIter start, iter;
  GdkRectangle marker, first, wrapped;
  const char *item;

  ck_assert_uint_ge (n, 20);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *mark = ot_letter_view_get_link_widget (view, i);
      g_autofree char *link_text = ot_letter_view_get_link_text (view, i);

      ck_assert (gtk_widget_get_focusable (mark));
      ck_assert_int_eq (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (mark)),
                        GTK_ACCESSIBLE_ROLE_LINK);
      assert_label (mark, link_text);
    }

  /* As in the letter: signatures, then the footnotes. */
  ck_assert_ptr_nonnull (strstr (text, "E.M.J. Ploumen"));
  ck_assert_ptr_nonnull (strstr (text, "Available at www.tweedekamer.nl"));
  ck_assert (strstr (text, "E.M.J. Ploumen") < strstr (text, "Available at www.tweedekamer.nl"));

  /* A list item's second line starts under its first word, not its dash. */
  item = "Tackling the root causes of movements of refugees";
  ck_assert_ptr_nonnull (strstr (text, item));
  gtk_text_buffer_get_start_iter (buffer, &start);
  ck_assert (gtk_text_iter_forward_search (&start, item, 0, &iter, NULL, NULL));
  gtk_text_view_get_iter_location (text_view, &iter, &first);
  start = iter;
  gtk_text_iter_backward_chars (&start, 2);  /* the dash, before the tab */
  gtk_text_view_get_iter_location (text_view, &start, &marker);
  gtk_text_view_forward_display_line (text_view, &iter);
  gtk_text_view_get_iter_location (text_view, &iter, &wrapped);
  ck_assert_int_gt (wrapped.y, first.y);
  ck_assert_int_eq (wrapped.x, first.x);
  ck_assert_int_lt (marker.x, first.x);
}
END_TEST

static gboolean
letter_drawn (gpointer data)
{
  GtkWidget *view = GTK_WIDGET (letter_view ());

  return gtk_widget_get_mapped (view) && gtk_widget_get_width (view) > 0
         && gtk_widget_get_height (view) > 0;
}

/* Pixels of the letter as the window draws them, once it has drawn: on a
 * loaded machine the first frame can come after the settling time, and a
 * widget not yet laid out gives no render node at all. */
static GdkTexture *
render_letter (void)
{
  GtkWidget *view = GTK_WIDGET (letter_view ());
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (view);
  g_autoptr(GskRenderNode) node = NULL;

  for (guint tries = 0; node == NULL && tries < 50; tries++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      ck_assert (wait_until (letter_drawn, NULL, 5000));
      gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (view),
                              gtk_widget_get_height (view));
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        settle (100);
    }
  ck_assert_msg (node != NULL, "the letter never drew");
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (view),
                                                           gtk_widget_get_height (view)));
}

/* A row of the accent's blue (#1c71d8 on GTK 4.8, #0461be on 4.18) under
 * the text from @x0 to @x1, a little below the middle of a line @y..@y+@h. */
static gboolean
underlined_between (const guchar *pixels,
                    int           width,
                    int           x0,
                    int           x1,
                    int           y,
                    int           h)
{
  for (int row = y + h / 2; row < y + h + 3; row++)
    {
      int blue = 0;

      for (int x = x0 + 1; x < x1 - 1; x++)
        {
          const guchar *p = pixels + row * width * 4 + x * 4;   /* B G R A */

          blue += p[0] > 160 && p[2] < 100 && p[1] > 80 && p[1] < 150;
        }
      if (blue >= (x1 - x0 - 2) * 0.9)
        return TRUE;
    }
  return FALSE;
}

/* Every line of every link on screen is underlined: of a link that wraps,
 * each part (GTK 4.8's GL renderer dropped the first link's underline in
 * each paragraph). Returns how many lines it looked at. */
static guint
assert_links_underlined (void)
{
  GtkTextView *view = GTK_TEXT_VIEW (letter_view ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(GdkTexture) texture = render_letter ();
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc (width * height * 4);
  guint checked = 0;

  gdk_texture_download (texture, pixels, width * 4);
  for (guint i = 0; i < ot_letter_view_get_n_links (letter_view ()); i++)
    {
      g_autofree char *text = ot_letter_view_get_link_text (letter_view (), i);
      GtkTextIter iter, end;
      int start_offset, end_offset;
      guint part = 0;

      ot_letter_view_get_link_range (letter_view (), i, &start_offset, &end_offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, start_offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);
      while (gtk_text_iter_compare (&iter, &end) < 0)
        {
          GtkTextIter line_end = iter, last;
          GdkRectangle first_rect, last_rect;
          int x0, x1, y, unused;

          if (!gtk_text_view_forward_display_line_end (view, &line_end)
              || gtk_text_iter_compare (&line_end, &end) > 0)
            line_end = end;
          last = line_end;
          gtk_text_iter_backward_char (&last);
          gtk_text_view_get_iter_location (view, &iter, &first_rect);
          gtk_text_view_get_iter_location (view, &last, &last_rect);
          gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, first_rect.x,
                                                 first_rect.y, &x0, &y);
          gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                                 last_rect.x + last_rect.width, 0, &x1, &unused);
          part++;
          if (y >= 0 && y + first_rect.height + 4 <= height && x1 - x0 > 2)
            {
              checked++;
              ck_assert_msg (underlined_between (pixels, width, x0, x1, y, first_rect.height),
                             "link %u (%s) has no underline on its line %u", i, text, part);
            }
          if (gtk_text_iter_equal (&line_end, &end))
            break;
          iter = line_end;
          gtk_text_view_forward_display_line (view, &iter);
          if (!gtk_text_view_starts_display_line (view, &iter))
            gtk_text_view_backward_display_line_start (view, &iter);
        }
    }
  return checked;
}

/* At the window's size and at 360 px, where figures and dates wrap. */
START_TEST (test_every_link_underlined)
{
  g_settings_set_string (settings, "color-scheme", "light");
  settle (300);
  ck_assert_uint_ge (assert_links_underlined (), 4);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  ck_assert_msg (wait_until (folded, GINT_TO_POINTER (TRUE), 5000), "did not fold at 360 px");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-letter", NULL);
  settle (300);
  ck_assert_uint_ge (assert_links_underlined (), 4);
}
END_TEST

/* Following a figure puts focus on its bar; Enter on a bar puts focus on
 * its sentence, which is what a screen reader then reads. */
START_TEST (test_focus_follows_figures)
{
  int link = ot_letter_view_find_link (letter_view (), "40.8 million");
  GtkWidget *focus;
  GtkWidget *sentence;

  ck_assert_msg (x11_focus (), "xdotool could not focus the window");
  ck_assert (wait_until (window_active, NULL, 5000));
  ck_assert_int_ge (link, 0);
  ck_assert (ot_letter_view_focus_link (letter_view (), link));
  settle (50);
  ck_assert_int_eq (ot_letter_view_get_focused_link (letter_view ()), link);

  press ("Return");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  ck_assert_ptr_eq (focus, ot_chart_view_get_element_widget (chart_view (),
                                                             element_index ("displaced-idps")));
  assert_label (focus, "Internally displaced: 40.8 million; 62.5% (calculated: 40.8 million of 65.3 million)");

  press ("Left Return");
  sentence = ot_letter_view_get_sentence_widget (letter_view ());
  ck_assert_ptr_eq (gtk_root_get_focus (GTK_ROOT (window)), sentence);
  assert_label (sentence, "21.3 million people are refugees, 40.8 million people are internally "
                          "displaced and 3.2 million people are seeking asylum.");

  /* From the sentence, Tab goes to the figure in it. */
  press ("Tab");
  ck_assert_int_eq (ot_letter_view_get_focused_link (letter_view ()),
                    ot_letter_view_find_link (letter_view (), "21.3 million"));
}
END_TEST

/* Icon buttons are named in the window's language; so is the picker's
 * button, by the chart on screen; the picker's items by their titles. */
START_TEST (test_controls_named)
{
  OtWindow *self = window;
  GtkWidget *picker = ot_window_get_chart_picker (self);
  GtkWidget *button = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (picker); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      button = child;
  ck_assert_ptr_nonnull (button);
  assert_label (button, "Chart: Displaced people by group");

  g_settings_set_string (settings, "language", "nl");
  settle (100);
  assert_label (button, "Grafiek: Ontheemden per groep");
  gtk_widget_activate_action (GTK_WIDGET (self), "win.chart", "s", "breakdown");
  settle (50);
  assert_label (button, "Grafiek: Ontheemden per groep");
  g_settings_set_string (settings, "language", "en");
  settle (100);
}
END_TEST

/* A figures file of one's own: the letter no longer links its figures to
 * charts of other figures, and says so; the letter's figures link again. */
START_TEST (test_own_figures_unlink_the_letter)
{
  g_autofree char *four = ot_test_data_path ("figures-four-parts.csv");
  g_autoptr(GFile) file = g_file_new_for_path (four);

  ck_assert_uint_ge (ot_letter_view_get_n_links (letter_view ()), 20);
  ot_window_open_file (window, file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  settle (50);
  ck_assert_uint_eq (ot_letter_view_get_n_links (letter_view ()), 0);
  ck_assert (!ot_letter_view_get_links_shown (letter_view ()));
  ck_assert (!ot_window_show_source (window, "north"));
  ck_assert_ptr_null (ot_letter_view_get_highlighted (letter_view ()));
  /* The picker names the charts for the figures open, not the letter's. */
  {
    GListModel *titles = gtk_drop_down_get_model (GTK_DROP_DOWN (ot_window_get_chart_picker (window)));

    ck_assert_uint_gt (g_list_model_get_n_items (titles), 0);
    for (guint i = 0; i < g_list_model_get_n_items (titles); i++)
      {
        const char *title = gtk_string_list_get_string (GTK_STRING_LIST (titles), i);

        ck_assert_msg (strstr (title, "letter") == NULL && strstr (title, "brief") == NULL,
                       "the picker offers “%s” for a file of one's own", title);
      }
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-letter-figures", NULL);
  settle (50);
  ck_assert_uint_ge (ot_letter_view_get_n_links (letter_view ()), 20);
  ck_assert (ot_window_show_source (window, "displaced-idps"));
}
END_TEST

/* The table is the chart on screen, row by row, each row a sentence. */
START_TEST (test_table_is_the_chart_on_screen)
{
  OtFigureTable *table = OT_FIGURE_TABLE (ot_window_get_figure_table (window));
  const char *charts[] = { "breakdown", "trend", "then-now", "timeline" };
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      const OtChartLayout *layout;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", charts[i]);
      settle (50);
      layout = ot_chart_view_get_layout (chart_view ());
      ck_assert_uint_eq (ot_figure_table_get_n_rows (table), layout->elements->len);
      for (guint j = 0; j < layout->elements->len; j++)
        {
          g_autofree char *row = ot_figure_table_get_row_sentence (table, j);

          ck_assert_msg (row != NULL && *row != '\0', "%s row %u is empty", charts[i], j);
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "breakdown");
  settle (50);
  sentence = ot_figure_table_get_row_sentence (table, 0);
  ck_assert_str_eq (sentence, "Refugees: 21.3 million, 31 December 2015, part of Forcibly displaced "
                              "worldwide. In the letter: “21.3 million people are "
                              "refugees, 40.8 million people are internally displaced and 3.2 "
                              "million people are seeking asylum.”");
}
END_TEST


static void
collect_label_texts (GtkWidget *widget,
                     GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "[%s]", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, out);
}

/* Keys as a user reads them, not by their X names. */
START_TEST (test_shortcut_key_names)
{
  GtkWindow *shortcuts = ot_shortcuts_window_new (OT_LANG_EN);
  g_autoptr(GString) texts = g_string_new (NULL);

  collect_label_texts (GTK_WIDGET (shortcuts), texts);
  ck_assert_msg (strstr (texts->str, "[Page Down]") != NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "[Backspace]") != NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "[Esc]") != NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "Page_Down") == NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "BackSpace") == NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "[Copy the chart's alt text]") != NULL, "%s", texts->str);
  gtk_window_destroy (shortcuts);

  /* In Dutch, GTK's own words too: the window's title, its search. */
  shortcuts = ot_shortcuts_window_new (OT_LANG_NL);
  g_string_truncate (texts, 0);
  collect_label_texts (GTK_WIDGET (shortcuts), texts);
  ck_assert_msg (strstr (texts->str, "[Shortcuts]") == NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "[Sneltoetsen]") != NULL, "%s", texts->str);
  ck_assert_msg (strstr (texts->str, "[De grafiek, haar dia en de titeldia bewerken]") != NULL,
                 "%s", texts->str);
  ck_assert_str_eq (gtk_window_get_title (shortcuts), "Sneltoetsen");
  gtk_window_destroy (shortcuts);

  /* Bound as listed. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (
      gtk_window_get_application (GTK_WINDOW (window)), "win.copy-alt-text");

    ck_assert_ptr_nonnull (accels[0]);
    ck_assert_str_eq (accels[0], "<Shift><Control>c");
  }
}
END_TEST

/* F5 starts at the chart on screen; past the last slide the deck says it
 * is over, and Left goes back to the last. */
START_TEST (test_present_from_chart_on_screen)
{
  OtPresentation *presentation;
  const char *slides[] = { "breakdown", "timeline", "funding", NULL };

  presentation = present (slides, "timeline");
  ck_assert_uint_eq (ot_presentation_get_current (presentation), 1);

  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Right));
  ck_assert_uint_eq (ot_presentation_get_current (presentation), 2);
  ck_assert (!ot_presentation_get_at_end (presentation));
  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Right));
  ck_assert (ot_presentation_get_at_end (presentation));
  ck_assert_int_eq (ot_presentation_get_blank (presentation), OT_BLANK_BLACK);
  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Left));
  ck_assert (!ot_presentation_get_at_end (presentation));
  ck_assert_uint_eq (ot_presentation_get_current (presentation), 2);
  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Escape));
  settle (200);
}
END_TEST

/* The broken-file bar speaks the window's language, all of it, and
 * follows a language switch. */
START_TEST (test_banner_in_one_language)
{
  g_autofree char *bad = ot_test_data_path ("figures-bad-value.csv");
  g_autoptr(GFile) file = g_file_new_for_path (bad);

  ot_window_open_file (window, file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert (g_str_has_prefix (ot_window_get_banner_text (window),
                               "These figures could not be opened"));
  g_settings_set_string (settings, "language", "nl");
  settle (100);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert_msg (g_str_has_prefix (ot_window_get_banner_text (window), "Deze cijfers"),
                 "%s", ot_window_get_banner_text (window));
  /* All of it: the file's own message too. */
  ck_assert_msg (strstr (ot_window_get_banner_text (window), "expected") == NULL,
                 "%s", ot_window_get_banner_text (window));
  g_settings_set_string (settings, "language", "en");
  settle (100);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert (g_str_has_prefix (ot_window_get_banner_text (window),
                               "These figures could not be opened"));
  ck_assert (strstr (ot_window_get_banner_text (window), "expected a number") != NULL);
}
END_TEST

/* The first widget under @widget (itself included) that @is says is the
 * one, or NULL. */
static GtkWidget *
find_widget_if (GtkWidget  *widget,
             gboolean  (*is) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (is (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_if (child, is, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget    *widget,
            gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  return find_widget_if (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/* The export dialog names the chart it exports and shows what it will
 * write, at the chosen size. */
START_TEST (test_export_dialog_previews)
{
  GtkWidget *dialog;
  GtkWidget *title;
  GtkWidget *picture;
  GdkPaintable *paintable;

  g_settings_set_string (settings, "export-size", "slide-4-3");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  dialog = ot_export_dialog_new (GTK_WINDOW (window), settings, ot_window_get_dataset (window),
                                 ot_chart_view_get_chart (OT_CHART_VIEW (ot_window_get_chart_view (window))),
                                 NULL, OT_LANG_EN);
  gtk_window_present (GTK_WINDOW (dialog));
  settle (200);

  title = find_widget (dialog, ADW_TYPE_WINDOW_TITLE);
  ck_assert_ptr_nonnull (title);
  ck_assert_str_eq (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)),
                    ot_chart_get_title (ot_chart_lookup ("funding"), OT_LANG_EN));
  picture = find_widget (dialog, GTK_TYPE_PICTURE);
  ck_assert_ptr_nonnull (picture);
  paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  ck_assert_ptr_nonnull (paintable);
  ck_assert_int_eq (gdk_paintable_get_intrinsic_width (paintable), 1024);
  ck_assert_int_eq (gdk_paintable_get_intrinsic_height (paintable), 768);
  gtk_window_destroy (GTK_WINDOW (dialog));
}
END_TEST

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
clipboard_text_cb (GObject      *clipboard,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(GError) error = NULL;
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  if (*text == NULL)
    *text = g_strdup (error->message);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* For a web page the dialog offers the snippet to paste into a CMS, and
 * the size and theme rows step aside: the page holds every size and both
 * schemes. */
START_TEST (test_export_dialog_copies_a_web_snippet)
{
  g_autofree char *text = NULL;
  GtkWidget *dialog;
  GtkWidget *button;

  g_settings_set_string (settings, "export-format", "html");
  dialog = ot_export_dialog_new (GTK_WINDOW (window), settings, ot_window_get_dataset (window),
                                 ot_chart_lookup ("breakdown"), NULL, OT_LANG_NL);
  gtk_window_present (GTK_WINDOW (dialog));
  settle (200);

  button = find_button_labelled (dialog, "Fragment _kopiëren");
  ck_assert_ptr_nonnull (button);
  ck_assert (gtk_widget_is_visible (button));
  g_signal_emit_by_name (button, "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (dialog), NULL, clipboard_text_cb, &text);
  ck_assert (wait_until (is_set, &text, 5000));
  ck_assert_msg (g_str_has_prefix (text, "<iframe title=\"Ontheemden per groep\" srcdoc=\"&lt;!DOCTYPE html&gt;"),
                 "%.80s", text);
  ck_assert_ptr_nonnull (strstr (text, "&lt;html lang=&quot;nl&quot;&gt;"));
  ck_assert_ptr_nonnull (strstr (text, "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016"));
  ck_assert_str_eq (gtk_button_get_label (GTK_BUTTON (button)), "Gekopieerd");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "export-format");
}
END_TEST

/* The core's message about a broken file is in the interface's language:
 * the language preference is the language of messages too. */
START_TEST (test_broken_file_in_the_interface_language)
{
  g_autofree char *bad = ot_test_data_path ("figures-bad-value.csv");
  g_autoptr(GFile) file = g_file_new_for_path (bad);

  g_settings_set_string (settings, "language", "nl");
  settle (100);
  ot_window_open_file (window, file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert_msg (strstr (ot_window_get_banner_text (window),
                         "figures-bad-value.csv:3:10: een getal verwacht, maar “12abc” gevonden")
                 != NULL, "%s", ot_window_get_banner_text (window));
  ck_assert (strstr (ot_window_get_banner_text (window), "expected") == NULL);

  g_settings_set_string (settings, "language", "en");
  settle (100);
  ot_window_open_file (window, file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  ck_assert_msg (strstr (ot_window_get_banner_text (window),
                         "figures-bad-value.csv:3:10: expected a number, found “12abc”") != NULL,
                 "%s", ot_window_get_banner_text (window));
}
END_TEST

static gboolean
is_of_type_named (GtkWidget    *widget,
                  gconstpointer name)
{
  GType type = g_type_from_name (name);

  return type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (widget, type);
}

/* The first widget of type @name under @widget, or NULL. */
static GtkWidget *
find_by_type_name (GtkWidget  *widget,
                   const char *name)
{
  return find_widget_if (widget, is_of_type_named, name);
}

static gboolean
adw_at_least (guint minor)
{
  return adw_get_major_version () > 1 || adw_get_minor_version () >= minor;
}

/* Each stack's own widgets: AdwNavigationSplitView, AdwToolbarView and
 * AdwBanner from libadwaita 1.4, AdwLeaflet and GtkInfoBar before; and
 * they work: the banner says what is wrong and its button closes it. */
START_TEST (test_widgets_of_the_stack)
{
  gboolean current = adw_at_least (4);
  g_autofree char *bad = ot_test_data_path ("figures-bad-value.csv");
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  GtkWidget *banner;
  GtkWidget *close = NULL;
  g_autofree char *title = NULL;
  gboolean revealed = FALSE;

  ck_assert_msg ((find_by_type_name (GTK_WIDGET (window), "AdwNavigationSplitView") != NULL)
                 == current, "AdwNavigationSplitView on libadwaita 1.%d", adw_get_minor_version ());
  ck_assert ((find_by_type_name (GTK_WIDGET (window), "AdwToolbarView") != NULL) == current);
  ck_assert ((find_by_type_name (GTK_WIDGET (window), "AdwLeaflet") != NULL) == !current);
  ck_assert ((find_by_type_name (GTK_WIDGET (window), "GtkInfoBar") != NULL) == !current);

  ot_window_open_file (window, bad_file);
  ck_assert (wait_until (not_loading, NULL, 10000));
  settle (300);
  banner = find_by_type_name (GTK_WIDGET (window), current ? "AdwBanner" : "GtkInfoBar");
  ck_assert_ptr_nonnull (banner);
  g_object_get (banner, "revealed", &revealed, NULL);
  ck_assert (revealed);
  if (current)
    {
      g_object_get (banner, "title", &title, NULL);
      ck_assert_msg (strstr (title, "figures-bad-value.csv:3:10: expected a number") != NULL,
                     "%s", title);
    }
  /* Its close button, as a user clicks it. */
  for (GtkWidget *w = banner; w != NULL && close == NULL; w = gtk_widget_get_first_child (w))
    close = GTK_IS_BUTTON (w) ? w : NULL;
  if (close == NULL)
    close = find_by_type_name (banner, "GtkButton");
  ck_assert_ptr_nonnull (close);
  g_signal_emit_by_name (close, "clicked");
  settle (300);
  ck_assert_ptr_null (ot_window_get_banner_text (window));
  g_object_get (banner, "revealed", &revealed, NULL);
  ck_assert (!revealed);
}
END_TEST

/* The dialogs of the libadwaita the window runs on: sheets in the window
 * from 1.5 (AdwAlertDialog, AdwAboutDialog, AdwPreferencesDialog), windows
 * of their own over it before; each one opens, and closes. */
START_TEST (test_dialogs_of_the_stack)
{
  gboolean sheets = adw_at_least (5);
  g_autofree char *unwritable = g_build_filename ("/nonexistent", "ot-dir", "table.csv", NULL);
  struct { const char *action; const char *then; const char *now; } dialogs[] = {
    { "app.preferences", "AdwPreferencesWindow", "AdwPreferencesDialog" },
    { "app.about", "AdwAboutWindow", "AdwAboutDialog" },
    { "win.export-table-to", "AdwMessageDialog", "AdwAlertDialog" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      GType type = g_type_from_name (sheets ? dialogs[i].now : dialogs[i].then);
      GtkWidget *dialog;

      ck_assert_msg (type != 0, "no type %s", sheets ? dialogs[i].now : dialogs[i].then);
      if (g_str_has_prefix (dialogs[i].action, "win."))
        gtk_widget_activate_action (GTK_WIDGET (window), dialogs[i].action, "s", unwritable);
      else
        gtk_widget_activate_action (GTK_WIDGET (window), dialogs[i].action, NULL);
      settle (500);
      dialog = ot_compat_find_dialog (GTK_WIDGET (window), type);
      ck_assert_msg (dialog != NULL, "%s showed no %s", dialogs[i].action, g_type_name (type));
      ck_assert (GTK_IS_WINDOW (dialog) == !sheets);
      if (sheets)
        ck_assert_ptr_eq (gtk_widget_get_root (dialog), GTK_ROOT (window));
      ot_compat_close_dialog (dialog);
      settle (500);
      ck_assert_ptr_null (ot_compat_find_dialog (GTK_WIDGET (window), type));
    }
}
END_TEST

static gboolean
recovery_exists (gpointer data)
{
  return g_file_query_exists (G_FILE (data), NULL);
}

static gboolean
panel_hidden (gpointer panel)
{
  return !gtk_widget_get_mapped (panel);
}

static gboolean
panel_shown (gpointer panel)
{
  return gtk_widget_get_mapped (panel);
}

static OtBriefingPanel *
open_panel (void)
{
  GtkWidget *panel = ot_window_get_briefing_panel (window);
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-panel", NULL);
  ck_assert_msg (wait_until (panel_shown, panel, 5000), "F9 did not show the panel");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  ck_assert_msg (focus != NULL && gtk_widget_is_ancestor (focus, panel),
                 "the focus did not move into the panel");
  return OT_BRIEFING_PANEL (panel);
}

static const OtChartChanges *
funding_changes (void)
{
  return ot_briefing_get_changes (ot_window_get_briefing (window), "funding");
}

static void
type_into (OtBriefingPanel *panel,
           OtPanelEntry     entry,
           const char      *text)
{
  GtkEditable *editable = ot_briefing_panel_get_entry (panel, entry);

  ck_assert_ptr_nonnull (editable);
  gtk_editable_set_text (editable, text);
  settle (50);
}

/* The side panel: every text of the chart written in place and reset to
 * the letter's; a highlight ticked there or with H on the chart; an
 * annotation added, edited and removed; the slide's quotation picked from
 * the letter's sentences; speaker notes and the title slide; each drawn or
 * kept in the briefing at once, and undone by name. */
START_TEST (test_briefing_panel)
{
  const char *headline = "Nederland hervestigt hooguit 4.000 Syriërs";
  OtBriefingPanel *panel;
  OtBriefing *briefing;
  const OtChartLayout *layout;
  const OtChartChanges *changes;
  GtkWidget *check, *picker_widget;
  OtQuotePicker *picker;
  g_autofree char *label = NULL;
  g_autofree char *preview = NULL;
  g_auto(GStrv) chosen = NULL;
  const char * const *quote;
  gboolean found = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  settle (200);
  panel = open_panel ();
  briefing = ot_window_get_briefing (window);

  /* The rows show the letter's own words; its own again is no change. */
  layout = ot_chart_view_get_layout (chart_view ());
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);

      if (box->part == OT_TEXT_PART_TITLE)
        {
          ck_assert_str_eq (gtk_editable_get_text (ot_briefing_panel_get_entry (panel,
                                                                                 OT_PANEL_TITLE)),
                            pango_layout_get_text (box->layout));
          found = TRUE;
        }
    }
  ck_assert (found);
  ck_assert (!gtk_widget_get_sensitive (ot_briefing_panel_get_reset_button (panel,
                                                                          OT_PANEL_TITLE)));

  /* Her headline, a note under the chart and a byline: in the chart. */
  type_into (panel, OT_PANEL_TITLE, headline);
  type_into (panel, OT_PANEL_NOTES, "Tot 4.000 in het kader van de EU-Turkije verklaring");
  type_into (panel, OT_PANEL_BYLINE, "Grafiek: Ministerie van Buitenlandse Zaken");
  changes = funding_changes ();
  ck_assert_str_eq (changes->title, headline);
  ck_assert_str_eq (changes->byline, "Grafiek: Ministerie van Buitenlandse Zaken");
  ck_assert (ot_window_get_modified (window));
  layout = ot_chart_view_get_layout (chart_view ());
  found = FALSE;
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);

      found |= box->part == OT_TEXT_PART_TITLE
               && g_str_equal (pango_layout_get_text (box->layout), headline);
    }
  ck_assert_msg (found, "the chart does not show the headline typed in the panel");
  ck_assert (gtk_widget_get_sensitive (ot_briefing_panel_get_reset_button (panel,
                                                                         OT_PANEL_TITLE)));

  /* Reset: the letter's title again, in the row and the chart. */
  g_signal_emit_by_name (ot_briefing_panel_get_reset_button (panel, OT_PANEL_BYLINE), "clicked");
  settle (50);
  ck_assert_ptr_null (funding_changes ()->byline);
  ck_assert_str_eq (gtk_editable_get_text (ot_briefing_panel_get_entry (panel, OT_PANEL_BYLINE)),
                    "");

  /* Undo names the step and the panel follows it. */
  label = ot_window_dup_undo_label (window, FALSE);
  ck_assert_str_eq (label, "Undo Byline Change");
  ck_assert (ot_window_undo (window));
  settle (50);
  ck_assert_str_eq (gtk_editable_get_text (ot_briefing_panel_get_entry (panel, OT_PANEL_BYLINE)),
                    "Grafiek: Ministerie van Buitenlandse Zaken");

  /* Highlight the 4,000: the rest muted; H on it in the chart undoes it. */
  check = ot_briefing_panel_get_highlight_check (panel, "resettlement-eu-turkey");
  ck_assert_ptr_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  settle (50);
  ck_assert (ot_chart_changes_is_highlighted (funding_changes (), "resettlement-eu-turkey"));
  layout = ot_chart_view_get_layout (chart_view ());
  ck_assert (ot_chart_layout_is_muted (layout, "syria-region-funding"));
  ck_assert (!ot_chart_layout_is_muted (layout, "resettlement-eu-turkey"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-highlight", "s",
                              "resettlement-eu-turkey");
  settle (50);
  ck_assert (!ot_chart_changes_is_highlighted (funding_changes (), "resettlement-eu-turkey"));
  ck_assert (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  ck_assert_str_eq (ot_window_get_announcement (window),
                    "Resettlement of Syrian refugees under the EU-Turkey Statement is no longer "
                    "highlighted");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-highlight", "s",
                              "resettlement-eu-turkey");
  settle (50);
  ck_assert (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* An annotation on the 4,000, placed beside it; edited; removed; undone. */
  ck_assert (ot_briefing_panel_add_annotation (panel, "resettlement-eu-turkey",
                                               "Bestaande toezegging"));
  settle (50);
  changes = funding_changes ();
  ck_assert_uint_eq (changes->annotations->len, 1);
  ck_assert_str_eq (((OtAnnotation *) changes->annotations->pdata[0])->text,
                    "Bestaande toezegging");
  layout = ot_chart_view_get_layout (chart_view ());
  ck_assert_uint_eq (layout->notes->len + __builtin_popcount (layout->notes_below), 1);
  ck_assert (!ot_briefing_panel_add_annotation (panel, "resettlement-eu-turkey", "   "));
  /* Its words emptied in the row: not a note without words, which no
   * briefing file may hold; the row says so. */
  {
    GtkEditable *row = ot_briefing_panel_get_annotation_entry (panel, 0);

    ck_assert_ptr_nonnull (row);
    gtk_editable_set_text (row, "");
    settle (50);
    ck_assert_str_eq (((OtAnnotation *) funding_changes ()->annotations->pdata[0])->text,
                      "Bestaande toezegging");
    ck_assert (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
    gtk_editable_set_text (row, "Bestaande toezegging");
    settle (50);
    ck_assert (!gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  }

  /* The slide quotes the sentence she picks. */
  g_signal_emit_by_name (ot_briefing_panel_get_quote_button (panel), "clicked");
  settle (300);
  picker_widget = ot_briefing_panel_get_quote_picker (panel);
  ck_assert_ptr_nonnull (picker_widget);
  picker = OT_QUOTE_PICKER (picker_widget);
  /* The default is checked: the figures' own sentences. */
  chosen = ot_quote_picker_dup_chosen (picker);
  ck_assert_ptr_nonnull (chosen[0]);
  g_clear_pointer (&chosen, g_strfreev);
  /* Nothing, then one sentence the search finds. */
  ot_quote_picker_clear (picker);
  chosen = ot_quote_picker_dup_chosen (picker);
  ck_assert_ptr_null (chosen[0]);
  g_clear_pointer (&chosen, g_strfreev);
  /* Nine sentences apart are more passages than a slide quotes. */
  {
    const char *apart[] = { "In this letter", "The needs are great", "At present, 65.3 million",
                            "Never since the Second World War", "Migration is therefore",
                            "up to about 4,000 Syrian refugees", "EUR 260 million",
                            "10% of the total refugee population", "A.G. Koenders" };
    guint n = 0;

    for (guint i = 0; i < G_N_ELEMENTS (apart); i++)
      n += ot_quote_picker_set_sentence_chosen (picker, apart[i], TRUE);
    chosen = ot_quote_picker_dup_chosen (picker);
    if (g_strv_length (chosen) > 8)
      ck_assert (!ot_quote_picker_can_quote (picker));
    ck_assert_uint_ge (n, 7);
    g_clear_pointer (&chosen, g_strfreev);
    ot_quote_picker_clear (picker);
  }
  ot_quote_picker_set_filter (picker, "4,000 Syrian");
  ck_assert_uint_ge (ot_quote_picker_get_n_shown (picker), 1);
  ck_assert (ot_quote_picker_set_sentence_chosen (picker,
                                                  "up to about 4,000 Syrian refugees", TRUE));
  preview = ot_quote_picker_dup_preview (picker);
  ck_assert_msg (g_str_has_prefix (preview, "“") && strstr (preview, "4,000 Syrian") != NULL,
                 "%s", preview);
  g_signal_emit_by_name (picker, "chosen", (chosen = ot_quote_picker_dup_chosen (picker)));
  gtk_window_destroy (GTK_WINDOW (picker));
  settle (100);
  quote = ot_briefing_get_quote (briefing, "funding");
  ck_assert_ptr_nonnull (quote);
  ck_assert (strstr (quote[0], "4,000 Syrian") != NULL);
  ck_assert (ot_briefing_is_letter_quote (quote));

  /* Speaker notes and the title slide. */
  type_into (panel, OT_PANEL_SPEAKER_NOTES, "Noem de EU-Turkije verklaring");
  type_into (panel, OT_PANEL_DECK_TITLE, "Briefing VN-top");
  type_into (panel, OT_PANEL_DECK_AUTHOR, "Ministerie van Buitenlandse Zaken");
  ck_assert_str_eq (ot_briefing_get_speaker_notes (briefing, "funding"),
                    "Noem de EU-Turkije verklaring");
  ck_assert_str_eq (ot_briefing_get_title (briefing), "Briefing VN-top");
  ck_assert_str_eq (ot_briefing_get_author (briefing), "Ministerie van Buitenlandse Zaken");
  g_free (label);
  label = ot_window_dup_undo_label (window, FALSE);
  ck_assert_str_eq (label, "Undo Title Slide Change");

  /* Another chart: its own rows; back, and hers are there. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "breakdown");
  settle (200);
  ck_assert_ptr_null (ot_briefing_panel_get_highlight_check (panel, "resettlement-eu-turkey"));
  ck_assert_ptr_nonnull (ot_briefing_panel_get_highlight_check (panel, "displaced-refugees"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  settle (200);
  ck_assert_str_eq (gtk_editable_get_text (ot_briefing_panel_get_entry (panel, OT_PANEL_TITLE)),
                    headline);

  /* Then and now: its groups by their names, not their ids. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "then-now");
  settle (200);
  {
    GtkWidget *box = ot_briefing_panel_get_highlight_check (panel, "refugees-2015-2023");
    GtkWidget *row = box != NULL ? gtk_widget_get_ancestor (box, ADW_TYPE_PREFERENCES_ROW) : NULL;

    ck_assert_ptr_nonnull (row);
    ck_assert_str_eq (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Refugees");
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  settle (200);

  /* Slides in Dutch, the window in English: the letter's Dutch words to quote. */
  g_settings_set_string (settings, "export-language", "nl");
  settle (100);
  g_signal_emit_by_name (ot_briefing_panel_get_quote_button (panel), "clicked");
  settle (300);
  picker = OT_QUOTE_PICKER (ot_briefing_panel_get_quote_picker (panel));
  ck_assert (ot_quote_picker_set_sentence_chosen (picker, "maximaal circa 4.000 Syrische", TRUE));
  ck_assert (!ot_quote_picker_set_sentence_chosen (picker, "up to about 4,000 Syrian", TRUE));
  gtk_window_destroy (GTK_WINDOW (picker));
  g_settings_reset (settings, "export-language");
  settle (100);

  /* Dutch: every row in Dutch. */
  g_settings_set_string (settings, "language", "nl");
  settle (300);
  g_free (label);
  label = ot_window_dup_undo_label (window, FALSE);
  ck_assert_str_eq (label, "Wijziging titeldia ongedaan maken");

  /* F9 again, typing in the panel: closed, the focus back in the chart. */
  gtk_widget_grab_focus (GTK_WIDGET (ot_briefing_panel_get_entry (panel, OT_PANEL_TITLE)));
  settle (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-panel", NULL);
  ck_assert_msg (wait_until (panel_hidden, panel, 5000), "F9 again did not hide the panel");
  ck_assert (gtk_widget_has_focus (GTK_WIDGET (chart_view ()))
             || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                        GTK_WIDGET (chart_view ())));
}
END_TEST

/* A briefing keeps its export choices: saved with it, back when it opens. */
START_TEST (test_briefing_keeps_export_choices)
{
  g_autofree char *folder = g_dir_make_tmp ("ot-choices-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "keuzes.ontheemd", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
  g_autoptr(OtBriefing) saved = NULL;
  OtExportFormat format;
  int width, height, scale;

  changes->title = g_strdup ("Eigen kop");
  ot_window_edit_chart (window, "funding", "title", "Title Change", changes);
  g_settings_set_string (settings, "export-language", "nl");
  g_settings_set_string (settings, "export-theme", "dark");
  g_settings_set_string (settings, "export-format", "svg");
  g_settings_set_string (settings, "export-size", "custom");
  g_settings_set_int (settings, "export-width", 1000);
  g_settings_set_int (settings, "export-height", 1000);
  g_settings_set_int (settings, "export-scale", 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", path);
  ck_assert (!ot_window_get_modified (window));

  saved = ot_briefing_load (file, NULL, NULL);
  ck_assert_ptr_nonnull (saved);
  ck_assert_int_eq (ot_briefing_get_lang (saved), OT_LANG_NL);
  ck_assert_int_eq (ot_briefing_get_theme (saved), OT_THEME_DARK);
  ot_briefing_get_export (saved, &format, &width, &height, &scale);
  ck_assert_int_eq (format, OT_EXPORT_SVG);
  ck_assert_int_eq (width, 1000);
  ck_assert_int_eq (height, 1000);
  ck_assert_int_eq (scale, 2);

  /* Other choices since; opening the briefing brings its own back. */
  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "export-theme");
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-size");
  g_settings_reset (settings, "export-scale");
  ot_window_open_file (window, file);
  settle (100);
  ck_assert_int_eq (g_settings_get_enum (settings, "export-format"), OT_EXPORT_SVG);
  ck_assert_int_eq (g_settings_get_enum (settings, "export-theme"), OT_THEME_DARK);
  ck_assert_int_eq (g_settings_get_int (settings, "export-scale"), 2);
  ck_assert_int_eq (g_settings_get_int (settings, "export-width"), 1000);
  {
    g_autofree char *lang = g_settings_get_string (settings, "export-language");
    g_autofree char *size = g_settings_get_string (settings, "export-size");

    ck_assert_str_eq (lang, "nl");
    ck_assert_str_eq (size, "custom");
  }
  ck_assert (!ot_window_get_modified (window));
  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "export-theme");
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-size");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  g_unlink (path);
  g_rmdir (folder);
}
END_TEST

/* Annotate… in an element's context menu: the panel opens on the note row,
 * on that element, with the focus in it. */
START_TEST (test_annotate_element_opens_the_row)
{
  GtkWidget *panel = ot_window_get_briefing_panel (window);
  GtkEditable *entry;
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  settle (200);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate-element", "s",
                              "resettlement-eu-turkey");
  ck_assert_msg (wait_until (panel_shown, panel, 5000), "Annotate… did not show the panel");
  ck_assert_uint_eq (ot_briefing_panel_get_annotation_target (OT_BRIEFING_PANEL (panel)), 1);
  entry = ot_briefing_panel_get_entry (OT_BRIEFING_PANEL (panel), OT_PANEL_NEW_ANNOTATION);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  ck_assert (focus != NULL
             && (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry))));
}
END_TEST

/* A briefing through the window: an edit marks it unsaved and reaches the
 * recovery file within two seconds; undo and redo are named; saving clears
 * the mark and the recovery file; opening the file gives the edit back;
 * closing with unsaved changes asks, and Cancel keeps the window; a damaged
 * briefing is named in the bar and what is on screen stays. */
START_TEST (test_briefing_edit_save_open)
{
  const char *headline = "Nederland hervestigt hooguit 4.000 Syriërs";
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
  GFile *recovery = ot_window_get_recovery_file (window);
  g_autofree char *folder = g_dir_make_tmp ("ot-briefing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "syriers.ontheemd", NULL);
  g_autofree char *bad = g_build_filename (folder, "kapot.ontheemd", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autofree char *label = NULL;
  const OtChartChanges *saved;
  GType alert;
  GtkWidget *dialog;

  ck_assert_ptr_nonnull (ot_window_get_briefing (window));
  ck_assert (!ot_window_get_modified (window));
  ck_assert_str_eq (gtk_window_get_title (GTK_WINDOW (window)), "Ontheemd");

  changes->title = g_strdup (headline);
  ot_window_edit_chart (window, "funding", "title", "Title Change", changes);
  ck_assert (ot_window_get_modified (window));
  ck_assert_str_eq (gtk_window_get_title (GTK_WINDOW (window)), "• New Briefing — Ontheemd");
  label = ot_window_dup_undo_label (window, FALSE);
  ck_assert_str_eq (label, "Undo Title Change");
  ck_assert_msg (wait_until (recovery_exists, recovery, 2000),
                 "the edit did not reach the recovery file within two seconds");

  ck_assert (ot_window_undo (window));
  saved = ot_briefing_get_changes (ot_window_get_briefing (window), "funding");
  ck_assert (saved == NULL || saved->title == NULL);
  ck_assert (ot_window_redo (window));
  saved = ot_briefing_get_changes (ot_window_get_briefing (window), "funding");
  ck_assert_str_eq (saved->title, headline);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", path);
  ck_assert (!ot_window_get_modified (window));
  ck_assert_str_eq (gtk_window_get_title (GTK_WINDOW (window)), "syriers.ontheemd — Ontheemd");
  ck_assert (!g_file_query_exists (recovery, NULL));

  /* Undo back to what was saved: no unsaved mark, nothing to recover;
   * redo sets the mark again; undo past the save sets it too. */
  g_free (changes->title);
  changes->title = g_strdup ("Iets anders");
  ot_window_edit_chart (window, "funding", "title", "Title Change", changes);
  ck_assert (ot_window_get_modified (window));
  ck_assert (ot_window_undo (window));
  ck_assert (!ot_window_get_modified (window));
  ck_assert_str_eq (gtk_window_get_title (GTK_WINDOW (window)), "syriers.ontheemd — Ontheemd");
  settle (1500);
  ck_assert (!g_file_query_exists (recovery, NULL));
  ck_assert (ot_window_redo (window));
  ck_assert (ot_window_get_modified (window));
  ck_assert_str_eq (gtk_window_get_title (GTK_WINDOW (window)),
                    "• syriers.ontheemd — Ontheemd");
  ck_assert (ot_window_undo (window));
  ck_assert (ot_window_undo (window));     /* the headline, saved: undone is unsaved */
  ck_assert (ot_window_get_modified (window));
  ck_assert (ot_window_redo (window));
  ck_assert (!ot_window_get_modified (window));
  g_free (changes->title);
  changes->title = g_strdup (headline);

  /* Another edit, then the file again: the saved edit is back. */
  g_free (changes->title);
  changes->title = g_strdup ("Iets anders");
  ot_window_edit_chart (window, "funding", "title", "Title Change", changes);
  ot_window_open_file (window, file);
  ck_assert (!ot_window_get_modified (window));
  saved = ot_briefing_get_changes (ot_window_get_briefing (window), "funding");
  ck_assert_str_eq (saved->title, headline);

  /* Closing with an unsaved edit asks; Cancel keeps it all. */
  ot_window_edit_chart (window, "funding", "title", "Title Change", changes);
  gtk_window_close (GTK_WINDOW (window));
  settle (300);
  /* By name: AdwMessageDialog is deprecated where AdwAlertDialog exists. */
  alert = g_type_from_name ("AdwAlertDialog");
  if (alert == 0)
    alert = g_type_from_name ("AdwMessageDialog");
  dialog = ot_compat_find_dialog (GTK_WIDGET (window), alert);
  ck_assert_msg (dialog != NULL, "closing with unsaved changes did not ask");
  ot_compat_close_dialog (dialog);
  settle (300);
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (window)));
  ck_assert (ot_window_get_modified (window));

  /* A damaged briefing: named with its line and column; the one on screen stays. */
  ck_assert (g_file_set_contents (bad, "{\"format\": \"ontheemd-briefing\",\n  \"version\": }\n",
                                  -1, NULL));
  ot_window_open_file (window, bad_file);
  ck_assert_ptr_nonnull (ot_window_get_banner_text (window));
  ck_assert_msg (strstr (ot_window_get_banner_text (window), "kapot.ontheemd:2:") != NULL,
                 "%s", ot_window_get_banner_text (window));
  ck_assert (g_file_equal (ot_window_get_briefing_file (window), file));
  ck_assert (ot_window_get_modified (window));

  g_unlink (path);
  g_unlink (bad);
  g_rmdir (folder);
}
END_TEST

static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The button labelled @label (shown) under @widget, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  return find_widget_if (widget, is_button_labelled, label);
}

static gboolean
restore_offered (gpointer data)
{
  OtWindow *of = data;

  return ot_window_get_restore_text (of) != NULL && find_button (GTK_WIDGET (of), "_Restore");
}

/* The window the child makes its edits in, then waits to be killed. */
static const char *const child_passage[] = {
  "de bestaande toezegging om maximaal circa 4.000 Syrische vluchtelingen te hervestigen", NULL
};

static gboolean
own_recovery_written (gpointer data)
{
  GFile *file = ot_window_get_recovery_file (window);

  return file != NULL && g_file_query_exists (file, NULL);
}

/* OT_TEST_CHILD=every: every kind of edit in a new briefing;
 * OT_TEST_CHILD=saved:PATH: saved as PATH, then a headline of its own.
 * Then "ready" on stdout once the recovery file holds them, and wait. */
static int
run_child (const char *what)
{
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
  const char *slides[] = { "key-figures", "funding", NULL };
  const char *highlight[] = { "resettlement-eu-turkey", NULL };

  ot_test_open_display ();
  app = ot_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  settings = ot_application_get_settings (app);
  g_settings_set_string (settings, "language", "en");
  g_application_activate (G_APPLICATION (app));
  window = OT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  if (window == NULL || !wait_until (window_mapped, NULL, 20000))
    return 1;
  settle (200);
  if (g_str_has_prefix (what, "saved:"))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", what + 6);
      changes->title = g_strdup ("Tweede venster");
      ot_window_edit_chart (window, "breakdown", "title", "Title Change", changes);
    }
  else
    {
      changes->title = g_strdup ("Nederland hervestigt hooguit 4.000 Syriërs");
      changes->subtitle = g_strdup ("Toezeggingen in 2016");
      changes->notes = g_strdup ("Het plafond, geen doel.");
      changes->source = g_strdup ("Kamerbrief 26 150, nr. 155");
      changes->byline = g_strdup ("Grafiek: Ministerie van Buitenlandse Zaken");
      changes->highlight = g_strdupv ((GStrv) highlight);
      ot_chart_changes_add_annotation (changes, "resettlement-eu-turkey", 0, "Een plafond");
      ot_window_edit_chart (window, "key-figures", "title", "Title Change", changes);
      ot_window_edit_quote (window, "key-figures", child_passage);
      ot_window_edit_speaker_notes (window, "key-figures", "Noem de 4.000.");
      {
        g_autoptr(GDateTime) date = g_date_time_new_utc (2016, 9, 12, 0, 0, 0);

        ot_window_edit_title_slide (window, "Syrië en de regio", "BZ", date);
      }
      ot_window_edit_slides (window, slides);
    }
  if (!wait_until (own_recovery_written, NULL, 5000))
    return 1;
  g_print ("ready\n");
  fflush (stdout);
  wait_until (never, NULL, 60000);
  return 0;
}

/* A child window, started and made to edit; its pid, once it is ready. */
static GPid
start_child (const char *what)
{
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  char *argv[] = { self_exe, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "OT_TEST_CHILD", what, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  g_autofree char *line = NULL;
  GPid pid;
  int out_fd;

  ck_assert_msg (g_spawn_async_with_pipes (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                           NULL, &pid, NULL, &out_fd, NULL, &error),
                 "%s", error != NULL ? error->message : "");
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  ck_assert (g_io_channel_read_line (out, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL);
  ck_assert_str_eq (line, "ready\n");
  return pid;
}

static void
kill_child (GPid pid)
{
  int status;

  ck_assert_int_eq (kill (pid, SIGKILL), 0);
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  ck_assert (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  g_spawn_close_pid (pid);
}

/* Two windows editing at once (each in a process of its own), both killed
 * with SIGKILL: each left its own file, and the next window offers both in
 * its bar, one after the other, saying what and when; Restore brings back
 * every kind of edit, unsaved (the second in a window of its own), with the
 * file it was of; a window closed on purpose leaves nothing. */
START_TEST (test_briefing_restore_after_kill)
{
  g_autofree char *state = g_build_filename (g_get_user_state_dir (), "ontheemd", "recovery",
                                             NULL);
  g_autofree char *dir = g_dir_make_tmp ("ot-kill-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "tweede.ontheemd", NULL);
  g_autofree char *saved_arg = g_strconcat ("saved:", saved, NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GFile) own = NULL;
  GPid first, second;
  OtBriefing *every = NULL, *other = NULL;
  GList *windows;
  const OtChartChanges *changes;
  const char *text;

  /* Nothing left from before but this window's own lock. */
  own = g_object_ref (ot_window_get_recovery_file (window));
  {
    g_autoptr(GDir) listing = g_dir_open (state, 0, NULL);
    g_autofree char *own_name = g_file_get_basename (own);
    const char *name;

    own_name[strlen (own_name) - strlen (".ontheemd")] = '\0';
    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (state, name, NULL);

        if (!g_str_has_prefix (name, own_name))
          g_unlink (path);
      }
  }

  first = start_child ("every");
  second = start_child (saved_arg);
  kill_child (first);
  kill_child (second);

  /* A window closed on purpose leaves nothing. */
  gtk_window_destroy (GTK_WINDOW (window));
  ck_assert (!g_file_query_exists (own, NULL));
  window = ot_window_new (GTK_APPLICATION (app), settings);
  gtk_window_present (GTK_WINDOW (window));
  ck_assert (wait_until (window_mapped, NULL, 20000));

  for (guint round = 0; round < 2; round++)
    {
      ck_assert_msg (wait_until (restore_offered, window, 5000),
                     "the next start did not offer the unsaved changes (%u)", round);
      text = ot_window_get_restore_text (window);
      ck_assert_msg (strstr (text, "today at ") != NULL, "%s", text);
      ck_assert_msg (strstr (text, "“tweede.ontheemd”") != NULL
                     || strstr (text, "a new briefing") != NULL, "%s", text);
      g_signal_emit_by_name (find_button (GTK_WIDGET (window), "_Restore"), "clicked");
      settle (300);
    }
  ck_assert_ptr_null (ot_window_get_restore_text (window));

  /* One in this window, the other in a new one; which is whose by content. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  ck_assert_uint_eq (g_list_length (windows), 2);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      OtWindow *w = l->data;
      OtBriefing *briefing = ot_window_get_briefing (w);

      ck_assert (ot_window_get_modified (w));
      if (ot_briefing_get_changes (briefing, "key-figures") != NULL)
        {
          every = briefing;
          ck_assert_ptr_null (ot_window_get_briefing_file (w));
        }
      else
        {
          other = briefing;
          ck_assert (g_file_equal (ot_window_get_briefing_file (w), saved_file));
        }
    }
  ck_assert_ptr_nonnull (every);
  ck_assert_ptr_nonnull (other);

  changes = ot_briefing_get_changes (every, "key-figures");
  ck_assert_str_eq (changes->title, "Nederland hervestigt hooguit 4.000 Syriërs");
  ck_assert_str_eq (changes->subtitle, "Toezeggingen in 2016");
  ck_assert_str_eq (changes->notes, "Het plafond, geen doel.");
  ck_assert_str_eq (changes->source, "Kamerbrief 26 150, nr. 155");
  ck_assert_str_eq (changes->byline, "Grafiek: Ministerie van Buitenlandse Zaken");
  ck_assert_str_eq (changes->highlight[0], "resettlement-eu-turkey");
  ck_assert_uint_eq (changes->annotations->len, 1);
  ck_assert_str_eq (((OtAnnotation *) changes->annotations->pdata[0])->text, "Een plafond");
  ck_assert_str_eq (ot_briefing_get_quote (every, "key-figures")[0], child_passage[0]);
  ck_assert_str_eq (ot_briefing_get_speaker_notes (every, "key-figures"), "Noem de 4.000.");
  ck_assert_str_eq (ot_briefing_get_title (every), "Syrië en de regio");
  ck_assert_str_eq (ot_briefing_get_author (every), "BZ");
  ck_assert_int_eq (g_date_time_get_day_of_month (ot_briefing_get_date (every)), 12);
  ck_assert_str_eq (ot_briefing_get_chart_ids (every)[0], "key-figures");
  ck_assert_str_eq (ot_briefing_get_chart_ids (every)[1], "funding");
  ck_assert_ptr_null (ot_briefing_get_chart_ids (every)[2]);
  ck_assert_str_eq (ot_briefing_get_changes (other, "breakdown")->title, "Tweede venster");

  /* Restored into the windows' own files: none is left over. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (state);
    g_autoptr(GDir) listing = NULL;
    const char *name;
    guint left = 0;

    settle (1500);
    listing = g_dir_open (state, 0, NULL);
    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      left += g_str_has_suffix (name, ".ontheemd");
    ck_assert_uint_eq (left, 2);   /* the two windows' own, unsaved */
  }
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;)
    {
      GtkWindow *w = l->data;

      l = l->next;
      if (w != GTK_WINDOW (window))
        gtk_window_destroy (w);
    }
  g_unlink (saved);
  g_rmdir (dir);
}
END_TEST

/* The menu names the step undo (NULL: nothing to undo) and redo would take. */
static void
assert_undo_named (const char *undo,
                   const char *redo)
{
  g_autofree char *label = ot_window_dup_undo_label (window, FALSE);
  g_autofree char *menu_undo = menu_label_for ("win.undo");
  g_autofree char *menu_redo = menu_label_for ("win.redo");

  if (undo == NULL)
    ck_assert_ptr_null (label);
  else
    ck_assert_str_eq (label, undo);
  ck_assert_str_eq (menu_undo, undo != NULL ? undo : "_Undo");
  if (redo != NULL)
    ck_assert_str_eq (menu_redo, redo);
}

/* Quotes, speaker notes and the title slide: each edit is a named step;
 * undo puts back exactly what was there, redo the edit; typing is one
 * step; a quote that is not the letter's words is refused. */
START_TEST (test_briefing_undo_slide_edits)
{
  const char *passage = "de bestaande toezegging om maximaal circa 4.000 Syrische vluchtelingen "
                        "te hervestigen";
  const char *quote[] = { passage, NULL };
  const char *forged[] = { "Nederland hervestigt 40.000 Syriërs", NULL };
  OtBriefing *briefing = ot_window_get_briefing (window);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2016, 9, 12, 0, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2016, 9, 13, 0, 0, 0);
  g_autofree char *dutch = NULL;

  ck_assert_ptr_nonnull (briefing);

  /* The quote: refused when forged, named, undone to the default. */
  ck_assert (!ot_window_edit_quote (window, "key-figures", forged));
  ck_assert_ptr_null (ot_briefing_get_quote (briefing, "key-figures"));
  ck_assert (!ot_window_get_modified (window));
  ck_assert (ot_window_edit_quote (window, "key-figures", quote));
  ck_assert_str_eq (ot_briefing_get_quote (briefing, "key-figures")[0], passage);
  assert_undo_named ("Undo Quote Change", NULL);
  ck_assert (ot_window_undo (window));
  ck_assert_ptr_null (ot_briefing_get_quote (briefing, "key-figures"));
  assert_undo_named (NULL, "Redo Quote Change");
  ck_assert (ot_window_redo (window));
  ck_assert_str_eq (ot_briefing_get_quote (briefing, "key-figures")[0], passage);
  ck_assert_ptr_null (ot_briefing_get_quote (briefing, "key-figures")[1]);

  /* Speaker notes typed letter by letter: one step, undone to none. */
  ot_window_edit_speaker_notes (window, "key-figures", "N");
  ot_window_edit_speaker_notes (window, "key-figures", "No");
  ot_window_edit_speaker_notes (window, "key-figures", "Noem de 4.000");
  ck_assert_str_eq (ot_briefing_get_speaker_notes (briefing, "key-figures"), "Noem de 4.000");
  assert_undo_named ("Undo Speaker Notes Change", NULL);
  ck_assert (ot_window_undo (window));
  ck_assert_ptr_null (ot_briefing_get_speaker_notes (briefing, "key-figures"));
  /* …and the quote before it is still there, the next step back. */
  ck_assert_str_eq (ot_briefing_get_quote (briefing, "key-figures")[0], passage);
  assert_undo_named ("Undo Quote Change", "Redo Speaker Notes Change");
  ck_assert (ot_window_redo (window));
  ck_assert_str_eq (ot_briefing_get_speaker_notes (briefing, "key-figures"), "Noem de 4.000");

  /* The title slide: the title typed, then the author (its own step), then the date. */
  ot_window_edit_title_slide (window, "Syrië", NULL, NULL);
  ot_window_edit_title_slide (window, "Syrië en de regio", NULL, NULL);
  ot_window_edit_title_slide (window, "Syrië en de regio", "Ministerie van Veiligheid en Justitie",
                              NULL);
  ot_window_edit_title_slide (window, "Syrië en de regio", "Ministerie van Veiligheid en Justitie",
                              date);
  ot_window_edit_title_slide (window, "Syrië en de regio", "Ministerie van Veiligheid en Justitie",
                              later);
  assert_undo_named ("Undo Title Slide Change", NULL);
  ck_assert (ot_window_undo (window));     /* the date */
  ck_assert_ptr_null (ot_briefing_get_date (briefing));
  ck_assert_str_eq (ot_briefing_get_author (briefing), "Ministerie van Veiligheid en Justitie");
  ck_assert (ot_window_undo (window));     /* the author */
  ck_assert_ptr_null (ot_briefing_get_author (briefing));
  ck_assert_str_eq (ot_briefing_get_title (briefing), "Syrië en de regio");
  ck_assert (ot_window_undo (window));     /* the title, typed as one step */
  ck_assert_ptr_null (ot_briefing_get_title (briefing));
  assert_undo_named ("Undo Speaker Notes Change", "Redo Title Slide Change");
  ck_assert (ot_window_redo (window));
  ck_assert (ot_window_redo (window));
  ck_assert (ot_window_redo (window));
  ck_assert_str_eq (ot_briefing_get_title (briefing), "Syrië en de regio");
  ck_assert_str_eq (ot_briefing_get_author (briefing), "Ministerie van Veiligheid en Justitie");
  ck_assert (g_date_time_equal (ot_briefing_get_date (briefing), later));
  ck_assert (!ot_window_redo (window));

  /* In Dutch, the menu says it in Dutch. */
  g_settings_set_string (settings, "language", "nl");
  settle (200);
  dutch = menu_label_for ("win.undo");
  ck_assert_str_eq (dutch, "Wijziging titeldia ongedaan maken");
  g_settings_set_string (settings, "language", "en");
  settle (200);

  /* Back to the start, step by step: the briefing is as new. */
  while (ot_window_undo (window))
    ;
  ck_assert_ptr_null (ot_briefing_get_quote (briefing, "key-figures"));
  ck_assert_ptr_null (ot_briefing_get_speaker_notes (briefing, "key-figures"));
  ck_assert_ptr_null (ot_briefing_get_title (briefing));

  /* Beyond what a briefing file holds: refused, with a message, so that
   * what is saved can be read again; the briefing keeps what it had. */
  {
    g_autofree char *too_long = g_strnfill (OT_CHART_CHANGES_MAX_TEXT + 1, 'a');
    g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();

    ck_assert (!ot_window_edit_speaker_notes (window, "key-figures", too_long));
    ck_assert (!ot_window_edit_title_slide (window, too_long, NULL, NULL));
    changes->title = g_strdup (too_long);
    ot_window_edit_chart (window, "key-figures", "title", "Title Change", changes);
    ck_assert_ptr_null (ot_briefing_get_changes (briefing, "key-figures"));
    ck_assert_ptr_null (ot_briefing_get_speaker_notes (briefing, "key-figures"));
    ck_assert_ptr_null (ot_briefing_get_title (briefing));
    ck_assert (!ot_window_get_modified (window));
    ck_assert_str_eq (ot_window_get_last_toast (window),
                      "Too long: a text of a briefing holds at most 4000 characters");
  }
}
END_TEST

/* Runs the command line (OT_BINARY) with @argv after the program's name;
 * TRUE when it exits 0. */
static gboolean
run_cli (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("OT_BINARY");
  int status = -1;

  ck_assert_msg (binary != NULL, "OT_BINARY is not set");
  g_ptr_array_add (argv, (char *) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  ck_assert_msg (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                               NULL, NULL, &err, &status, &error),
                 "%s", error != NULL ? error->message : "");
  ck_assert_msg (g_spawn_check_wait_status (status, NULL), "%s: %s", args[0], err);
  return TRUE;
}

/* The two files hold the same bytes. */
static void
assert_same_file (const char *a,
                  const char *b)
{
  g_autofree char *x = NULL, *y = NULL;
  gsize x_len = 0, y_len = 0;

  ck_assert_msg (g_file_get_contents (a, &x, &x_len, NULL), "%s was not written", a);
  ck_assert_msg (g_file_get_contents (b, &y, &y_len, NULL), "%s was not written", b);
  ck_assert_msg (x_len == y_len && memcmp (x, y, x_len) == 0,
                 "%s (%" G_GSIZE_FORMAT " bytes) differs from %s (%" G_GSIZE_FORMAT " bytes)",
                 a, x_len, b, y_len);
}

static gboolean
briefing_open (gpointer data)
{
  return ot_window_get_briefing_file (window) != NULL && !ot_window_is_loading (window);
}

/* The round trip: edits made through the window, saved, the window gone, the
 * file opened in a new one and exported through the window's own export
 * path: PNG, SVG, PDF and the PDF deck are byte for byte what the command
 * line makes of the saved file, and of the same edits given as one-off
 * options. The presentation shows the chosen quote and the headline. */
START_TEST (test_briefing_round_trip)
{
  const char *headline = "Nederland hervestigt hooguit 4.000 Syriërs";
  /* In the language of the exports: one language at a time. */
  const char *passage = "its existing commitment to resettle up to about 4,000 Syrian refugees "
                        "under the EU-Turkey Statement";
  const char *quote[] = { passage, NULL };
  const char *highlight[] = { "resettlement-eu-turkey", NULL };
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
  g_autoptr(OtChartChanges) funding = ot_chart_changes_new ();
  g_autoptr(GDateTime) date = g_date_time_new_utc (2016, 9, 12, 0, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("ot-round-trip-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "syriers.ontheemd", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  const char *kinds[] = { "png", "svg", "pdf" };
  OtPresentation *presentation;
  const OtSlideLayout *slide;

  g_setenv ("SOURCE_DATE_EPOCH", "1473292800", TRUE);
  g_settings_set_string (settings, "export-size", "custom");
  g_settings_set_int (settings, "export-width", 1280);
  g_settings_set_int (settings, "export-height", 720);
  g_settings_set_int (settings, "export-scale", 1);
  g_settings_set_string (settings, "export-theme", "light");
  g_settings_set_string (settings, "export-language", "app");

  /* Every kind of edit, through the window's entry points. */
  changes->title = g_strdup (headline);
  changes->subtitle = g_strdup ("Toezeggingen in 2016");
  changes->notes = g_strdup ("Het plafond, geen doel.");
  changes->source = g_strdup ("Kamerbrief 26 150, nr. 155");
  changes->byline = g_strdup ("Grafiek: Ministerie van Buitenlandse Zaken");
  changes->highlight = g_strdupv ((GStrv) highlight);
  ot_chart_changes_add_annotation (changes, "resettlement-eu-turkey", 0, "Een plafond, geen doel");
  ot_window_edit_chart (window, "key-figures", "title", "Title Change", changes);
  funding->title = g_strdup (headline);
  funding->subtitle = g_strdup ("Toezeggingen in 2016");
  funding->notes = g_strdup ("Het plafond, geen doel.");
  funding->highlight = g_strdupv ((GStrv) highlight);
  ot_window_edit_chart (window, "funding", "title", "Title Change", funding);
  ck_assert (ot_window_edit_quote (window, "key-figures", quote));
  ot_window_edit_speaker_notes (window, "key-figures", "Noem de 4.000 als plafond.");
  ot_window_edit_title_slide (window, "Syrië en de regio", "Ministerie van Buitenlandse Zaken",
                              date);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", saved);
  ck_assert (!ot_window_get_modified (window));

  /* Gone, and back from the file in a new window. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = ot_window_new (GTK_APPLICATION (app), settings);
  gtk_window_present (GTK_WINDOW (window));
  ck_assert (wait_until (window_mapped, NULL, 20000));
  ot_window_open_file (window, saved_file);
  ck_assert (wait_until (briefing_open, NULL, 10000));
  ck_assert (!ot_window_get_modified (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "key-figures");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *name = g_strdup_printf ("window.%s", kinds[i]);
      g_autofree char *cli_name = g_strdup_printf ("cli.%s", kinds[i]);
      g_autofree char *ours = g_build_filename (dir, name, NULL);
      g_autofree char *theirs = g_build_filename (dir, cli_name, NULL);
      const char *args[] = { "--briefing", saved, "--chart", "key-figures", "--lang", "en",
                             "--theme", "light", "--width", "1280", "--height", "720",
                             "--export", theirs, NULL };

      gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", ours);
      ck_assert (run_cli (args));
      assert_same_file (ours, theirs);
    }

  /* The deck: the title slide, the quote and the notes page with the rest. */
  {
    g_autofree char *ours = g_build_filename (dir, "window-deck.pdf", NULL);
    g_autofree char *theirs = g_build_filename (dir, "cli-deck.pdf", NULL);
    const char *args[] = { "--briefing", saved, "--lang", "en", "--theme", "light",
                           "--export-deck", theirs, NULL };
    PopplerDocument *document;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.export-deck-to", "s", ours);
    ck_assert_str_eq (ot_window_get_last_toast (window), "Slides exported");
    ck_assert (run_cli (args));
    assert_same_file (ours, theirs);
    document = ot_test_pdf_open (ours);
    ck_assert (ot_test_pdf_contains (document, "Syrië en de regio"));
    ck_assert (ot_test_pdf_contains (document, "Noem de 4.000 als plafond."));
    ck_assert (ot_test_pdf_contains (document, headline));
    g_object_unref (document);
  }

  /* One-off options for the chart with only those edits. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.chart", "s", "funding");
  {
    g_autofree char *ours = g_build_filename (dir, "window-funding.png", NULL);
    g_autofree char *theirs = g_build_filename (dir, "cli-funding.png", NULL);
    const char *args[] = { "--chart", "funding", "--lang", "en", "--theme", "light",
                           "--width", "1280", "--height", "720",
                           "--title", headline, "--subtitle", "Toezeggingen in 2016",
                           "--note", "Het plafond, geen doel.",
                           "--highlight", "resettlement-eu-turkey", "--export", theirs, NULL };

    gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", ours);
    ck_assert (run_cli (args));
    assert_same_file (ours, theirs);
  }

  /* Presenting shows the slide as the deck has it. */
  presentation = present (NULL, "key-figures");
  settle (200);
  slide = ot_slide_view_get_layout (ot_presentation_get_view (presentation));
  ck_assert_ptr_nonnull (slide);
  ck_assert_ptr_nonnull (slide->caption);
  ck_assert_msg (strstr (pango_layout_get_text (slide->caption->layout), passage) != NULL, "%s",
                 pango_layout_get_text (slide->caption->layout));
  ck_assert (ot_presentation_handle_key (presentation, GDK_KEY_Escape));
  settle (200);

  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_settings_reset (settings, "export-size");
  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
}
END_TEST

/* OT_TEST_ONLY=test_name runs one test, for a debugger. */
#define add_test(tc, test) \
  G_STMT_START { \
    const char *only = g_getenv ("OT_TEST_ONLY"); \
    if (only == NULL || g_str_equal (only, #test)) \
      tcase_add_test (tc, test); \
  } G_STMT_END

static Suite *
gui_suite (void)
{
  Suite *suite = suite_create ("gui");
  TCase *tc = tcase_create ("window");

  tcase_set_timeout (tc, 60);
  tcase_add_checked_fixture (tc, setup, teardown);
  add_test (tc, test_window_shows_letter_and_chart);
  add_test (tc, test_first_frame_lays_out_once);
  add_test (tc, test_select_every_chart);
  add_test (tc, test_shortcuts_are_bound);
  add_test (tc, test_help_in_menu_and_f1);
  add_test (tc, test_follow_link_from_letter);
  add_test (tc, test_keyboard_through_chart);
  add_test (tc, test_chart_describes_itself);
  add_test (tc, test_export_through_action);
  add_test (tc, test_open_broken_and_watched_files);
  add_test (tc, test_language_switch);
  add_test (tc, test_narrow_window);
  add_test (tc, test_chart_text_never_under_body_text);
  add_test (tc, test_window_size_remembered);
  add_test (tc, test_table_and_clipboard);
  add_test (tc, test_present_and_return);
  add_test (tc, test_choose_and_export_slides);
  add_test (tc, test_open_unhcr_export);
  add_test (tc, test_letter_links_reachable_and_alike);
  add_test (tc, test_every_link_underlined);
  add_test (tc, test_focus_follows_figures);
  add_test (tc, test_controls_named);
  add_test (tc, test_own_figures_unlink_the_letter);
  add_test (tc, test_table_is_the_chart_on_screen);
  add_test (tc, test_shortcut_key_names);
  add_test (tc, test_present_from_chart_on_screen);
  add_test (tc, test_banner_in_one_language);
  add_test (tc, test_export_dialog_previews);
  add_test (tc, test_export_dialog_copies_a_web_snippet);
  add_test (tc, test_broken_file_in_the_interface_language);
  add_test (tc, test_widgets_of_the_stack);
  add_test (tc, test_dialogs_of_the_stack);
  add_test (tc, test_briefing_edit_save_open);
  add_test (tc, test_briefing_panel);
  add_test (tc, test_briefing_keeps_export_choices);
  add_test (tc, test_annotate_element_opens_the_row);
  add_test (tc, test_briefing_restore_after_kill);
  add_test (tc, test_briefing_undo_slide_edits);
  add_test (tc, test_briefing_round_trip);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  /* A window of a process of its own, for test_briefing_restore_after_kill. */
  if (g_getenv ("OT_TEST_CHILD") != NULL)
    return run_child (g_getenv ("OT_TEST_CHILD"));
  return ot_test_run (gui_suite ());
}
