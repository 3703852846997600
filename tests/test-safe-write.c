/* test-safe-write.c: a write that fails leaves the previous file as it was
 *
 * Each test writes onto a small tmpfs of its own (1 MB), through the real
 * exports (PNG, SVG, PDF, the deck) and the table's CSV, then makes the
 * write fail: the disk full, the folder read-only, a link to a file on a
 * full disk, a hard-linked file, an unprivileged writer (a forked child
 * that drops to the user "nobody") in a folder it may not write or in a
 * sticky folder with another user's 0666 file. Concurrent writers through
 * one link must each leave a whole file. Mounting needs root and a system
 * that allows it; where it cannot mount, the whole suite is skipped (exit
 * 77); the unprivileged tests need root to drop from, and say so when
 * they are skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>

#include "ot-csv-writer.h"
#include "ot-export.h"
#include "ot-file-write.h"
#include "ot-test.h"

#define PREVIOUS "the previous export"
#define MOUNT_SIZE (1024 * 1024)

static char *mountdir;

/* What the suite writes, each through its own public function. */
typedef enum { KIND_PNG, KIND_SVG, KIND_PDF, KIND_DECK, KIND_CSV, N_KINDS } Kind;
static const char *kind_names[N_KINDS] = { "chart.png", "chart.svg", "chart.pdf", "deck.pdf",
                                           "figures.csv" };

static gboolean
mount_small_tmpfs (const char *dir)
{
  return mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755") == 0;
}

static char *
in_mount (const char *name)
{
  return g_build_filename (mountdir, name, NULL);
}

/* The mount point is made outside the forked tests, and unmounted there
 * too, so a failing test leaves no mount behind; each test (each round of
 * a loop test) mounts a fresh tmpfs over it first. */
static void
setup (void)
{
  mountdir = g_dir_make_tmp ("ot-safe-write-XXXXXX", NULL);
  ck_assert_ptr_nonnull (mountdir);
  ck_assert_msg (mount_small_tmpfs (mountdir), "mount: %s", g_strerror (errno));
}

static void
fresh_mount (void)
{
  while (umount (mountdir) == 0)
    ;
  ck_assert_msg (mount_small_tmpfs (mountdir), "mount: %s", g_strerror (errno));
}

static void
teardown (void)
{
  while (umount (mountdir) == 0)
    ;
  g_rmdir (mountdir);
  g_clear_pointer (&mountdir, g_free);
}

static gboolean
write_kind (Kind         kind,
            const char  *path,
            OtLang       lang,
            GError     **error)
{
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OtExportOptions options = { OT_EXPORT_PNG, 1920, 1080, 1, { lang, OT_THEME_LIGHT } };
  const OtChart *charts[] = { ot_chart_lookup ("breakdown"), ot_chart_lookup ("timeline"),
                              ot_chart_lookup ("funding") };

  switch (kind)
    {
    case KIND_SVG:
      options.format = OT_EXPORT_SVG;
      break;
    case KIND_PDF:
      options.format = OT_EXPORT_PDF;
      break;
    case KIND_DECK:
      options.format = OT_EXPORT_PDF;
      options.width = 1280;
      options.height = 720;
      return ot_export_deck_to_file (charts, G_N_ELEMENTS (charts), dataset, &options, file,
                                     NULL, error);
    case KIND_CSV:
      return ot_csv_write_figures_to_file (dataset, file, NULL, error);
    case KIND_PNG:
    default:
      break;
    }
  return ot_export_to_file (charts[0], dataset, &options, file, NULL, error);
}

