/* ot-application.c: the application, its settings, language and app actions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ot-accessible.h"
#include "ot-application.h"
#include "ot-gui-resources.h"
#include "ot-compat.h"
#include "ot-preferences.h"
#include "ot-settings.h"
#include "ot-resources.h"
#include "ot-shortcuts.h"
#include "ot-window.h"

struct _OtApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  OtLang          lang;
};

enum
{
  PROP_0,
  PROP_LANG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OtApplication, ot_application, ADW_TYPE_APPLICATION)

static void
update_lang (OtApplication *self)
{
  OtLang lang = ot_settings_get_lang (self->settings);

  if (lang == self->lang)
    return;

  self->lang = lang;
  /* What the core says (a broken file's message) follows the interface. */
  ot_messages_set_lang (lang);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

static void
update_color_scheme (OtApplication *self)
{
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case OT_COLOR_SCHEME_CHOICE_LIGHT:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case OT_COLOR_SCHEME_CHOICE_DARK:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    case OT_COLOR_SCHEME_CHOICE_SYSTEM:
    default:
      break;
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
settings_changed_cb (OtApplication *self,
                     const char    *key)
{
  if (g_str_equal (key, "language"))
    update_lang (self);
  else if (g_str_equal (key, "color-scheme"))
    update_color_scheme (self);
}

static OtWindow *
get_window (OtApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (OT_IS_WINDOW (window))
    return OT_WINDOW (window);

  return ot_window_new (GTK_APPLICATION (self), self->settings);
}

static void
ot_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (OT_APPLICATION (app))));
}

/* Files from the file manager or the command line: the first is opened. */
static void
ot_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  OtWindow *window = get_window (OT_APPLICATION (app));

  if (n_files > 0)
    ot_window_open_file (window, files[0]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  gboolean asked = FALSE;

  /* Closing lets each window save its size; one with unsaved changes asks
   * first, and quits the application once they are saved or discarded. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (OT_IS_WINDOW (l->data) && ot_window_get_modified (l->data))
      {
        ot_window_quit (l->data);
        asked = TRUE;
      }
  for (GList *l = windows; !asked && l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
  if (!asked)
    g_application_quit (G_APPLICATION (user_data));
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  OtApplication *self = OT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  OtLang lang = self->lang;
  const char *developers[] = { "The Ontheemd developers", NULL };
  GtkWidget *about = ot_compat_about_new ();

  /* The same properties on AdwAboutWindow and AdwAboutDialog. */
  g_object_set (about,
                "application-name", "Ontheemd",
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", "The Ontheemd developers",
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/ontheemd/ontheemd",
                "issue-url", "https://github.com/ontheemd/ontheemd/issues",
                "comments", ot_gettext (lang, "Charts of the figures in the Dutch "
                                        "government's letter to parliament on the UN "
                                        "summit on refugees and migrants and the US "
                                        "Leaders' Summit on Refugees, September 2016."),
                "translator-credits", ot_gettext (lang, "translator-credits"),
                NULL);
  ot_compat_about_add_legal_section (about, ot_gettext (lang, "The letter"),
                                     ot_gettext (lang, "Kamerstuk 26 150, no. 155, "
                                                 "8 September 2016"),
                                     GTK_LICENSE_CUSTOM,
                                     ot_gettext (lang, "The figures and text are those of the "
                                                 "letter, signed by the Ministers Koenders "
                                                 "and Ploumen, a public document of the Dutch "
                                                 "government. The displacement figures are "
                                                 "UNHCR's for the end of 2015 (Global Trends "
                                                 "2015). The English translation is the "
                                                 "app's own."));
  ot_compat_present (about, GTK_WIDGET (parent));
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  OtApplication *self = OT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  ot_compat_present (ot_preferences_new (self->settings), GTK_WIDGET (parent));
}

static void
shortcuts_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  OtApplication *self = OT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *window = ot_shortcuts_window_new (self->lang);

  gtk_window_set_transient_for (window, parent);
  gtk_window_present (window);
}

/* No help viewer is no dead end: the window says what is missing. */
static void
help_shown_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OtApplication) self = user_data;
  GtkWindow *parent = GTK_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (ot_compat_launch_uri_finish (result, &error))
    return;

  g_debug ("help:%s: %s", APPLICATION_ID, error->message);
  if (OT_IS_WINDOW (parent))
    ot_window_show_error (OT_WINDOW (parent),
                          ot_gettext (self->lang, "The guide could not be opened"),
                          ot_gettext (self->lang, "Ontheemd's guide is shown by Yelp, GNOME's "
                                      "help viewer. Install Yelp to read it."));
}

