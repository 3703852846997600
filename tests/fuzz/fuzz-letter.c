/* fuzz-letter.c: libFuzzer harness for the letter's XML reader
 *
 * Any input must end in a letter or a GError that names the place; never
 * a crash, a leak, a hang or a critical warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "ot-letter.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtLetter) letter = NULL;

  letter = ot_letter_new_from_bytes (bytes, "fuzz.xml", &error);
  if (letter == NULL)
    {
      g_assert (error != NULL);
      g_assert (g_str_has_prefix (error->message, "fuzz.xml:"));
      return 0;
    }

  /* What the letter view inserts as it is must be there. */
  g_assert (ot_letter_get_reference (letter) != NULL);
  g_assert (ot_letter_get_date (letter) != NULL);
  for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
    {
      const OtBlock *block = ot_letter_get_block (letter, i);
      G_GNUC_UNUSED gsize length = 0;

      g_assert (block->text != NULL);
      g_assert (block->kind != OT_BLOCK_FOOTNOTE || block->id != NULL);
      g_assert (g_utf8_validate (block->text, -1, NULL));
      for (guint j = 0; j < block->spans->len; j++)
        {
          const OtSpan *span = g_ptr_array_index (block->spans, j);

          g_assert (span->text != NULL);
          g_assert (span->kind == OT_SPAN_TEXT || span->ref != NULL);
          length += strlen (span->text);
        }
    }
  ot_letter_find_text (letter, "vluchtelingen");

  return 0;
}
