/* test-edit-history.c: the window's undo and redo, and its recovery file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ot-edit-history.h"
#include "ot-recovery.h"
#include "ot-test.h"

/* The target of the edits: one text, as a field of a briefing would be. */
typedef struct
{
  char *title;
  guint applied;
} Doc;

static gpointer
text_copy (gconstpointer state)
{
  return g_strdup (state);
}

static gboolean
text_equal (gconstpointer a,
            gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

static void
title_apply (gpointer      target,
             gconstpointer state)
{
  Doc *doc = target;

  g_free (doc->title);
  doc->title = g_strdup (state);
  doc->applied++;
}

static const OtEditKind title_kind = { text_copy, g_free, text_equal, title_apply };

/* Types @text at the end of the doc's title, a character every @gap_ms. */
static gint64
type_title (OtEditHistory *history,
            Doc           *doc,
            const char    *text,
            gint64         now,
            gint64         gap_ms)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *before = g_strdup (doc->title);
      g_autofree char *typed = g_strndup (p, g_utf8_next_char (p) - p);

      g_free (doc->title);
      doc->title = g_strconcat (before != NULL ? before : "", typed, NULL);
      ot_edit_history_push (history, &title_kind, "title:breakdown", "Title Change", before,
                            doc->title, now);
      now += gap_ms * G_TIME_SPAN_MILLISECOND;
    }
  return now;
}

START_TEST (test_typing_is_one_step)
{
  Doc doc = { NULL, 0 };
  g_autoptr(OtEditHistory) history = ot_edit_history_new (&doc);
  gint64 now = 1000 * G_TIME_SPAN_SECOND;

  ck_assert (!ot_edit_history_can_undo (history));
  ck_assert_ptr_null (ot_edit_history_get_undo_name (history));

  now = type_title (history, &doc, "Nederland hervestigt hooguit 4.000 Syriërs", now, 80);
  ck_assert_uint_eq (ot_edit_history_get_n_steps (history), 1);
  ck_assert_str_eq (ot_edit_history_get_undo_name (history), "Title Change");
  ck_assert (ot_edit_history_undo (history));
  ck_assert_ptr_null (doc.title);
  ck_assert_str_eq (ot_edit_history_get_redo_name (history), "Title Change");
  ck_assert (!ot_edit_history_undo (history));
  ck_assert (ot_edit_history_redo (history));
  ck_assert_str_eq (doc.title, "Nederland hervestigt hooguit 4.000 Syriërs");
  ck_assert (!ot_edit_history_redo (history));
  g_free (doc.title);
}
END_TEST

/* A pause, or leaving the field, starts a new step; a new edit after an
 * undo drops what could have been redone. */
START_TEST (test_pause_and_seal_make_steps)
{
  Doc doc = { NULL, 0 };
  g_autoptr(OtEditHistory) history = ot_edit_history_new (&doc);
  gint64 now = 1000 * G_TIME_SPAN_SECOND;

  now = type_title (history, &doc, "Neder", now, 50);
  now += 2 * OT_EDIT_HISTORY_COALESCE_MS * G_TIME_SPAN_MILLISECOND;
  now = type_title (history, &doc, "land", now, 50);
  ck_assert_uint_eq (ot_edit_history_get_n_steps (history), 2);
  ot_edit_history_seal (history);
  now = type_title (history, &doc, "!", now, 50);
  ck_assert_uint_eq (ot_edit_history_get_n_steps (history), 3);

  ck_assert (ot_edit_history_undo (history));
  ck_assert_str_eq (doc.title, "Nederland");
  ck_assert (ot_edit_history_undo (history));
  ck_assert_str_eq (doc.title, "Neder");
  ck_assert (ot_edit_history_can_redo (history));
  /* Typing after an undo: a new step, and no redo. */
  now = type_title (history, &doc, "lands", now, 50);
  ck_assert (!ot_edit_history_can_redo (history));
  ck_assert_uint_eq (ot_edit_history_get_n_steps (history), 2);
  ck_assert (ot_edit_history_undo (history));
  ck_assert_str_eq (doc.title, "Neder");
  g_free (doc.title);
}
END_TEST

/* An edit that changes nothing, or is typed back within a step, leaves
 * nothing to undo; the history keeps at most its limit of steps. */
