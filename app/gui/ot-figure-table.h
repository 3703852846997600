/* ot-figure-table.h: the figures as a table, the chart's alternative
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ot-chart.h"
#include "ot-dataset.h"

G_BEGIN_DECLS

#define OT_TYPE_FIGURE_TABLE (ot_figure_table_get_type ())

G_DECLARE_FINAL_TYPE (OtFigureTable, ot_figure_table, OT, FIGURE_TABLE, GtkWidget)

GtkWidget     *ot_figure_table_new          (void);
void           ot_figure_table_set_dataset  (OtFigureTable *self,
                                             OtDataset     *dataset);
void           ot_figure_table_set_chart    (OtFigureTable *self,
                                             const OtChartLayout *layout);
char          *ot_figure_table_get_row_sentence (OtFigureTable *self,
                                                 guint          row);
gboolean       ot_figure_table_column_is_shown (OtFigureTable *self,
                                                guint          column);
guint          ot_figure_table_get_n_rows   (OtFigureTable *self);
void           ot_figure_table_set_lang     (OtFigureTable *self,
                                             OtLang         lang);
void           ot_figure_table_select       (OtFigureTable *self,
                                             const char    *id);
GtkColumnView *ot_figure_table_get_view     (OtFigureTable *self);
char          *ot_figure_table_get_cell     (OtFigureTable *self,
                                             guint          row,
                                             guint          column);

G_END_DECLS
