/* ot-country.h: a country's name in the chart's language
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-i18n.h"

G_BEGIN_DECLS

const char *ot_country_get_name (const char *iso,
                                 const char *published,
                                 OtLang      lang);

G_END_DECLS
