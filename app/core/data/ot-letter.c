/* ot-letter.c: the letter's text, in sections, paragraphs and marked figures
 *
 * The letter is kept as a small XML file (data/letter-nl.xml) cleaned from
 * the PDF extraction, and read with GMarkup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-letter"

#include "config.h"

#include <string.h>

#include "ot-letter.h"
#include "ot-i18n.h"
#include "ot-resources.h"

struct _OtLetter
{
  GObject    parent_instance;

  char      *reference;
  char      *date;
  char      *lang;     /* the letter's language, "nl" or "en" */
  GPtrArray *blocks;   /* OtBlock */
};

G_DEFINE_FINAL_TYPE (OtLetter, ot_letter, G_TYPE_OBJECT)
G_DEFINE_QUARK (ot-letter-error-quark, ot_letter_error)

typedef struct
{
  OtLetter *letter;
  OtBlock  *block;      /* the block being read */
  GString  *text;       /* its plain text */
  OtSpan   *span;       /* the inline mark being read */
  guint     section;
  gboolean  numbered;
  guint     list_number;
  gboolean  in_role;
} Parser;

static void
span_free (OtSpan *span)
{
  g_free (span->text);
  g_free (span->ref);
  g_free (span);
}

static void
block_free (OtBlock *block)
{
  g_free (block->id);
  g_free (block->text);
  g_ptr_array_unref (block->spans);
  g_free (block);
}

static void
ot_letter_finalize (GObject *object)
{
  OtLetter *self = OT_LETTER (object);

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (ot_letter_parent_class)->finalize (object);
}

static void
ot_letter_class_init (OtLetterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_letter_finalize;
}

