/* ot-preferences.c: language and colour scheme
 *
 * Both apply at once: the language to the window, the letter, the charts
 * and the numbers; the colour scheme to the window (exports have their own
 * theme). The rows relabel themselves when the language changes. The page
 * is shown in a preferences window or dialog (ot_compat_preferences_new).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-preferences"

#include "config.h"

#include "ot-compat.h"
#include "ot-preferences.h"
#include "ot-settings.h"

/* The rows list OtLanguageChoice and OtColorSchemeChoice in their order
 * (ot-settings.h), whose nicks the settings store. */

struct _OtPreferencesPage
{
  AdwPreferencesPage    parent_instance;

  GSettings            *settings;
  GtkWidget            *dialog;         /* the window or dialog it is in */
  AdwPreferencesGroup  *language_group;
  AdwPreferencesGroup  *appearance_group;
  AdwComboRow          *language_row;
  AdwComboRow          *scheme_row;
  gboolean              relabelling;
};

G_DEFINE_FINAL_TYPE (OtPreferencesPage, ot_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

static void
set_model (AdwComboRow *row,
           const char  *first,
           ...)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    gtk_string_list_append (list, s);
  va_end (args);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static void
relabel (OtPreferencesPage *self)
{
  OtLang lang = ot_settings_get_lang (self->settings);

  self->relabelling = TRUE;
  if (self->dialog != NULL)
    ot_compat_dialog_set_title (self->dialog, ot_gettext (lang, "Preferences"));
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), ot_gettext (lang, "General"));
  adw_preferences_group_set_title (self->language_group, ot_gettext (lang, "Language"));
  adw_preferences_group_set_description (self->language_group,
                                         ot_gettext (lang, "For the window, the letter, the "
                                                     "charts and the numbers"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->language_row),
                                 ot_gettext (lang, "Language"));
  /* Each language is named in itself. */
  set_model (self->language_row, ot_gettext (lang, "System"), "Nederlands", "English", NULL);
  adw_combo_row_set_selected (self->language_row,
                              g_settings_get_enum (self->settings, "language"));

  adw_preferences_group_set_title (self->appearance_group, ot_gettext (lang, "Appearance"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->scheme_row),
                                 ot_gettext (lang, "Colour scheme"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scheme_row),
                               ot_gettext (lang, "Exports choose their own"));
  set_model (self->scheme_row, ot_gettext (lang, "Follow the system"), ot_gettext (lang, "Light"),
             ot_gettext (lang, "Dark"), NULL);
  adw_combo_row_set_selected (self->scheme_row,
                              g_settings_get_enum (self->settings, "color-scheme"));
  self->relabelling = FALSE;
}

static void
language_selected_cb (OtPreferencesPage *self)
{
  guint i = adw_combo_row_get_selected (self->language_row);

  if (self->settings != NULL && !self->relabelling && i <= OT_LANGUAGE_CHOICE_EN)
    g_settings_set_enum (self->settings, "language", i);
}

static void
scheme_selected_cb (OtPreferencesPage *self)
{
  guint i = adw_combo_row_get_selected (self->scheme_row);

  if (self->settings != NULL && !self->relabelling && i <= OT_COLOR_SCHEME_CHOICE_DARK)
    g_settings_set_enum (self->settings, "color-scheme", i);
}

static void
ot_preferences_page_dispose (GObject *object)
{
  OtPreferencesPage *self = OT_PREFERENCES_PAGE (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ot_preferences_page_parent_class)->dispose (object);
}

static void
ot_preferences_page_class_init (OtPreferencesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ot_preferences_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ot-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesPage, language_group);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesPage, appearance_group);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesPage, scheme_row);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, scheme_selected_cb);
}

static void
ot_preferences_page_init (OtPreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The language and colour scheme in @settings, applied as they change: a
 * window or dialog to present (ot_compat_present). */
GtkWidget *
ot_preferences_new (GSettings *settings)
{
  OtPreferencesPage *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (OT_TYPE_PREFERENCES_PAGE, NULL);
  self->settings = g_object_ref (settings);
  self->dialog = ot_compat_preferences_new (ADW_PREFERENCES_PAGE (self), 480, 360);
  relabel (self);
  g_signal_connect_object (settings, "changed::language", G_CALLBACK (relabel), self,
                           G_CONNECT_SWAPPED);
  return self->dialog;
}
