/* ot-accessible.c: what GTK 4.8 leaves unnamed, named for screen readers
 *
 * GTK 4.8 names an accessible object that has no label by its GTK type
 * ("GtkImage", "GtkListItemWidget"), which a screen reader then reads out;
 * buttons made with a mnemonic keep its underscore in their name; list
 * rows are named after nothing. These helpers give every such object a
 * name a user can read, or none where the object is only a container.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-accessible"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "ot-accessible.h"
#include "ot-compat.h"

#define NAMED_KEY "ot-accessible-named"

/* "_Export…" as a user reads it: "Export…" ("__" is a real "_"). */
char *
ot_accessible_strip_mnemonic (const char *label)
{
  GString *out;

  g_return_val_if_fail (label != NULL, NULL);

  out = g_string_sized_new (strlen (label));
  for (const char *c = label; *c != '\0'; c++)
    {
      if (*c == '_')
        {
          if (c[1] == '_')
            c++;
          else
            continue;
        }
      g_string_append_c (out, *c);
    }
  return g_string_free (out, FALSE);
}

void
ot_accessible_set_label (GtkWidget  *widget,
                         const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : "", -1);
  /* GTK 4.8 adds a button's child to its name ("Cancel Cancel", "Export
   * Chart " for an icon): the name given is the whole name. */
  if (GTK_IS_BUTTON (widget))
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_object_set_data (G_OBJECT (widget), NAMED_KEY, GINT_TO_POINTER (TRUE));
}

/* A button with a mnemonic, named by its label without the underscore. */
GtkWidget *
ot_accessible_button_new_with_mnemonic (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *name = ot_accessible_strip_mnemonic (label);

  ot_accessible_set_label (button, name);
  return button;
}

/* Roles GTK 4.8 names by type when nothing else names them. */
static gboolean
named_by_type (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_FORM:
    case GTK_ACCESSIBLE_ROLE_GROUP:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_LANDMARK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_REGION:
    case GTK_ACCESSIBLE_ROLE_SEARCH:
    case GTK_ACCESSIBLE_ROLE_SEPARATOR:
      return FALSE;
    default:
      return TRUE;
    }
}

static gboolean
is_container_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_WIDGET:
    case GTK_ACCESSIBLE_ROLE_TAB_PANEL:
    case GTK_ACCESSIBLE_ROLE_NONE:
    case GTK_ACCESSIBLE_ROLE_PRESENTATION:
    case GTK_ACCESSIBLE_ROLE_CELL:
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_COLUMN_HEADER:
    case GTK_ACCESSIBLE_ROLE_TOOLTIP:
    case GTK_ACCESSIBLE_ROLE_SCROLLBAR:
    case GTK_ACCESSIBLE_ROLE_IMG:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A button showing only an icon, such as a toast's close button. */
static const char *
icon_of (GtkWidget *button)
{
  GtkWidget *child = gtk_widget_get_first_child (button);

  if (child == NULL || gtk_widget_get_next_sibling (child) != NULL || !GTK_IS_IMAGE (child))
    return NULL;
  return gtk_image_get_icon_name (GTK_IMAGE (child));
}

static void
sweep (GtkWidget  *widget,
       const char *close_label)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (g_object_get_data (G_OBJECT (widget), NAMED_KEY) == NULL && GTK_IS_BUTTON (widget))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      /* A text button reads its text once, without a mnemonic's mark. */
      if (label != NULL && gtk_button_get_use_underline (GTK_BUTTON (widget)))
        {
          g_autofree char *name = ot_accessible_strip_mnemonic (label);

          ot_accessible_set_label (widget, name);
        }
      else if (label != NULL)
        ot_accessible_set_label (widget, label);
      else if (g_strcmp0 (icon_of (widget), "window-close-symbolic") == 0)
        ot_accessible_set_label (widget, close_label);
    }

  if (g_object_get_data (G_OBJECT (widget), NAMED_KEY) == NULL && named_by_type (role))
    {
      /* A container, a decoration, or a label with no text: no name, so
       * nothing is read for it. A control left unnamed here keeps GTK's
       * name, and the AT-SPI test finds it. */
      if (is_container_role (role)
          || (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) == '\0'))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          "", -1);
          g_object_set_data (G_OBJECT (widget), NAMED_KEY, GINT_TO_POINTER (TRUE));
        }
    }

  /* A group of rows, by the group's title alone (GTK 4.8 would add the
   * title to an empty name, or say its type). */
  if (GTK_IS_LIST_BOX (widget) && g_object_get_data (G_OBJECT (widget), NAMED_KEY) == NULL)
    {
      GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);
      const char *title = group != NULL
        ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)) : NULL;

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      ot_accessible_set_label (widget, title != NULL ? title : "");
    }

  /* A combo row's lists (its value, its popup) are named by the row's
   * title, and by nothing else; a drop-down names its own. */
  if (GTK_IS_LIST_VIEW (widget) && g_object_get_data (G_OBJECT (widget), NAMED_KEY) == NULL
      && gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW);

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      ot_accessible_set_label (widget, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sweep (child, close_label);

  /* A stack's pages are accessible objects of their own. */
  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (GTK_STACK (widget));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
          GtkStackPage *page = GTK_STACK_PAGE (item);

          if (g_object_get_data (G_OBJECT (page), NAMED_KEY) == NULL)
            {
              const char *title = gtk_stack_page_get_title (page);

              gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              title != NULL ? title : "", -1);
              g_object_set_data (G_OBJECT (page), NAMED_KEY, GINT_TO_POINTER (TRUE));
            }
        }
    }
}

