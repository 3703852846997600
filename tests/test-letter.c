/* test-letter.c: the letter's cleaned text and its ties to the figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ot-dataset.h"
#include "ot-format.h"
#include "ot-letter.h"
#include "ot-test.h"

static OtLetter *
load_letter (void)
{
  g_autoptr(GError) error = NULL;
  OtLetter *letter = ot_letter_new_default (OT_LANG_NL, &error);

  ck_assert_msg (letter != NULL, "%s", error ? error->message : "");
  return letter;
}

static guint
count_blocks (OtLetter   *letter,
              OtBlockKind kind)
{
  guint n = 0;

  for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
    n += ot_letter_get_block (letter, i)->kind == kind;
  return n;
}

START_TEST (test_structure)
{
  g_autoptr(OtLetter) letter = load_letter ();
  const OtBlock *first = ot_letter_get_block (letter, 0);
  const OtBlock *last = ot_letter_get_block (letter, ot_letter_get_n_blocks (letter) - 1);
  const char *headings[] = {
    "VN-top over grootschalige migratie- en vluchtelingenstromen", "Inzet Nederland",
    "Politieke verklaring", "Appreciatie", "VS-top over noden van vluchtelingen",
  };
  guint h = 0;

  ck_assert_str_eq (ot_letter_get_reference (letter), "Kamerstuk 26 150, nr. 155");
  ck_assert_str_eq (ot_letter_get_date (letter), "2016-09-08");
  ck_assert_int_eq (first->kind, OT_BLOCK_PARAGRAPH);
  ck_assert (g_str_has_prefix (first->text, "In deze brief wordt uw Kamer mede namens de "
                                            "Staatssecretaris van Veiligheid en Justitie"));

  for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
    {
      const OtBlock *block = ot_letter_get_block (letter, i);

      if (block->kind == OT_BLOCK_HEADING)
        {
          ck_assert_uint_lt (h, G_N_ELEMENTS (headings));
          ck_assert_str_eq (block->text, headings[h++]);
        }
    }
  ck_assert_uint_eq (h, G_N_ELEMENTS (headings));

  ck_assert_uint_eq (count_blocks (letter, OT_BLOCK_FOOTNOTE), 4);
  ck_assert_uint_eq (count_blocks (letter, OT_BLOCK_SIGNATURE), 2);
  /* As in the letter: the signatures end the text, the footnotes follow. */
  ck_assert_int_eq (last->kind, OT_BLOCK_FOOTNOTE);
  ck_assert_str_eq (last->text, "Raadpleegbaar via www.tweedekamer.nl");
  for (guint i = 0, signed_at = 0; i < ot_letter_get_n_blocks (letter); i++)
    {
      const OtBlock *block = ot_letter_get_block (letter, i);

      if (block->kind == OT_BLOCK_SIGNATURE)
        signed_at = i;
      if (block->kind == OT_BLOCK_FOOTNOTE)
        ck_assert_msg (signed_at > 0 && signed_at < i, "footnote %s before the signatures",
                       block->id);
    }
  ck_assert_str_eq (ot_letter_get_lang (letter), "nl");
}
END_TEST

START_TEST (test_lists)
{
  g_autoptr(OtLetter) letter = load_letter ();
  guint numbered = 0;
  int i = ot_letter_find_text (letter, "Global Compact on Refugees: Onder leiding van UNHCR");

  ck_assert_int_ge (i, 0);
  ck_assert_int_eq (ot_letter_get_block (letter, i)->kind, OT_BLOCK_LIST_ITEM);
  ck_assert_uint_eq (ot_letter_get_block (letter, i)->list_number, 1);

  for (guint j = 0; j < ot_letter_get_n_blocks (letter); j++)
    numbered += ot_letter_get_block (letter, j)->list_number > 0;
  ck_assert_uint_eq (numbered, 2);

  /* A list item split by the PDF's blank line is one item again. */
  i = ot_letter_find_text (letter, "De aanpak van grondoorzaken van vluchtelingen- en "
                                   "migratiestromen, waaronder conflict");
  ck_assert_int_ge (i, 0);
}
END_TEST

