/* ot-accessible.h: what GTK 4.8 leaves unnamed, named for screen readers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char               *ot_accessible_strip_mnemonic           (const char  *label);
void                ot_accessible_set_label                (GtkWidget   *widget,
                                                            const char  *label);
GtkWidget          *ot_accessible_button_new_with_mnemonic (const char  *label);
void                ot_accessible_sweep                    (GtkWidget   *widget,
                                                            const char  *close_label);
void                ot_accessible_name_row                 (GtkWidget   *child,
                                                            const char  *name);
GtkListItemFactory *ot_accessible_string_factory_new       (void);
GtkWidget          *ot_accessible_drop_down_button         (GtkDropDown *drop_down);

G_END_DECLS
