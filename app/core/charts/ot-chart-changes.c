/* ot-chart-changes.c: a user's changes of one chart, as plain values
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include "ot-chart-changes.h"

OtAnnotation *
ot_annotation_new (const char *element_id,
                   guint       year,
                   const char *text)
{
  OtAnnotation *annotation = g_new0 (OtAnnotation, 1);

  annotation->element_id = g_strdup (element_id);
  annotation->year = element_id != NULL ? 0 : year;
  annotation->text = g_strdup (text != NULL ? text : "");
  return annotation;
}

OtAnnotation *
ot_annotation_copy (const OtAnnotation *annotation)
{
  g_return_val_if_fail (annotation != NULL, NULL);

  return ot_annotation_new (annotation->element_id, annotation->year, annotation->text);
}

void
ot_annotation_free (OtAnnotation *annotation)
{
  if (annotation == NULL)
    return;
  g_free (annotation->element_id);
  g_free (annotation->text);
  g_free (annotation);
}

/* The id of what the note is on: an element's, or "year-2015". */
char *
ot_annotation_dup_target (const OtAnnotation *annotation)
{
  g_return_val_if_fail (annotation != NULL, NULL);

  if (annotation->element_id != NULL)
    return g_strdup (annotation->element_id);
  return ot_chart_changes_year_id (annotation->year);
}

char *
ot_chart_changes_year_id (guint year)
{
  return g_strdup_printf ("year-%u", year);
}

OtChartChanges *
ot_chart_changes_new (void)
{
  OtChartChanges *changes = g_new0 (OtChartChanges, 1);

  changes->annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_annotation_free);
  return changes;
}

OtChartChanges *
ot_chart_changes_copy (const OtChartChanges *changes)
{
  OtChartChanges *copy;

  g_return_val_if_fail (changes != NULL, NULL);

  copy = ot_chart_changes_new ();
  copy->title = g_strdup (changes->title);
  copy->subtitle = g_strdup (changes->subtitle);
  copy->notes = g_strdup (changes->notes);
  copy->source = g_strdup (changes->source);
  copy->byline = g_strdup (changes->byline);
  copy->highlight = g_strdupv (changes->highlight);
  for (guint i = 0; changes->annotations != NULL && i < changes->annotations->len; i++)
    g_ptr_array_add (copy->annotations,
                     ot_annotation_copy (g_ptr_array_index (changes->annotations, i)));
  return copy;
}

void
ot_chart_changes_free (OtChartChanges *changes)
{
  if (changes == NULL)
    return;
  g_free (changes->title);
  g_free (changes->subtitle);
  g_free (changes->notes);
  g_free (changes->source);
  g_free (changes->byline);
  g_strfreev (changes->highlight);
  g_clear_pointer (&changes->annotations, g_ptr_array_unref);
  g_free (changes);
}

static guint
strv_length (GStrv strv)
{
  return strv != NULL ? g_strv_length (strv) : 0;
}

static guint
annotations_length (const OtChartChanges *changes)
{
  return changes->annotations != NULL ? changes->annotations->len : 0;
}

/* NULL and a changes with nothing in it are equal. */
gboolean
ot_chart_changes_equal (const OtChartChanges *a,
                        const OtChartChanges *b)
{
  if (a == NULL || b == NULL)
    return ot_chart_changes_is_empty (a) && ot_chart_changes_is_empty (b);

  if (g_strcmp0 (a->title, b->title) != 0
      || g_strcmp0 (a->subtitle, b->subtitle) != 0
      || g_strcmp0 (a->notes, b->notes) != 0
      || g_strcmp0 (a->source, b->source) != 0
      || g_strcmp0 (a->byline, b->byline) != 0
      || strv_length (a->highlight) != strv_length (b->highlight)
      || annotations_length (a) != annotations_length (b))
    return FALSE;

  for (guint i = 0; i < strv_length (a->highlight); i++)
    if (g_strcmp0 (a->highlight[i], b->highlight[i]) != 0)
      return FALSE;

  for (guint i = 0; i < annotations_length (a); i++)
    {
      const OtAnnotation *x = g_ptr_array_index (a->annotations, i);
      const OtAnnotation *y = g_ptr_array_index (b->annotations, i);

      if (g_strcmp0 (x->element_id, y->element_id) != 0 || x->year != y->year
          || g_strcmp0 (x->text, y->text) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
ot_chart_changes_is_empty (const OtChartChanges *changes)
{
  return changes == NULL
         || (changes->title == NULL && changes->subtitle == NULL && changes->notes == NULL
             && changes->source == NULL && changes->byline == NULL
             && strv_length (changes->highlight) == 0 && annotations_length (changes) == 0);
}

gboolean
ot_chart_changes_has_highlight (const OtChartChanges *changes)
{
  return changes != NULL && strv_length (changes->highlight) > 0;
}

gboolean
ot_chart_changes_is_highlighted (const OtChartChanges *changes,
                                 const char           *element_id)
{
  return changes != NULL && changes->highlight != NULL && element_id != NULL
         && g_strv_contains ((const char * const *) changes->highlight, element_id);
}

/* Highlights ELEMENT_ID, or no longer, keeping the list in ORDER (the
 * chart's element ids, ot_chart_layout_dup_element_ids: whatever the order
 * of the clicks, the file lists them as the chart draws them). FALSE, and
 * CHANGES as it was, where that would highlight more than
 * OT_CHART_CHANGES_MAX_HIGHLIGHT, which the briefing file does not hold. */
gboolean
ot_chart_changes_set_highlighted (OtChartChanges *changes,
                                  GPtrArray      *order,
                                  const char     *element_id,
                                  gboolean        highlighted)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  guint n = 0;

  g_return_val_if_fail (changes != NULL, FALSE);
  g_return_val_if_fail (order != NULL, FALSE);
  g_return_val_if_fail (element_id != NULL, FALSE);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < order->len; i++)
    {
      const char *id = g_ptr_array_index (order, i);

      if (g_str_equal (id, element_id) ? highlighted
                                       : ot_chart_changes_is_highlighted (changes, id))
        {
          if (++n > OT_CHART_CHANGES_MAX_HIGHLIGHT)
            return FALSE;
          g_strv_builder_add (builder, id);
        }
    }
  g_strfreev (changes->highlight);
  changes->highlight = n > 0 ? g_strv_builder_end (builder) : NULL;
  return TRUE;
}

void
ot_chart_changes_add_annotation (OtChartChanges *changes,
                                 const char     *element_id,
                                 guint           year,
                                 const char     *text)
{
  g_return_if_fail (changes != NULL);

  g_ptr_array_add (changes->annotations, ot_annotation_new (element_id, year, text));
}