START_TEST (test_footnotes)
{
  g_autoptr(OtLetter) letter = load_letter ();
  int i = ot_letter_find_text (letter, "Brief van 21 juni 2016, van de vaste commissie voor "
                                       "Buitenlandse Zaken.");
  const OtBlock *block;
  gboolean found_mark = FALSE;

  ck_assert_int_ge (i, 0);
  ck_assert_int_eq (ot_letter_get_block (letter, i)->kind, OT_BLOCK_FOOTNOTE);
  ck_assert_str_eq (ot_letter_get_block (letter, i)->id, "1");

  /* The mark sits after "New York" as a note, not glued to the text. */
  block = ot_letter_get_block (letter, 0);
  ck_assert_ptr_nonnull (strstr (block->text, "in New York en over de vluchtelingentop"));
  for (guint j = 0; j < block->spans->len; j++)
    {
      const OtSpan *span = g_ptr_array_index (block->spans, j);
      found_mark |= span->kind == OT_SPAN_NOTE && g_str_equal (span->ref, "1");
    }
  ck_assert (found_mark);
}
END_TEST

/* None of the PDF's artefacts reach the reader. */
START_TEST (test_no_pdf_artefacts)
{
  g_autoptr(OtLetter) letter = load_letter ();
  g_autoptr(GRegex) glued = g_regex_new ("\\p{L}\\d|\\d(?!ste)\\p{Ll}", 0, 0, NULL);
  g_autoptr(GRegex) broken = g_regex_new ("\\p{L}- (?!en |of )", 0, 0, NULL);

  for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
    {
      const OtBlock *block = ot_letter_get_block (letter, i);

      ck_assert_msg (strstr (block->text, "  ") == NULL, "double space in “%s”", block->text);
      ck_assert_msg (!g_str_has_prefix (block->text, " ") && !g_str_has_suffix (block->text, " "),
                     "stray space around “%s”", block->text);
      ck_assert_msg (!g_regex_match (glued, block->text, 0, NULL),
                     "a footnote number glued to a word in “%s”", block->text);
      ck_assert_msg (!g_regex_match (broken, block->text, 0, NULL),
                     "a word broken across lines in “%s”", block->text);
      ck_assert_msg (strstr (block->text, "Raadpleegbaar") == NULL
                     || block->kind == OT_BLOCK_FOOTNOTE,
                     "footnote text inside the body: “%s”", block->text);
    }

  /* Words the PDF hyphenated across lines are whole again. */
  ck_assert_int_ge (ot_letter_find_text (letter, "VN-migratietop van 19 september 2016"), 0);
  ck_assert_int_ge (ot_letter_find_text (letter, "Uitgangspunt is een geïntegreerde benadering"), 0);
  ck_assert_int_ge (ot_letter_find_text (letter, "10% van de totale vluchtelingenpopulatie"), 0);
  ck_assert_int_ge (ot_letter_find_text (letter, "alle EU-lidstaten"), 0);
}
END_TEST

START_TEST (test_every_source_sentence_is_in_the_letter)
{
  g_autoptr(OtLetter) letter = load_letter ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);

  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);

      ck_assert_msg (ot_letter_find_text (letter, figure->source) >= 0,
                     "the source of “%s” is not in the letter word for word: “%s”",
                     figure->id, figure->source);
    }

  for (guint i = 0; i < ot_dataset_get_n_events (dataset); i++)
    {
      const OtEvent *event = ot_dataset_get_event (dataset, i);

      ck_assert_msg (ot_letter_find_text (letter, event->source) >= 0,
                     "the source of “%s” is not in the letter word for word: “%s”",
                     event->id, event->source);
    }
}
END_TEST