/* Every object under @widget that GTK would name by its type, and that is
 * only a container or a decoration, gets no name instead; a close button
 * of libadwaita's own (a toast's) is named @close_label. */
void
ot_accessible_sweep (GtkWidget  *widget,
                     const char *close_label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (close_label != NULL);

  sweep (widget, close_label);
}

/* Names a row of a list view, a drop-down's or a combo row's popup: GTK
 * 4.8 names the row after nothing. @child is the widget the factory made. */
void
ot_accessible_name_row (GtkWidget  *child,
                        const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (child));


  for (GtkWidget *row = gtk_widget_get_parent (child); row != NULL;
       row = gtk_widget_get_parent (row))
    {
      GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row));

      if (role == GTK_ACCESSIBLE_ROLE_LIST_ITEM || role == GTK_ACCESSIBLE_ROLE_ROW
          || role == GTK_ACCESSIBLE_ROLE_OPTION || gtk_widget_get_focusable (row))
        {
          ot_accessible_set_label (row, name);
          return;
        }
      if (GTK_IS_LIST_VIEW (row) || GTK_IS_COLUMN_VIEW (row) || GTK_IS_POPOVER (row))
        return;
    }
}

static void
string_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  /* The current item is marked, in the popup only. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_opacity (check, 0.0);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
update_check (GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = box != NULL ? gtk_widget_get_last_child (box) : NULL;

  if (check == NULL)
    return;

  /* In the button the choice shows by itself, and the button has focus;
   * in the popup every choice is read whole, over lines if need be. */
  gtk_widget_set_visible (check, gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL);
  if (gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL)
    {
      GtkLabel *label = GTK_LABEL (gtk_widget_get_first_child (box));

      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (label, 40);
    }
  if (gtk_widget_get_ancestor (box, GTK_TYPE_DROP_DOWN) != NULL
      && gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) == NULL)
    ot_compat_list_item_set_focusable (item, FALSE);
  gtk_widget_set_opacity (check, gtk_list_item_get_selected (item) ? 1.0 : 0.0);
}

static void
string_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GObject *object = gtk_list_item_get_item (item);
  const char *text = GTK_IS_STRING_OBJECT (object)
    ? gtk_string_object_get_string (GTK_STRING_OBJECT (object)) : "";

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  /* A popup's rows are bound before they are in the list: GTK 4.12 and
   * later name them from the item. The row that shows the choice in a
   * drop-down's button (GTK 4.12 and later) is bound in place, as GTK
   * 4.8's rows are, and is named from above the child. */
  ot_compat_list_item_set_accessible_label (item, text);
  ot_accessible_name_row (box, text);
  update_check (item);
  g_signal_connect (item, "notify::selected", G_CALLBACK (update_check), NULL);
}

static void
string_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (item, update_check, NULL);
}

/* A factory for a list of GtkStringObject: each row named by its text,
 * long text shortened, the current one marked in a popup. */
GtkListItemFactory *
ot_accessible_string_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (string_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (string_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (string_unbind_cb), NULL);
  return factory;
}

/* The toggle button inside a GtkDropDown, which is what takes focus. */
GtkWidget *
ot_accessible_drop_down_button (GtkDropDown *drop_down)
{
  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      return child;

  return NULL;
}
