/* ot-gui-format.h: how the window words a figure beyond what the charts say
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-figure.h"
#include "ot-i18n.h"

G_BEGIN_DECLS

char *ot_gui_format_in_full (const OtFigure *figure,
                             OtLang          lang);

G_END_DECLS