/* The user guide (help/), which Yelp shows. */
static void
help_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  OtApplication *self = OT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  ot_compat_launch_uri (parent, "help:" APPLICATION_ID, help_shown_cb, g_object_ref (self));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_cb },
  { "about", about_cb },
  { "help", help_cb },
  { "preferences", preferences_cb },
  { "shortcuts", shortcuts_cb },
};

static void
sweep_window_cb (GtkWindow     *window,
                 GParamSpec    *pspec,
                 OtApplication *self)
{
  ot_accessible_sweep (GTK_WIDGET (window), ot_gettext (self->lang, "Close"));
}

typedef struct
{
  GtkWindow     *window;
  OtApplication *app;
} Sweep;

static void
sweep_free (gpointer data)
{
  Sweep *sweep = data;

  g_object_unref (sweep->window);
  g_object_unref (sweep->app);
  g_free (sweep);
}

static gboolean
sweep_idle_cb (gpointer data)
{
  Sweep *sweep = data;

  sweep_window_cb (sweep->window, NULL, sweep->app);
  return G_SOURCE_REMOVE;
}

static void
sweep_later_cb (GtkWidget     *window,
                OtApplication *self)
{
  Sweep *sweep = g_new0 (Sweep, 1);

  sweep->window = g_object_ref (GTK_WINDOW (window));
  sweep->app = g_object_ref (self);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, sweep_idle_cb, sweep, sweep_free);
}

/* Every window of ours, dialogs too, gets its unnamed parts named as they
 * come (GTK and libadwaita make some only when shown). */
static void
toplevels_changed_cb (GListModel    *toplevels,
                      guint          position,
                      guint          removed,
                      guint          added,
                      OtApplication *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* GTK's own file chooser is GTK's to name. */
      if (g_object_get_data (G_OBJECT (window), "ot-swept") != NULL
          || GTK_IS_FILE_CHOOSER (window))
        continue;
      g_object_set_data (G_OBJECT (window), "ot-swept", GINT_TO_POINTER (TRUE));
      g_signal_connect_object (window, "notify::focus-widget", G_CALLBACK (sweep_window_cb),
                               self, 0);
      g_signal_connect_object (window, "notify::is-active", G_CALLBACK (sweep_window_cb),
                               self, 0);
      g_signal_connect_object (window, "map", G_CALLBACK (sweep_later_cb), self, 0);
    }
}

static void
ot_application_startup (GApplication *app)
{
  OtApplication *self = OT_APPLICATION (app);

  G_APPLICATION_CLASS (ot_application_parent_class)->startup (app);
  g_set_application_name ("Ontheemd");

  self->settings = ot_settings_new ();
  g_signal_connect_swapped (self->settings, "changed", G_CALLBACK (settings_changed_cb), self);
  self->lang = OT_N_LANGS;
  update_lang (self);
  update_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  ot_shortcuts_set_accels (GTK_APPLICATION (app));

  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed",
                           G_CALLBACK (toplevels_changed_cb), self, 0);
}

static void
ot_application_dispose (GObject *object)
{
  OtApplication *self = OT_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ot_application_parent_class)->dispose (object);
}

static void
ot_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OtApplication *self = OT_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_application_class_init (OtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* Before any window template is looked up. */
  ot_resources_ensure ();
  ot_gui_register_resource ();

  object_class->dispose = ot_application_dispose;
  object_class->get_property = ot_application_get_property;
  app_class->activate = ot_application_activate;
  app_class->open = ot_application_open;
  app_class->startup = ot_application_startup;

  /* The language everything is shown in: an OtLang. */
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, 0, OT_N_LANGS - 1, OT_LANG_EN,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ot_application_init (OtApplication *self)
{
  self->lang = ot_lang_from_environment ();
}

OtApplication *
ot_application_new (void)
{
  return g_object_new (OT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
ot_application_get_settings (OtApplication *self)
{
  g_return_val_if_fail (OT_IS_APPLICATION (self), NULL);

  return self->settings;
}

OtLang
ot_application_get_lang (OtApplication *self)
{
  g_return_val_if_fail (OT_IS_APPLICATION (self), OT_LANG_EN);

  return self->lang;
}

int
ot_application_run (int    argc,
                    char **argv)
{
  g_autoptr(OtApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ot_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