START_TEST (test_nothing_changed_is_no_step)
{
  Doc doc = { g_strdup ("A"), 0 };
  g_autoptr(OtEditHistory) history = ot_edit_history_new (&doc);
  gint64 now = 1000 * G_TIME_SPAN_SECOND;

  ot_edit_history_push (history, &title_kind, "title:breakdown", "Title Change", "A", "A", now);
  ck_assert (!ot_edit_history_can_undo (history));
  ot_edit_history_push (history, &title_kind, "title:breakdown", "Title Change", "A", "AB", now);
  ot_edit_history_push (history, &title_kind, "title:breakdown", "Title Change", "AB", "A",
                        now + G_TIME_SPAN_MILLISECOND);
  ck_assert (!ot_edit_history_can_undo (history));

  for (guint i = 0; i < OT_EDIT_HISTORY_MAX_STEPS + 10; i++)
    {
      g_autofree char *before = g_strdup_printf ("%u", i);
      g_autofree char *after = g_strdup_printf ("%u", i + 1);

      ot_edit_history_push (history, &title_kind, "title:breakdown", "Title Change", before,
                            after, now + i * G_TIME_SPAN_SECOND * 2);
    }
  ck_assert_uint_eq (ot_edit_history_get_n_steps (history), OT_EDIT_HISTORY_MAX_STEPS);
  ot_edit_history_clear (history);
  ck_assert (!ot_edit_history_can_undo (history));
  ck_assert_uint_eq (doc.applied, 0);
  g_free (doc.title);
}
END_TEST

