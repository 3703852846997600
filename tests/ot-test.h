/* ot-test.h: what every Check suite here shares
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <check.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* Fixtures live in tests/data; meson passes the folder in the environment. */
static inline char *
ot_test_data_path (const char *name)
{
  const char *dir = g_getenv ("OT_TEST_DATA");

  return g_build_filename (dir != NULL ? dir : "tests/data", name, NULL);
}

/* A fresh folder for a test's files, and its removal with what it holds
 * (files only: tests make no folders in it). */
static inline char *
ot_test_make_tmpdir (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (template, NULL);

  ck_assert_ptr_nonnull (dir);
  return dir;
}

/* An SVG is well-formed XML, whatever went into it: xmllint (a real XML
 * parser, from libxml2-utils) where it is installed, GMarkup otherwise. */
static inline void
ot_test_assert_svg_well_formed (const char *path)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(GError) error = NULL;

  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", "--nonet", path, NULL };
      g_autofree char *err = NULL;
      int status = -1;

      ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                                   NULL, NULL, &err, &status, &error), "%s", error->message);
      ck_assert_msg (g_spawn_check_wait_status (status, NULL), "%s is not well-formed XML: %s",
                     path, err);
    }
  else
    {
      static const GMarkupParser parser = { 0 };
      g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL,
                                                                          NULL);
      g_autofree char *contents = NULL;
      gsize len;

      ck_assert (g_file_get_contents (path, &contents, &len, NULL));
      ck_assert_msg (g_markup_parse_context_parse (context, contents, len, &error)
                     && g_markup_parse_context_end_parse (context, &error),
                     "%s is not well-formed XML: %s", path, error->message);
    }
}

/* Every SVG a test wrote is parsed on the way out. */
static inline void
ot_test_remove_tmpdir (char **dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (*dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (*dir_path, name, NULL);

      if (g_str_has_suffix (name, ".svg"))
        ot_test_assert_svg_well_formed (path);
      g_remove (path);
    }
  g_rmdir (*dir_path);
  g_clear_pointer (dir_path, g_free);
}

/* A file of @size bytes that takes no room on the disk. */
static inline void
ot_test_make_sparse_file (const char *path,
                          goffset     size)
{
  int fd = g_open (path, O_WRONLY | O_CREAT, 0600);

  ck_assert_int_ge (fd, 0);
  ck_assert_int_eq (ftruncate (fd, (off_t) size), 0);
  close (fd);
}

static inline int
ot_test_run (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}

#define ot_assert_error_message(error, expected) \
  do { \
    ck_assert_msg ((error) != NULL, "expected the error “%s”, got none", (expected)); \
    ck_assert_str_eq ((error)->message, (expected)); \
  } while (0)
