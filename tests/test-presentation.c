/* test-presentation.c: the slides full screen under Xvfb, driven by the keys
 * a presenter and a clicker use, and printing through GtkPrintOperation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ot-presentation.h"
#include "ot-print.h"
#include "ot-test.h"
#include "ot-test-gui.h"
#include "ot-test-pdf.h"

static OtDataset *dataset;
static GtkWindow *parent;

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
setup (void)
{
  ot_test_open_display ();
  adw_init ();
  dataset = ot_dataset_new_default (NULL);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  iterate (200);
}

static void
teardown (void)
{
  gtk_window_destroy (parent);
  g_clear_object (&dataset);
}

/* Sends a key the way GTK delivers it: through the window's key
 * controller. */
static gboolean
press (OtPresentation *self,
       guint           keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (controllers);
  iterate (20);
  return handled;
}

START_TEST (test_keys)
{
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };
  OtPresentation *self = ot_presentation_new (parent, dataset, NULL, &style, NULL);
  const guint next[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_space, GDK_KEY_Page_Down,
                         GDK_KEY_Return };
  const guint previous[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace };

  g_object_ref (self);
  ot_presentation_start (self);
  iterate (300);
  ck_assert (gtk_widget_get_mapped (GTK_WIDGET (self)));
  /* The letter's charts, and the published trend it comes with. */
  ck_assert_uint_eq (ot_presentation_get_n_slides (self), 7);
  ck_assert_uint_eq (ot_presentation_get_current (self), 0);

  for (guint i = 0; i < G_N_ELEMENTS (next); i++)
    {
      ck_assert (press (self, next[i]));
      ck_assert_uint_eq (ot_presentation_get_current (self), i + 1);
    }
  ck_assert (press (self, GDK_KEY_Page_Down));
  ck_assert (!ot_presentation_get_at_end (self));
  /* Past the last slide, the end of the deck, shown as such; further on
   * it stays there, and back is the last slide again. */
  ck_assert (press (self, GDK_KEY_Page_Down));
  ck_assert (ot_presentation_get_at_end (self));
  ck_assert (press (self, GDK_KEY_Page_Down));
  ck_assert (ot_presentation_get_at_end (self));
  ck_assert_uint_eq (ot_presentation_get_current (self), 6);
  ck_assert (press (self, GDK_KEY_Left));
  ck_assert (!ot_presentation_get_at_end (self));
  ck_assert_uint_eq (ot_presentation_get_current (self), 6);
  for (guint i = 0; i < G_N_ELEMENTS (previous); i++)
    {
      ck_assert (press (self, previous[i]));
      ck_assert_uint_eq (ot_presentation_get_current (self), 5 - i);
    }
  ck_assert (press (self, GDK_KEY_End));
  ck_assert_uint_eq (ot_presentation_get_current (self), 6);
  ck_assert (press (self, GDK_KEY_Home));
  ck_assert_uint_eq (ot_presentation_get_current (self), 0);

  /* A slide number, then Enter. */
  ck_assert (press (self, GDK_KEY_3));
  ck_assert_uint_eq (ot_presentation_get_current (self), 0);
  ck_assert (press (self, GDK_KEY_Return));
  ck_assert_uint_eq (ot_presentation_get_current (self), 2);
  /* The slide says where it is, as the deck's pages do. */
  iterate (100);
  {
    const OtSlideLayout *slide = ot_slide_view_get_layout (ot_presentation_get_view (self));

    ck_assert_ptr_nonnull (slide);
    ck_assert_ptr_nonnull (slide->position);
    ck_assert_str_eq (pango_layout_get_text (slide->position->layout), "3 / 7");
  }
  ck_assert (press (self, GDK_KEY_9));
  ck_assert (press (self, GDK_KEY_KP_Enter));
  ck_assert_uint_eq (ot_presentation_get_current (self), 6);

  /* B and W blank the screen, again to return. */
  ck_assert (press (self, GDK_KEY_b));
  ck_assert_int_eq (ot_presentation_get_blank (self), OT_BLANK_BLACK);
  ck_assert (press (self, GDK_KEY_b));
  ck_assert_int_eq (ot_presentation_get_blank (self), OT_BLANK_NONE);
  ck_assert (press (self, GDK_KEY_w));
  ck_assert_int_eq (ot_presentation_get_blank (self), OT_BLANK_WHITE);
  ck_assert (press (self, GDK_KEY_W));
  ck_assert_int_eq (ot_presentation_get_blank (self), OT_BLANK_NONE);
  ck_assert_uint_eq (ot_presentation_get_current (self), 6);

  /* Keys that mean nothing here are left to others. */
  ck_assert (!press (self, GDK_KEY_x));

  /* Esc leaves; the window is back. */
  ck_assert (press (self, GDK_KEY_Escape));
  iterate (200);
  ck_assert (!gtk_widget_get_visible (GTK_WIDGET (self)));
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (parent)));
  g_object_unref (self);
}
END_TEST

