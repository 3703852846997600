/* ot-window.h: the main window, the letter beside its charts
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-briefing.h"
#include "ot-chart.h"
#include "ot-dataset.h"

G_BEGIN_DECLS

#define OT_TYPE_WINDOW (ot_window_get_type ())

G_DECLARE_FINAL_TYPE (OtWindow, ot_window, OT, WINDOW, AdwApplicationWindow)

OtWindow   *ot_window_new               (GtkApplication *application,
                                         GSettings     *settings);
void        ot_window_show_error        (OtWindow      *self,
                                         const char    *heading,
                                         const char    *message);
GtkWidget  *ot_window_get_chart_view    (OtWindow      *self);
GtkWidget  *ot_window_get_letter_view   (OtWindow      *self);
GtkWidget  *ot_window_get_figure_table  (OtWindow      *self);
GtkWidget  *ot_window_get_chart_picker  (OtWindow      *self);
OtDataset  *ot_window_get_dataset       (OtWindow      *self);
GFile      *ot_window_get_file          (OtWindow      *self);
void        ot_window_open_file         (OtWindow      *self,
                                         GFile         *file);
gboolean    ot_window_is_loading        (OtWindow      *self);
const char *ot_window_get_banner_text   (OtWindow      *self);
const char *ot_window_get_last_toast    (OtWindow      *self);
gboolean    ot_window_follow_link       (OtWindow      *self,
                                         const char    *ref);
gboolean    ot_window_show_source       (OtWindow      *self,
                                         const char    *id);
gboolean    ot_window_get_folded        (OtWindow      *self);
const char *ot_window_get_visible_page  (OtWindow      *self);

const OtChart *ot_window_get_nth_chart (OtWindow *self,
                                        guint     index,
                                        guint    *out_n);

const char    *ot_window_get_announcement  (OtWindow      *self);

/* The briefing (ot-window-briefing.c). */
OtBriefing    *ot_window_get_briefing      (OtWindow      *self);
GFile         *ot_window_get_briefing_file (OtWindow      *self);
GFile         *ot_window_get_recovery_file (OtWindow      *self);
const char    *ot_window_get_restore_text  (OtWindow      *self);
gboolean       ot_window_get_modified      (OtWindow      *self);
void           ot_window_edit_chart        (OtWindow             *self,
                                            const char           *chart_id,
                                            const char           *field,
                                            const char           *name,
                                            const OtChartChanges *after);
void           ot_window_edit_slides       (OtWindow           *self,
                                            const char * const *ids);
gboolean       ot_window_edit_quote        (OtWindow           *self,
                                            const char         *chart_id,
                                            const char * const *passages);
gboolean       ot_window_edit_speaker_notes (OtWindow          *self,
                                            const char         *chart_id,
                                            const char         *notes);
gboolean       ot_window_edit_title_slide  (OtWindow           *self,
                                            const char         *title,
                                            const char         *author,
                                            GDateTime          *date);
GtkWidget     *ot_window_get_briefing_panel (OtWindow     *self);
gboolean       ot_window_undo              (OtWindow      *self);
gboolean       ot_window_redo              (OtWindow      *self);
char          *ot_window_dup_undo_label    (OtWindow      *self,
                                            gboolean       redo);
gboolean       ot_window_save_briefing_to  (OtWindow      *self,
                                            GFile         *file,
                                            GError       **error);
gboolean       ot_window_open_briefing     (OtWindow      *self,
                                            GFile         *file,
                                            GError       **error);
void           ot_window_quit              (OtWindow      *self);

G_END_DECLS