static GBytes *
produce_cb (gpointer user_data)
{
  const char *text = *(const char **) user_data;

  return text != NULL ? g_bytes_new_static (text, strlen (text)) : NULL;
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* A change reaches the file within the delay, and only through the one
 * atomic write (no temporary file is left beside it); discarding deletes it. */
START_TEST (test_recovery_written_within_delay)
{
  g_autofree char *folder = g_dir_make_tmp ("ot-recovery-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "state", "recovery.ontheemd", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *text = "{\"format\":\"ontheemd-briefing\",\"version\":1}";
  g_autoptr(OtRecovery) recovery = ot_recovery_new (file, produce_cb, &text);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state = g_build_filename (folder, "state", NULL);
  g_autoptr(GDir) dir = NULL;

  ck_assert_ptr_null (ot_recovery_read (file, &error));
  ck_assert_ptr_null (error);

  ot_recovery_changed (recovery);
  ck_assert (ot_recovery_is_pending (recovery));
  /* Changes that keep coming do not put the write off. */
  for (int i = 0; i < 5; i++)
    {
      g_timeout_add (OT_RECOVERY_DELAY_MS / 5, quit_cb, loop);
      g_main_loop_run (loop);
      ot_recovery_changed (recovery);
    }
  g_timeout_add (OT_RECOVERY_DELAY_MS / 2, quit_cb, loop);
  g_main_loop_run (loop);
  read = ot_recovery_read (file, &error);
  ck_assert_msg (read != NULL, "not written within two delays: %s",
                 error != NULL ? error->message : "no file");
  ck_assert_mem_eq (g_bytes_get_data (read, NULL), text, strlen (text));

  dir = g_dir_open (state, 0, NULL);
  ck_assert_str_eq (g_dir_read_name (dir), "recovery.ontheemd");
  ck_assert_ptr_null (g_dir_read_name (dir));

  ot_recovery_discard (recovery);
  ck_assert (!ot_recovery_is_pending (recovery));
  ck_assert (!g_file_query_exists (file, NULL));
  g_rmdir (state);
  g_rmdir (folder);
}
END_TEST

/* Each window's own file is locked while it lives: no other window claims
 * it, however many there are; once its window is gone without discarding
 * it (as a killed one is), the next claims it, with its label, and holds
 * it; saved or discarded, nothing is left. */
START_TEST (test_recovery_files_of_their_own)
{
  g_autofree char *base = g_dir_make_tmp ("ot-recovery-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (base, "recovery", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  const char *text = "{\"format\":\"ontheemd-briefing\",\"version\":1}";
  g_autoptr(OtRecovery) one = ot_recovery_new_own (folder, produce_cb, &text, NULL);
  g_autoptr(OtRecovery) two = ot_recovery_new_own (folder, produce_cb, &text, NULL);
  g_autoptr(OtRecovery) claimed = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *label = NULL;

  ck_assert_ptr_nonnull (one);
  ck_assert_ptr_nonnull (two);
  ck_assert (!g_file_equal (ot_recovery_get_file (one), ot_recovery_get_file (two)));
  ot_recovery_set_label (one, "file:///tmp/syriers.ontheemd");
  ck_assert (ot_recovery_flush (one, NULL));
  ck_assert (ot_recovery_flush (two, NULL));
  ck_assert_ptr_null (ot_recovery_claim_left (folder));

  /* Gone without a word: its file is left for the next to claim. */
  g_clear_pointer (&one, ot_recovery_free);
  claimed = ot_recovery_claim_left (folder);
  ck_assert_ptr_nonnull (claimed);
  label = ot_recovery_dup_label (claimed);
  ck_assert_str_eq (label, "file:///tmp/syriers.ontheemd");
  ck_assert_ptr_null (ot_recovery_claim_left (folder));

  /* Discarded and gone, saved and gone: nothing left but the folder. */
  ot_recovery_discard (claimed);
  g_clear_pointer (&claimed, ot_recovery_free);
  ot_recovery_discard (two);
  g_clear_pointer (&two, ot_recovery_free);
  dir = g_dir_open (path, 0, NULL);
  ck_assert_ptr_null (g_dir_read_name (dir));

  /* The single file of Ontheemd before windows of their own, beside the
   * folder, is offered too. */
  {
    g_autofree char *parent = g_path_get_dirname (path);
    g_autofree char *legacy = g_build_filename (parent, "recovery.ontheemd", NULL);
    g_autoptr(GBytes) bytes = NULL;

    ck_assert (g_file_set_contents (legacy, text, -1, NULL));
    claimed = ot_recovery_claim_left (folder);
    ck_assert_ptr_nonnull (claimed);
    ck_assert (!g_file_test (legacy, G_FILE_TEST_EXISTS));
    bytes = ot_recovery_read (ot_recovery_get_file (claimed), NULL);
    ck_assert_mem_eq (g_bytes_get_data (bytes, NULL), text, strlen (text));
    ot_recovery_discard (claimed);
    g_clear_pointer (&claimed, ot_recovery_free);
  }
  g_rmdir (path);
  g_rmdir (base);
}
END_TEST

/* A process killed with SIGKILL after its edit reached the file: the file
 * is whole, and the next start reads it. */
START_TEST (test_recovery_survives_kill)
{
  g_autofree char *folder = g_dir_make_tmp ("ot-recovery-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "recovery.ontheemd", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  pid_t pid = fork ();

  ck_assert_int_ge (pid, 0);
  if (pid == 0)
    {
      const char *text = "{\"format\":\"ontheemd-briefing\",\"title\":\"Nederland\"}";
      OtRecovery *recovery = ot_recovery_new (file, produce_cb, &text);
      GMainLoop *child_loop = g_main_loop_new (NULL, FALSE);

      ot_recovery_changed (recovery);
      g_main_loop_run (child_loop);  /* until killed */
      _exit (0);
    }
  for (int i = 0; i < 40 && !g_file_query_exists (file, NULL); i++)
    g_usleep (100 * 1000);
  kill (pid, SIGKILL);
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  ck_assert (WIFSIGNALED (status));

  read = ot_recovery_read (file, &error);
  ck_assert_msg (read != NULL, "%s", error != NULL ? error->message : "no file");
  ck_assert (g_strstr_len (g_bytes_get_data (read, NULL), g_bytes_get_size (read),
                           "\"title\":\"Nederland\"") != NULL);
  g_unlink (path);
  g_rmdir (folder);
}
END_TEST

/* A recovery file beyond the limit is not read, and the message names it. */
START_TEST (test_recovery_limit)
{
  g_autofree char *folder = g_dir_make_tmp ("ot-recovery-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "recovery.ontheemd", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FILE *f = fopen (path, "w");

  ck_assert_ptr_nonnull (f);
  ck_assert_int_eq (ftruncate (fileno (f), OT_RECOVERY_MAX_BYTES + 1), 0);
  fclose (f);
  ck_assert_ptr_null (ot_recovery_read (file, &error));
  ck_assert_ptr_nonnull (error);
  ck_assert (strstr (error->message, path) != NULL);
  ck_assert (strstr (error->message, "larger than 8 MB") != NULL);
  g_unlink (path);
  g_rmdir (folder);
}
END_TEST

static Suite *
edit_history_suite (void)
{
  Suite *suite = suite_create ("edit-history");
  TCase *tc = tcase_create ("history");

  tcase_add_test (tc, test_typing_is_one_step);
  tcase_add_test (tc, test_pause_and_seal_make_steps);
  tcase_add_test (tc, test_nothing_changed_is_no_step);
  tcase_add_test (tc, test_recovery_written_within_delay);
  tcase_add_test (tc, test_recovery_survives_kill);
  tcase_add_test (tc, test_recovery_limit);
  tcase_add_test (tc, test_recovery_files_of_their_own);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  return ot_test_run (edit_history_suite ());
}