/* The bytes a kind writes, read back from a file it wrote with room. */
static GBytes *
expected_bytes (Kind   kind,
                OtLang lang)
{
  g_autofree char *dir = ot_test_make_tmpdir ("ot-safe-write-expected");
  g_autofree char *path = g_build_filename (dir, kind_names[kind], NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len;

  ck_assert_msg (write_kind (kind, path, lang, &error), "%s", error ? error->message : "");
  ck_assert (g_file_get_contents (path, &contents, &len, NULL));
  ot_test_remove_tmpdir (&dir);
  return g_bytes_new_take (contents, len);
}

/* What one writer wrote, whole: the same bytes, or for an SVG (whose ids
 * cairo numbers across a process) well-formed XML of the same language. */
static gboolean
is_writers_file (Kind    kind,
                 GBytes *result,
                 GBytes *expected,
                 OtLang  lang)
{
  if (kind != KIND_SVG)
    return g_bytes_equal (result, expected);
  else
    {
      g_autoptr(GMarkupParseContext) context = NULL;
      static const GMarkupParser parser = { 0 };
      gsize len;
      const char *data = g_bytes_get_data (result, &len);
      g_autofree char *text = g_strndup (data, len);

      context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      return g_markup_parse_context_parse (context, data, len, NULL)
             && g_markup_parse_context_end_parse (context, NULL)
             && strstr (text, lang == OT_LANG_NL ? "Ontheemden" : "Displaced people") != NULL
             && g_str_has_suffix (g_strchomp (text), "</svg>");
    }
}

/* @folder holds exactly these names: no temporary file is left. */
static void
assert_folder_holds (const char *folder,
                     const char *first,
                     ...)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GString) found = g_string_new (NULL);
  const char *name;
  va_list args;
  guint n = 0;

  ck_assert_ptr_nonnull (dir);
  va_start (args, first);
  for (name = first; name != NULL; name = va_arg (args, const char *))
    g_ptr_array_add (expected, (gpointer) name);
  va_end (args);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_string_append_printf (found, " %s", name);
      n++;
      ck_assert_msg (g_ptr_array_find_with_equal_func (expected, name, g_str_equal, NULL),
                     "unexpected file “%s” left in %s", name, folder);
    }
  ck_assert_msg (n == expected->len, "%s holds:%s", folder, found->str);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  ck_assert_msg (g_file_get_contents (path, &contents, NULL, NULL), "%s is gone", path);
  ck_assert_str_eq (contents, expected);
}

/* The disk full but for @room bytes. tmpfs counts whole pages. */
static void
fill_disk (gsize room)
{
  g_autofree char *filler = in_mount ("filler");
  struct statvfs vfs;
  gsize free_bytes, size;
  g_autofree char *zeros = NULL;

  ck_assert_int_eq (statvfs (mountdir, &vfs), 0);
  free_bytes = (gsize) vfs.f_bavail * vfs.f_frsize;
  size = free_bytes > room ? free_bytes - room : 0;
  zeros = g_malloc0 (MAX (size, 1));
  ck_assert (g_file_set_contents (filler, zeros, size, NULL));
}

/* Room for the temporary file to start, not for the whole: half of what
 * the kind writes, in whole pages. */
static gsize
room_for_half (Kind kind)
{
  g_autoptr(GBytes) bytes = expected_bytes (kind, OT_LANG_NL);

  return (g_bytes_get_size (bytes) / 2) & ~(gsize) 4095;
}

static void
assert_no_space_error (const GError *error,
                       const char   *name)
{
  ck_assert_ptr_nonnull (error);
  /* In Ontheemd's words, which have a Dutch translation, not libc's. */
  ck_assert_msg (strstr (error->message, "there is no room left on the disk") != NULL, "%s",
                 error->message);
  ck_assert_msg (strstr (error->message, name) != NULL, "%s", error->message);
}

/* An existing file on a full disk, every kind: the file as it was. */
START_TEST (test_disk_full_existing)
{
  Kind kind = _i;
  g_autofree char *path = in_mount (kind_names[kind]);
  g_autoptr(GError) error = NULL;

  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  fill_disk (room_for_half (kind));

  ck_assert (!write_kind (kind, path, OT_LANG_NL, &error));
  assert_no_space_error (error, kind_names[kind]);
  ck_assert_msg (strstr (error->message, "the file is as it was") != NULL, "%s", error->message);
  assert_contents (path, PREVIOUS);
  assert_folder_holds (mountdir, kind_names[kind], "filler", NULL);
}
END_TEST

/* A new file on a full disk, every kind, with some room and with none:
 * nothing is left, not even an empty file. */
START_TEST (test_disk_full_new)
{
  Kind kind = _i % N_KINDS;
  g_autofree char *path = in_mount (kind_names[kind]);
  g_autoptr(GError) error = NULL;

  fill_disk (_i < N_KINDS ? room_for_half (kind) : 0);

  ck_assert (!write_kind (kind, path, OT_LANG_NL, &error));
  assert_no_space_error (error, kind_names[kind]);
  ck_assert_msg (strstr (error->message, "no file was made") != NULL, "%s", error->message);
  assert_folder_holds (mountdir, "filler", NULL);
}
END_TEST

