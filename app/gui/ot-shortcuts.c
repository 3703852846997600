/* ot-shortcuts.c: every keyboard shortcut once, and the shortcuts window made from them
 *
 * GTK 4.8 builds a GtkShortcutsWindow only from GtkBuilder XML, whose
 * translations are fixed at load; so the XML is written here with the
 * titles in the chosen language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-shortcuts"

#include "config.h"

#include "ot-shortcuts.h"

typedef enum
{
  SHORTCUT_ACTION,      /* the action's accelerators: bound, listed, and beside menu items */
  SHORTCUT_WIDGET,      /* keys a widget handles itself (the letter, the chart, a slide);
                         * with @action, the menu item of that action shows them */
  SHORTCUT_WITH_ABOVE,  /* an action listed on the row above, with its keys */
  SHORTCUT_GROUP,       /* a heading of the shortcuts window */
} ShortcutKind;

typedef struct
{
  ShortcutKind  kind;
  const char   *action;
  const char   *accels[3];  /* the first is what the window and the menu show */
  const char   *title;
} Shortcut;

/* Every shortcut, once: the application's accelerators, the shortcuts
 * window and the accelerators shown in the menu are made from this. */
static const Shortcut shortcuts[] = {
  { SHORTCUT_GROUP, NULL, { NULL }, N_("Briefing") },
  { SHORTCUT_ACTION, "win.new-briefing", { "<Control>n" }, N_("New briefing") },
  { SHORTCUT_ACTION, "win.open", { "<Control>o" }, N_("Open a briefing or your own figures") },
  { SHORTCUT_ACTION, "win.save", { "<Control>s" }, N_("Save the briefing") },
  { SHORTCUT_ACTION, "win.save-as", { "<Control><Shift>s" }, N_("Save the briefing as") },
  { SHORTCUT_ACTION, "win.undo", { "<Control>z" }, N_("Undo") },
  { SHORTCUT_ACTION, "win.redo", { "<Control><Shift>z" }, N_("Redo") },
  { SHORTCUT_ACTION, "win.edit-panel", { "F9" },
    N_("Edit the chart, its slide and the title slide") },
  { SHORTCUT_WIDGET, NULL, { "h" }, N_("Highlight the chart's element, or no longer") },
  { SHORTCUT_GROUP, NULL, { NULL }, N_("Figures") },
  { SHORTCUT_ACTION, "win.reload", { "<Control>r" }, N_("Reload the figures file") },
  { SHORTCUT_ACTION, "win.export", { "<Control>e" }, N_("Export the chart") },
  { SHORTCUT_ACTION, "win.print", { "<Control>p" }, N_("Print the slides") },
  { SHORTCUT_ACTION, "win.export-table", { "<Control><Shift>e" }, N_("Export the table as CSV") },
  /* The chart and the table copy themselves; the letter copies its text. */
  { SHORTCUT_WIDGET, "win.copy-chart", { "<Control>c" }, N_("Copy the chart or the table") },
  { SHORTCUT_ACTION, "win.copy-alt-text", { "<Control><Shift>c" },
    N_("Copy the chart's alt text") },
  { SHORTCUT_GROUP, NULL, { NULL }, N_("Letter and chart") },
  { SHORTCUT_WIDGET, NULL, { "Tab" }, N_("Move to the next figure in the letter") },
  { SHORTCUT_WIDGET, NULL, { "Return" },
    N_("Show the figure in the chart, or its sentence in the letter") },
  { SHORTCUT_WIDGET, NULL, { "Left Right" }, N_("Move between the elements of the chart") },
  { SHORTCUT_ACTION, "win.previous-chart", { "<Control>Page_Up" }, N_("Previous or next chart") },
  { SHORTCUT_WITH_ABOVE, "win.next-chart", { "<Control>Page_Down" }, NULL },
  { SHORTCUT_ACTION, "win.toggle-table", { "<Control>t" },
    N_("Show the figures as a table or as a chart") },
  { SHORTCUT_ACTION, "win.show-letter", { "<Alt>1" },
    N_("Show the letter or the chart on a narrow window") },
  { SHORTCUT_WITH_ABOVE, "win.show-chart", { "<Alt>2" }, NULL },
  { SHORTCUT_GROUP, NULL, { NULL }, N_("Presenting") },
  { SHORTCUT_ACTION, "win.present", { "F5" }, N_("Present the slides full screen") },
  { SHORTCUT_WIDGET, NULL, { "Right Page_Down space" }, N_("Next slide") },
  { SHORTCUT_WIDGET, NULL, { "Left Page_Up BackSpace" }, N_("Previous slide") },
  { SHORTCUT_WIDGET, NULL, { "Home End" }, N_("First or last slide") },
  { SHORTCUT_WIDGET, NULL, { "b w" }, N_("Black or white screen, and back") },
  { SHORTCUT_WIDGET, NULL, { "Escape" }, N_("Leave the presentation") },
  { SHORTCUT_GROUP, NULL, { NULL }, N_("General") },
  { SHORTCUT_ACTION, "app.help", { "F1" }, N_("Help") },
  { SHORTCUT_ACTION, "app.preferences", { "<Control>comma" }, N_("Preferences") },
  { SHORTCUT_ACTION, "app.shortcuts", { "<Control>question", "<Control>F1" },
    N_("Keyboard shortcuts") },
  { SHORTCUT_ACTION, "window.close", { "<Control>w" }, N_("Close the window") },
  { SHORTCUT_ACTION, "app.quit", { "<Control>q" }, N_("Quit") },
};

