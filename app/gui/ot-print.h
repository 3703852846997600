/* ot-print.h: printing charts, one a page, with the export renderer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-chart.h"
#include "ot-dataset.h"
#include "ot-deck-changes.h"

G_BEGIN_DECLS

GtkPrintOperation *ot_print_operation_new (OtDataset          *dataset,
                                           const char * const *chart_ids,
                                           const OtChartStyle *style,
                                           OtDeckChanges      *deck);

G_END_DECLS
