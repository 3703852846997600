/* test-gui.c: the real window under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ot-application.h"
#include "ot-chart-view.h"
#include "ot-letter-view.h"
#include "ot-test.h"
#include "ot-window.h"

typedef struct
{
  OtWindow *window;
  gboolean  checked;
} Seen;

static gboolean
timeout_cb (gpointer user_data)
{
  ck_abort_msg ("the window was not mapped within 20 seconds");
  return G_SOURCE_REMOVE;
}

static gboolean
check_window_cb (gpointer user_data)
{
  GApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  OtChartView *chart;
  OtLetterView *letter_view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  chart = OT_CHART_VIEW (ot_window_get_chart_view (OT_WINDOW (window)));
  letter_view = OT_LETTER_VIEW (ot_window_get_letter_view (OT_WINDOW (window)));

  /* Letter and chart side by side, both on screen. */
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (letter_view)));
  ck_assert_int_gt (gtk_widget_get_width (GTK_WIDGET (chart)), 300);
  ck_assert_int_gt (gtk_widget_get_width (GTK_WIDGET (letter_view)), 300);

  ck_assert_ptr_nonnull (ot_chart_view_get_dataset (chart));
  ck_assert_str_eq (ot_chart_view_get_chart (chart)->id, "breakdown");

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (letter_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  ck_assert (strstr (text, "Op dit moment zijn 65,3 miljoen mensen ontheemd of op de vlucht.")
             != NULL);
  ck_assert (strstr (text, "A.G. Koenders") != NULL);

  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app)
{
  g_timeout_add (50, check_window_cb, app);
}

START_TEST (test_window_shows_letter_and_chart)
{
  g_autoptr(OtApplication) app = ot_application_new ();
  char *argv[] = { (char *) "ontheemd", NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_timeout_add_seconds (20, timeout_cb, NULL);
  ck_assert_int_eq (g_application_run (G_APPLICATION (app), 1, argv), 0);
}
END_TEST

static Suite *
gui_suite (void)
{
  Suite *suite = suite_create ("gui");
  TCase *tc = tcase_create ("window");

  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_window_shows_letter_and_chart);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (gui_suite ());
}
