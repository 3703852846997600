/* test-safe-write.c: a write that fails leaves the previous file as it was
 *
 * Each test exports onto a small tmpfs of its own (1 MB), already holding
 * the previous export, then makes the write fail: the disk full, the
 * folder read-only. Mounting needs root and a system that allows it; where it
 * cannot mount, the whole suite is skipped (exit 77).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/mount.h>

#include "ot-export.h"
#include "ot-test.h"

#define PREVIOUS "the previous export"

static char *mountdir;

static gboolean
mount_small_tmpfs (const char *dir)
{
  return mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755") == 0;
}

static void
setup (void)
{
  g_autofree char *path = NULL;

  mountdir = g_dir_make_tmp ("ot-safe-write-XXXXXX", NULL);
  ck_assert_ptr_nonnull (mountdir);
  ck_assert_msg (mount_small_tmpfs (mountdir), "mount: %s", g_strerror (errno));

  path = g_build_filename (mountdir, "chart.png", NULL);
  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
}

static void
teardown (void)
{
  umount (mountdir);
  g_rmdir (mountdir);
  g_clear_pointer (&mountdir, g_free);
}

static gboolean
export_png (GError **error)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autofree char *path = g_build_filename (mountdir, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OtExportOptions options = { OT_EXPORT_PNG, 1920, 1080, 1, { OT_LANG_NL, OT_THEME_LIGHT } };

  return ot_export_to_file (ot_chart_lookup ("breakdown"), dataset, &options, file, NULL, error);
}

/* The folder holds exactly these names: no temporary file is left. */
static void
assert_folder_holds (const char *first,
                     ...)
{
  g_autoptr(GDir) dir = g_dir_open (mountdir, 0, NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GString) found = g_string_new (NULL);
  const char *name;
  va_list args;
  guint n = 0;

  va_start (args, first);
  for (name = first; name != NULL; name = va_arg (args, const char *))
    g_ptr_array_add (expected, (gpointer) name);
  va_end (args);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_string_append_printf (found, " %s", name);
      n++;
      ck_assert_msg (g_ptr_array_find_with_equal_func (expected, name, g_str_equal, NULL),
                     "unexpected file “%s” left in the folder", name);
    }
  ck_assert_msg (n == expected->len, "the folder holds:%s", found->str);
}

static void
assert_previous_intact (void)
{
  g_autofree char *path = g_build_filename (mountdir, "chart.png", NULL);
  g_autofree char *contents = NULL;

  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert_str_eq (contents, PREVIOUS);
}

START_TEST (test_disk_full)
{
  g_autofree char *filler = g_build_filename (mountdir, "filler", NULL);
  gsize filler_size = 1024 * 1024 - 16 * 1024;
  g_autofree char *zeros = g_malloc0 (filler_size);
  g_autoptr(GError) error = NULL;

  /* Leave 16 KB: room for the temporary file to start, not for a chart. */
  ck_assert (g_file_set_contents (filler, zeros, filler_size, NULL));

  ck_assert (!export_png (&error));
  ck_assert (g_error_matches (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE));
  /* In Ontheemd's words, which have a Dutch translation, not libc's. */
  ck_assert_msg (strstr (error->message, "could not be written: there is no room left on the "
                                         "disk") != NULL, "%s", error->message);
  assert_previous_intact ();
  assert_folder_holds ("chart.png", "filler", NULL);
}
END_TEST

START_TEST (test_read_only_folder)
{
  g_autoptr(GError) error = NULL;

  ck_assert_msg (mount (NULL, mountdir, NULL, MS_REMOUNT | MS_RDONLY, NULL) == 0,
                 "remount: %s", g_strerror (errno));

  ck_assert (!export_png (&error));
  ck_assert (g_error_matches (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE));
  assert_previous_intact ();
  assert_folder_holds ("chart.png", NULL);
}
END_TEST

START_TEST (test_room_enough_replaces)
{
  g_autofree char *path = g_build_filename (mountdir, "chart.png", NULL);
  g_autofree char *contents = NULL;
  gsize len;

  /* The same export with room to spare: the check above is the disk. */
  ck_assert (export_png (NULL));
  ck_assert (g_file_get_contents (path, &contents, &len, NULL));
  ck_assert (len > 8 && memcmp (contents, "\x89PNG", 4) == 0);
  assert_folder_holds ("chart.png", NULL);
}
END_TEST

static gboolean
can_mount (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ot-safe-write-XXXXXX", NULL);
  gboolean ok = dir != NULL && mount_small_tmpfs (dir);

  if (ok)
    umount (dir);
  if (dir != NULL)
    g_rmdir (dir);
  return ok;
}

static Suite *
safe_write_suite (void)
{
  Suite *suite = suite_create ("safe-write");
  const struct { const char *name; const TTest *test; } tests[] = {
    { "room-enough", test_room_enough_replaces },
    { "disk-full", test_disk_full },
    { "read-only", test_read_only_folder },
  };

  /* A tmpfs a test: mounted and unmounted outside the forked test, so a
   * failing test leaves no mount behind. */
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      TCase *tc = tcase_create (tests[i].name);

      tcase_add_unchecked_fixture (tc, setup, teardown);
      tcase_add_test (tc, tests[i].test);
      suite_add_tcase (suite, tc);
    }

  return suite;
}

int
main (void)
{
  if (!can_mount ())
    {
      g_print ("cannot mount a tmpfs here (not root, or not allowed); skipped\n");
      return 77;
    }

  return ot_test_run (safe_write_suite ());
}
