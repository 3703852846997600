/* ot-briefing-panel.h: the side panel where the chart on screen, its slide
 * and the briefing's title slide are made the user's own
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-briefing.h"
#include "ot-chart-view.h"

G_BEGIN_DECLS

/* What the panel edits, for its rows and their reset buttons. */
typedef enum
{
  OT_PANEL_TITLE,
  OT_PANEL_SUBTITLE,
  OT_PANEL_NOTES,
  OT_PANEL_SOURCE,
  OT_PANEL_BYLINE,
  OT_PANEL_SPEAKER_NOTES,
  OT_PANEL_DECK_TITLE,
  OT_PANEL_DECK_AUTHOR,
  OT_PANEL_NEW_ANNOTATION,
  OT_PANEL_N_ENTRIES
} OtPanelEntry;

#define OT_TYPE_BRIEFING_PANEL (ot_briefing_panel_get_type ())

G_DECLARE_FINAL_TYPE (OtBriefingPanel, ot_briefing_panel, OT, BRIEFING_PANEL, GtkWidget)

void        ot_briefing_panel_set_context     (OtBriefingPanel *self,
                                               OtBriefing      *briefing,
                                               OtChartView     *chart_view,
                                               OtLang           lang,
                                               OtLang           quote_lang);
void        ot_briefing_panel_rebuild         (OtBriefingPanel *self);
void        ot_briefing_panel_sync            (OtBriefingPanel *self);

GtkEditable *ot_briefing_panel_get_entry      (OtBriefingPanel *self,
                                               OtPanelEntry     entry);
GtkWidget   *ot_briefing_panel_get_reset_button (OtBriefingPanel *self,
                                                 OtPanelEntry     entry);
GtkWidget   *ot_briefing_panel_get_highlight_check (OtBriefingPanel *self,
                                                    const char      *element_id);
gboolean     ot_briefing_panel_add_annotation (OtBriefingPanel *self,
                                               const char      *element_id,
                                               const char      *text);
GtkWidget   *ot_briefing_panel_get_quote_button (OtBriefingPanel *self);
GtkWidget   *ot_briefing_panel_get_quote_picker (OtBriefingPanel *self);
void         ot_briefing_panel_focus_first    (OtBriefingPanel *self);
gboolean     ot_briefing_panel_begin_annotation (OtBriefingPanel *self,
                                                 const char      *element_id);
guint        ot_briefing_panel_get_annotation_target (OtBriefingPanel *self);
GtkEditable *ot_briefing_panel_get_annotation_entry (OtBriefingPanel *self,
                                                     guint            index);

G_END_DECLS
