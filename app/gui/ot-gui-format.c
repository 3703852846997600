/* ot-gui-format.c: how the window words a figure beyond what the charts say
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-gui-format"

#include "config.h"

#include "ot-format.h"
#include "ot-gui-format.h"

/* Every digit with its unit: "21,300,000 people", "€ 260.000.000". */
char *
ot_gui_format_exact (double value,
                     OtUnit unit,
                     OtLang lang)
{
  g_autofree char *number = ot_format_decimal (value, 2, lang);

  switch (unit)
    {
    case OT_UNIT_EUR:
      return g_strdup_printf (ot_gettext (lang, "€%s"), number);
    case OT_UNIT_PERCENT:
      return g_strdup_printf (ot_gettext (lang, "%s%%"), number);
    case OT_UNIT_PEOPLE:
    default:
      /* TRANSLATORS: an exact number of people: "21,300,000 people" */
      return g_strdup_printf (ot_ngettext (lang, "%s person", "%s people", value == 1 ? 1 : 2),
                              number);
    }
}
