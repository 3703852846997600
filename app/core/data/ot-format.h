/* ot-format.h: numbers, quantities and dates as each language writes them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ot-figure.h"
#include "ot-i18n.h"

G_BEGIN_DECLS

char *ot_format_decimal  (double          value,
                          guint           max_decimals,
                          OtLang          lang);
char *ot_format_quantity (double          value,
                          OtUnit          unit,
                          OtLang          lang);
char *ot_format_figure   (const OtFigure *figure,
                          OtLang          lang);
char *ot_format_compact  (const OtFigure *figure,
                          OtLang          lang);
char *ot_format_in_full  (const OtFigure *figure,
                          OtLang          lang);
const char *ot_format_qualifier_note (OtFigureQualifier qualifier,
                                     OtLang            lang);
char *ot_format_date     (const OtDate   *date,
                          OtLang          lang);
char *ot_format_event_date (const OtEvent *event,
                            OtLang         lang);

const char *ot_format_month_name (guint  month,
                                  OtLang lang);

G_END_DECLS
