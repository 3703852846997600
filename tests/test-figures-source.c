/* test-figures-source.c: a figures file loaded in a thread, followed, reloaded,
 * and refused, without a display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <check.h>
#include <glib/gstdio.h>

#include "ot-figures-source.h"
#include "ot-test.h"

#define FIGURES \
  "id,value,unit,label_nl,label_en,parent,source\n" \
  "world,100000000,people,Wereld,World,,An invented total.\n" \
  "north,60000000,people,Noord,North,world,An invented part.\n" \
  "south,40000000,people,Zuid,South,world,An invented part.\n"

typedef struct
{
  guint      loaded;
  guint      reloaded;
  guint      failed;
  gboolean   last_reload;
  char      *last_error;
} Events;

static void
loaded_cb (OtFiguresSource *source,
           OtDataset       *dataset,
           gboolean         reload,
           Events          *events)
{
  ck_assert_ptr_eq (dataset, ot_figures_source_get_dataset (source));
  if (reload)
    events->reloaded++;
  else
    events->loaded++;
  events->last_reload = reload;
}

static void
failed_cb (OtFiguresSource *source,
           GFile           *file,
           const GError    *error,
           gboolean         reload,
           Events          *events)
{
  events->failed++;
  events->last_reload = reload;
  g_free (events->last_error);
  events->last_error = g_strdup (error->message);
}

/* Runs the main loop until @count reaches @want, for at most @seconds. */
static gboolean
wait_for (guint *count,
          guint  want,
          double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (*count < want && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return *count >= want;
}

/* Runs the main loop for @seconds, whatever comes. */
static void
spin (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

static void
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (g_file_set_contents (path, text, -1, &error), "%s",
                 error != NULL ? error->message : "");
}

static double
value_of (OtFiguresSource *source,
          const char      *id)
{
  const OtFigure *figure = ot_dataset_lookup_figure (ot_figures_source_get_dataset (source), id);

  ck_assert_ptr_nonnull (figure);
  return figure->value;
}

static OtFiguresSource *
source_new (Events *events)
{
  OtFiguresSource *source = ot_figures_source_new ();

  g_signal_connect (source, "loaded", G_CALLBACK (loaded_cb), events);
  g_signal_connect (source, "failed", G_CALLBACK (failed_cb), events);
  return source;
}

START_TEST (test_open_follow_and_reload)
{
  g_autofree char *dir = ot_test_make_tmpdir ("ot-source-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "mine.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Events events = { 0 };
  g_autoptr(OtFiguresSource) source = source_new (&events);

  write_file (path, FIGURES);
  ot_figures_source_open (source, file);
  ck_assert (ot_figures_source_get_loading (source));
  ck_assert (wait_for (&events.loaded, 1, 10));
  ck_assert (!ot_figures_source_get_loading (source));
  ck_assert (g_file_equal (ot_figures_source_get_file (source), file));
  ck_assert_uint_eq (ot_dataset_get_n_figures (ot_figures_source_get_dataset (source)), 3);
  ck_assert_double_eq (value_of (source, "north"), 60000000);
  ck_assert_int_eq (ot_figures_source_get_watch (source), OT_FIGURES_WATCH_MONITOR);
  ck_assert_ptr_null (ot_figures_source_get_error (source));

  /* A spreadsheet saves in a burst: one read once it is over. */
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s", FIGURES);

      text[strstr (text, "60000000") - text] = '5';  /* 50000000 */
      write_file (path, i < 4 ? FIGURES : text);
      spin (0.05);
    }
  ck_assert_msg (wait_for (&events.reloaded, 1, 10), "the charts did not follow the file");
  spin (0.8);
  ck_assert_uint_eq (events.reloaded, 1);
  ck_assert (events.last_reload);
  ck_assert_double_eq (value_of (source, "north"), 50000000);

  /* Reload by hand reads it again. */
  ot_figures_source_reload (source);
  ck_assert (wait_for (&events.reloaded, 2, 10));

  ot_figures_source_close (source);
  ck_assert_ptr_null (ot_figures_source_get_file (source));
  ck_assert_ptr_null (ot_figures_source_get_dataset (source));
  ck_assert_int_eq (ot_figures_source_get_watch (source), OT_FIGURES_WATCH_NONE);
  write_file (path, FIGURES);
  spin (0.8);
  ck_assert_uint_eq (events.reloaded, 2);
  ck_assert_uint_eq (events.failed, 0);

  g_unlink (path);
  g_rmdir (dir);
  g_free (events.last_error);
}
END_TEST

/* A file that becomes unusable keeps the figures it had, and says where. */
START_TEST (test_broken_change_keeps_the_figures)
{
  g_autofree char *dir = ot_test_make_tmpdir ("ot-source-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "mine.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) gone = g_file_new_for_path (missing);
  Events events = { 0 };
  g_autoptr(OtFiguresSource) source = source_new (&events);
  OtDataset *before;

  write_file (path, FIGURES);
  ot_figures_source_open (source, file);
  ck_assert (wait_for (&events.loaded, 1, 10));
  before = ot_figures_source_get_dataset (source);

  write_file (path, "id,value,unit,label_nl,label_en,parent,source\n"
                    "world,12abc,people,Wereld,World,,An invented total.\n");
  ck_assert (wait_for (&events.failed, 1, 10));
  ck_assert (events.last_reload);
  ck_assert_msg (strstr (events.last_error, "mine.csv:2:7") != NULL, "%s", events.last_error);
  ck_assert_ptr_eq (ot_figures_source_get_dataset (source), before);
  ck_assert_ptr_nonnull (ot_figures_source_get_error (source));
  ck_assert (g_file_equal (ot_figures_source_get_file (source), file));

  /* Opening a file that is not there changes nothing either. */
  ot_figures_source_open (source, gone);
  ck_assert (wait_for (&events.failed, 2, 10));
  ck_assert (!events.last_reload);
  ck_assert (g_file_equal (ot_figures_source_get_file (source), file));
  ck_assert_ptr_eq (ot_figures_source_get_dataset (source), before);

  /* Mended, it loads again and the error goes. */
  write_file (path, FIGURES);
  ck_assert (wait_for (&events.reloaded, 1, 10));
  ck_assert_ptr_null (ot_figures_source_get_error (source));

  g_unlink (path);
  g_rmdir (dir);
  g_free (events.last_error);
}
END_TEST

/* Where monitors hear nothing, the file's time and size are looked at. */
START_TEST (test_polling)
{
  g_autofree char *dir = ot_test_make_tmpdir ("ot-source-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "mine.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) portal = g_file_new_for_path ("/run/user/1000/doc/4f1a2b/mine.csv");
  g_autoptr(GFile) other = g_file_new_for_path ("/run/user/1000/mine.csv");
  g_autoptr(GFile) no_uid = g_file_new_for_path ("/run/user//doc/4f1a2b/mine.csv");
  g_autoptr(GFile) sandbox = g_file_new_for_path ("/run/flatpak/doc/4f1a2b/mine.csv");
  g_autoptr(GFile) not_doc = g_file_new_for_path ("/run/flatpak/docs/mine.csv");
  Events events = { 0 };
  g_autoptr(OtFiguresSource) source = source_new (&events);
  g_autofree char *text = g_strdup (FIGURES);

  ck_assert (ot_figures_source_monitor_is_blind (portal));
  ck_assert (!ot_figures_source_monitor_is_blind (other));
  ck_assert (!ot_figures_source_monitor_is_blind (no_uid));
  ck_assert (ot_figures_source_monitor_is_blind (sandbox));
  ck_assert (!ot_figures_source_monitor_is_blind (not_doc));
  ck_assert (!ot_figures_source_monitor_is_blind (file));

  g_object_set (source, "poll", TRUE, "poll-interval", 100, NULL);
  write_file (path, FIGURES);
  ot_figures_source_open (source, file);
  ck_assert (wait_for (&events.loaded, 1, 10));
  ck_assert_int_eq (ot_figures_source_get_watch (source), OT_FIGURES_WATCH_POLL);

  /* The same size, a later time (past the file system's clock tick). */
  text[strstr (text, "60000000") - text] = '7';
  spin (0.05);
  write_file (path, text);
  ck_assert_msg (wait_for (&events.reloaded, 1, 10), "polling did not see the change");
  ck_assert_double_eq (value_of (source, "north"), 70000000);

  /* And back to a monitor. */
  ot_figures_source_set_poll (source, FALSE);
  ck_assert_int_eq (ot_figures_source_get_watch (source), OT_FIGURES_WATCH_MONITOR);

  g_unlink (path);
  g_rmdir (dir);
  g_free (events.last_error);
}
END_TEST

START_TEST (test_finalizes)
{
  g_autofree char *dir = ot_test_make_tmpdir ("ot-source-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "mine.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Events events = { 0 };
  OtFiguresSource *source = source_new (&events);
  GObject *object = G_OBJECT (source);

  /* Disposed while it loads (as when its window closes): the load is
   * cancelled, nothing is emitted, and the last reference goes with it. */
  write_file (path, FIGURES);
  ot_figures_source_open (source, file);
  g_object_run_dispose (object);
  ck_assert (!ot_figures_source_get_loading (source));
  g_object_add_weak_pointer (object, (gpointer *) &object);
  g_object_unref (source);
  spin (0.5);
  ck_assert_ptr_null (object);
  ck_assert_uint_eq (events.loaded + events.failed, 0);

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

static Suite *
figures_source_suite (void)
{
  Suite *suite = suite_create ("figures-source");
  TCase *tc = tcase_create ("source");

  tcase_add_test (tc, test_open_follow_and_reload);
  tcase_add_test (tc, test_broken_change_keeps_the_figures);
  tcase_add_test (tc, test_polling);
  tcase_add_test (tc, test_finalizes);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (figures_source_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