START_TEST (test_every_translated_sentence_is_in_the_translation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtLetter) english = ot_letter_new_default (OT_LANG_EN, &error);
  g_autoptr(OtLetter) dutch = load_letter ();
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);

  ck_assert_msg (english != NULL, "%s", error ? error->message : "");
  ck_assert_str_eq (ot_letter_get_reference (english), "Kamerstuk 26 150, no. 155");
  /* Paragraph for paragraph: the same blocks, in the same order. */
  ck_assert_uint_eq (ot_letter_get_n_blocks (english), ot_letter_get_n_blocks (dutch));

  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    {
      const OtFigure *figure = ot_dataset_get_figure (dataset, i);
      int nl_block = ot_letter_find_text (dutch, figure->source);
      int en_block = ot_letter_find_text (english, ot_figure_get_source (figure, OT_LANG_EN));

      ck_assert_ptr_nonnull (figure->source_en);
      ck_assert_msg (en_block >= 0, "“%s” is not in the English letter", figure->source_en);
      /* The translated sentence stands in the paragraph that translates the original. */
      ck_assert_int_eq (en_block, nl_block);
    }
  for (guint i = 0; i < ot_dataset_get_n_events (dataset); i++)
    {
      const OtEvent *event = ot_dataset_get_event (dataset, i);

      ck_assert_int_eq (ot_letter_find_text (english, ot_event_get_source (event, OT_LANG_EN)),
                        ot_letter_find_text (dutch, event->source));
    }

  for (guint i = 0; i < ot_letter_get_n_blocks (english); i++)
    {
      const OtBlock *nl_block = ot_letter_get_block (dutch, i);
      const OtBlock *en_block = ot_letter_get_block (english, i);
      guint nl_marks = 0, en_marks = 0;

      ck_assert_int_eq (nl_block->kind, en_block->kind);
      for (guint j = 0; j < nl_block->spans->len; j++)
        nl_marks += ((OtSpan *) nl_block->spans->pdata[j])->kind != OT_SPAN_TEXT;
      for (guint j = 0; j < en_block->spans->len; j++)
        en_marks += ((OtSpan *) en_block->spans->pdata[j])->kind != OT_SPAN_TEXT;
      ck_assert_msg (nl_marks == en_marks, "block %u: %u marks in Dutch, %u in English", i,
                     nl_marks, en_marks);
    }
}
END_TEST

/* Every figure and date the letter marks is in the data, every figure of the
 * data is marked in the letter, and a count of people reads as the letter
 * writes it. */
START_TEST (test_marks_match_the_data)
{
  g_autoptr(OtLetter) letter = load_letter ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);
  g_autoptr(GHashTable) marked = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
    {
      const OtBlock *block = ot_letter_get_block (letter, i);

      for (guint j = 0; j < block->spans->len; j++)
        {
          const OtSpan *span = g_ptr_array_index (block->spans, j);

          if (span->kind == OT_SPAN_FIGURE)
            {
              const OtFigure *figure = ot_dataset_lookup_figure (dataset, span->ref);

              ck_assert_msg (figure != NULL, "the letter marks an unknown figure “%s”", span->ref);
              g_hash_table_add (marked, span->ref);
              if (figure->unit == OT_UNIT_PEOPLE)
                {
                  g_autofree char *text = ot_format_figure (figure, OT_LANG_NL);
                  ck_assert_str_eq (text, span->text);
                }
            }
          else if (span->kind == OT_SPAN_DATE)
            ck_assert_msg (ot_dataset_lookup_event (dataset, span->ref) != NULL,
                           "the letter marks an unknown date “%s”", span->ref);
        }
    }

  for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
    ck_assert_msg (g_hash_table_contains (marked, ot_dataset_get_figure (dataset, i)->id),
                   "“%s” is not marked in the letter", ot_dataset_get_figure (dataset, i)->id);
}
END_TEST

START_TEST (test_broken_xml_names_the_place)
{
  static const char xml[] = "<letter reference=\"r\" date=\"d\">\n<section>\n<p>text</section>\n"
                            "</letter>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtLetter) letter = ot_letter_new_from_bytes (bytes, "broken.xml", &error);

  ck_assert_ptr_null (letter);
  ck_assert_msg (g_str_has_prefix (error->message, "broken.xml:3:"), "%s", error->message);
}
END_TEST

