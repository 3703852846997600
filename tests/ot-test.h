/* ot-test.h: what every Check suite here shares
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <check.h>
#include <gio/gio.h>

/* Fixtures live in tests/data; meson passes the folder in the environment. */
static inline char *
ot_test_data_path (const char *name)
{
  const char *dir = g_getenv ("OT_TEST_DATA");

  return g_build_filename (dir != NULL ? dir : "tests/data", name, NULL);
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
