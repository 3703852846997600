/* ot-compat.h: one window on Debian 12's GTK 4.8 and libadwaita 1.2 and on
 * the current GNOME stack, each with its own widgets
 *
 * Every GTK_CHECK_VERSION / ADW_CHECK_VERSION of the program is in
 * ot-compat.c, the only file built with MAX_ALLOWED at the installed
 * versions (app/gui/meson.build); nothing here names a type newer than
 * GTK 4.8 or libadwaita 1.2, so the rest of the program stays pinned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The letter and the chart: side by side, or one at a time with a
 * switcher when narrow. AdwLeaflet on libadwaita 1.2; AdwNavigationSplitView
 * that an AdwBreakpoint collapses from libadwaita 1.4. In GtkBuilder XML its
 * two children are <child type="start"> and <child type="end">. */
#define OT_TYPE_PANES (ot_panes_get_type ())
G_DECLARE_FINAL_TYPE (OtPanes, ot_panes, OT, PANES, GtkWidget)

gboolean    ot_panes_get_folded       (OtPanes    *self);
const char *ot_panes_get_visible_page (OtPanes    *self);
void        ot_panes_set_visible_page (OtPanes    *self,
                                       const char *name);
void        ot_panes_set_titles       (OtPanes    *self,
                                       const char *start_title,
                                       const char *end_title);

/* Bars above and below a content: a vertical box on libadwaita 1.2,
 * AdwToolbarView from 1.4. Children of type "top" and "bottom" are bars,
 * the untyped one the content. */
#define OT_TYPE_TOOLBAR_VIEW (ot_toolbar_view_get_type ())
G_DECLARE_FINAL_TYPE (OtToolbarView, ot_toolbar_view, OT, TOOLBAR_VIEW, GtkWidget)

/* A bar that says what went wrong with a file, until it is closed:
 * GtkInfoBar on libadwaita 1.2, AdwBanner from 1.4. "closed" is emitted
 * when the user closes it. */
#define OT_TYPE_BANNER (ot_banner_get_type ())
G_DECLARE_FINAL_TYPE (OtBanner, ot_banner, OT, BANNER, GtkWidget)

void        ot_banner_set_text        (OtBanner   *self,
                                       const char *text);
const char *ot_banner_get_text        (OtBanner   *self);
void        ot_banner_set_close_label (OtBanner   *self,
                                       const char *label);
/* A question with two answers instead of a close button, the same bar on
 * every libadwaita (AdwBanner has one button): "response" (a string,
 * "primary" or "secondary") says which was pressed; @text NULL hides it. */
void        ot_banner_set_question    (OtBanner   *self,
                                       const char *text,
                                       const char *primary,
                                       const char *secondary);

/* Dialogs: AdwMessageDialog, AdwAboutWindow and AdwPreferencesWindow on
 * libadwaita 1.2 (windows of their own), AdwAlertDialog, AdwAboutDialog and
 * AdwPreferencesDialog from 1.5 (sheets in the window). */
void        ot_compat_alert                  (GtkWidget          *parent,
                                              const char         *heading,
                                              const char         *body,
                                              const char         *close_label);
/* A question: @responses are pairs of id and label, NULL-ended, shown in
 * that order; @default_id is what Enter chooses, @cancel_id what closing
 * the dialog (Escape) chooses, @destructive_id drawn as destructive (or
 * NULL). @callback gets the id chosen. */
typedef void (*OtCompatAskFunc) (const char *response,
                                 gpointer    user_data);

GtkWidget  *ot_compat_ask                    (GtkWidget          *parent,
                                              const char         *heading,
                                              const char         *body,
                                              const char * const *responses,
                                              const char         *default_id,
                                              const char         *cancel_id,
                                              const char         *destructive_id,
                                              OtCompatAskFunc     callback,
                                              gpointer            user_data);
GtkWidget  *ot_compat_about_new              (void);
void        ot_compat_about_add_legal_section (GtkWidget         *about,
                                              const char         *title,
                                              const char         *copyright,
                                              GtkLicense          license_type,
                                              const char         *license);
GtkWidget  *ot_compat_preferences_new        (AdwPreferencesPage *page,
                                              int                 width,
                                              int                 height);
void        ot_compat_dialog_set_title       (GtkWidget          *dialog,
                                              const char         *title);
void        ot_compat_present                (GtkWidget          *dialog,
                                              GtkWidget          *parent);
GtkWidget  *ot_compat_find_dialog            (GtkWidget          *parent,
                                              GType               type);
gboolean    ot_compat_close_dialog           (GtkWidget          *dialog);

/* Files to open or save: GtkFileChooserNative on GTK 4.8, GtkFileDialog
 * from 4.10; both ask before a file is replaced. The result is the file,
 * or NULL without an error when the user dismissed the dialog; cancelling
 * @cancellable gives G_IO_ERROR_CANCELLED. */
typedef enum
{
  OT_COMPAT_FILE_OPEN,
  OT_COMPAT_FILE_SAVE,
} OtCompatFileMode;

void        ot_compat_choose_file        (GtkWindow           *parent,
                                          OtCompatFileMode     mode,
                                          const char          *title,
                                          const char          *accept_label,
                                          GFile               *folder,
                                          const char          *name,
                                          GtkFileFilter       *filter,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GFile      *ot_compat_choose_file_finish (GAsyncResult        *result,
                                          GError             **error);

/* A URI in the application that handles it (help:, file:): gtk_show_uri_full
 * on GTK 4.8, GtkUriLauncher from 4.10. The task's source is @parent. */
void        ot_compat_launch_uri         (GtkWindow           *parent,
                                          const char          *uri,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    ot_compat_launch_uri_finish  (GAsyncResult        *result,
                                          GError             **error);

/* The accent colour as text takes it (links): libadwaita 1.2 names it
 * in its style sheet, which only the deprecated GtkStyleContext reads;
 * 1.6 and later give it (adw_accent_color_to_standalone_rgba). */
gboolean    ot_compat_get_accent_color   (GtkWidget           *widget,
                                          GdkRGBA             *color);

/* A list row named @label for screen readers by GTK itself (from GTK
 * 4.12): FALSE where GTK cannot, and the caller names it. */
gboolean    ot_compat_list_item_set_accessible_label (GtkListItem *item,
                                                      const char  *label);
/* A row that only shows a choice (in a drop-down's button) takes no focus
 * of its own: from GTK 4.12, where it would. */
void        ot_compat_list_item_set_focusable        (GtkListItem *item,
                                                      gboolean     focusable);

G_END_DECLS