static void
ot_letter_init (OtLetter *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

static void
begin_block (Parser     *p,
             OtBlockKind kind)
{
  p->block = g_new0 (OtBlock, 1);
  p->block->kind = kind;
  p->block->section = p->section;
  p->block->spans = g_ptr_array_new_with_free_func ((GDestroyNotify) span_free);
  g_string_truncate (p->text, 0);
}

static void
add_span (Parser     *p,
          OtSpanKind  kind,
          const char *text,
          gsize       len,
          const char *ref)
{
  OtSpan *last = p->block->spans->len > 0
    ? g_ptr_array_index (p->block->spans, p->block->spans->len - 1) : NULL;

  /* Runs of plain text are one span. */
  if (kind == OT_SPAN_TEXT && last != NULL && last->kind == OT_SPAN_TEXT)
    {
      char *joined = g_strdup_printf ("%s%.*s", last->text, (int) len, text);

      g_free (last->text);
      last->text = joined;
      return;
    }

  {
    OtSpan *span = g_new0 (OtSpan, 1);

    span->kind = kind;
    span->text = g_strndup (text, len);
    span->ref = g_strdup (ref);
    g_ptr_array_add (p->block->spans, span);
  }
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *p = user_data;
  const char *ref = NULL, *id = NULL, *style = NULL, *reference = NULL, *date = NULL;
  const char *lang = NULL;

  g_markup_collect_attributes (element, names, values, error,
                               G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "ref", &ref,
                               G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "id", &id,
                               G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "style", &style,
                               G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "reference",
                               &reference,
                               G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "date", &date,
                               G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "lang", &lang,
                               G_MARKUP_COLLECT_INVALID);
  if (error != NULL && *error != NULL)
    return;

  /* The view shows the reference, date and footnote ids as they are: a
   * letter without them is refused here rather than drawn with holes. */
  if (g_str_equal (element, "letter"))
    {
      if (p->letter->reference != NULL)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     ot_msg ("<letter> must be the root element, and only once"));
      else if (reference == NULL || date == NULL)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                     ot_msg ("<letter> needs a reference and a date"));
      else
        {
          p->letter->reference = g_strdup (reference);
          p->letter->date = g_strdup (date);
          p->letter->lang = g_strdup (lang);
        }
      return;
    }
  if (p->letter->reference == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   ot_msg ("expected <letter> as the root element, found <%s>"), element);
      return;
    }
  if (g_str_equal (element, "footnote") && id == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                   ot_msg ("<footnote> needs an id"));
      return;
    }

  if (g_str_equal (element, "section"))
    p->section++;
  else if (g_str_equal (element, "list"))
    {
      p->numbered = g_strcmp0 (style, "numbered") == 0;
      p->list_number = 0;
    }
  else if (p->block == NULL && (g_str_equal (element, "heading") || g_str_equal (element, "p")
                                || g_str_equal (element, "item")
                                || g_str_equal (element, "footnote")
                                || g_str_equal (element, "signature")))
    {
      static const struct { const char *name; OtBlockKind kind; } kinds[] = {
        { "heading", OT_BLOCK_HEADING }, { "p", OT_BLOCK_PARAGRAPH },
        { "item", OT_BLOCK_LIST_ITEM }, { "footnote", OT_BLOCK_FOOTNOTE },
        { "signature", OT_BLOCK_SIGNATURE },
      };

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_str_equal (element, kinds[i].name))
          begin_block (p, kinds[i].kind);
      if (g_str_equal (element, "item") && p->numbered)
        p->block->list_number = ++p->list_number;
      p->block->id = g_strdup (id);
    }
  else if (p->block != NULL && (g_str_equal (element, "fig") || g_str_equal (element, "date")))
    {
      if (ref == NULL || p->span != NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       ot_msg ("<%s> needs a ref and cannot be nested"), element);
          return;
        }
      p->span = g_new0 (OtSpan, 1);
      p->span->kind = g_str_equal (element, "fig") ? OT_SPAN_FIGURE : OT_SPAN_DATE;
      p->span->text = g_strdup ("");
      p->span->ref = g_strdup (ref);
    }
  else if (p->block != NULL && g_str_equal (element, "note"))
    {
      if (ref == NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                       ot_msg ("<note> needs a ref, the number of its footnote"));
          return;
        }
      add_span (p, OT_SPAN_NOTE, ref, strlen (ref), ref);
    }
  else if (p->block != NULL && g_str_equal (element, "role"))
    p->in_role = TRUE;
  else if (!g_str_equal (element, "footnotes") && !g_str_equal (element, "signatures")
           && !g_str_equal (element, "name"))
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                 ot_msg ("unexpected element <%s>"), element);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Parser *p = user_data;

  if (p->span != NULL && (g_str_equal (element, "fig") || g_str_equal (element, "date")))
    {
      g_ptr_array_add (p->block->spans, p->span);
      p->span = NULL;
    }
  else if (g_str_equal (element, "role") && p->block != NULL)
    {
      /* A signature reads "role" newline "name". */
      add_span (p, OT_SPAN_TEXT, "\n", 1, NULL);
      g_string_append_c (p->text, '\n');
      p->in_role = FALSE;
    }
  else if (p->block != NULL && (g_str_equal (element, "heading") || g_str_equal (element, "p")
                                || g_str_equal (element, "item")
                                || g_str_equal (element, "footnote")
                                || g_str_equal (element, "signature")))
    {
      p->block->text = g_strdup (p->text->str);
      g_ptr_array_add (p->letter->blocks, p->block);
      p->block = NULL;
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 len,
         gpointer              user_data,
         GError              **error)
{
  Parser *p = user_data;
  g_autofree char *folded = NULL;

  if (p->block == NULL)
    return;

  /* Line breaks in the XML are only layout. */
  folded = g_strndup (text, len);
  if (g_str_equal (g_markup_parse_context_get_element (context), "signature"))
    return;
  for (char *c = folded; *c; c++)
    if (*c == '\n' || *c == '\t')
      *c = ' ';

  g_string_append (p->text, folded);
  if (p->span != NULL)
    {
      char *joined = g_strconcat (p->span->text, folded, NULL);

      g_free (p->span->text);
      p->span->text = joined;
    }
  else
    add_span (p, OT_SPAN_TEXT, folded, strlen (folded), NULL);
}

