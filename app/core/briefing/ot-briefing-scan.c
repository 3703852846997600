/* ot-briefing-scan.c: a JSON checker (RFC 8259) with limits and positions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-briefing"

#include "config.h"

#include "ot-briefing.h"
#include "ot-briefing-scan.h"
#include "ot-csv.h"

typedef struct
{
  const char         *data;
  gsize               size;
  gsize               pos;
  guint               line;
  guint               column;
  const char         *name;
  const OtJsonLimits *limits;
  GError            **error;
} Scanner;

static gboolean
fail (Scanner    *self,
      int         code,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Scanner    *self,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  ot_set_error_at (self->error, OT_BRIEFING_ERROR, code, self->name, self->line, self->column,
                   "%s", message);
  return FALSE;
}

static gboolean
at_end (Scanner *self)
{
  return self->pos >= self->size;
}

static char
peek (Scanner *self)
{
  return at_end (self) ? '\0' : self->data[self->pos];
}

/* Columns count characters, not bytes. */
static void
advance (Scanner *self)
{
  if (self->data[self->pos] == '\n')
    {
      self->line++;
      self->column = 1;
    }
  else if (((guchar) self->data[self->pos] & 0xc0) != 0x80)
    self->column++;
  self->pos++;
}

static void
skip_space (Scanner *self)
{
  while (!at_end (self) && strchr (" \t\r\n", peek (self)) != NULL)
    advance (self);
}

static gboolean
fail_end (Scanner *self)
{
  return fail (self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("the file ends in the middle of the briefing"));
}

static gboolean
scan_string (Scanner *self)
{
  gsize start;

  g_assert (peek (self) == '"');
  advance (self);
  start = self->pos;
  for (;;)
    {
      guchar c;

      if (at_end (self))
        return fail_end (self);
      if (self->pos - start > self->limits->max_string)
        return fail (self, OT_BRIEFING_ERROR_LIMIT,
                     ot_msg ("a text longer than %u bytes"),
                     (guint) self->limits->max_string);
      c = peek (self);
      if (c == '"')
        {
          advance (self);
          return TRUE;
        }
      if (c < 0x20)
        return fail (self, OT_BRIEFING_ERROR_SYNTAX,
                     ot_msg ("a line break or control character inside a text; write it as \\n"));
      if (c == '\\')
        {
          advance (self);
          if (at_end (self))
            return fail_end (self);
          if (peek (self) == 'u')
            {
              advance (self);
              for (guint i = 0; i < 4; i++, advance (self))
                if (at_end (self) || !g_ascii_isxdigit (peek (self)))
                  return fail (self, OT_BRIEFING_ERROR_SYNTAX,
                               ot_msg ("“\\u” needs four hexadecimal digits"));
              continue;
            }
          if (strchr ("\"\\/bfnrt", peek (self)) == NULL || peek (self) == '\0')
            return fail (self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("an unknown escape after “\\”"));
          advance (self);
          continue;
        }
      if (c >= 0x80)
        {
          const char *end = NULL;
          gsize n = 1;

          while (n < 4 && self->pos + n < self->size
                 && ((guchar) self->data[self->pos + n] & 0xc0) == 0x80)
            n++;
          if (!g_utf8_validate (self->data + self->pos, n, &end) || end != self->data + self->pos + n)
            return fail (self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("the text is not UTF-8"));
          for (gsize i = 0; i < n; i++)
            advance (self);
          continue;
        }
      advance (self);
    }
}

static gboolean
scan_digits (Scanner *self)
{
  if (!g_ascii_isdigit (peek (self)))
    return fail (self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("a number is not written as JSON writes it"));
  while (g_ascii_isdigit (peek (self)))
    advance (self);
  return TRUE;
}