START_TEST (test_pointer_hides)
{
  OtChartStyle style = { OT_LANG_EN, OT_THEME_DARK };
  const char *ids[] = { "timeline", "breakdown", NULL };
  OtPresentation *self = ot_presentation_new (parent, dataset, ids, &style, NULL);

  ot_presentation_start (self);
  ck_assert_uint_eq (ot_presentation_get_n_slides (self), 2);
  ck_assert (!ot_presentation_get_pointer_hidden (self));
  /* Two seconds after the last motion; the server may send one as the
   * window maps, so allow for it rather than race it. */
  for (guint waited = 0; waited < 8000 && !ot_presentation_get_pointer_hidden (self); waited += 100)
    iterate (100);
  ck_assert (ot_presentation_get_pointer_hidden (self));
  gtk_window_destroy (GTK_WINDOW (self));
}
END_TEST

/* Printing renders every chart, one a page, through the real print
 * operation, here into a PDF. */
START_TEST (test_print_to_pdf)
{
  OtChartStyle style = { OT_LANG_NL, OT_THEME_DARK };
  const char *ids[] = { "breakdown", "funding", "timeline", NULL };
  g_autoptr(GtkPrintOperation) operation = ot_print_operation_new (dataset, ids, &style, NULL);
  g_autofree char *dir = g_dir_make_tmp ("ot-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  gtk_print_operation_set_export_filename (operation, path);
  ck_assert_int_eq (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                             NULL, &error), GTK_PRINT_OPERATION_RESULT_APPLY);
  /* GTK's print backend writes this PDF, in a format the app cannot choose. */
  document = ot_test_pdf_open (path);
  ck_assert_int_eq (poppler_document_get_n_pages (document), 3);
  g_object_unref (document);
  g_remove (path);
  g_rmdir (dir);
}
END_TEST

/* A briefing's deck: the presentation starts with its title slide and
 * numbers the charts' slides as the deck does; printing has the pages of
 * the PDF deck: the title slide, each slide, its speaker notes after it. */
START_TEST (test_briefing_deck_presented_and_printed)
{
  OtChartStyle style = { OT_LANG_EN, OT_THEME_LIGHT };
  const char *ids[] = { "key-figures", "funding", NULL };
  g_autofree char *dir = g_dir_make_tmp ("ot-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  OtPresentation *self;
  PopplerDocument *document;

  for (int i = 0; i < 2; i++)
    {
      OtDeckChanges *deck = ot_deck_changes_new ();
      OtDeckSlide *slide = ot_deck_changes_ensure_slide (deck, "key-figures");

      deck->title = g_strdup ("Syria and the region");
      deck->author = g_strdup ("Ministry of Foreign Affairs");
      slide->speaker_notes = g_strdup ("Start with the 4,000: it is a ceiling.");
      if (i == 0)
        {
          self = ot_presentation_new (parent, dataset, ids, &style, deck);
          ot_presentation_start (self);
          ck_assert_uint_eq (ot_presentation_get_n_slides (self), 3);
          ot_presentation_go_to (self, 0);
          ck_assert (ot_slide_view_is_title_slide (ot_presentation_get_view (self)));
          ot_presentation_go_to (self, 1);
          ck_assert (!ot_slide_view_is_title_slide (ot_presentation_get_view (self)));
          ck_assert_str_eq (ot_slide_view_get_chart (ot_presentation_get_view (self))->id,
                            "key-figures");
          ck_assert (ot_presentation_go_to_chart (self, "funding"));
          ck_assert_uint_eq (ot_presentation_get_current (self), 2);
          iterate (200);
          gtk_window_destroy (GTK_WINDOW (self));
        }
      else
        operation = ot_print_operation_new (dataset, ids, &style, deck);
    }

  gtk_print_operation_set_export_filename (operation, path);
  ck_assert_int_eq (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                             NULL, &error), GTK_PRINT_OPERATION_RESULT_APPLY);
  document = ot_test_pdf_open (path);
  ck_assert_int_eq (poppler_document_get_n_pages (document), 4);
  ck_assert (ot_test_pdf_contains (document, "Syria and the region"));
  ck_assert (ot_test_pdf_contains (document, "Start with the 4,000: it is a ceiling."));
  g_object_unref (document);
  g_remove (path);
  g_rmdir (dir);
}
END_TEST

static Suite *
presentation_suite (void)
{
  Suite *suite = suite_create ("presentation");
  TCase *tc = tcase_create ("presentation");

  tcase_add_checked_fixture (tc, setup, teardown);
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_keys);
  tcase_add_test (tc, test_pointer_hides);
  tcase_add_test (tc, test_print_to_pdf);
  tcase_add_test (tc, test_briefing_deck_presented_and_printed);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (presentation_suite ());
}
