/* ot-briefing-private.h: what the file reader and writer need of a briefing
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-briefing.h"

G_BEGIN_DECLS

OtBriefing *ot_briefing_new_embedded     (OtDataset          *dataset,
                                          const char         *figures_origin,
                                          gboolean            letter,
                                          GBytes             *figures,
                                          GBytes             *events);
void        ot_briefing_take_slide       (OtBriefing         *self,
                                          const char         *chart_id,
                                          OtDeckSlide        *slide);
GHashTable *ot_briefing_get_slides       (OtBriefing         *self);
void        ot_briefing_get_figures      (OtBriefing         *self,
                                          gboolean           *letter,
                                          GBytes            **figures,
                                          GBytes            **events);
void        ot_briefing_load_settings    (OtBriefing         *self,
                                          OtLang              lang,
                                          OtTheme             theme,
                                          OtExportFormat      format,
                                          int                 width,
                                          int                 height,
                                          int                 scale);
void        ot_briefing_load_title_slide (OtBriefing         *self,
                                          const char         *title,
                                          const char         *author,
                                          GDateTime          *date);
void        ot_briefing_load_chart_ids   (OtBriefing         *self,
                                          const char * const *chart_ids);

G_END_DECLS
