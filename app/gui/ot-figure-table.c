/* ot-figure-table.c: the figures as a table, the chart's alternative
 *
 * A GtkColumnView of every figure: what it is, its value as the letter
 * gives it and exactly, the letter's hedge, its date, the total it is part
 * of and the sentence it comes from. Screen readers read it as a table;
 * Ctrl+C copies it as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-figure-table"

#include "config.h"

#include "ot-figure-table.h"
#include "ot-format.h"
#include "ot-gui-format.h"

/* One row: a figure of the dataset, which the row keeps alive. */
#define OT_TYPE_FIGURE_ROW (ot_figure_row_get_type ())

G_DECLARE_FINAL_TYPE (OtFigureRow, ot_figure_row, OT, FIGURE_ROW, GObject)

struct _OtFigureRow
{
  GObject         parent_instance;

  OtDataset      *dataset;
  const OtFigure *figure;
};

G_DEFINE_FINAL_TYPE (OtFigureRow, ot_figure_row, G_TYPE_OBJECT)

static void
ot_figure_row_dispose (GObject *object)
{
  g_clear_object (&OT_FIGURE_ROW (object)->dataset);

  G_OBJECT_CLASS (ot_figure_row_parent_class)->dispose (object);
}

static void
ot_figure_row_class_init (OtFigureRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ot_figure_row_dispose;
}

static void
ot_figure_row_init (OtFigureRow *self)
{
}

typedef enum
{
  COLUMN_LABEL,
  COLUMN_VALUE,
  COLUMN_EXACT,
  COLUMN_QUALIFIER,
  COLUMN_DATE,
  COLUMN_PARENT,
  COLUMN_SOURCE,
  N_COLUMNS
} Column;

static const char *column_titles[N_COLUMNS] = {
  N_("Figure"), N_("As in the letter"), N_("Exact value"), N_("Qualifier"), N_("Refers to"),
  N_("Part of"), N_("Source sentence"),
};

struct _OtFigureTable
{
  GtkWidget          parent_instance;

  GtkWidget         *scroller;
  GtkColumnView     *view;
  GListStore        *store;
  GtkSingleSelection *selection;
  GtkColumnViewColumn *columns[N_COLUMNS];
  OtDataset         *dataset;
  OtLang             lang;
};

G_DEFINE_FINAL_TYPE (OtFigureTable, ot_figure_table, GTK_TYPE_WIDGET)

static char *
cell_text (OtFigureTable *self,
           OtFigureRow   *row,
           Column         column)
{
  const OtFigure *figure = row->figure;
  OtLang lang = self->lang;

  switch (column)
    {
    case COLUMN_LABEL:
      return g_strdup (ot_figure_get_label (figure, lang));
    case COLUMN_VALUE:
      return ot_format_figure (figure, lang);
    case COLUMN_EXACT:
      return ot_gui_format_exact (figure->value, figure->unit, lang);
    case COLUMN_QUALIFIER:
      return g_strdup (ot_format_qualifier_note (figure->qualifier, lang) != NULL
                       ? ot_format_qualifier_note (figure->qualifier, lang) : "");
    case COLUMN_DATE:
      return figure->date.year != 0 ? ot_format_date (&figure->date, lang) : g_strdup ("");
    case COLUMN_PARENT:
      {
        const OtFigure *parent = figure->parent_id != NULL
          ? ot_dataset_lookup_figure (row->dataset, figure->parent_id) : NULL;
        return g_strdup (parent != NULL ? ot_figure_get_label (parent, lang) : "");
      }
    case COLUMN_SOURCE:
      return g_strdup (figure->source != NULL ? figure->source : "");
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_VALUE || column == COLUMN_EXACT
                                           ? 1.0f : 0.0f);
  if (column == COLUMN_SOURCE)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (label), 40);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else if (column == COLUMN_LABEL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
    }
  if (column == COLUMN_VALUE || column == COLUMN_EXACT)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  OtFigureTable *self = g_object_get_data (G_OBJECT (factory), "ot-table");
  g_autofree char *text = cell_text (self, gtk_list_item_get_item (item), column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
fill (OtFigureTable *self)
{
  g_list_store_remove_all (self->store);
  if (self->dataset == NULL)
    return;

  for (guint i = 0; i < ot_dataset_get_n_figures (self->dataset); i++)
    {
      g_autoptr(OtFigureRow) row = g_object_new (OT_TYPE_FIGURE_ROW, NULL);

      row->dataset = g_object_ref (self->dataset);
      row->figure = ot_dataset_get_figure (self->dataset, i);
      g_list_store_append (self->store, row);
    }
}

static void
relabel (OtFigureTable *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    gtk_column_view_column_set_title (self->columns[i], ot_gettext (self->lang, column_titles[i]));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ot_gettext (self->lang, "The figures of the letter"),
                                  -1);
}

static void
ot_figure_table_dispose (GObject *object)
{
  OtFigureTable *self = OT_FIGURE_TABLE (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ot_figure_table_parent_class)->dispose (object);
}

static void
ot_figure_table_class_init (OtFigureTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ot_figure_table_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "win.copy-table", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK,
                                       "win.copy-table", NULL);
  gtk_widget_class_set_css_name (widget_class, "figuretable");
}

static void
ot_figure_table_init (OtFigureTable *self)
{
  self->lang = ot_lang_from_environment ();
  self->store = g_list_store_new (OT_TYPE_FIGURE_ROW);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->store)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "ot-table", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GUINT_TO_POINTER (i));
      self->columns[i] = gtk_column_view_column_new (column_titles[i], factory);
      gtk_column_view_column_set_resizable (self->columns[i], TRUE);
      gtk_column_view_column_set_expand (self->columns[i], i == COLUMN_SOURCE);
      gtk_column_view_append_column (self->view, self->columns[i]);
      g_object_unref (self->columns[i]);
    }

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  relabel (self);
}

GtkWidget *
ot_figure_table_new (void)
{
  return g_object_new (OT_TYPE_FIGURE_TABLE, NULL);
}

void
ot_figure_table_set_dataset (OtFigureTable *self,
                             OtDataset     *dataset)
{
  g_return_if_fail (OT_IS_FIGURE_TABLE (self));

  if (g_set_object (&self->dataset, dataset))
    fill (self);
}

void
ot_figure_table_set_lang (OtFigureTable *self,
                          OtLang         lang)
{
  g_return_if_fail (OT_IS_FIGURE_TABLE (self));

  if (self->lang == lang)
    return;

  self->lang = lang;
  relabel (self);
  /* Rows bind again in the new language. */
  fill (self);
}

void
ot_figure_table_select (OtFigureTable *self,
                        const char    *id)
{
  guint n;

  g_return_if_fail (OT_IS_FIGURE_TABLE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtFigureRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (id != NULL && g_strcmp0 (row->figure->id, id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

GtkColumnView *
ot_figure_table_get_view (OtFigureTable *self)
{
  g_return_val_if_fail (OT_IS_FIGURE_TABLE (self), NULL);

  return self->view;
}

/* What a cell shows, for tests. */
char *
ot_figure_table_get_cell (OtFigureTable *self,
                          guint          row,
                          guint          column)
{
  g_autoptr(OtFigureRow) item = NULL;

  g_return_val_if_fail (OT_IS_FIGURE_TABLE (self), NULL);
  g_return_val_if_fail (column < N_COLUMNS, NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->store), row);
  return item != NULL ? cell_text (self, item, column) : NULL;
}
