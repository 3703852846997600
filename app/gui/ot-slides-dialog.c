/* ot-slides-dialog.c: which charts become slides, and in what order
 *
 * Each chart is a row with a switch and buttons to move it up or down: the
 * keyboard and a screen reader reach everything, with no dragging. Every
 * change is saved at once in the "slides" setting (which new briefings
 * start from) and said with "changed", so that the window makes it an edit
 * of its briefing, whose slides the presentation, the decks and printing
 * show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-slides-dialog"

#include "config.h"

#include "ot-chart.h"
#include "ot-slides-dialog.h"

typedef struct
{
  const OtChart *chart;
  gboolean       shown;
} Slide;

struct _OtSlidesDialog
{
  AdwWindow   parent_instance;

  GSettings  *settings;
  OtLang      lang;
  OtDataset  *dataset;
  GArray     *slides;   /* Slide, in order */
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (OtSlidesDialog, ot_slides_dialog, ADW_TYPE_WINDOW)

static guint changed_signal;

static void rebuild (OtSlidesDialog *self, int focus_index);

/* The chosen slides, in order; empty when every chart is shown in its own
 * order, so new charts join by themselves. */
GStrv
ot_slides_dialog_dup_ids (OtSlidesDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (OT_IS_SLIDES_DIALOG (self), NULL);

  for (guint i = 0; i < self->slides->len; i++)
    {
      const Slide *slide = &g_array_index (self->slides, Slide, i);

      if (slide->shown)
        g_strv_builder_add (builder, slide->chart->id);
    }
  return g_strv_builder_end (builder);
}

static void
save (OtSlidesDialog *self)
{
  g_auto(GStrv) ids = ot_slides_dialog_dup_ids (self);

  g_settings_set_strv (self->settings, "slides", (const char * const *) ids);
  g_signal_emit (self, changed_signal, 0);
}

void
ot_slides_dialog_move (OtSlidesDialog *self,
                       guint           index,
                       int             step)
{
  guint to;
  Slide slide;

  g_return_if_fail (OT_IS_SLIDES_DIALOG (self));

  if (index >= self->slides->len || (step < 0 && index == 0)
      || (step > 0 && index + 1 >= self->slides->len))
    return;

  to = step < 0 ? index - 1 : index + 1;
  slide = g_array_index (self->slides, Slide, index);
  g_array_index (self->slides, Slide, index) = g_array_index (self->slides, Slide, to);
  g_array_index (self->slides, Slide, to) = slide;
  save (self);
  rebuild (self, (int) to);
}

void
ot_slides_dialog_set_shown (OtSlidesDialog *self,
                            guint           index,
                            gboolean        shown)
{
  g_return_if_fail (OT_IS_SLIDES_DIALOG (self));
  g_return_if_fail (index < self->slides->len);

  if (g_array_index (self->slides, Slide, index).shown == shown)
    return;

  g_array_index (self->slides, Slide, index).shown = shown;
  save (self);
}

static void
move_clicked_cb (GtkButton      *button,
                 OtSlidesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ot-index"));
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "ot-step"));

  ot_slides_dialog_move (self, index, step);
}

static void
switch_active_cb (GtkSwitch      *widget,
                  GParamSpec     *pspec,
                  OtSlidesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "ot-index"));

  ot_slides_dialog_set_shown (self, index, gtk_switch_get_active (widget));
}

