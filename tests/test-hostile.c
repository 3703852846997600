/* test-hostile.c: what users will feed the figures loader, and what it says
 *
 * tests/data/bad/NAME.csv is refused with exactly the message in
 * NAME.expected (or, where that starts with "warning: ", loads with exactly
 * that warning), and in Dutch, as the language of messages, with exactly
 * the message in NAME.expected-nl; tests/data/good/ holds unusual files that
 * must load. A new case is a new trio of files, no new code. The huge inputs are generated
 * here as streams, never written out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "ot-csv.h"
#include "ot-dataset.h"
#include "ot-test.h"

#define HEADER "id,value,unit,qualifier,date,label_nl,label_en,parent,source\n"

static char *
read_expected (const char *path)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  g_strchomp (text);
  return g_steal_pointer (&text);
}

/* Loads through a stream named by the base name, so messages do not depend
 * on where the tree is checked out. */
static OtDataset *
load_fixture (const char *path,
              const char *name,
              GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);

  if (stream == NULL)
    return NULL;
  return ot_dataset_new_from_stream (G_INPUT_STREAM (stream), name, NULL, error);
}

/* Every file of the corpus, in the language of messages @lang. */
static void
check_bad_corpus (OtLang lang)
{
  static const char *suffixes[OT_N_LANGS] = { [OT_LANG_EN] = "expected",
                                              [OT_LANG_NL] = "expected-nl" };
  g_autofree char *dir_path = ot_test_data_path ("bad");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GString) wrong = g_string_new (NULL);
  const char *name;
  guint n = 0;

  ck_assert_ptr_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *stem = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OtDataset) dataset = NULL;
      g_autofree char *got = NULL;

      if (!g_str_has_suffix (name, ".csv"))
        continue;
      n++;
      stem = g_strndup (name, strlen (name) - strlen (".csv"));
      expected_path = g_strdup_printf ("%s/%s.%s", dir_path, stem, suffixes[lang]);
      expected = read_expected (expected_path);

      ot_messages_set_lang (lang);
      dataset = load_fixture (path, name, &error);
      if (dataset == NULL)
        got = g_strdup (error->message);
      else if (ot_dataset_get_warnings (dataset)[0] != NULL)
        /* As the command line says it. */
        got = g_strdup_printf (ot_msg ("warning: %s"), ot_dataset_get_warnings (dataset)[0]);
      else
        got = g_strdup ("(loads without a word)");
      ot_messages_set_lang (OT_LANG_EN);

      /* Every mismatch at once, so one run shows them all. */
      if (g_strcmp0 (expected, got) != 0)
        g_string_append_printf (wrong, "\n%s:\n  expected %s\n  got      %s", name,
                                expected != NULL ? expected : "(no expected file)", got);
    }

  /* Check cuts long messages short; the whole list goes to the log. */
  if (wrong->len > 0)
    fprintf (stderr, "%s\n", wrong->str);  /* as bytes: g_printerr would transliterate */
  ck_assert_msg (wrong->len == 0, "the corpus gave other messages than expected in %s (see "
                 "above)", ot_lang_to_code (lang));
  ck_assert_uint_ge (n, 40);
}

START_TEST (test_bad_corpus)
{
  check_bad_corpus (OT_LANG_EN);
}
END_TEST

/* The same messages in Dutch: no word of them left in English, and the
 * file, line and column where they are. */
START_TEST (test_bad_corpus_in_dutch)
{
  check_bad_corpus (OT_LANG_NL);
}
END_TEST

START_TEST (test_good_corpus)
{
  g_autofree char *dir_path = ot_test_data_path ("good");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  ck_assert_ptr_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(OtDataset) dataset = load_fixture (path, name, &error);

      ck_assert_msg (dataset != NULL, "%s", error != NULL ? error->message : name);
      ck_assert_msg (ot_dataset_get_warnings (dataset)[0] == NULL, "%s",
                     ot_dataset_get_warnings (dataset)[0]);
      ck_assert_str_eq (ot_dataset_get_figure (dataset, 0)->id, "total");
      ck_assert_double_eq (ot_dataset_get_figure (dataset, 0)->value, 65300000);
      n++;
    }
  ck_assert_uint_ge (n, 4);
}
END_TEST