static void
parser_clear (Parser *p)
{
  if (p->block != NULL)
    block_free (p->block);
  if (p->span != NULL)
    span_free (p->span);
  g_string_free (p->text, TRUE);
}

OtLetter *
ot_letter_new_from_bytes (GBytes     *xml,
                          const char *name,
                          GError    **error)
{
  static const GMarkupParser markup_parser = {
    start_element_cb, end_element_cb, text_cb, NULL, NULL,
  };
  g_autoptr(OtLetter) self = g_object_new (OT_TYPE_LETTER, NULL);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  Parser p = { 0 };
  gsize size;
  const char *data;
  const char *bad;
  gboolean ok;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (xml, &size);

  /* GMarkup (GLib 2.74) goes on after some of its own errors, such as a NUL
   * byte in CDATA, and then sets a second error over the first: give it
   * only valid UTF-8 without NUL bytes. */
  if (!g_utf8_validate_len (data, size, &bad))
    {
      guint line = 1, column = 1;

      for (const char *c = data; c < bad; c++)
        {
          if (*c == '\n')
            line++, column = 1;
          else if (((guchar) *c & 0xC0) != 0x80)
            column++;
        }
      g_set_error (error, OT_LETTER_ERROR, OT_LETTER_ERROR_PARSE,
                   "%s:%u:%u: %s", name, line, column,
                   *bad == '\0' ? ot_msg ("a NUL byte; this is not a text file")
                                 : ot_msg ("not valid UTF-8; save the file as UTF-8"));
      return NULL;
    }

  p.letter = self;
  p.text = g_string_new (NULL);
  context = g_markup_parse_context_new (&markup_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &p, NULL);
  ok = g_markup_parse_context_parse (context, data, size, &local_error)
       && g_markup_parse_context_end_parse (context, &local_error);

  if (!ok)
    {
      int line = 0, column = 0;
      const char *message = local_error->message;

      /* GMarkup's own messages repeat the place the prefix gives. */
      if (g_str_has_prefix (message, "Error on line ") && strstr (message, ": ") != NULL)
        message = strstr (message, ": ") + 2;

      g_markup_parse_context_get_position (context, &line, &column);
      parser_clear (&p);
      g_set_error (error, OT_LETTER_ERROR, OT_LETTER_ERROR_PARSE, "%s:%d:%d: %s",
                   name, line, column, message);
      return NULL;
    }

  parser_clear (&p);

  /* GMarkup takes a file of nothing but processing instructions. */
  if (self->reference == NULL)
    {
      g_set_error (error, OT_LETTER_ERROR, OT_LETTER_ERROR_PARSE,
                   ot_msg ("%s: expected a <letter> element with a reference and a date"), name);
      return NULL;
    }

  return g_steal_pointer (&self);
}

OtLetter *
ot_letter_new_default (OtLang   lang,
                       GError **error)
{
  g_autofree char *name = g_strdup_printf ("letter-%s.xml", ot_lang_to_code (lang));
  g_autoptr(GBytes) xml = ot_resources_lookup (name);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Until a translation is there, the Dutch original is the letter. */
  if (xml == NULL)
    {
      g_free (name);
      name = g_strdup ("letter-nl.xml");
      xml = ot_resources_lookup (name);
    }

  if (xml == NULL)
    {
      g_set_error (error, OT_LETTER_ERROR, OT_LETTER_ERROR_MISSING,
                   ot_msg ("%s: not found in the program's resources"), name);
      return NULL;
    }

  return ot_letter_new_from_bytes (xml, name, error);
}

const char *
ot_letter_get_reference (OtLetter *self)
{
  g_return_val_if_fail (OT_IS_LETTER (self), NULL);

  return self->reference;
}

/* The language the letter is written in ("nl", "en"), from its root's
 * lang attribute; NULL when it does not say. */