static gboolean
scan_number (Scanner *self)
{
  gsize start = self->pos;

  if (peek (self) == '-')
    advance (self);
  if (peek (self) == '0')
    advance (self);
  else if (!scan_digits (self))
    return FALSE;
  if (peek (self) == '.')
    {
      advance (self);
      if (!scan_digits (self))
        return FALSE;
    }
  if (peek (self) == 'e' || peek (self) == 'E')
    {
      advance (self);
      if (peek (self) == '+' || peek (self) == '-')
        advance (self);
      if (!scan_digits (self))
        return FALSE;
    }
  if (self->pos - start > 32)
    return fail (self, OT_BRIEFING_ERROR_LIMIT, ot_msg ("a number longer than 32 characters"));
  return TRUE;
}

static gboolean
scan_word (Scanner    *self,
           const char *word)
{
  gsize length = strlen (word);

  if (self->size - self->pos < length || memcmp (self->data + self->pos, word, length) != 0)
    return fail (self, OT_BRIEFING_ERROR_SYNTAX,
                 ot_msg ("expected a value: a text in double quotes, a number, an object, a list, true, false or null"));
  for (gsize i = 0; i < length; i++)
    advance (self);
  return TRUE;
}

static gboolean scan_value (Scanner *self,
                            guint    depth);

static gboolean
scan_container (Scanner *self,
                guint    depth,
                char     close)
{
  guint count = 0;

  if (depth >= self->limits->max_depth)
    return fail (self, OT_BRIEFING_ERROR_LIMIT, ot_msg ("nested deeper than %u levels"),
                 self->limits->max_depth);
  advance (self);
  skip_space (self);
  if (peek (self) == close)
    {
      advance (self);
      return TRUE;
    }
  for (;;)
    {
      if (++count > self->limits->max_members)
        return fail (self, OT_BRIEFING_ERROR_LIMIT, ot_msg ("more than %u values in one object or list"),
                     self->limits->max_members);
      skip_space (self);
      if (close == '}')
        {
          if (at_end (self))
            return fail_end (self);
          if (peek (self) != '"')
            return fail (self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("expected a name in double quotes"));
          if (!scan_string (self))
            return FALSE;
          skip_space (self);
          if (at_end (self))
            return fail_end (self);
          if (peek (self) != ':')
            return fail (self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("expected “:” after the name"));
          advance (self);
          skip_space (self);
        }
      if (!scan_value (self, depth + 1))
        return FALSE;
      skip_space (self);
      if (at_end (self))
        return fail_end (self);
      if (peek (self) == close)
        {
          advance (self);
          return TRUE;
        }
      if (peek (self) != ',')
        return fail (self, OT_BRIEFING_ERROR_SYNTAX,
                     close == '}' ? ot_msg ("expected “,” or “}”") : ot_msg ("expected “,” or “]”"));
      advance (self);
    }
}

static gboolean
scan_value (Scanner *self,
            guint    depth)
{
  if (at_end (self))
    return fail_end (self);
  switch (peek (self))
    {
    case '{':
      return scan_container (self, depth, '}');
    case '[':
      return scan_container (self, depth, ']');
    case '"':
      return scan_string (self);
    case 't':
      return scan_word (self, "true");
    case 'f':
      return scan_word (self, "false");
    case 'n':
      return scan_word (self, "null");
    default:
      if (peek (self) == '-' || g_ascii_isdigit (peek (self)))
        return scan_number (self);
      return scan_word (self, "\x01");
    }
}

gboolean
ot_json_scan (const char         *data,
              gsize               size,
              const char         *display_name,
              const OtJsonLimits *limits,
              GError            **error)
{
  Scanner self = { data, size, 0, 1, 1, display_name, limits, error };

  /* A byte-order mark is not JSON, but editors write one. */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    self.pos = 3;
  skip_space (&self);
  if (at_end (&self))
    return fail (&self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("the file is empty"));
  if (!scan_value (&self, 0))
    return FALSE;
  skip_space (&self);
  if (!at_end (&self))
    return fail (&self, OT_BRIEFING_ERROR_SYNTAX, ot_msg ("something follows the end of the briefing"));
  return TRUE;
}
