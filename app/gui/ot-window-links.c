/* ot-window-links.c: the letter and its charts, both ways: a figure in
 * the letter selects the chart that shows it and lights its element; an
 * element finds its sentence in the letter. Focus follows, so a screen
 * reader reads where the user arrived.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-window"

#include "config.h"

#include "ot-format.h"
#include "ot-window-private.h"

/* What a link in the letter stands for, said after its text. */
static char *
describe_link (OtWindow   *self,
               const char *ref)
{
  OtLang lang = self->lang;
  const OtFigure *figure = ot_dataset_lookup_figure (self->dataset, ref);
  const OtEvent *event = figure == NULL ? ot_dataset_lookup_event (self->dataset, ref) : NULL;
  g_autofree char *what = NULL;

  if (figure != NULL && figure->date.year != 0)
    {
      g_autofree char *date = ot_format_date (&figure->date, lang);

      /* TRANSLATORS: a figure's meaning and the date it refers to:
       * "Refugees, on 31 December 2015" */
      what = g_strdup_printf (ot_gettext (lang, "%s, on %s"), ot_figure_get_label (figure, lang),
                              date);
    }
  else if (figure != NULL)
    what = g_strdup (ot_figure_get_label (figure, lang));
  else if (event != NULL)
    what = g_strdup (ot_event_get_label (event, lang));
  else
    return g_strdup (ot_gettext (lang, "Not in the figures now open"));

  /* TRANSLATORS: a link's meaning, then what Enter does on it */
  return g_strdup_printf (ot_gettext (lang, "%s. Enter shows it in the chart."), what);
}

/* The letter's figures are links only while the letter's own figures are
 * open: another file's figures are not what the letter says. */
void
ot_window_update_letter_links (OtWindow *self)
{
  gboolean own = self->dataset != NULL && ot_dataset_is_letter (self->dataset);
  guint n;

  ot_letter_view_set_links_shown (self->letter_view, own);
  gtk_label_set_text (self->letter_notice,
                      ot_gettext (self->lang, "The figures open are not this letter’s: its "
                                  "figures are not linked to the charts. “Use the Letter’s "
                                  "Figures” in the menu links them again."));
  gtk_widget_set_visible (GTK_WIDGET (self->letter_notice), !own);

  n = ot_letter_view_get_n_links (self->letter_view);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *description =
        describe_link (self, ot_letter_view_get_link_ref (self->letter_view, i));

      ot_letter_view_set_link_description (self->letter_view, i, description);
    }
}

/* Charts in the order a figure is looked for: the key figures, which show
 * everything, only when no other chart does. */
static const OtChart *
chart_for (OtWindow   *self,
           const char *ref)
{
  const OtChart *current = ot_chart_view_get_chart (self->chart_view);
  const OtChart *key_figures = ot_chart_lookup ("key-figures");

  if (current != NULL && current != key_figures
      && ot_chart_view_chart_shows (self->chart_view, current, ref))
    return current;

  for (guint i = 0; self->charts != NULL && i < self->charts->len; i++)
    {
      const OtChart *chart = g_ptr_array_index (self->charts, i);

      if (chart != key_figures && ot_chart_view_chart_shows (self->chart_view, chart, ref))
        return chart;
    }

  if (key_figures != NULL && ot_chart_view_chart_shows (self->chart_view, key_figures, ref))
    return key_figures;

  return NULL;
}

/* A figure or date of the letter: its chart, with its element lit. */
gboolean
ot_window_follow_link (OtWindow   *self,
                       const char *ref)
{
  const OtChart *chart;

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (ref != NULL, FALSE);

  chart = chart_for (self, ref);
  if (chart == NULL)
    {
      ot_window_toast (self, ot_gettext (self->lang, "No chart shows this figure with the "
                                         "figures now open"), NULL);
      return FALSE;
    }

  ot_window_set_chart_id (self, chart->id);
  ot_window_set_view (self, "chart");
  ot_chart_view_set_selected_id (self->chart_view, ref);
  ot_figure_table_select (self->figure_table, ref);

  if (ot_panes_get_folded (self->panes))
    {
      ot_window_set_page (self, "chart");
      gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
    }
  return TRUE;
}

/* Following a figure takes focus to its element, which a screen reader
 * then reads with its value and source. */
static void
link_activated_cb (OtWindow     *self,
                   const char   *ref,
                   OtLetterView *view)
{
  if (ot_window_follow_link (self, ref))
    ot_chart_view_focus_element (self->chart_view, ref);
}

/* A chart element: its sentence in the letter, highlighted. */
gboolean
ot_window_show_source (OtWindow   *self,
                       const char *id)
{
  const OtFigure *figure;
  const OtEvent *event;
  const char *source = NULL;
  g_autofree char *copy = g_strdup (id);

  g_return_val_if_fail (OT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->dataset != NULL)
    {
      figure = ot_dataset_lookup_figure (self->dataset, id);
      event = figure == NULL ? ot_dataset_lookup_event (self->dataset, id) : NULL;
      source = figure != NULL ? figure->source : event != NULL ? event->source : NULL;
    }

  g_free (self->source_id);
  self->source_id = NULL;
  if (!ot_letter_view_show_source (self->letter_view, copy, source))
    {
      ot_window_toast (self, ot_letter_view_get_links_shown (self->letter_view)
                             ? ot_gettext (self->lang, "This figure's sentence is not in the "
                                           "letter")
                             : ot_gettext (self->lang, "These figures are not the letter’s: "
                                           "their sentences are not in it"), NULL);
      return FALSE;
    }

  self->source_id = g_steal_pointer (&copy);
  if (ot_panes_get_folded (self->panes)
      && g_strcmp0 (ot_panes_get_visible_page (self->panes), "letter") != 0)
    {
      ot_window_set_page (self, "letter");
      gtk_widget_grab_focus (GTK_WIDGET (self->letter_view));
    }
  return TRUE;
}

/* And back: an element's sentence in the letter takes focus, and is read. */
static void
element_activated_cb (OtWindow    *self,
                      const char  *id,
                      OtChartView *view)
{
  if (ot_window_show_source (self, id))
    ot_letter_view_focus_highlighted (self->letter_view);
}

void
ot_window_links_init (OtWindow *self)
{
  g_signal_connect_swapped (self->letter_view, "link-activated",
                            G_CALLBACK (link_activated_cb), self);
  g_signal_connect_swapped (self->chart_view, "element-activated",
                            G_CALLBACK (element_activated_cb), self);
}