/* The same writes with room: the file is replaced, and nothing else. */
START_TEST (test_room_enough_replaces)
{
  Kind kind = _i;
  g_autofree char *path = in_mount (kind_names[kind]);
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_setenv ("SOURCE_DATE_EPOCH", "1473292800", TRUE);
  expected = expected_bytes (kind, OT_LANG_NL);
  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  ck_assert (write_kind (kind, path, OT_LANG_NL, NULL));
  ck_assert (g_file_get_contents (path, &contents, &len, NULL));
  {
    g_autoptr(GBytes) result = g_bytes_new_take (g_steal_pointer (&contents), len);

    ck_assert (is_writers_file (kind, result, expected, OT_LANG_NL));
  }
  assert_folder_holds (mountdir, kind_names[kind], NULL);
}
END_TEST

START_TEST (test_read_only_folder)
{
  g_autofree char *path = in_mount ("chart.png");
  g_autoptr(GError) error = NULL;

  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  ck_assert_msg (mount (NULL, mountdir, NULL, MS_REMOUNT | MS_RDONLY, NULL) == 0,
                 "remount: %s", g_strerror (errno));

  ck_assert (!write_kind (KIND_PNG, path, OT_LANG_NL, &error));
  ck_assert (g_error_matches (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE));
  ck_assert_msg (strstr (error->message, "no temporary file can be made in the folder") != NULL,
                 "%s", error->message);
  assert_contents (path, PREVIOUS);
  assert_folder_holds (mountdir, "chart.png", NULL);
}
END_TEST

/* chart.png -> links/b.png -> ../real/chart.png: a chain, relative links.
 * On a full disk the target is as it was and the links are links. */
static void
make_link_chain (char **out_link,
                 char **out_target)
{
  g_autofree char *links = in_mount ("links");
  g_autofree char *real = in_mount ("real");
  g_autofree char *middle = g_build_filename (links, "b.png", NULL);

  ck_assert_int_eq (g_mkdir (links, 0755), 0);
  ck_assert_int_eq (g_mkdir (real, 0755), 0);
  *out_link = in_mount ("chart.png");
  *out_target = g_build_filename (real, "chart.png", NULL);
  ck_assert (g_file_set_contents (*out_target, PREVIOUS, -1, NULL));
  ck_assert_int_eq (symlink ("../real/chart.png", middle), 0);
  ck_assert_int_eq (symlink ("links/b.png", *out_link), 0);
}

static void
assert_link (const char *path,
             const char *target)
{
  g_autofree char *read = g_file_read_link (path, NULL);

  ck_assert_msg (read != NULL, "%s is no longer a symbolic link", path);
  ck_assert_str_eq (read, target);
}

START_TEST (test_symlink_disk_full)
{
  Kind kind = _i;
  g_autofree char *link = NULL, *target = NULL;
  g_autofree char *links = in_mount ("links");
  g_autofree char *real = in_mount ("real");
  g_autoptr(GError) error = NULL;

  make_link_chain (&link, &target);
  fill_disk (room_for_half (kind));

  ck_assert (!write_kind (kind, link, OT_LANG_NL, &error));
  assert_no_space_error (error, "chart.png");
  assert_contents (target, PREVIOUS);
  assert_link (link, "links/b.png");
  g_autofree char *middle = g_build_filename (links, "b.png", NULL);
  assert_link (middle, "../real/chart.png");
  assert_folder_holds (mountdir, "chart.png", "links", "real", "filler", NULL);
  assert_folder_holds (real, "chart.png", NULL);
  assert_folder_holds (links, "b.png", NULL);
}
END_TEST

/* With room, the file at the end of the chain is replaced; the links stay
 * links, and its mode stays. A link to a file still to be made makes it. */
