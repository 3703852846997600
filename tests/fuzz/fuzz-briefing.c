/* fuzz-briefing.c: libFuzzer harness for the .ontheemd reader
 *
 * Any input must end in a briefing or a GError whose message names the
 * file; a briefing read must write bytes that read back as the same bytes.
 * Never a crash, a leak, a hang or a critical warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "ot-briefing.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtBriefing) briefing = NULL;
  g_autoptr(OtBriefing) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(OtDeckChanges) deck = NULL;

  briefing = ot_briefing_load_from_bytes (bytes, "fuzz.ontheemd", &error);
  if (briefing == NULL)
    {
      g_assert (error != NULL && error->domain == OT_BRIEFING_ERROR);
      g_assert (g_str_has_prefix (error->message, "fuzz.ontheemd"));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  written = ot_briefing_to_bytes (briefing);
  again = ot_briefing_load_from_bytes (written, "fuzz.ontheemd", &error);
  g_assert_no_error (error);
  rewritten = ot_briefing_to_bytes (again);
  g_assert (g_bytes_equal (written, rewritten));
  deck = ot_briefing_dup_deck_changes (briefing);
  return 0;
}