START_TEST (test_good_quoted_fields_keep_commas_and_newlines)
{
  g_autofree char *path = ot_test_data_path ("good/quoted-commas-newlines.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = load_fixture (path, "q.csv", &error);
  const OtFigure *total;

  ck_assert_ptr_nonnull (dataset);
  total = ot_dataset_lookup_figure (dataset, "total");
  ck_assert_str_eq (total->label[OT_LANG_NL], "Totaal, wereldwijd");
  ck_assert_str_eq (total->label[OT_LANG_EN], "Total,\nworldwide");
  ck_assert_str_eq (total->source,
                    "Op dit moment zijn 65,3 miljoen mensen \"ontheemd\"\nof op de vlucht.");
}
END_TEST

/* Paths that are not figures files at all go through the file loader. */

static char *tmpdir;

static void
setup (void)
{
  tmpdir = ot_test_make_tmpdir ("ot-hostile");
}

static void
teardown (void)
{
  ot_test_remove_tmpdir (&tmpdir);
}

static void
expect_file_error (const char *path,
                   const char *message_after_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = ot_dataset_new_from_file (file, NULL, &error);
  g_autofree char *expected = g_strdup_printf ("%s: %s", path, message_after_path);

  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, expected);
}

START_TEST (test_folder)
{
  expect_file_error (tmpdir, "is a folder; expected a figures file");
}
END_TEST

START_TEST (test_fifo_does_not_hang)
{
  g_autofree char *path = g_build_filename (tmpdir, "figures.csv", NULL);

  /* Opening a FIFO with no writer would wait for ever. */
  ck_assert_int_eq (mkfifo (path, 0600), 0);
  expect_file_error (path, "is a device, a pipe or a socket, not a file; expected a figures "
                           "file");
}
END_TEST

START_TEST (test_dev_zero)
{
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    return;
  expect_file_error ("/dev/zero", "is a device, a pipe or a socket, not a file; expected a "
                                  "figures file");

  /* Read as a stream anyway, it ends at the first byte, not at the memory's end. */
  stream = g_file_read (zero, NULL, &error);
  ck_assert_ptr_nonnull (stream);
  dataset = ot_dataset_new_from_stream (G_INPUT_STREAM (stream), "zero", NULL, &error);
  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, "zero:1:1: a NUL byte; this is not a text file (or it is "
                                  "UTF-16: save it as UTF-8)");
}
END_TEST

START_TEST (test_missing_path)
{
  g_autofree char *path = g_build_filename (tmpdir, "nope", "figures.csv", NULL);

  expect_file_error (path, "no such file");
}
END_TEST

START_TEST (test_300_mb_file_is_refused_unread)
{
  g_autofree char *path = g_build_filename (tmpdir, "huge.csv", NULL);

  /* Sparse: 300 MB on paper, nothing on the disk. */
  ot_test_make_sparse_file (path, (goffset) 300 * 1000 * 1000);
  expect_file_error (path, "the file is larger than 16 MB, the most Ontheemd reads");
}
END_TEST

/* A stream of made-up bytes: a head, then piece after piece from a
 * function, for as long as asked; nothing is kept but the current piece. */

typedef void (*PieceFunc) (GString *out, guint64 index);

#define OT_TYPE_TEST_GENERATOR (ot_test_generator_get_type ())
G_DECLARE_FINAL_TYPE (OtTestGenerator, ot_test_generator, OT, TEST_GENERATOR, GInputStream)

struct _OtTestGenerator
{
  GInputStream parent_instance;