START_TEST (test_symlink_replaces_target)
{
  g_autofree char *link = NULL, *target = NULL;
  g_autofree char *real = in_mount ("real");
  g_autofree char *dangling = in_mount ("new.png");
  g_autofree char *made = g_build_filename (real, "made.png", NULL);
  g_autofree char *contents = NULL;
  struct stat st;

  make_link_chain (&link, &target);
  ck_assert_int_eq (g_chmod (target, 0640), 0);
  ck_assert (write_kind (KIND_PNG, link, OT_LANG_NL, NULL));
  ck_assert (g_file_get_contents (target, &contents, NULL, NULL));
  ck_assert (memcmp (contents, "\x89PNG", 4) == 0);
  ck_assert_int_eq (g_stat (target, &st), 0);
  ck_assert_int_eq (st.st_mode & 07777, 0640);
  assert_link (link, "links/b.png");

  ck_assert_int_eq (symlink ("real/made.png", dangling), 0);
  ck_assert (write_kind (KIND_CSV, dangling, OT_LANG_NL, NULL));
  assert_link (dangling, "real/made.png");
  ck_assert (g_file_test (made, G_FILE_TEST_IS_REGULAR));
  assert_folder_holds (real, "chart.png", "made.png", NULL);
}
END_TEST

/* Links that never end, a folder, a pipe: refused, nothing touched. */
START_TEST (test_not_a_file)
{
  g_autofree char *a = in_mount ("a.png");
  g_autofree char *b = in_mount ("b.png");
  g_autofree char *folder = in_mount ("folder.png");
  g_autofree char *fifo = in_mount ("fifo.png");
  g_autoptr(GError) error = NULL;
  struct stat st;

  ck_assert_int_eq (symlink ("b.png", a), 0);
  ck_assert_int_eq (symlink ("a.png", b), 0);
  ck_assert (!write_kind (KIND_PNG, a, OT_LANG_NL, &error));
  ck_assert_msg (strstr (error->message, "a.png: could not be written: ") != NULL, "%s",
                 error->message);
  g_clear_error (&error);

  ck_assert_int_eq (g_mkdir (folder, 0755), 0);
  ck_assert (!write_kind (KIND_PNG, folder, OT_LANG_NL, &error));
  ck_assert_msg (strstr (error->message, "it is a folder") != NULL, "%s", error->message);
  g_clear_error (&error);

  ck_assert_int_eq (mkfifo (fifo, 0644), 0);
  ck_assert (!write_kind (KIND_CSV, fifo, OT_LANG_NL, &error));
  ck_assert_msg (strstr (error->message, "it is not a regular file") != NULL, "%s",
                 error->message);
  ck_assert_int_eq (g_lstat (fifo, &st), 0);
  ck_assert (S_ISFIFO (st.st_mode));
  assert_folder_holds (mountdir, "a.png", "b.png", "folder.png", "fifo.png", NULL);
}
END_TEST

/* Replacing a hard-linked file breaks the link (docs/writing-files.md): the name written
 * to gets the new file, the other keeps the old one. On a full disk both
 * keep the old one. */
START_TEST (test_hard_link)
{
  g_autofree char *path = in_mount ("chart.png");
  g_autofree char *other = in_mount ("other.png");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  ck_assert_int_eq (link (path, other), 0);

  ck_assert (write_kind (KIND_PNG, path, OT_LANG_NL, NULL));
  ck_assert (g_file_get_contents (path, &contents, NULL, NULL));
  ck_assert (memcmp (contents, "\x89PNG", 4) == 0);
  assert_contents (other, PREVIOUS);

  ck_assert_int_eq (g_unlink (path), 0);
  ck_assert_int_eq (link (other, path), 0);
  fill_disk (room_for_half (KIND_SVG));
  ck_assert (!write_kind (KIND_SVG, path, OT_LANG_NL, &error));
  assert_no_space_error (error, "chart.png");
  assert_contents (path, PREVIOUS);
  assert_contents (other, PREVIOUS);
  assert_folder_holds (mountdir, "chart.png", "other.png", "filler", NULL);
}
END_TEST

/* As root, a replaced file keeps its owner and group as well as its mode. */
START_TEST (test_owner_and_mode_kept)
{
  g_autofree char *path = in_mount ("figures.csv");
  struct passwd *nobody = getpwnam ("nobody");
  struct stat st;

  ck_assert_ptr_nonnull (nobody);
  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  ck_assert_int_eq (chown (path, nobody->pw_uid, nobody->pw_gid), 0);
  ck_assert_int_eq (g_chmod (path, 0604), 0);
  ck_assert (write_kind (KIND_CSV, path, OT_LANG_NL, NULL));
  ck_assert_int_eq (g_stat (path, &st), 0);
  ck_assert_int_eq (st.st_uid, nobody->pw_uid);
  ck_assert_int_eq (st.st_gid, nobody->pw_gid);
  ck_assert_int_eq (st.st_mode & 07777, 0604);
}
END_TEST

