/* ot-cli-changes.c: one-off edits from the command line
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-cli"

#include "config.h"

#include <string.h>

#include "ot-cli-changes.h"

void
ot_cli_edits_clear (OtCliEdits *edits)
{
  g_clear_pointer (&edits->title, g_free);
  g_clear_pointer (&edits->subtitle, g_free);
  g_clear_pointer (&edits->note, g_free);
  g_clear_pointer (&edits->source, g_free);
  g_clear_pointer (&edits->byline, g_free);
  g_clear_pointer (&edits->highlight, g_strfreev);
  g_clear_pointer (&edits->annotate, g_strfreev);
}

gboolean
ot_cli_edits_any (const OtCliEdits *edits)
{
  return edits->title != NULL || edits->subtitle != NULL || edits->note != NULL
         || edits->source != NULL || edits->byline != NULL || edits->highlight != NULL
         || edits->annotate != NULL;
}

static gboolean
check_id (const char         *option,
          const char         *id,
          const OtChart      *chart,
          const char * const *ids,
          GError            **error)
{
  g_autofree char *valid = NULL;

  if (g_strv_contains (ids, id))
    return TRUE;
  valid = g_strjoinv (", ", (GStrv) ids);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               ot_msg ("%s: the chart “%s” has no element “%s”; its elements are: %s"), option,
               chart->id, id, valid);
  return FALSE;
}

static gboolean
check_length (const char *option,
              const char *text,
              glong       max,
              GError    **error)
{
  if (g_utf8_strlen (text, -1) <= max)
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               ot_msg ("%s is longer than %ld characters"), option, max);
  return FALSE;
}

static gboolean
set_text (const char  *option,
          const char  *value,
          char       **field,
          GError     **error)
{
  if (value == NULL)
    return TRUE;
  if (!check_length (option, value, OT_CHART_CHANGES_MAX_TEXT, error))
    return FALSE;
  g_free (*field);
  /* "\n" in an argument is a line break, as a shell cannot easily give one. */
  *field = g_strcompress (value);
  return TRUE;
}

OtChartChanges *
ot_cli_edits_apply (const OtCliEdits     *edits,
                    const OtChartChanges *base,
                    const OtChart        *chart,
                    OtDataset            *dataset,
                    const OtChartStyle   *style,
                    GHashTable           *found,
                    GError              **error)
{
  g_autoptr(OtChartChanges) changes = base != NULL ? ot_chart_changes_copy (base)
                                                   : ot_chart_changes_new ();
  g_auto(GStrv) ids = NULL;

  if (!set_text ("--title", edits->title, &changes->title, error)
      || !set_text ("--subtitle", edits->subtitle, &changes->subtitle, error)
      || !set_text ("--note", edits->note, &changes->notes, error)
      || !set_text ("--source", edits->source, &changes->source, error)
      || !set_text ("--byline", edits->byline, &changes->byline, error))
    return NULL;

  if (edits->highlight != NULL || edits->annotate != NULL)
    ids = ot_chart_dup_element_ids (chart, dataset, style);

  if (edits->highlight != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      guint n = 0;

      for (guint i = 0; edits->highlight[i] != NULL; i++)
        {
          g_auto(GStrv) parts = g_strsplit (edits->highlight[i], ",", -1);

          for (guint j = 0; parts[j] != NULL; j++)
            {
              g_strstrip (parts[j]);
              if (*parts[j] == '\0')
                {
                  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s",
                               ot_msg ("--highlight has an empty id; give element ids separated "
                                       "by single commas"));
                  return NULL;
                }
              if (found != NULL)
                {
                  if (!g_strv_contains ((const char * const *) ids, parts[j]))
                    continue;
                  g_hash_table_add (found, g_strdup (parts[j]));
                }
              else if (!check_id ("--highlight", parts[j], chart, (const char * const *) ids, error))
                return NULL;
              if (++n > OT_CHART_CHANGES_MAX_HIGHLIGHT)
                {
                  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               ot_msg ("--highlight: more than %u elements"),
                               OT_CHART_CHANGES_MAX_HIGHLIGHT);
                  return NULL;
                }
              g_strv_builder_add (builder, parts[j]);
            }
        }
      g_strfreev (changes->highlight);
      changes->highlight = g_strv_builder_end (builder);
    }

  if (edits->annotate != NULL)
    {
      g_ptr_array_set_size (changes->annotations, 0);
      for (guint i = 0; edits->annotate[i] != NULL; i++)
        {
          const char *equals = strchr (edits->annotate[i], '=');
          g_autofree char *id = NULL;
          g_autofree char *text = NULL;

          if (equals == NULL || equals == edits->annotate[i] || equals[1] == '\0')
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           ot_msg ("--annotate “%s”: expected ID=TEXT"), edits->annotate[i]);
              return NULL;
            }
          id = g_strndup (edits->annotate[i], equals - edits->annotate[i]);
          text = g_strcompress (equals + 1);
          if (!check_length ("--annotate", text, OT_CHART_CHANGES_MAX_ANNOTATION, error))
            return NULL;
          if (found != NULL)
            {
              if (!g_strv_contains ((const char * const *) ids, id))
                continue;
              g_hash_table_add (found, g_strdup (id));
            }
          else if (!check_id ("--annotate", id, chart, (const char * const *) ids, error))
            return NULL;
          if (changes->annotations->len >= OT_CHART_CHANGES_MAX_ANNOTATIONS)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           ot_msg ("--annotate: more than %u notes"), OT_CHART_CHANGES_MAX_ANNOTATIONS);
              return NULL;
            }
          ot_chart_changes_add_annotation (changes, id, 0, text);
        }
    }
  return g_steal_pointer (&changes);
}

/* After a deck's slides: every id an edit names is drawn by some slide. */
gboolean
ot_cli_edits_check_found (const OtCliEdits *edits,
                          GHashTable       *found,
                          GError          **error)
{
  for (guint i = 0; edits->highlight != NULL && edits->highlight[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (edits->highlight[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        if (!g_hash_table_contains (found, g_strstrip (parts[j])))
          {
            g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         ot_msg ("--highlight: no slide draws an element “%s”"), parts[j]);
            return FALSE;
          }
    }
  for (guint i = 0; edits->annotate != NULL && edits->annotate[i] != NULL; i++)
    {
      const char *equals = strchr (edits->annotate[i], '=');
      g_autofree char *id = g_strndup (edits->annotate[i], equals - edits->annotate[i]);

      if (!g_hash_table_contains (found, id))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       ot_msg ("--annotate: no slide draws an element “%s”"), id);
          return FALSE;
        }
    }
  return TRUE;
}