  PieceFunc    piece_func;
  guint64      n_pieces;
  guint64      index;
  GString     *pending;
  gsize        offset;
  guint64      bytes_given;
};

G_DEFINE_FINAL_TYPE (OtTestGenerator, ot_test_generator, G_TYPE_INPUT_STREAM)

static gssize
ot_test_generator_read (GInputStream  *stream,
                        void          *buffer,
                        gsize          count,
                        GCancellable  *cancellable,
                        GError       **error)
{
  OtTestGenerator *self = OT_TEST_GENERATOR (stream);
  gsize n;

  while (self->offset == self->pending->len)
    {
      if (self->index == self->n_pieces)
        return 0;
      g_string_truncate (self->pending, 0);
      self->offset = 0;
      self->piece_func (self->pending, self->index++);
    }

  n = MIN (count, self->pending->len - self->offset);
  memcpy (buffer, self->pending->str + self->offset, n);
  self->offset += n;
  self->bytes_given += n;
  return n;
}

static void
ot_test_generator_finalize (GObject *object)
{
  g_string_free (OT_TEST_GENERATOR (object)->pending, TRUE);
  G_OBJECT_CLASS (ot_test_generator_parent_class)->finalize (object);
}

static void
ot_test_generator_class_init (OtTestGeneratorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_test_generator_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = ot_test_generator_read;
}

static void
ot_test_generator_init (OtTestGenerator *self)
{
  self->pending = g_string_new (NULL);
}

static GInputStream *
generator_new (PieceFunc piece_func,
               guint64   n_pieces)
{
  OtTestGenerator *self = g_object_new (OT_TYPE_TEST_GENERATOR, NULL);

  self->piece_func = piece_func;
  self->n_pieces = n_pieces;
  return G_INPUT_STREAM (self);
}

static glong
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* Loads the stream and checks what it says, how much it read, and that
 * memory stayed bounded: far less than the stream, whatever its size. */
static void
expect_stream_error (GInputStream *stream,
                     const char   *name,
                     const char   *expected,
                     guint64       max_bytes_read)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  glong before = peak_rss_kb ();
  gint64 start = g_get_monotonic_time ();

  dataset = ot_dataset_new_from_stream (stream, name, NULL, &error);
  ck_assert_ptr_null (dataset);
  ot_assert_error_message (error, expected);
  ck_assert_msg (g_error_matches (error, OT_CSV_ERROR, OT_CSV_ERROR_TOO_LARGE)
                 || g_error_matches (error, OT_DATASET_ERROR, OT_DATASET_ERROR_TOO_LARGE),
                 "%s", expected);
  ck_assert_uint_le (OT_TEST_GENERATOR (stream)->bytes_given, max_bytes_read);
  ck_assert_int_lt (peak_rss_kb () - before, 64 * 1024);
  ck_assert_int_lt (g_get_monotonic_time () - start, 20 * G_USEC_PER_SEC);
}

static void
header_then_blank_lines (GString *out,
                         guint64  index)
{
  if (index == 0)
    g_string_append (out, HEADER);
  else
    {
      /* 1 MB of line ends a piece. */
      g_string_set_size (out, 1000 * 1000);
      memset (out->str, '\n', out->len);
    }
}

START_TEST (test_300_mb_stream)
{
  g_autoptr(GInputStream) stream = generator_new (header_then_blank_lines, 1 + 300);

  expect_stream_error (stream, "huge.csv",
                       "huge.csv: the file is larger than 16 MB, the most Ontheemd reads",
                       OT_CSV_MAX_FILE_SIZE + 64 * 1024);
}
END_TEST

static void
one_10_mb_field (GString *out,
                 guint64  index)
{
  if (index == 0)
    g_string_append (out, HEADER "total,65300000,people,,,Totaal,Total,,\"");
  else if (index <= 10)
    {
      g_string_set_size (out, 1000 * 1000);
      memset (out->str, 'x', out->len);
    }
  else
    g_string_append (out, "\"\n");
}

