/* ot-window-private.h: what the window and its actions share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-briefing.h"
#include "ot-briefing-panel.h"
#include "ot-chart-view.h"
#include "ot-edit-history.h"
#include "ot-compat.h"
#include "ot-figure-table.h"
#include "ot-figures-source.h"
#include "ot-letter-view.h"
#include "ot-recovery.h"
#include "ot-window.h"

G_BEGIN_DECLS

struct _OtWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkWidget            *open_button;
  GtkMenuButton        *menu_button;
  GtkWidget            *export_button;
  GtkWidget            *present_button;
  OtBanner             *banner;
  OtBanner             *restore_banner; /* Restore / Discard of unsaved changes */
  OtPanes              *panes;
  GtkWidget            *letter_scroller;
  GtkLabel             *letter_notice;
  OtLetterView         *letter_view;
  GtkWidget            *chart_pane;
  GtkDropDown          *chart_picker;
  GtkWidget            *shares_button;
  GtkWidget            *chart_toggle;
  GtkWidget            *table_toggle;
  GtkWidget            *edit_button;
  GtkWidget            *copy_button;
  GtkStack             *view_stack;
  OtChartView          *chart_view;
  OtFigureTable        *figure_table;
  GtkRevealer          *switcher_bar;
  GtkRevealer          *panel_revealer;
  OtBriefingPanel      *briefing_panel;
  gboolean              panel_stale;    /* the panel shows another chart or language */
  AdwButtonContent     *letter_switch_content;
  AdwButtonContent     *chart_switch_content;

  GSettings            *settings;
  OtLang                lang;
  OtDataset            *dataset;
  GPtrArray            *charts;        /* const OtChart: those the data can draw */
  OtFiguresSource      *source;         /* a figures file: loads, follows, reloads it */
  char                 *banner_text;
  char                 *banner_error;   /* the file's error, for the banner */
  gboolean              banner_reload;
  GFile                *banner_file;    /* the file it is about */
  char                 *last_toast;
  char                 *source_id;      /* whose sentence the letter highlights */
  gboolean              updating_picker;
  guint                 announce_source;
  char                 *announcement;

  OtBriefing           *briefing;       /* what the window edits */
  GFile                *briefing_file;  /* where it is saved, or NULL */
  guint64               saved_count;    /* its change count when saved or opened */
  char                 *saved_checksum; /* its bytes' then, or NULL: never saved */
  guint64               checked_count;  /* the change count last compared */
  gboolean              checked_modified;
  OtEditHistory        *history;
  OtRecovery           *recovery;       /* this window's own, or NULL */
  OtRecovery           *left;           /* one a window that is gone left, offered */
  gboolean              recovery_failed;
  gboolean              close_confirmed;
  gboolean              quit_on_close;
};

/* ot-window-messages.c (toast, announce) and ot-window.c */
void ot_window_toast            (OtWindow     *self,
                                 const char   *title,
                                 GFile        *open_file);
void ot_window_set_chart_id     (OtWindow     *self,
                                 const char   *id);
void ot_window_set_view         (OtWindow     *self,
                                 const char   *view);
void ot_window_set_page         (OtWindow     *self,
                                 const char   *page);
void ot_window_reload           (OtWindow     *self);
void ot_window_use_letter_figures (OtWindow   *self);
void ot_window_announce         (OtWindow     *self,
                                 const char   *message);
GMenuModel *ot_window_build_menu (OtWindow    *self);

/* ot-window-messages.c */
void ot_window_messages_init    (OtWindow     *self);
void ot_window_sweep_names      (OtWindow     *self);

/* ot-window-links.c */
void ot_window_links_init       (OtWindow     *self);
void ot_window_update_letter_links (OtWindow  *self);

/* ot-window-briefing.c */
void     ot_window_set_briefing        (OtWindow   *self,
                                        OtBriefing *briefing,
                                        GFile      *file);
void     ot_window_new_briefing        (OtWindow   *self);
void     ot_window_update_changes      (OtWindow   *self);
gboolean ot_window_is_briefing_file    (GFile      *file);
void     ot_window_briefing_dispose    (OtWindow   *self);
void     ot_window_panel_init          (OtWindow   *self);
/* ot-window-choices.c */
void     ot_window_take_export_choices (OtWindow   *self);
OtLang   ot_window_get_export_lang     (OtWindow   *self);
void     ot_window_apply_export_choices (OtWindow  *self);
void     ot_window_panel_update        (OtWindow   *self);
void     ot_window_toggle_highlight    (OtWindow   *self,
                                        const char *element_id);
void     ot_window_annotate_element    (OtWindow   *self,
                                        const char *element_id);
void     ot_window_update_restore_banner (OtWindow *self);
gboolean ot_window_save_briefing_or_say (OtWindow  *self,
                                         GFile     *file);
const OtChartChanges *ot_window_get_chart_changes (OtWindow   *self,
                                                   const char *chart_id);
OtDeckChanges *ot_window_dup_deck_changes      (OtWindow   *self);
GPtrArray *ot_window_dup_slide_charts          (OtWindow   *self);
GStrv      ot_window_dup_slide_ids             (OtWindow   *self);
/* ot-window.c */
void     ot_window_show_briefing_dataset (OtWindow  *self,
                                          OtDataset *dataset);

/* ot-window-actions.c */
void ot_window_class_actions_init (GtkWidgetClass *klass);
void ot_window_actions_init     (OtWindow     *self);
void ot_window_actions_update   (OtWindow     *self);
void ot_window_add_recent       (OtWindow     *self,
                                 GFile        *file);
gboolean ot_window_export_chart_to (OtWindow  *self,
                                    GFile     *file,
                                    GError   **error);
gboolean ot_window_export_table_to (OtWindow  *self,
                                    GFile     *file,
                                    GError   **error);

gboolean ot_window_export_deck (OtWindow  *self,
                                GFile     *file,
                                GError   **error);

G_END_DECLS
