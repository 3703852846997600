/* ot-figure-table.c: the chart on screen as a table, the chart's alternative
 *
 * A GtkColumnView of what the chart on screen shows, element by element:
 * what it is, its value as the letter gives it and in full, the letter's
 * hedge, its date, the total it is part of and the sentence it comes from,
 * in the window's language. GTK 4.8's column view is no table for a screen
 * reader, so each row is named by a sentence that says it all, each cell
 * by what it shows and each header by its title. Ctrl+C copies the
 * figures as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-figure-table"

#include "config.h"

#include "ot-accessible.h"
#include "ot-figure-table.h"
#include "ot-format.h"

/* One row: one element of the chart, the figure or event it shows, which
 * the row keeps alive. */
#define OT_TYPE_FIGURE_ROW (ot_figure_row_get_type ())

G_DECLARE_FINAL_TYPE (OtFigureRow, ot_figure_row, OT, FIGURE_ROW, GObject)

struct _OtFigureRow
{
  GObject         parent_instance;

  OtDataset      *dataset;
  char           *id;
  char           *label;    /* the chart's words for it */
  const OtFigure *figure;
  const OtEvent  *event;
};

G_DEFINE_FINAL_TYPE (OtFigureRow, ot_figure_row, G_TYPE_OBJECT)

static void
ot_figure_row_dispose (GObject *object)
{
  g_clear_object (&OT_FIGURE_ROW (object)->dataset);

  G_OBJECT_CLASS (ot_figure_row_parent_class)->dispose (object);
}

static void
ot_figure_row_finalize (GObject *object)
{
  g_free (OT_FIGURE_ROW (object)->id);
  g_free (OT_FIGURE_ROW (object)->label);

  G_OBJECT_CLASS (ot_figure_row_parent_class)->finalize (object);
}

static void
ot_figure_row_class_init (OtFigureRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ot_figure_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = ot_figure_row_finalize;
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
  N_("Figure"), N_("As in the letter"), N_("In full"), N_("Qualifier"), N_("Refers to"),
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
  GPtrArray         *elements;   /* char *, id and label in turn */
  OtLang             lang;
  gboolean           stale;      /* the rows wait until the table is shown */
  char              *pending_select;
};

G_DEFINE_FINAL_TYPE (OtFigureTable, ot_figure_table, GTK_TYPE_WIDGET)

