/* ot-text.c: what text every output (SVG, PDF, PNG, the screen) can hold
 *
 * XML 1.0 cannot hold the control characters (U+0001 to U+001F but tab and
 * the line ends), and cairo refuses the noncharacters (U+FDD0 to U+FDEF,
 * and the last two of every plane, U+FFFE, U+FFFF, U+1FFFE, ...) in a PDF
 * ("input string not valid UTF-8"). DEL and the C1 controls (U+007F to
 * U+009F) are allowed by XML but are no text either: a file that holds
 * them was decoded wrongly. Figures, labels, sentences and country names
 * holding any of them are refused where they are read (ot-csv.c); a file's
 * own name, which a user cannot always choose, is shown with a visible
 * replacement (ot_text_make_visible).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-text"

#include "config.h"

#include <string.h>

#include "ot-i18n.h"
#include "ot-text.h"

gboolean
ot_text_is_unfit_char (gunichar c)
{
  if (c < 0x20)
    return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F)
    return TRUE;
  if (c >= 0xFDD0 && c <= 0xFDEF)
    return TRUE;
  return (c & 0xFFFE) == 0xFFFE;
}

/* The first character of @text (valid UTF-8) no output can hold. */
gboolean
ot_text_find_unfit (const char *text,
                    gssize      len,
                    gsize      *out_offset,
                    gunichar   *out_char)
{
  const char *p, *end;

  g_return_val_if_fail (text != NULL, FALSE);

  end = text + (len < 0 ? strlen (text) : (gsize) len);
  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      guchar b = (guchar) *p;
      gunichar c;

      /* Most text is ASCII: one comparison a byte. */
      if (b >= 0x20 && b < 0x7F)
        continue;
      c = g_utf8_get_char (p);
      if (ot_text_is_unfit_char (c))
        {
          if (out_offset != NULL)
            *out_offset = p - text;
          if (out_char != NULL)
            *out_char = c;
          return TRUE;
        }
    }
  return FALSE;
}

/* What a message calls @c. */
char *
ot_text_describe_unfit (gunichar c)
{
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
    return g_strdup_printf (ot_msg ("the control character U+%04X"), c);
  return g_strdup_printf (ot_msg ("the noncharacter U+%04X"), c);
}

/* @text as valid UTF-8 that every output holds: a control character as
 * its picture (U+0001 as ␁, U+001B as ␛, DEL as ␡), anything else unfit,
 * and bytes that are not UTF-8, as U+FFFD. */
char *
ot_text_make_visible (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  if (!ot_text_find_unfit (valid, -1, NULL, NULL))
    return g_steal_pointer (&valid);

  out = g_string_sized_new (strlen (valid) + 8);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!ot_text_is_unfit_char (c))
        g_string_append_unichar (out, c);
      else if (c < 0x20)
        g_string_append_unichar (out, 0x2400 + c);
      else if (c == 0x7F)
        g_string_append_unichar (out, 0x2421);
      else
        g_string_append_unichar (out, 0xFFFD);
    }
  return g_string_free (out, FALSE);
}

/* Words a number follows without a line break between ("nr. 155",
 * "€ 260"), and words that follow a number so ("65,3 miljoen"). */
static const char * const before_number[] = { "nr.", "Nr.", "no.", "No.", "art.", "€", NULL };
static const char * const after_number[] = {
  "miljoen", "miljard", "million", "billion", "procent", "per", NULL
};

static gboolean
word_is (const char         *start,
         gsize               length,
         const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) == length && strncmp (start, words[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* The byte offsets of the spaces in @text a line must not break at: inside
 * a number written in groups ("26 150"), after a number sign ("nr. 155",
 * "no. 155", "€ 260") and before the word that gives a number its size
 * ("65,3 miljoen", "21.3 million"). A reference or a figure read across two
 * lines is read wrong. */
GArray *
ot_text_find_fixed_spaces (const char *text)
{
  GArray *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  g_return_val_if_fail (text != NULL, offsets);

  for (const char *p = strchr (text, ' '); p != NULL; p = strchr (p + 1, ' '))
    {
      const char *word = p, *next = p + 1, *end = next;
      gunichar before, after;
      gsize offset = (gsize) (p - text);

      if (p == text || *next == '\0')
        continue;
      before = g_utf8_get_char (g_utf8_prev_char (p));
      after = g_utf8_get_char (next);
      while (word > text && *(word - 1) != ' ' && *(word - 1) != '\n' && *(word - 1) != '(')
        word--;
      while (*end != '\0' && *end != ' ' && *end != '\n' && *end != ',' && *end != ')')
        end++;

      if ((g_unichar_isdigit (before) && g_unichar_isdigit (after))
          || (g_unichar_isdigit (after) && word_is (word, (gsize) (p - word), before_number))
          || (g_unichar_isdigit (before) && word_is (next, (gsize) (end - next), after_number)))
        g_array_append_val (offsets, offset);
    }
  return offsets;
}