START_TEST (test_10_mb_field)
{
  g_autoptr(GInputStream) stream = generator_new (one_10_mb_field, 12);

  expect_stream_error (stream, "field.csv",
                       "field.csv:2:39: the field is longer than 64 KB, the most a field may "
                       "hold", 256 * 1024);
}
END_TEST

static void
a_million_rows (GString *out,
                guint64  index)
{
  if (index == 0)
    g_string_append (out, HEADER);
  else
    g_string_append_printf (out, "figure-%07" G_GUINT64_FORMAT ",1000,people,,,Deel,Part,,"
                            "Een zin.\n", index);
}

START_TEST (test_a_million_rows)
{
  g_autoptr(GInputStream) stream = generator_new (a_million_rows, 1 + 1000 * 1000);

  /* Refused at the first figure too many, not at the end of the stream. */
  expect_stream_error (stream, "rows.csv",
                       "rows.csv:102:1: more than 100 figures; a figures file holds at most "
                       "100, as many as a chart can show", 128 * 1024);
}
END_TEST

/* At the limits, and just under them, a file still loads, and fast. */
static void
rows_in_one_chain (GString *out,
                   guint64  index)
{
  if (index == 0)
    g_string_append (out, HEADER);
  else if (index == 1)
    g_string_append (out, "f1,1000,people,,,Deel,Part,,Een zin.\n");
  else
    g_string_append_printf (out, "f%" G_GUINT64_FORMAT ",1000,people,,,Deel,Part,f%"
                            G_GUINT64_FORMAT ",Een zin.\n", index, index - 1);
}

START_TEST (test_as_many_rows_as_allowed_load_fast)
{
  g_autoptr(GInputStream) stream = generator_new (rows_in_one_chain, 1 + OT_DATASET_MAX_FIGURES);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  gint64 start = g_get_monotonic_time ();

  /* One chain of 100 parents: the checks must not walk it 100 times. */
  dataset = ot_dataset_new_from_stream (stream, "chain.csv", NULL, &error);
  ck_assert_msg (dataset != NULL, "%s", error->message);
  ck_assert_uint_eq (ot_dataset_get_n_figures (dataset), OT_DATASET_MAX_FIGURES);
  ck_assert_str_eq (ot_dataset_find_breakdown (dataset)->id, "f1");
  ck_assert_int_lt (g_get_monotonic_time () - start, 5 * G_USEC_PER_SEC);
}
END_TEST

static Suite *
hostile_suite (void)
{
  Suite *suite = suite_create ("hostile");
  TCase *corpus = tcase_create ("corpus");
  TCase *paths = tcase_create ("paths");
  TCase *huge = tcase_create ("huge");

  tcase_add_test (corpus, test_bad_corpus);
  tcase_add_test (corpus, test_bad_corpus_in_dutch);
  tcase_add_test (corpus, test_good_corpus);
  tcase_add_test (corpus, test_good_quoted_fields_keep_commas_and_newlines);
  suite_add_tcase (suite, corpus);

  tcase_add_checked_fixture (paths, setup, teardown);
  tcase_add_test (paths, test_folder);
  tcase_add_test (paths, test_fifo_does_not_hang);
  tcase_add_test (paths, test_dev_zero);
  tcase_add_test (paths, test_missing_path);
  tcase_add_test (paths, test_300_mb_file_is_refused_unread);
  suite_add_tcase (suite, paths);

  tcase_set_timeout (huge, 60);
  tcase_add_test (huge, test_300_mb_stream);
  tcase_add_test (huge, test_10_mb_field);
  tcase_add_test (huge, test_a_million_rows);
  tcase_add_test (huge, test_as_many_rows_as_allowed_load_fast);
  suite_add_tcase (suite, huge);

  return suite;
}

int
main (void)
{
  return ot_test_run (hostile_suite ());
}