const char *
ot_letter_get_lang (OtLetter *self)
{
  g_return_val_if_fail (OT_IS_LETTER (self), NULL);

  return self->lang;
}

const char *
ot_letter_get_date (OtLetter *self)
{
  g_return_val_if_fail (OT_IS_LETTER (self), NULL);

  return self->date;
}

guint
ot_letter_get_n_blocks (OtLetter *self)
{
  g_return_val_if_fail (OT_IS_LETTER (self), 0);

  return self->blocks->len;
}

const OtBlock *
ot_letter_get_block (OtLetter *self,
                     guint     index)
{
  g_return_val_if_fail (OT_IS_LETTER (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

/* The index of the first block whose text holds @sentence word for word,
 * or -1. */
int
ot_letter_find_text (OtLetter   *self,
                     const char *sentence)
{
  g_return_val_if_fail (OT_IS_LETTER (self), -1);
  g_return_val_if_fail (sentence != NULL, -1);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const OtBlock *block = g_ptr_array_index (self->blocks, i);

      if (strstr (block->text, sentence) != NULL)
        return (int) i;
    }

  return -1;
}

typedef struct
{
  guint       block;
  gsize       start, end;   /* bytes in the block's text */
  const char *sentence;
} Place;

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *x = a, *y = b;

  if (x->block != y->block)
    return x->block < y->block ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

static gboolean
only_space (const char *from,
            const char *to)
{
  for (const char *p = from; p < to; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Whether the word ending at @end (a '.') is an initial ("A.G.") or an
 * abbreviation the letter uses before a capital ("Mr.", "nr."). */
static gboolean
ends_abbreviation (const char *start,
                   const char *end)
{
  static const char *const abbreviations[] = { "nr", "mr", "dr", "drs", "ir", "prof", "mw",
                                               "dhr", "St", "vs", "art", "blz", "p", NULL };
  const char *word = end;
  g_autofree char *name = NULL;

  while (word > start && !g_ascii_isspace (word[-1]) && word[-1] != '(')
    word--;
  /* One letter ("A." of "A.G."), in characters: a figure ("fase 2.") is none. */
  if ((g_utf8_strlen (word, end - word) == 1 && g_unichar_isalpha (g_utf8_get_char (word)))
      || (end - word >= 2 && end[-2] == '.'))
    return TRUE;
  name = g_strndup (word, end - word);
  for (guint i = 0; abbreviations[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, abbreviations[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Block @index's sentences, each the letter's own bytes: a sentence ends
 * at '.', '?' or '!' (and a closing quote or bracket after it) where the
 * next word starts with a capital, a quote or a digit. Empty for a block
 * without text. */
GStrv
ot_letter_dup_sentences (OtLetter *self,
                         guint     index)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const OtBlock *block;
  const char *text, *start;

  g_return_val_if_fail (OT_IS_LETTER (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  block = g_ptr_array_index (self->blocks, index);
  text = block->text != NULL ? block->text : "";
  start = text;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *end, *next;
      gunichar first;

      while (g_ascii_isspace (*start))
        start++;
      if (*p != '.' && *p != '?' && *p != '!')
        continue;
      end = p + 1;
      while (*end != '\0' && strchr (")]\"'", *end) != NULL)
        end++;
      if (g_str_has_prefix (end, "’") || g_str_has_prefix (end, "”"))
        end += strlen ("’");
      if (*end != '\0' && !g_ascii_isspace (*end))
        continue;
      next = end;
      while (g_ascii_isspace (*next))
        next++;
      if (*next != '\0')
        {
          first = g_utf8_get_char (next);
          if (!g_unichar_isupper (first) && !g_unichar_isdigit (first)
              && strchr ("(\"'", *next) == NULL && first != 0x2018 && first != 0x201C)
            continue;
          if (*p == '.' && ends_abbreviation (start, p))
            continue;
        }
      if (end > start)
        {
          g_autofree char *sentence = g_strndup (start, end - start);

          g_strv_builder_add (builder, sentence);
        }
      start = end;
      p = end - 1;
    }
  while (g_ascii_isspace (*start))
    start++;
  if (*start != '\0')
    {
      const char *end = start + strlen (start);

      g_autofree char *sentence = NULL;

      while (end > start && g_ascii_isspace (end[-1]))
        end--;
      sentence = g_strndup (start, end - start);
      g_strv_builder_add (builder, sentence);
    }
  return g_strv_builder_end (builder);
}

/* The letter's own words for @sentences, as quotations (without the
 * quotation marks): in the letter's order, each once. Sentences that follow
 * each other in the letter are one quotation; where text lies between two
 * of the same section, "[…]" stands for it; sentences of different sections,
 * and footnotes, are quotations of their own. A sentence the letter does not
 * hold is a quotation of its own, after the others, as it was given. */
GPtrArray *
ot_letter_dup_quotations (OtLetter           *self,
                          const char * const *sentences,
                          guint               n_sentences)
{
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new ();
  GPtrArray *quotations = g_ptr_array_new_with_free_func (g_free);
  GString *quote = NULL;
  const Place *previous = NULL;

  g_return_val_if_fail (OT_IS_LETTER (self), quotations);

  for (guint i = 0; i < n_sentences; i++)
    {
      int index = sentences[i] != NULL && *sentences[i] != '\0'
                  ? ot_letter_find_text (self, sentences[i]) : -1;
      const OtBlock *block;
      const char *at;

      if (sentences[i] == NULL || *sentences[i] == '\0')
        continue;
      if (index < 0)
        {
          if (!g_ptr_array_find_with_equal_func (unplaced, sentences[i], g_str_equal, NULL))
            g_ptr_array_add (unplaced, (gpointer) sentences[i]);
          continue;
        }
      block = g_ptr_array_index (self->blocks, index);
      at = strstr (block->text, sentences[i]);
      g_array_append_val (places, ((Place) { (guint) index, (gsize) (at - block->text),
                                             (gsize) (at - block->text) + strlen (sentences[i]),
                                             sentences[i] }));
    }
  g_array_sort (places, compare_places);

  for (guint i = 0; i < places->len; i++)
    {
      const Place *place = &g_array_index (places, Place, i);
      const OtBlock *block = g_ptr_array_index (self->blocks, place->block);
      const OtBlock *before = previous != NULL ? g_ptr_array_index (self->blocks,
                                                                    previous->block) : NULL;

      /* A sentence inside one already quoted is quoted already. */
      if (previous != NULL && place->block == previous->block && place->end <= previous->end)
        continue;

      if (previous != NULL && place->block == previous->block && place->start <= previous->end)
        g_string_append (quote, block->text + previous->end);
      else if (previous != NULL && place->block == previous->block
               && only_space (block->text + previous->end, block->text + place->start))
        g_string_append_printf (quote, " %s", place->sentence);
      else if (before != NULL && before->section == block->section
               && before->kind != OT_BLOCK_FOOTNOTE && block->kind != OT_BLOCK_FOOTNOTE
               && before->kind != OT_BLOCK_SIGNATURE && block->kind != OT_BLOCK_SIGNATURE)
        g_string_append_printf (quote, " […] %s", place->sentence);
      else
        {
          if (quote != NULL)
            g_ptr_array_add (quotations, g_string_free (quote, FALSE));
          quote = g_string_new (place->sentence);
        }

      /* Overlapping sentences: quote on to the end of the later one. */
      if (previous != NULL && place->block == previous->block && place->start <= previous->end)
        g_string_truncate (quote, quote->len - (strlen (block->text) - place->end));
      previous = place;
    }
  if (quote != NULL)
    g_ptr_array_add (quotations, g_string_free (quote, FALSE));
  for (guint i = 0; i < unplaced->len; i++)
    g_ptr_array_add (quotations, g_strdup (g_ptr_array_index (unplaced, i)));

  return quotations;
}