static void
expect_refused (const char *xml,
                const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(OtLetter) letter = ot_letter_new_from_bytes (bytes, "bad.xml", &error);

  ck_assert_ptr_null (letter);
  ot_assert_error_message (error, expected);
}

/* The letter view inserts the reference, every footnote id and every span's
 * text as they are; a letter without them must not load. */
START_TEST (test_what_the_view_needs_is_there)
{
  expect_refused ("<p>text</p>", "bad.xml:1:4: expected <letter> as the root element, found <p>");
  expect_refused ("<?xml version=\"1.0\"?>",
                  "bad.xml: expected a <letter> element with a reference and a date");
  expect_refused ("<letter reference=\"r\" date=\"d\">\n<p>\xff</p></letter>",
                  "bad.xml:2:4: not valid UTF-8; save the file as UTF-8");
  expect_refused ("<letter date=\"2016\"/>",
                  "bad.xml:1:21: <letter> needs a reference and a date");
  expect_refused ("<letter reference=\"r\" date=\"d\"><letter reference=\"r\" date=\"d\"/>"
                  "</letter>",
                  "bad.xml:1:63: <letter> must be the root element, and only once");
  expect_refused ("<letter reference=\"r\" date=\"d\"><p>a<note/></p></letter>",
                  "bad.xml:1:42: <note> needs a ref, the number of its footnote");
  expect_refused ("<letter reference=\"r\" date=\"d\"><footnote>x</footnote></letter>",
                  "bad.xml:1:42: <footnote> needs an id");

  {
    static const char xml[] = "<letter reference=\"r\" date=\"d\"><p>a <fig ref=\"x\"/>.</p>"
                              "</letter>";
    g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
    g_autoptr(OtLetter) letter = ot_letter_new_from_bytes (bytes, "empty-fig.xml", NULL);
    const OtBlock *block;
    const OtSpan *span;

    ck_assert_ptr_nonnull (letter);
    block = ot_letter_get_block (letter, 0);
    span = g_ptr_array_index (block->spans, 1);
    ck_assert_int_eq (span->kind, OT_SPAN_FIGURE);
    ck_assert_str_eq (span->text, "");
  }
}
END_TEST

/* Inputs the fuzzer (tests/fuzz) found a crash or a leak with; the
 * sanitizer build of this suite proves they stay fixed. */
START_TEST (test_fuzzer_findings)
{
  g_autofree char *dir_path = ot_test_data_path ("fuzz");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  /* GLib warns where it sets one error over another. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  ck_assert_ptr_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OtLetter) letter = NULL;
      gsize size;

      if (!g_str_has_prefix (name, "letter-"))
        continue;
      ck_assert (g_file_get_contents (path, &data, &size, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&data), size);
      letter = ot_letter_new_from_bytes (bytes, name, &error);
      ck_assert_msg (letter != NULL || g_str_has_prefix (error->message, name),
                     "%s: %s", name, error->message);
      n++;
      if (letter == NULL)
        continue;

      /* What the harness asserts of every letter that loads. */
      ck_assert_ptr_nonnull (ot_letter_get_reference (letter));
      ck_assert_ptr_nonnull (ot_letter_get_date (letter));
      for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
        {
          const OtBlock *block = ot_letter_get_block (letter, i);

          ck_assert (block->kind != OT_BLOCK_FOOTNOTE || block->id != NULL);
          for (guint j = 0; j < block->spans->len; j++)
            {
              const OtSpan *span = g_ptr_array_index (block->spans, j);

              ck_assert_msg (span->text != NULL, "%s: a span without text", name);
              ck_assert_msg (span->kind == OT_SPAN_TEXT || span->ref != NULL,
                             "%s: a mark without a ref", name);
            }
        }
    }
  ck_assert_uint_gt (n, 0);
}
END_TEST

/* The quotation picker offers the letter's sentences: each the letter's
 * own words, together all of the block, and every figure's source sentence
 * is one of them or lies within one. */