/* Runs @kind as the user nobody in a forked child; its exit status says
 * whether the write succeeded (0), failed with @expected in the message
 * (1), or failed otherwise (2). */
static int
write_as_nobody (Kind        kind,
                 const char *path,
                 const char *expected)
{
  struct passwd *nobody = getpwnam ("nobody");
  pid_t pid;
  int status;

  ck_assert_ptr_nonnull (nobody);
  pid = fork ();
  ck_assert_int_ge (pid, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;

      if (setgroups (0, NULL) != 0 || setgid (nobody->pw_gid) != 0
          || setuid (nobody->pw_uid) != 0)
        _exit (3);
      if (write_kind (kind, path, OT_LANG_NL, &error))
        _exit (0);
      if (strstr (error->message, expected) == NULL)
        {
          g_printerr ("as nobody: %s\n", error->message);
          _exit (2);
        }
      _exit (1);
    }
  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  ck_assert (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static gboolean
skip_unless_root (void)
{
  if (geteuid () == 0)
    return FALSE;
  g_print ("skipped: dropping to another user needs root\n");
  return TRUE;
}

/* A 0666 file nobody may write, in a 0555 folder nobody may not: GLib
 * wrote it in place and a full disk destroyed it. */
START_TEST (test_unprivileged_read_only_folder)
{
  Kind kind = _i;
  g_autofree char *folder = in_mount ("shared");
  g_autofree char *path = g_build_filename (folder, kind_names[kind], NULL);

  if (skip_unless_root ())
    return;
  ck_assert_int_eq (g_mkdir (folder, 0755), 0);
  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  ck_assert_int_eq (g_chmod (path, 0666), 0);
  ck_assert_int_eq (g_chmod (folder, 0555), 0);
  fill_disk (room_for_half (kind));

  ck_assert_int_eq (write_as_nobody (kind, path, "no temporary file can be made in the folder"),
                    1);
  assert_contents (path, PREVIOUS);
  assert_folder_holds (folder, kind_names[kind], NULL);
}
END_TEST

/* A sticky shared folder (as /tmp) with another user's 0666 file: nobody
 * may make the temporary file but not rename it over root's file, so the
 * write fails and the temporary file goes. */
START_TEST (test_unprivileged_sticky_folder)
{
  Kind kind = _i;
  g_autofree char *folder = in_mount ("sticky");
  g_autofree char *path = g_build_filename (folder, kind_names[kind], NULL);

  if (skip_unless_root ())
    return;
  ck_assert_int_eq (g_mkdir (folder, 0755), 0);
  ck_assert_int_eq (g_chmod (folder, 01777), 0);
  ck_assert (g_file_set_contents (path, PREVIOUS, -1, NULL));
  ck_assert_int_eq (g_chmod (path, 0666), 0);

  ck_assert_int_eq (write_as_nobody (kind, path, "the new file cannot replace the old one"), 1);
  assert_contents (path, PREVIOUS);
  assert_folder_holds (folder, kind_names[kind], NULL);

  /* And on a full disk. */
  fill_disk (room_for_half (kind));
  ck_assert_int_eq (write_as_nobody (kind, path, "there is no room left on the disk"), 1);
  assert_contents (path, PREVIOUS);
  assert_folder_holds (folder, kind_names[kind], NULL);
}
END_TEST

/* Many pairs of writers at once through one link: every result is one
 * writer's file, whole (it parses, and it is byte for byte what one of
 * them writes), and the link is still a link. */
START_TEST (test_concurrent_writers)
{
  Kind kind = _i;
  g_autofree char *link = NULL, *target = NULL;
  g_autofree char *real = in_mount ("real");
  g_autoptr(GBytes) dutch = NULL, english = NULL;
  guint n_dutch = 0, n_english = 0;

  g_setenv ("SOURCE_DATE_EPOCH", "1473292800", TRUE);
  dutch = expected_bytes (kind, OT_LANG_NL);
  english = expected_bytes (kind, OT_LANG_EN);
  /* The table is the same in either language. */
  ck_assert (kind == KIND_CSV || !g_bytes_equal (dutch, english));
  make_link_chain (&link, &target);

  for (guint round = 0; round < 25; round++)
    {
      pid_t pids[2];
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) result = NULL;
      gsize len;

      for (guint w = 0; w < 2; w++)
        {
          pids[w] = fork ();
          ck_assert_int_ge (pids[w], 0);
          if (pids[w] == 0)
            _exit (write_kind (kind, link, w == 0 ? OT_LANG_NL : OT_LANG_EN, NULL) ? 0 : 1);
        }
      for (guint w = 0; w < 2; w++)
        {
          int status;

          ck_assert_int_eq (waitpid (pids[w], &status, 0), pids[w]);
          ck_assert (WIFEXITED (status) && WEXITSTATUS (status) == 0);
        }

      ck_assert (g_file_get_contents (target, &contents, &len, NULL));
      result = g_bytes_new_take (g_steal_pointer (&contents), len);
      ck_assert_msg (is_writers_file (kind, result, dutch, OT_LANG_NL)
                     || is_writers_file (kind, result, english, OT_LANG_EN),
                     "round %u: %s is neither writer's file (%zu bytes)", round, target, len);
      if (is_writers_file (kind, result, dutch, OT_LANG_NL))
        n_dutch++;
      else
        n_english++;
      if (kind == KIND_PNG)
        {
          cairo_surface_t *png = cairo_image_surface_create_from_png (target);

          ck_assert_int_eq (cairo_surface_status (png), CAIRO_STATUS_SUCCESS);
          cairo_surface_destroy (png);
        }
      assert_link (link, "links/b.png");
      assert_folder_holds (real, "chart.png", NULL);
    }
  ck_assert_uint_eq (n_dutch + n_english, 25);
}
END_TEST

/* The writer itself: links resolved as the kernel does, and nothing of
 * the target touched before the commit. */
START_TEST (test_writer_never_touches_the_target_before_commit)
{
  g_autofree char *link = NULL, *target = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(OtFileWriter) writer = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *expected = g_build_filename (mountdir, "links", "../real/chart.png", NULL);

  make_link_chain (&link, &target);
  resolved = ot_file_resolve_links (link, NULL);
  ck_assert_str_eq (resolved, expected);

  file = g_file_new_for_path (link);
  writer = ot_file_writer_new (file, NULL, NULL);
  ck_assert_ptr_nonnull (writer);
  temporary = g_strdup (ot_file_writer_get_temporary_path (writer));
  ck_assert (ot_file_writer_write (writer, "new", 3, NULL));
  assert_contents (target, PREVIOUS);
  ck_assert (g_file_test (temporary, G_FILE_TEST_IS_REGULAR));
  /* Abandoned: the temporary file goes, the target stays. */
  g_clear_pointer (&writer, ot_file_writer_free);
  ck_assert (!g_file_test (temporary, G_FILE_TEST_EXISTS));
  assert_contents (target, PREVIOUS);

  writer = ot_file_writer_new (file, NULL, NULL);
  ck_assert (ot_file_writer_write (writer, "new", 3, NULL));
  ck_assert (ot_file_writer_commit (writer, NULL, NULL));
  assert_contents (target, "new");
  assert_link (link, "links/b.png");
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
  const struct { const char *name; const TTest *test; int n; } tests[] = {
    { "room-enough", test_room_enough_replaces, N_KINDS },
    { "disk-full-existing", test_disk_full_existing, N_KINDS },
    { "disk-full-new", test_disk_full_new, 2 * N_KINDS },
    { "read-only", test_read_only_folder, 1 },
    { "symlink-disk-full", test_symlink_disk_full, N_KINDS },
    { "symlink-replaces", test_symlink_replaces_target, 1 },
    { "not-a-file", test_not_a_file, 1 },
    { "hard-link", test_hard_link, 1 },
    { "owner-and-mode", test_owner_and_mode_kept, 1 },
    { "nobody-read-only-folder", test_unprivileged_read_only_folder, N_KINDS },
    { "nobody-sticky-folder", test_unprivileged_sticky_folder, N_KINDS },
    { "concurrent", test_concurrent_writers, N_KINDS },
    { "writer", test_writer_never_touches_the_target_before_commit, 1 },
  };

  /* A tmpfs a test: mounted and unmounted outside the forked test, so a
   * failing test leaves no mount behind. */
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      TCase *tc = tcase_create (tests[i].name);

      tcase_add_unchecked_fixture (tc, setup, teardown);
      tcase_add_checked_fixture (tc, fresh_mount, NULL);
      tcase_add_loop_test (tc, tests[i].test, 0, tests[i].n);
      tcase_set_timeout (tc, 120);
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