static GtkWidget *
move_button (OtSlidesDialog *self,
             guint           index,
             int             step,
             const char     *title)
{
  GtkWidget *button = gtk_button_new_from_icon_name (step < 0 ? "go-up-symbolic"
                                                              : "go-down-symbolic");
  g_autofree char *tip = g_strdup_printf (step < 0 ? ot_gettext (self->lang, "Move “%s” up")
                                                   : ot_gettext (self->lang, "Move “%s” down"),
                                          title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  gtk_widget_set_sensitive (button, step < 0 ? index > 0 : index + 1 < self->slides->len);
  g_object_set_data (G_OBJECT (button), "ot-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "ot-step", GINT_TO_POINTER (step));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

static void
rebuild (OtSlidesDialog *self,
         int             focus_index)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < self->slides->len; i++)
    {
      const Slide *slide = &g_array_index (self->slides, Slide, i);
      g_autofree char *title = ot_chart_dup_title (slide->chart, self->dataset, self->lang);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      GtkWidget *up = move_button (self, i, -1, title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), number);
      gtk_switch_set_active (GTK_SWITCH (toggle), slide->shown);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_object_set_data (G_OBJECT (toggle), "ot-index", GUINT_TO_POINTER (i));
      g_signal_connect (toggle, "notify::active", G_CALLBACK (switch_active_cb), self);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), move_button (self, i, 1, title));
      gtk_list_box_append (self->list, row);

      if ((int) i == focus_index)
        gtk_widget_grab_focus (up);
    }
}

static void
ot_slides_dialog_finalize (GObject *object)
{
  OtSlidesDialog *self = OT_SLIDES_DIALOG (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_array_unref (self->slides);

  G_OBJECT_CLASS (ot_slides_dialog_parent_class)->finalize (object);
}

static void
ot_slides_dialog_class_init (OtSlidesDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_slides_dialog_finalize;
  /* The choice changed: ot_slides_dialog_dup_ids () says it. */
  changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
ot_slides_dialog_init (OtSlidesDialog *self)
{
  self->slides = g_array_new (FALSE, TRUE, sizeof (Slide));
}

/* @chosen: the slides shown, in order (NULL: as the "slides" setting has
 * them). */
OtSlidesDialog *
ot_slides_dialog_new (GtkWindow          *parent,
                      GSettings          *settings,
                      OtDataset          *dataset,
                      const char * const *chosen_ids,
                      OtLang              lang)
{
  OtSlidesDialog *self;
  g_auto(GStrv) chosen = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  GtkWidget *box, *header, *scrolled, *clamp, *hint;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);

  self = g_object_new (OT_TYPE_SLIDES_DIALOG,
                       "title", ot_gettext (lang, "Slides"),
                       "modal", TRUE,
                       "transient-for", parent,
                       "default-width", 460,
                       "default-height", 560,
                       NULL);
  self->settings = g_object_ref (settings);
  self->lang = lang;
  self->dataset = g_object_ref (dataset);

  /* The chosen slides first, in their order, then the rest, switched off. */
  chosen = chosen_ids != NULL ? g_strdupv ((GStrv) chosen_ids)
                              : g_settings_get_strv (settings, "slides");
  charts = ot_chart_list_from_ids (NULL, dataset, NULL);
  for (guint i = 0; chosen[0] != NULL && chosen[i] != NULL; i++)
    {
      const OtChart *chart = ot_chart_lookup (chosen[i]);
      guint at;

      if (chart != NULL && g_ptr_array_find (charts, chart, &at))
        {
          Slide slide = { chart, TRUE };

          g_array_append_val (self->slides, slide);
          g_ptr_array_remove_index (charts, at);
        }
    }
  for (guint i = 0; i < charts->len; i++)
    {
      Slide slide = { charts->pdata[i], self->slides->len == 0 || chosen[0] == NULL };

      g_array_append_val (self->slides, slide);
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  hint = gtk_label_new (ot_gettext (lang, "The slides shown full screen (F5), printed and "
                                    "exported as a PDF, PowerPoint or Impress deck, in this "
                                    "order; the briefing keeps them."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_start (hint, 18);
  gtk_widget_set_margin_end (hint, 18);
  gtk_widget_set_margin_top (hint, 12);
  gtk_box_append (GTK_BOX (box), hint);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ot_gettext (lang, "Slides"), -1);
  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);

  rebuild (self, -1);
  return self;
}
