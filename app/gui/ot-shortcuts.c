/* ot-shortcuts.c: the keyboard shortcuts window, in the app's language
 *
 * GTK 4.8 builds a GtkShortcutsWindow only from GtkBuilder XML, whose
 * translations are fixed at load; so the XML is written here with the
 * titles in the chosen language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-shortcuts"

#include "config.h"

#include "ot-shortcuts.h"

typedef struct
{
  const char *accel;   /* NULL starts a group; the title is the group's */
  const char *title;
} Shortcut;

static const Shortcut shortcuts[] = {
  { NULL, N_("Figures") },
  { "<Control>o", N_("Open your own figures") },
  { "<Control>r", N_("Reload the figures file") },
  { "<Control>e", N_("Export the chart") },
  { "<Control>p", N_("Print the slides") },
  { "<Control><Shift>e", N_("Export the table as CSV") },
  { "<Control>c", N_("Copy the chart or the table") },
  { NULL, N_("Letter and chart") },
  { "Tab", N_("Move to the next figure in the letter") },
  { "Return", N_("Show the figure in the chart, or its sentence in the letter") },
  { "Left Right", N_("Move between the elements of the chart") },
  { "<Control>Page_Up <Control>Page_Down", N_("Previous or next chart") },
  { "<Control>t", N_("Show the figures as a table or as a chart") },
  { "<Alt>1 <Alt>2", N_("Show the letter or the chart on a narrow window") },
  { NULL, N_("Presenting") },
  { "F5", N_("Present the slides full screen") },
  { "Right Page_Down space", N_("Next slide") },
  { "Left Page_Up BackSpace", N_("Previous slide") },
  { "Home End", N_("First or last slide") },
  { "b w", N_("Black or white screen, and back") },
  { "Escape", N_("Leave the presentation") },
  { NULL, N_("General") },
  { "F1", N_("Help") },
  { "<Control>comma", N_("Preferences") },
  { "<Control>question", N_("Keyboard shortcuts") },
  { "<Control>w", N_("Close the window") },
  { "<Control>q", N_("Quit") },
};

/* GTK 4.8 shows some keys by their X names ("Page_Down", "BackSpace",
 * "Escape"), in its own language whatever ours: these as a user reads them. */
static const struct { const char *x_name; const char *label; } key_names[] = {
  { "Page_Up", N_("Page Up") },
  { "Page_Down", N_("Page Down") },
  { "BackSpace", N_("Backspace") },
  { "Escape", N_("Esc") },
  { "Home", N_("Home") },
  { "End", N_("End") },
  { "Tab", N_("Tab") },
  { "Ctrl", N_("Ctrl") },
  { "Shift", N_("Shift") },
  { "Alt", N_("Alt") },
};

static void
name_keys (GtkWidget *widget,
           OtLang     lang)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUT_LABEL) != NULL)
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      for (guint i = 0; i < G_N_ELEMENTS (key_names); i++)
        if (g_str_equal (text, key_names[i].x_name)
            || g_str_equal (text, g_dpgettext2 ("gtk40", "keyboard label", key_names[i].x_name)))
          {
            gtk_label_set_text (GTK_LABEL (widget), ot_gettext (lang, key_names[i].label));
            break;
          }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_keys (child, lang);
}

GtkWindow *
ot_shortcuts_window_new (OtLang lang)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  gboolean in_group = FALSE;

  g_string_append_printf (xml,
                          "<interface><object class=\"GtkShortcutsWindow\" id=\"window\">"
                          "<property name=\"modal\">True</property>"
                          "<child><object class=\"GtkShortcutsSection\">"
                          "<property name=\"section-name\">shortcuts</property>"
                          "<property name=\"max-height\">12</property>");
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_autofree char *title = g_markup_escape_text (ot_gettext (lang, shortcuts[i].title), -1);

      if (shortcuts[i].accel == NULL)
        {
          if (in_group)
            g_string_append (xml, "</object></child>");
          g_string_append_printf (xml, "<child><object class=\"GtkShortcutsGroup\">"
                                  "<property name=\"title\">%s</property>", title);
          in_group = TRUE;
        }
      else
        {
          g_autofree char *accel = g_markup_escape_text (shortcuts[i].accel, -1);

          g_string_append_printf (xml, "<child><object class=\"GtkShortcutsShortcut\">"
                                  "<property name=\"accelerator\">%s</property>"
                                  "<property name=\"title\">%s</property>"
                                  "</object></child>", accel, title);
        }
    }
  g_string_append (xml, "</object></child></object></child></object></interface>");

  builder = gtk_builder_new ();
  if (!gtk_builder_add_from_string (builder, xml->str, xml->len, &error))
    g_error ("The shortcuts window could not be built: %s", error->message);

  window = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "window")));
  name_keys (GTK_WIDGET (window), lang);
  return window;
}
