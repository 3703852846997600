/* ot-chart-parts.c: the parts of a total as a chart shows them: gathered, titled, compared
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include "ot-chart-private.h"
#include "ot-format.h"

static void
chart_part_clear (gpointer data)
{
  OtChartPart *part = data;

  g_free (part->label);
  g_free (part->value_text);
}

/* An array for ot_chart_gather_parts (). */
GArray *
ot_chart_parts_new (void)
{
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (OtChartPart));

  g_array_set_clear_func (parts, chart_part_clear);
  return parts;
}

static int
compare_larger_first (gconstpointer a,
                      gconstpointer b)
{
  const OtFigure *x = *(const OtFigure * const *) a;
  const OtFigure *y = *(const OtFigure * const *) b;

  return (x->value < y->value) - (x->value > y->value);
}

/* What a chart of a total's parts shows of @parts, in the file's order:
 * each, or past OT_CHART_MAX_PARTS (one colour each, never repeated) the
 * largest OT_CHART_MAX_PARTS - 1 and, last, the rest gathered, "n
 * others", the sum of their published figures. Returns how many were
 * gathered. */
guint
ot_chart_gather_parts (GPtrArray *parts,
                       GArray    *shown,
                       OtLang     lang)
{
  g_autoptr(GPtrArray) by_size = NULL;
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  guint n_named = parts->len > OT_CHART_MAX_PARTS ? OT_CHART_MAX_PARTS - 1 : parts->len;
  double rest = 0;
  guint n_rest = 0;

  by_size = g_ptr_array_copy (parts, NULL, NULL);
  g_ptr_array_sort (by_size, compare_larger_first);
  for (guint i = 0; i < n_named; i++)
    g_hash_table_add (named, g_ptr_array_index (by_size, i));

  for (guint i = 0; i < parts->len; i++)
    {
      const OtFigure *part = g_ptr_array_index (parts, i);

      if (g_hash_table_contains (named, part))
        {
          OtChartPart one = { part, part->value, g_strdup (ot_figure_get_label (part, lang)),
                              ot_format_figure (part, lang) };

          g_array_append_val (shown, one);
        }
      else
        {
          rest += part->value;
          n_rest++;
        }
    }

  if (n_rest > 0)
    {
      const OtFigure *any = g_ptr_array_index (parts, 0);
      g_autofree char *sum = ot_format_quantity (rest, any->unit, lang);
      /* TRANSLATORS: what gathers the smallest parts of a breakdown */
      OtChartPart others = { NULL, rest,
                             g_strdup_printf (ot_ngettext (lang, "%u other", "%u others", n_rest),
                                              n_rest),
                             /* TRANSLATORS: a sum of published figures, not one the source
                              * gives */
                             g_strdup_printf (ot_gettext (lang, "together %s"), sum) };

      g_array_append_val (shown, others);
    }
  return n_rest;
}

/* The largest part, as published: the message of a breakdown.
 * "Internally displaced: the largest group, 40.8 million of the 65.3
 * million". Shared with the breakdown chart. */
char *
ot_chart_largest_part_text (const OtFigure *total,
                            GPtrArray      *parts,
                            OtLang          lang)
{
  const OtFigure *largest = NULL;
  g_autofree char *part_text = NULL;
  g_autofree char *total_text = NULL;

  for (guint i = 0; i < parts->len; i++)
    if (largest == NULL || ((OtFigure *) parts->pdata[i])->value > largest->value)
      largest = parts->pdata[i];
  if (largest == NULL || parts->len < 2)
    return NULL;

  part_text = ot_format_figure (largest, lang);
  total_text = ot_format_figure (total, lang);
  /* TRANSLATORS: a chart's message: "Internally displaced: the largest
   * group, 40.8 million of the 65.3 million" */
  return g_strdup_printf (ot_gettext (lang, "%s: the largest group, %s of the %s"),
                          ot_figure_get_label (largest, lang), part_text, total_text);
}

/* The message of a chart of a total's parts, which says so when it does
 * not show every part by name (@shown from ot_chart_gather_parts). */
char *
ot_chart_parts_subtitle (const OtFigure *total,
                         GPtrArray      *parts,
                         GArray         *shown,
                         guint           n_gathered,
                         OtLang          lang)
{
  char *subtitle = ot_chart_largest_part_text (total, parts, lang);
  char *all;

  if (n_gathered == 0)
    return subtitle;
  all = g_strdup_printf (ot_ngettext (lang, "%s; the %u largest by name, %u other added up",
                                      "%s; the %u largest by name, %u others added up",
                                      n_gathered),
                         subtitle != NULL ? subtitle : "", shown->len - 1, n_gathered);
  g_free (subtitle);
  return all;
}

/* Two figures share an axis only when they measure the same thing: the
 * same unit, and parts of one total, or the same group with the same kind
 * of hedge. A country's ceiling of about 4,000 and a global target for all
 * states measure different things, and so do euros and people. */
gboolean
ot_dataset_figures_share_axis (OtDataset      *dataset,
                               const OtFigure *a,
                               const OtFigure *b)
{
  g_return_val_if_fail (OT_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a == b)
    return TRUE;
  if (a->unit != b->unit)
    return FALSE;
  if (a->parent_id != NULL && b->parent_id != NULL)
    return g_str_equal (a->parent_id, b->parent_id);
  if (a->parent_id != NULL || b->parent_id != NULL)
    return FALSE;
  return a->qualifier == b->qualifier && a->qualifier != OT_QUALIFIER_NOT_AGREED
         && ot_dataset_get_figure_meaning (dataset, a) == ot_dataset_get_figure_meaning (dataset, b)
         && (a->base_id == NULL) == (b->base_id == NULL)
         && (a->base_id == NULL || g_str_equal (a->base_id, b->base_id));
}

/* A chart of a total's name for data other than the letter's: @with_total
 * (untranslated, "%s" for what the total counts), or @without where there
 * is no total with parts. */
char *
ot_chart_dup_total_title (OtDataset  *dataset,
                          const char *with_total,
                          const char *without,
                          OtLang      lang)
{
  const OtFigure *total = ot_dataset_find_breakdown (dataset);

  if (total == NULL)
    return g_strdup (ot_gettext (lang, without));
  return g_strdup_printf (ot_gettext (lang, with_total), ot_figure_get_label (total, lang));
}
