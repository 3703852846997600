/* ot-export-dialog.h: export a chart for a slide or a page
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ot-export.h"

G_BEGIN_DECLS

#define OT_TYPE_EXPORT_DIALOG (ot_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OtExportDialog, ot_export_dialog, OT, EXPORT_DIALOG, AdwWindow)

GtkWidget  *ot_export_dialog_new          (GtkWindow       *parent,
                                           GSettings       *settings,
                                           OtDataset       *dataset,
                                           const OtChart   *chart,
                                           const OtChartChanges *changes,
                                           OtLang           lang);
gboolean    ot_export_chart_as_chosen     (GSettings       *settings,
                                           OtLang           lang,
                                           const OtChart   *chart,
                                           const OtChartChanges *changes,
                                           OtDataset       *dataset,
                                           GFile           *file,
                                           GError         **error);
void        ot_export_options_from_settings (GSettings     *settings,
                                             OtLang         app_lang,
                                             OtExportOptions *options);
const char *ot_export_format_extension    (OtExportFormat   format);

G_END_DECLS
