/* ot-application.c: the application, its actions and accelerators
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ot-application.h"
#include "ot-dataset.h"
#include "ot-gui-resources.h"
#include "ot-i18n.h"
#include "ot-resources.h"
#include "ot-window.h"

struct _OtApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (OtApplication, ot_application, ADW_TYPE_APPLICATION)

static void
ot_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (ot_window_new (OT_APPLICATION (app)));

  gtk_window_present (window);
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  OtLang lang = ot_lang_from_environment ();
  const char *developers[] = { "The Ontheemd developers", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, "Ontheemd");
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 ot_gettext (lang, "Charts of the figures in the Dutch "
                                             "government's letter to parliament on the UN "
                                             "summit on refugees and migrants and the US "
                                             "Leaders' Summit on Refugees, September 2016."));
  adw_about_window_add_legal_section (about, ot_gettext (lang, "Data"),
                                      ot_gettext (lang, "Kamerstuk 26 150, no. 155, "
                                                  "8 September 2016"),
                                      GTK_LICENSE_CUSTOM,
                                      ot_gettext (lang, "The figures and text are those of the "
                                                  "letter, signed by the Ministers Koenders "
                                                  "and Ploumen."));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_cb },
  { "about", about_cb },
};

static void
ot_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (ot_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
ot_application_class_init (OtApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* Before any window template is looked up. */
  ot_resources_ensure ();
  ot_gui_register_resource ();

  app_class->activate = ot_application_activate;
  app_class->startup = ot_application_startup;
}

static void
ot_application_init (OtApplication *self)
{
}

OtApplication *
ot_application_new (void)
{
  return g_object_new (OT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
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