static char *
cell_text (OtFigureTable *self,
           OtFigureRow   *row,
           Column         column)
{
  const OtFigure *figure = row->figure;
  const OtEvent *event = row->event;
  OtLang lang = self->lang;

  switch (column)
    {
    case COLUMN_LABEL:
      return g_strdup (figure != NULL ? ot_figure_get_label (figure, lang)
                       : event != NULL ? ot_event_get_label (event, lang) : row->label);
    case COLUMN_VALUE:
      return figure != NULL ? ot_format_figure (figure, lang) : g_strdup ("");
    case COLUMN_EXACT:
      {
        char *in_full = figure != NULL ? ot_format_in_full (figure, lang) : NULL;
        return in_full != NULL ? in_full : g_strdup ("");
      }
    case COLUMN_QUALIFIER:
      return g_strdup (figure != NULL && ot_format_qualifier_note (figure->qualifier, lang) != NULL
                       ? ot_format_qualifier_note (figure->qualifier, lang) : "");
    case COLUMN_DATE:
      if (figure != NULL && figure->date.year != 0)
        return ot_format_date (&figure->date, lang);
      if (event != NULL)
        return ot_format_event_date (event, lang);
      return g_strdup ("");
    case COLUMN_PARENT:
      {
        const OtFigure *parent = figure != NULL && figure->parent_id != NULL
          ? ot_dataset_lookup_figure (row->dataset, figure->parent_id) : NULL;
        return g_strdup (parent != NULL ? ot_figure_get_label (parent, lang) : "");
      }
    case COLUMN_SOURCE:
      {
        const char *source = figure != NULL ? ot_figure_get_source (figure, lang)
                             : event != NULL ? ot_event_get_source (event, lang) : NULL;
        return g_strdup (source != NULL ? source : "");
      }
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Whether the row's sentence is the Dutch original in another language. */
static gboolean
source_is_original (OtFigureTable *self,
                    OtFigureRow   *row)
{
  if (self->lang == OT_LANG_NL)
    return FALSE;
  return (row->figure != NULL && row->figure->source_en == NULL)
         || (row->event != NULL && row->event->source_en == NULL);
}

/* The row as one sentence, what a screen reader reads for it: "Refugees:
 * 21.3 million, on 31 December 2015, part of Displaced or on the run
 * worldwide. In the letter: “…”" */
static char *
row_sentence (OtFigureTable *self,
              OtFigureRow   *row)
{
  OtLang lang = self->lang;
  g_autofree char *what = cell_text (self, row, COLUMN_LABEL);
  g_autofree char *value = cell_text (self, row, COLUMN_VALUE);
  g_autofree char *note = cell_text (self, row, COLUMN_QUALIFIER);
  g_autofree char *date = cell_text (self, row, COLUMN_DATE);
  g_autofree char *parent = cell_text (self, row, COLUMN_PARENT);
  g_autofree char *source = cell_text (self, row, COLUMN_SOURCE);
  GString *out = g_string_new (what);

  if (*value != '\0')
    g_string_append_printf (out, ": %s", value);
  else if (*date != '\0' && row->event != NULL)
    g_string_append_printf (out, ": %s", date);
  if (*note != '\0')
    g_string_append_printf (out, " (%s)", note);
  if (*date != '\0' && row->figure != NULL)
    g_string_append_printf (out, ", %s", date);
  if (*parent != '\0')
    /* TRANSLATORS: in a table row read out: "…, part of Displaced worldwide" */
    g_string_append_printf (out, ot_gettext (lang, ", part of %s"), parent);
  g_string_append_c (out, '.');
  if (*source != '\0')
    g_string_append_printf (out, " %s “%s”",
                            ot_dataset_is_letter (row->dataset) ? ot_gettext (lang, "In the letter:")
                                                                : ot_gettext (lang, "Source:"),
                            source);
  return g_string_free (out, FALSE);
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

  OtFigureRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkWidget *cell = gtk_widget_get_parent (label);
  g_autoptr(PangoAttrList) attributes = NULL;

  gtk_label_set_text (GTK_LABEL (label), text);
  ot_accessible_set_label (label, text);
  /* The cell, by its column and what it shows. */
  if (cell != NULL)
    {
      g_autofree char *name = *text != '\0'
        ? g_strdup_printf ("%s: %s", ot_gettext (self->lang, column_titles[column]), text)
        : g_strdup (ot_gettext (self->lang, column_titles[column]));

      ot_accessible_set_label (cell, name);
    }
  /* A Dutch sentence in another language's table reads with a Dutch voice. */
  if (column == COLUMN_SOURCE && source_is_original (self, row))
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes,
                              pango_attr_language_new (pango_language_from_string ("nl")));
    }
  gtk_label_set_attributes (GTK_LABEL (label), attributes);
  /* The row, as one sentence. */
  if (column == COLUMN_LABEL && cell != NULL && gtk_widget_get_parent (cell) != NULL)
    {
      g_autofree char *sentence = row_sentence (self, row);

      ot_accessible_set_label (gtk_widget_get_parent (cell), sentence);
    }
}

static void name_headers (OtFigureTable *self);

/* Only the columns something of the chart fills: a UNHCR export's
 * countries and years have no wording of the letter, qualifier or source
 * sentence, and a table of empty columns reads as missing data. */
static void
show_columns_in_use (OtFigureTable *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (Column column = COLUMN_LABEL + 1; column < N_COLUMNS; column++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < n && !used; i++)
        {
          g_autoptr(OtFigureRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);
          g_autofree char *text = cell_text (self, row, column);

          used = *text != '\0';
        }
      gtk_column_view_column_set_visible (self->columns[column], used);
    }
  name_headers (self);
}

static void ot_figure_table_select_now (OtFigureTable *self,
                                        const char    *id);

static void
refill (OtFigureTable *self)
{
  self->stale = FALSE;
  g_list_store_remove_all (self->store);
  if (self->dataset == NULL)
    return;

  for (guint i = 0; self->elements != NULL && i + 1 < self->elements->len; i += 2)
    {
      g_autoptr(OtFigureRow) row = g_object_new (OT_TYPE_FIGURE_ROW, NULL);

      row->dataset = g_object_ref (self->dataset);
      row->id = g_strdup (g_ptr_array_index (self->elements, i));
      row->label = g_strdup (g_ptr_array_index (self->elements, i + 1));
      row->figure = ot_dataset_lookup_figure (self->dataset, row->id);
      row->event = row->figure == NULL ? ot_dataset_lookup_event (self->dataset, row->id) : NULL;
      g_list_store_append (self->store, row);
    }
  show_columns_in_use (self);
}

/* A hidden table (the chart's page is shown) makes no rows: a stack
 * measures its hidden pages too, and a row is a widget for each cell.
 * They are made when the table is shown (map) or asked about. */
static void
fill (OtFigureTable *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refill (self);
      return;
    }

  self->stale = TRUE;
  g_list_store_remove_all (self->store);
}

