/* ot-file-drop.h: a file dropped anywhere on a widget, handed to whoever opens it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*OtFileDropFunc) (GtkWidget *widget,
                                GFile     *file);

void ot_file_drop_attach (GtkWidget      *widget,
                          OtFileDropFunc  open);

G_END_DECLS