START_TEST (test_sentences)
{
  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OtLetter) letter = ot_letter_new_default (lang, &error);
      g_autoptr(OtDataset) dataset = ot_dataset_new_default (&error);
      gboolean found_4000 = FALSE, found_signature = FALSE;

      ck_assert_msg (letter != NULL && dataset != NULL, "%s", error ? error->message : "");
      for (guint i = 0; i < ot_letter_get_n_blocks (letter); i++)
        {
          const OtBlock *block = ot_letter_get_block (letter, i);
          g_auto(GStrv) sentences = ot_letter_dup_sentences (letter, i);
          g_autofree char *joined = g_strjoinv (" ", sentences);
          g_autofree char *squeezed = g_strdup (block->text);

          g_strstrip (squeezed);
          ck_assert_str_eq (joined, squeezed);
          for (guint j = 0; sentences[j] != NULL; j++)
            {
              ck_assert_int_ge (ot_letter_find_text (letter, sentences[j]), 0);
              ck_assert (*sentences[j] != '\0' && !g_ascii_isspace (*sentences[j]));
              found_4000 |= strstr (sentences[j], lang == OT_LANG_NL ? "circa 4.000 Syrische"
                                                                      : "4,000 Syrian") != NULL
                            && g_str_has_suffix (sentences[j], ".");
              /* An initial does not end a sentence. */
              found_signature |= strstr (sentences[j], "A.G. Koenders") != NULL;
            }
        }
      ck_assert (found_4000);
      ck_assert (found_signature);

      for (guint i = 0; i < ot_dataset_get_n_figures (dataset); i++)
        {
          const char *source = ot_figure_get_source (ot_dataset_get_figure (dataset, i), lang);
          int block = source != NULL ? ot_letter_find_text (letter, source) : -1;
          g_auto(GStrv) sentences = NULL;
          gboolean inside = FALSE;

          if (block < 0)
            continue;
          sentences = ot_letter_dup_sentences (letter, (guint) block);
          for (guint j = 0; sentences[j] != NULL; j++)
            inside |= strstr (sentences[j], source) != NULL || strstr (source, sentences[j]) != NULL;
          ck_assert_msg (inside, "%s", source);
        }
    }
}
END_TEST

/* Sentences the splitter must get right beyond the letter's own: a figure
 * before a full stop ends a sentence, an initial (É., in characters) does not. */
START_TEST (test_sentence_edges)
{
  static const char xml[] = "<letter reference=\"r\" date=\"d\"><p>In fase 2. Daarna volgt meer. "
                            "É. Dupont kwam. Zie nr. 155 hierover.</p></letter>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtLetter) letter = ot_letter_new_from_bytes (bytes, "edges.xml", &error);
  g_auto(GStrv) sentences = NULL;

  ck_assert_msg (letter != NULL, "%s", error ? error->message : "");
  sentences = ot_letter_dup_sentences (letter, 0);
  ck_assert_uint_eq (g_strv_length (sentences), 4);
  ck_assert_str_eq (sentences[0], "In fase 2.");
  ck_assert_str_eq (sentences[1], "Daarna volgt meer.");
  ck_assert_str_eq (sentences[2], "É. Dupont kwam.");
  ck_assert_str_eq (sentences[3], "Zie nr. 155 hierover.");
}
END_TEST

static Suite *
letter_suite (void)
{
  Suite *suite = suite_create ("letter");
  TCase *tc = tcase_create ("letter");

  tcase_add_test (tc, test_structure);
  tcase_add_test (tc, test_lists);
  tcase_add_test (tc, test_footnotes);
  tcase_add_test (tc, test_no_pdf_artefacts);
  tcase_add_test (tc, test_every_source_sentence_is_in_the_letter);
  tcase_add_test (tc, test_marks_match_the_data);
  tcase_add_test (tc, test_every_translated_sentence_is_in_the_translation);
  tcase_add_test (tc, test_broken_xml_names_the_place);
  tcase_add_test (tc, test_what_the_view_needs_is_there);
  tcase_add_test (tc, test_fuzzer_findings);
  tcase_add_test (tc, test_sentences);
  tcase_add_test (tc, test_sentence_edges);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (letter_suite ());
}