static void
ensure_filled (OtFigureTable *self)
{
  g_autofree char *id = NULL;

  if (!self->stale)
    return;

  id = g_steal_pointer (&self->pending_select);
  refill (self);
  if (id != NULL)
    ot_figure_table_select_now (self, id);
}

static void
ot_figure_table_map (GtkWidget *widget)
{
  ensure_filled (OT_FIGURE_TABLE (widget));

  GTK_WIDGET_CLASS (ot_figure_table_parent_class)->map (widget);
}

/* The column titles, as a screen reader reads the header row. */
static void
name_headers (OtFigureTable *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->view));
  guint i = 0;

  g_autoptr(GString) titles = g_string_new (NULL);

  if (header == NULL)
    return;
  for (GtkWidget *title = gtk_widget_get_first_child (header); title != NULL && i < N_COLUMNS;
       title = gtk_widget_get_next_sibling (title), i++)
    {
      const char *text = ot_gettext (self->lang, column_titles[i]);

      ot_accessible_set_label (title, text);
      /* A column the chart does not fill is not there to read. */
      if (gtk_column_view_column_get_visible (self->columns[i]))
        g_string_append_printf (titles, "%s%s", titles->len > 0 ? ", " : "", text);
    }
  /* The header row reads as its titles, in order. */
  ot_accessible_set_label (header, titles->str);
}

static void
relabel (OtFigureTable *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    gtk_column_view_column_set_title (self->columns[i], ot_gettext (self->lang, column_titles[i]));
  ot_accessible_set_label (GTK_WIDGET (self->view),
                           ot_gettext (self->lang, "The figures of the chart on screen"));
  /* The rows' list, which takes focus, by the same name. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child) || gtk_widget_get_focusable (child))
      ot_accessible_set_label (child, ot_gettext (self->lang,
                                                  "The figures of the chart on screen"));
  name_headers (self);
}

static void
ot_figure_table_dispose (GObject *object)
{
  OtFigureTable *self = OT_FIGURE_TABLE (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->elements, g_ptr_array_unref);
  g_clear_pointer (&self->pending_select, g_free);

  G_OBJECT_CLASS (ot_figure_table_parent_class)->dispose (object);
}

static void
ot_figure_table_class_init (OtFigureTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ot_figure_table_dispose;
  widget_class->map = ot_figure_table_map;
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

/* Shows what @layout shows, element by element. */
void
ot_figure_table_set_chart (OtFigureTable       *self,
                           const OtChartLayout *layout)
{
  g_return_if_fail (OT_IS_FIGURE_TABLE (self));

  g_clear_pointer (&self->elements, g_ptr_array_unref);
  self->elements = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; layout != NULL && i < layout->elements->len; i++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, i);

      g_ptr_array_add (self->elements, g_strdup (element->id));
      g_ptr_array_add (self->elements, g_strdup (element->label));
    }
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

static void
ot_figure_table_select_now (OtFigureTable *self,
                            const char    *id)
{
  guint n;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtFigureRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (id != NULL && g_strcmp0 (row->id, id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* Selects the row of @id (none for NULL); a hidden table selects it when
 * it makes its rows. */
void
ot_figure_table_select (OtFigureTable *self,
                        const char    *id)
{
  g_return_if_fail (OT_IS_FIGURE_TABLE (self));

  if (self->stale)
    {
      g_free (self->pending_select);
      self->pending_select = g_strdup (id);
      return;
    }
  ot_figure_table_select_now (self, id);
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

  ensure_filled (self);
  item = g_list_model_get_item (G_LIST_MODEL (self->store), row);
  return item != NULL ? cell_text (self, item, column) : NULL;
}

/* What a screen reader reads for a row, for tests. */
char *
ot_figure_table_get_row_sentence (OtFigureTable *self,
                                  guint          row)
{
  g_autoptr(OtFigureRow) item = NULL;

  g_return_val_if_fail (OT_IS_FIGURE_TABLE (self), NULL);

  ensure_filled (self);
  item = g_list_model_get_item (G_LIST_MODEL (self->store), row);
  return item != NULL ? row_sentence (self, item) : NULL;
}

/* Whether @column is shown, for tests. */
gboolean
ot_figure_table_column_is_shown (OtFigureTable *self,
                                 guint          column)
{
  g_return_val_if_fail (OT_IS_FIGURE_TABLE (self), FALSE);
  g_return_val_if_fail (column < N_COLUMNS, FALSE);

  ensure_filled (self);
  return gtk_column_view_column_get_visible (self->columns[column]);
}

guint
ot_figure_table_get_n_rows (OtFigureTable *self)
{
  g_return_val_if_fail (OT_IS_FIGURE_TABLE (self), 0);

  ensure_filled (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
}