/* Binds every action's accelerators in @app. */
void
ot_shortcuts_set_accels (GtkApplication *app)
{
  g_return_if_fail (GTK_IS_APPLICATION (app));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    if (shortcuts[i].kind == SHORTCUT_ACTION || shortcuts[i].kind == SHORTCUT_WITH_ABOVE)
      gtk_application_set_accels_for_action (app, shortcuts[i].action, shortcuts[i].accels);
}

/* What a menu item of @action shows as its shortcut, or NULL. */
const char *
ot_shortcuts_get_accel (const char *action)
{
  g_return_val_if_fail (action != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    if (g_strcmp0 (shortcuts[i].action, action) == 0)
      return shortcuts[i].accels[0];
  return NULL;
}

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
  /* GTK's own words in the window, in the chosen language, not the system's. */
  if (GTK_IS_LABEL (widget)
      && (g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), "Shortcuts")
          || g_str_equal (gtk_label_get_text (GTK_LABEL (widget)),
                          g_dgettext ("gtk40", "Shortcuts"))))
    gtk_label_set_text (GTK_LABEL (widget), ot_gettext (lang, "Keyboard shortcuts"));
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_object_set (widget, "placeholder-text", ot_gettext (lang, "Search shortcuts"), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ot_gettext (lang, "Search shortcuts"), -1);
    }

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
      g_autofree char *title = NULL;
      g_autofree char *accel = NULL;

      /* A row of two actions shows the keys of both. */
      if (shortcuts[i].kind == SHORTCUT_WITH_ABOVE)
        continue;
      title = g_markup_escape_text (ot_gettext (lang, shortcuts[i].title), -1);
      if (i + 1 < G_N_ELEMENTS (shortcuts) && shortcuts[i + 1].kind == SHORTCUT_WITH_ABOVE)
        accel = g_strdup_printf ("%s %s", shortcuts[i].accels[0], shortcuts[i + 1].accels[0]);
      else
        accel = g_strdup (shortcuts[i].accels[0]);

      if (shortcuts[i].kind == SHORTCUT_GROUP)
        {
          if (in_group)
            g_string_append (xml, "</object></child>");
          g_string_append_printf (xml, "<child><object class=\"GtkShortcutsGroup\">"
                                  "<property name=\"title\">%s</property>", title);
          in_group = TRUE;
        }
      else
        {
          g_autofree char *escaped = g_markup_escape_text (accel, -1);

          g_string_append_printf (xml, "<child><object class=\"GtkShortcutsShortcut\">"
                                  "<property name=\"accelerator\">%s</property>"
                                  "<property name=\"title\">%s</property>"
                                  "</object></child>", escaped, title);
        }
    }
  g_string_append (xml, "</object></child></object></child></object></interface>");

  builder = gtk_builder_new ();
  if (!gtk_builder_add_from_string (builder, xml->str, xml->len, &error))
    g_error ("The shortcuts window could not be built: %s", error->message);

  window = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "window")));
  gtk_window_set_title (window, ot_gettext (lang, "Keyboard shortcuts"));
  name_keys (GTK_WIDGET (window), lang);
  return window;
}
