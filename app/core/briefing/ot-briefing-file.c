/* ot-briefing-file.c: the .ontheemd file, read within limits and written
 * whole (docs/briefing-format.md)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-briefing"

#include "config.h"

#include <json-glib/json-glib.h>

#include "ot-briefing-private.h"
#include "ot-briefing-scan.h"
#include "ot-charts-enums.h"
#include "ot-enums.h"
#include "ot-export-enums.h"
#include "ot-file-write.h"
#include "ot-letter.h"
#include "ot-resources.h"
#include "ot-text.h"

/* Writing */

static void
add_optional_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_changes (JsonBuilder          *builder,
             const OtChartChanges *changes)
{
  if (changes == NULL)
    return;
  add_optional_string (builder, "title", changes->title);
  add_optional_string (builder, "subtitle", changes->subtitle);
  add_optional_string (builder, "notes", changes->notes);
  add_optional_string (builder, "source", changes->source);
  add_optional_string (builder, "byline", changes->byline);
  add_strv (builder, "highlight", (const char * const *) changes->highlight);
  if (changes->annotations->len == 0)
    return;
  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < changes->annotations->len; i++)
    {
      const OtAnnotation *annotation = g_ptr_array_index (changes->annotations, i);

      json_builder_begin_object (builder);
      if (annotation->element_id != NULL)
        add_optional_string (builder, "element", annotation->element_id);
      else
        {
          json_builder_set_member_name (builder, "year");
          json_builder_add_int_value (builder, annotation->year);
        }
      add_optional_string (builder, "text", annotation->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static int
compare_ids_cb (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Slides by chart id, so the same briefing always writes the same bytes. */
static GPtrArray *
sorted_slide_ids (OtBriefing *self)
{
  GPtrArray *ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, ot_briefing_get_slides (self));
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, key);
  g_ptr_array_sort (ids, compare_ids_cb);
  return ids;
}

GBytes *
ot_briefing_to_bytes (OtBriefing *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  GHashTable *slides;
  GBytes *figures, *events;
  gboolean letter;
  OtExportFormat format;
  int width, height, scale;
  char *text;
  gsize length;

  g_return_val_if_fail (OT_IS_BRIEFING (self), NULL);

  json_builder_begin_object (builder);
  add_optional_string (builder, "format", OT_BRIEFING_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, OT_BRIEFING_VERSION);

  ot_briefing_get_figures (self, &letter, &figures, &events);
  json_builder_set_member_name (builder, "figures");
  json_builder_begin_object (builder);
  add_optional_string (builder, "origin", ot_briefing_get_figures_origin (self));
  json_builder_set_member_name (builder, "letter");
  json_builder_add_boolean_value (builder, letter);
  {
    g_autofree char *csv = bytes_to_string (figures);
    g_autofree char *events_csv = events != NULL ? bytes_to_string (events) : NULL;

    add_optional_string (builder, "figures.csv", csv);
    add_optional_string (builder, "events.csv", events_csv);
  }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "charts");
  json_builder_begin_array (builder);
  for (const char * const *id = ot_briefing_get_chart_ids (self); *id != NULL; id++)
    json_builder_add_string_value (builder, *id);
  json_builder_end_array (builder);

  slides = ot_briefing_get_slides (self);
  ids = sorted_slide_ids (self);
  json_builder_set_member_name (builder, "slides");
  json_builder_begin_object (builder);
  for (guint i = 0; i < ids->len; i++)
    {
      const OtDeckSlide *slide = g_hash_table_lookup (slides, ids->pdata[i]);

      if (ot_chart_changes_is_empty (slide->changes) && slide->quote == NULL
          && slide->speaker_notes == NULL)
        continue;
      json_builder_set_member_name (builder, ids->pdata[i]);
      json_builder_begin_object (builder);
      add_changes (builder, slide->changes);
      add_strv (builder, "quote", (const char * const *) slide->quote);
      add_optional_string (builder, "speaker-notes", slide->speaker_notes);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "title-slide");
  json_builder_begin_object (builder);
  add_optional_string (builder, "title", ot_briefing_get_title (self));
  add_optional_string (builder, "author", ot_briefing_get_author (self));
  if (ot_briefing_get_date (self) != NULL)
    {
      g_autofree char *date = g_date_time_format (ot_briefing_get_date (self), "%Y-%m-%d");

      add_optional_string (builder, "date", date);
    }
  json_builder_end_object (builder);

  add_optional_string (builder, "lang", ot_lang_to_code (ot_briefing_get_lang (self)));
  add_optional_string (builder, "theme", ot_enum_to_nick (OT_TYPE_THEME, ot_briefing_get_theme (self)));

  ot_briefing_get_export (self, &format, &width, &height, &scale);
  json_builder_set_member_name (builder, "export");
  json_builder_begin_object (builder);
  add_optional_string (builder, "format", ot_enum_to_nick (OT_TYPE_EXPORT_FORMAT, format));
  json_builder_set_member_name (builder, "width");
  json_builder_add_int_value (builder, width);
  json_builder_set_member_name (builder, "height");
  json_builder_add_int_value (builder, height);
  json_builder_set_member_name (builder, "scale");
  json_builder_add_int_value (builder, scale);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

gboolean
ot_briefing_save (OtBriefing    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (OT_IS_BRIEFING (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ot_briefing_to_bytes (self);
  return ot_file_write_bytes (file, bytes, cancellable, error);
}

/* Reading */

typedef struct
{
  const char *name;   /* the file, as messages name it */
  GError    **error;
  OtLetter   *letters[OT_N_LANGS]; /* read when a quote is checked */
} Reader;

/* A quoted passage is the letter's words, in either language; @letters
 * (one per language, read when first needed) are the caller's to free. */
static gboolean
letters_have_text (OtLetter   *letters[OT_N_LANGS],
                   const char *passage)
{
  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    {
      if (letters[lang] == NULL)
        letters[lang] = ot_letter_new_default (lang, NULL);
      if (letters[lang] != NULL && ot_letter_find_text (letters[lang], passage) >= 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_letter_text (Reader     *self,
                const char *passage)
{
  return letters_have_text (self->letters, passage);
}

gboolean
ot_briefing_is_letter_quote (const char * const *passages)
{
  OtLetter *letters[OT_N_LANGS] = { NULL };
  gboolean ok = TRUE;

  for (guint i = 0; ok && passages != NULL && passages[i] != NULL; i++)
    ok = i < OT_BRIEFING_MAX_QUOTES && *passages[i] != '\0'
         && strlen (passages[i]) <= OT_DATASET_MAX_SOURCE_LENGTH
         && letters_have_text (letters, passages[i]);
  for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
    g_clear_object (&letters[lang]);
  return ok;
}

static gboolean
invalid (Reader     *self,
         const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

/* "b.ontheemd: slides › trend › title: expected a text" */
static gboolean
invalid (Reader     *self,
         const char *path,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (self->error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_INVALID, "%s: %s: %s",
               self->name, path, message);
  return FALSE;
}

static char *
member_path (const char *parent,
             const char *member)
{
  g_autofree char *visible = ot_text_make_visible (member);

  return parent != NULL ? g_strdup_printf ("%s › %s", parent, visible) : g_steal_pointer (&visible);
}

/* Each member of @object must be one of @known. */
static gboolean
check_members (Reader             *self,
               JsonObject         *object,
               const char         *path,
               const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        g_autofree char *at = member_path (path, l->data);

        return invalid (self, at, ot_msg ("not part of a briefing"));
      }
  return TRUE;
}

static gboolean
get_object (Reader      *self,
            JsonObject  *parent,
            const char  *parent_path,
            const char  *member,
            JsonObject **out_object)
{
  JsonNode *node = json_object_get_member (parent, member);
  g_autofree char *path = member_path (parent_path, member);

  *out_object = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (self, path, ot_msg ("expected an object, in braces"));
  *out_object = json_node_get_object (node);
  return TRUE;
}

/* An absent or null text is NULL; @max_chars 0: no limit but the file's. */
static gboolean
get_text (Reader      *self,
          JsonObject  *parent,
          const char  *parent_path,
          const char  *member,
          glong        max_chars,
          char       **out_text)
{
  JsonNode *node = json_object_get_member (parent, member);
  g_autofree char *path = member_path (parent_path, member);
  const char *text;

  g_clear_pointer (out_text, g_free);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (self, path, ot_msg ("expected a text, in double quotes"));
  text = json_node_get_string (node);
  if (max_chars > 0 && g_utf8_strlen (text, -1) > max_chars)
    return invalid (self, path, ot_msg ("longer than %ld characters"), max_chars);
  if (memchr (text, '\0', strlen (text)) != NULL)
    return invalid (self, path, ot_msg ("expected a text, in double quotes"));
  *out_text = g_strdup (text);
  return TRUE;
}

static gboolean
get_int (Reader     *self,
         JsonObject *parent,
         const char *parent_path,
         const char *member,
         gint64      min,
         gint64      max,
         gint64     *out_value)
{
  JsonNode *node = json_object_get_member (parent, member);
  g_autofree char *path = member_path (parent_path, member);
  gint64 value;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (self, path, ot_msg ("expected a whole number"));
  value = json_node_get_int (node);
  if (value < min || value > max)
    return invalid (self, path, ot_msg ("expected a whole number from %d to %d"), (int) min,
                    (int) max);
  *out_value = value;
  return TRUE;
}

static gboolean
get_texts (Reader      *self,
           JsonObject  *parent,
           const char  *parent_path,
           const char  *member,
           guint        max_count,
           glong        max_chars,
           GStrv       *out_texts)
{
  JsonNode *node = json_object_get_member (parent, member);
  g_autofree char *path = member_path (parent_path, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *out_texts = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (self, path, ot_msg ("expected a list of texts, in brackets"));
  array = json_node_get_array (node);
  if (json_array_get_length (array) > max_count)
    return invalid (self, path, ot_msg ("more than %u texts"), max_count);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return invalid (self, path, ot_msg ("expected a list of texts, in brackets"));
      text = json_node_get_string (item);
      if (*text == '\0' || g_utf8_strlen (text, -1) > max_chars)
        return invalid (self, path, ot_msg ("each text must have 1 to %ld characters"), max_chars);
      g_strv_builder_add (builder, text);
    }
  *out_texts = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_annotations (Reader         *self,
                  JsonObject     *slide,
                  const char     *path,
                  OtChartChanges *changes)
{
  static const char * const known[] = { "element", "year", "text", NULL };
  JsonNode *node = json_object_get_member (slide, "annotations");
  g_autofree char *at = member_path (path, "annotations");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (self, at, ot_msg ("expected a list of notes, in brackets"));
  array = json_node_get_array (node);
  if (json_array_get_length (array) > OT_CHART_CHANGES_MAX_ANNOTATIONS)
    return invalid (self, at, ot_msg ("more than %u notes"), OT_CHART_CHANGES_MAX_ANNOTATIONS);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *item_path = g_strdup_printf ("%s › %u", at, i + 1);
      g_autofree char *element = NULL;
      g_autofree char *text = NULL;
      gint64 year = 0;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return invalid (self, item_path, ot_msg ("expected an object, in braces"));
      object = json_node_get_object (item);
      if (!check_members (self, object, item_path, known)
          || !get_text (self, object, item_path, "element", OT_DATASET_MAX_ID_LENGTH, &element)
          || !get_int (self, object, item_path, "year", 1, 9999, &year)
          || !get_text (self, object, item_path, "text", OT_CHART_CHANGES_MAX_ANNOTATION, &text))
        return FALSE;
      if ((element == NULL) == (year == 0))
        return invalid (self, item_path, ot_msg ("a note is on an element or on a year: give one"));
      if (text == NULL || *text == '\0')
        return invalid (self, item_path, ot_msg ("a note needs a text"));
      ot_chart_changes_add_annotation (changes, element, (guint) year, text);
    }
  return TRUE;
}

static gboolean
read_slide (Reader      *self,
            OtBriefing  *briefing,
            const char  *chart_id,
            JsonNode    *node)
{
  static const char * const known[] = {
    "title", "subtitle", "notes", "source", "byline", "highlight", "annotations", "quote",
    "speaker-notes", NULL
  };
  g_autofree char *path = member_path ("slides", chart_id);
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
  g_auto(GStrv) quote = NULL;
  g_autofree char *speaker_notes = NULL;
  JsonObject *object;
  OtDeckSlide *slide;

  if (ot_chart_lookup (chart_id) == NULL)
    return invalid (self, path, ot_msg ("no chart has this id"));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (self, path, ot_msg ("expected an object, in braces"));
  object = json_node_get_object (node);
  if (!check_members (self, object, path, known)
      || !get_text (self, object, path, "title", OT_CHART_CHANGES_MAX_TEXT, &changes->title)
      || !get_text (self, object, path, "subtitle", OT_CHART_CHANGES_MAX_TEXT, &changes->subtitle)
      || !get_text (self, object, path, "notes", OT_CHART_CHANGES_MAX_TEXT, &changes->notes)
      || !get_text (self, object, path, "source", OT_CHART_CHANGES_MAX_TEXT, &changes->source)
      || !get_text (self, object, path, "byline", OT_CHART_CHANGES_MAX_TEXT, &changes->byline)
      || !get_texts (self, object, path, "highlight", OT_CHART_CHANGES_MAX_HIGHLIGHT,
                     OT_DATASET_MAX_ID_LENGTH, &changes->highlight)
      || !read_annotations (self, object, path, changes)
      || !get_texts (self, object, path, "quote", OT_BRIEFING_MAX_QUOTES,
                     OT_DATASET_MAX_SOURCE_LENGTH, &quote)
      || !get_text (self, object, path, "speaker-notes", OT_CHART_CHANGES_MAX_TEXT, &speaker_notes))
    return FALSE;

  for (guint i = 0; quote != NULL && quote[i] != NULL; i++)
    if (!is_letter_text (self, quote[i]))
      {
        g_autofree char *at = member_path (path, "quote");

        return invalid (self, at, ot_msg ("passage %u is not the letter's words"), i + 1);
      }

  slide = g_new0 (OtDeckSlide, 1);
  slide->changes = ot_chart_changes_is_empty (changes) ? NULL : g_steal_pointer (&changes);
  slide->quote = g_steal_pointer (&quote);
  slide->speaker_notes = speaker_notes != NULL && *speaker_notes != '\0'
                         ? g_steal_pointer (&speaker_notes) : NULL;
  ot_briefing_take_slide (briefing, chart_id, slide);
  return TRUE;
}

static GBytes *
string_bytes (const char *text)
{
  return text != NULL ? g_bytes_new (text, strlen (text)) : NULL;
}

/* The letter's own files come back as the letter (its dates, its series);
 * anything else is read by the figures reader, which words its errors. */
static OtDataset *
read_dataset (Reader     *self,
              gboolean    letter,
              GBytes     *figures,
              GBytes     *events)
{
  g_autoptr(GBytes) own_figures = ot_resources_lookup ("figures.csv");
  g_autoptr(GBytes) own_events = ot_resources_lookup ("events.csv");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *figures_name = g_strdup_printf ("%s › figures.csv", self->name);
  g_autofree char *events_name = g_strdup_printf ("%s › events.csv", self->name);

  if (letter && g_bytes_equal (figures, own_figures) && events != NULL
      && g_bytes_equal (events, own_events))
    return ot_dataset_new_default (self->error);

  stream = g_memory_input_stream_new_from_bytes (figures);
  dataset = ot_dataset_new_from_stream (stream, figures_name, NULL, &local_error);
  if (dataset != NULL && events != NULL)
    {
      g_autoptr(GInputStream) events_stream = g_memory_input_stream_new_from_bytes (events);

      if (!ot_dataset_load_events (dataset, events_stream, events_name, NULL, &local_error))
        g_clear_object (&dataset);
    }
  if (dataset == NULL)
    {
      g_set_error_literal (self->error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_FIGURES,
                           local_error->message);
      return NULL;
    }
  return g_steal_pointer (&dataset);
}

static gboolean
read_nick (Reader     *self,
           JsonObject *object,
           const char *parent_path,
           const char *member,
           GType       type,
           int        *out_value)
{
  g_autofree char *nick = NULL;
  g_autofree char *path = member_path (parent_path, member);

  if (!get_text (self, object, parent_path, member, 64, &nick))
    return FALSE;
  if (nick != NULL && !ot_enum_from_nick (type, nick, out_value))
    return invalid (self, path, ot_msg ("“%s” is not one of the choices"), nick);
  return TRUE;
}

static OtBriefing *
read_briefing (Reader     *self,
               JsonObject *root)
{
  static const char * const known[] = {
    "format", "version", "figures", "charts", "slides", "title-slide", "lang", "theme",
    "export", NULL
  };
  static const char * const known_figures[] = { "origin", "letter", "figures.csv", "events.csv", NULL };
  static const char * const known_title[] = { "title", "author", "date", NULL };
  static const char * const known_export[] = { "format", "width", "height", "scale", NULL };
  g_autofree char *format = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *figures_csv = NULL;
  g_autofree char *events_csv = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *lang_code = NULL;
  g_autoptr(GBytes) figures = NULL;
  g_autoptr(GBytes) events = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(OtBriefing) briefing = NULL;
  g_auto(GStrv) chart_ids = NULL;
  JsonObject *figures_object, *slides, *title_slide, *export;
  JsonNode *letter_node;
  gint64 version = 0, width = 0, height = 0, scale = 0;
  int theme = OT_THEME_LIGHT, export_format = OT_EXPORT_PNG;
  OtLang lang = OT_LANG_NL;

  if (!get_text (self, root, NULL, "format", 64, &format))
    return NULL;
  if (g_strcmp0 (format, OT_BRIEFING_FORMAT) != 0)
    {
      g_set_error (self->error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_INVALID,
                   ot_msg ("%s: not an Ontheemd briefing: “format” is not “%s”"), self->name,
                   OT_BRIEFING_FORMAT);
      return NULL;
    }
  if (!get_int (self, root, NULL, "version", 1, G_MAXINT32, &version))
    return NULL;
  if (version == 0)
    {
      invalid (self, "version", ot_msg ("missing"));
      return NULL;
    }
  if (version > OT_BRIEFING_VERSION)
    {
      g_set_error (self->error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_VERSION,
                   ot_msg ("%s: written by a newer Ontheemd (briefing version %d); this one reads "
                           "version %d. Update Ontheemd to open it."),
                   self->name, (int) version, OT_BRIEFING_VERSION);
      return NULL;
    }
  if (!check_members (self, root, NULL, known))
    return NULL;

  if (!get_object (self, root, NULL, "figures", &figures_object))
    return NULL;
  if (figures_object == NULL)
    {
      invalid (self, "figures", ot_msg ("missing"));
      return NULL;
    }
  if (!check_members (self, figures_object, "figures", known_figures)
      || !get_text (self, figures_object, "figures", "origin", 4096, &origin)
      || !get_text (self, figures_object, "figures", "figures.csv", 0, &figures_csv)
      || !get_text (self, figures_object, "figures", "events.csv", 0, &events_csv))
    return NULL;
  if (figures_csv == NULL)
    {
      invalid (self, "figures › figures.csv", ot_msg ("missing"));
      return NULL;
    }
  letter_node = json_object_get_member (figures_object, "letter");
  if (letter_node != NULL
      && (!JSON_NODE_HOLDS_VALUE (letter_node) || json_node_get_value_type (letter_node) != G_TYPE_BOOLEAN))
    {
      invalid (self, "figures › letter", ot_msg ("expected true or false"));
      return NULL;
    }
  figures = string_bytes (figures_csv);
  events = string_bytes (events_csv);
  dataset = read_dataset (self, letter_node != NULL && json_node_get_boolean (letter_node),
                          figures, events);
  if (dataset == NULL)
    return NULL;
  briefing = ot_briefing_new_embedded (dataset, origin, ot_dataset_is_letter (dataset), figures, events);

  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    if (!get_texts (self, root, NULL, "charts", OT_BRIEFING_MAX_CHARTS, OT_DATASET_MAX_ID_LENGTH,
                    &chart_ids))
      return NULL;
    for (guint i = 0; chart_ids != NULL && chart_ids[i] != NULL; i++)
      {
        g_autofree char *visible = ot_text_make_visible (chart_ids[i]);

        if (ot_chart_lookup (chart_ids[i]) == NULL)
          {
            invalid (self, "charts", ot_msg ("no chart has the id “%s”"), visible);
            return NULL;
          }
        if (!g_hash_table_add (seen, chart_ids[i]))
          {
            invalid (self, "charts", ot_msg ("“%s” is listed twice"), visible);
            return NULL;
          }
      }
    if (chart_ids != NULL)
      ot_briefing_load_chart_ids (briefing, (const char * const *) chart_ids);
  }

  if (!get_object (self, root, NULL, "slides", &slides))
    return NULL;
  if (slides != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (slides);

      if (g_list_length (members) > OT_BRIEFING_MAX_CHARTS)
        {
          invalid (self, "slides", ot_msg ("more than %u slides"), OT_BRIEFING_MAX_CHARTS);
          return NULL;
        }
      for (GList *l = members; l != NULL; l = l->next)
        if (!read_slide (self, briefing, l->data, json_object_get_member (slides, l->data)))
          return NULL;
    }

  if (!get_object (self, root, NULL, "title-slide", &title_slide))
    return NULL;
  if (title_slide != NULL
      && (!check_members (self, title_slide, "title-slide", known_title)
          || !get_text (self, title_slide, "title-slide", "title", OT_CHART_CHANGES_MAX_TEXT, &title)
          || !get_text (self, title_slide, "title-slide", "author", OT_CHART_CHANGES_MAX_TEXT, &author)
          || !get_text (self, title_slide, "title-slide", "date", 10, &date_text)))
    return NULL;
  if (date_text != NULL)
    {
      g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date_text);

      if (strlen (date_text) != 10 || (date = g_date_time_new_from_iso8601 (iso, NULL)) == NULL)
        {
          invalid (self, "title-slide › date", ot_msg ("expected a date as 2016-09-08"));
          return NULL;
        }
    }
  ot_briefing_load_title_slide (briefing, title, author, date);

  if (!get_text (self, root, NULL, "lang", 8, &lang_code))
    return NULL;
  if (lang_code != NULL && !ot_lang_parse (lang_code, &lang))
    {
      invalid (self, "lang", ot_msg ("expected “nl” or “en”"));
      return NULL;
    }
  if (!read_nick (self, root, NULL, "theme", OT_TYPE_THEME, &theme))
    return NULL;
  if (!get_object (self, root, NULL, "export", &export))
    return NULL;
  if (export != NULL
      && (!check_members (self, export, "export", known_export)
          || !read_nick (self, export, "export", "format", OT_TYPE_EXPORT_FORMAT, &export_format)
          || !get_int (self, export, "export", "width", 0, OT_EXPORT_MAX_SIZE, &width)
          || !get_int (self, export, "export", "height", 0, OT_EXPORT_MAX_SIZE, &height)
          || !get_int (self, export, "export", "scale", 0, OT_EXPORT_MAX_SCALE, &scale)))
    return NULL;
  ot_briefing_load_settings (briefing, lang, theme, export_format, width, height, scale);

  return g_steal_pointer (&briefing);
}

OtBriefing *
ot_briefing_load_from_bytes (GBytes     *bytes,
                             const char *display_name,
                             GError    **error)
{
  static const OtJsonLimits limits = {
    OT_BRIEFING_MAX_DEPTH, OT_BRIEFING_MAX_STRING, OT_BRIEFING_MAX_MEMBERS
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  Reader reader;
  const char *data;
  gsize size;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = ot_text_make_visible (display_name != NULL ? display_name : "briefing.ontheemd");
  reader = (Reader) { name, error, { NULL } };
  data = g_bytes_get_data (bytes, &size);
  if (size > OT_BRIEFING_MAX_BYTES)
    {
      g_set_error (error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_LIMIT,
                   ot_msg ("%s: the file is larger than %u MB, the most Ontheemd reads"),
                   name, OT_BRIEFING_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!ot_json_scan (data, size, name, &limits, error))
    return NULL;
  /* The checker passed it, so the parser cannot fail but for memory. */
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_SYNTAX, "%s: %s", name,
                   ot_msg ("not a briefing file"));
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_INVALID,
                   ot_msg ("%s: not an Ontheemd briefing: expected an object, in braces"), name);
      return NULL;
    }
  {
    OtBriefing *briefing = read_briefing (&reader, json_node_get_object (root));

    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      g_clear_object (&reader.letters[lang]);
    return briefing;
  }
}

/* Read no more than the limit, whatever the file claims its size is. */
OtBriefing *
ot_briefing_load (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  {
    g_autofree char *parse_name = g_file_get_parse_name (file);

    name = ot_text_make_visible (parse_name);
  }

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   ot_msg ("%s: is a folder; expected a briefing"), name);
      return NULL;
    }
  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, ot_msg ("%s: no such file"), name);
      else
        g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                     ot_msg_for_error (local_error));
      return NULL;
    }
  for (;;)
    {
      guint8 chunk[65536];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable,
                                      &local_error);

      if (n < 0)
        {
          g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                       ot_msg_for_error (local_error));
          return NULL;
        }
      if (n == 0)
        break;
      if (buffer->len + (gsize) n > OT_BRIEFING_MAX_BYTES)
        {
          g_set_error (error, OT_BRIEFING_ERROR, OT_BRIEFING_ERROR_LIMIT,
                       ot_msg ("%s: the file is larger than %u MB, the most Ontheemd reads"),
                       name, OT_BRIEFING_MAX_BYTES / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (buffer, chunk, n);
    }
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  return ot_briefing_load_from_bytes (bytes, name, error);
}
