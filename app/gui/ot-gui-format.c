/* ot-gui-format.c: how the window words a figure beyond what the charts say
 *
 * A figure is shown as the letter publishes it ("40.8 million"); its every
 * digit only where a spreadsheet needs them, and then said to be that. All
 * of it in this one place, so that the core's own wording can take over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-gui-format"

#include "config.h"

#include <string.h>

#include "ot-format.h"
#include "ot-gui-format.h"

/* Every digit with its unit: "21,300,000 people", "€260,000,000". */
static char *
format_digits (double value,
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

/* The figure in full, labelled as such: "40,800,000 people in full
 * (published as 40.8 million)"; NULL when the letter already gives every
 * digit ("10%", "up to about 4,000"). */
char *
ot_gui_format_in_full (const OtFigure *figure,
                       OtLang          lang)
{
  g_autofree char *published = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *number = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  published = ot_format_figure (figure, lang);
  number = ot_format_decimal (figure->value, 2, lang);
  if (strstr (published, number) != NULL)
    return NULL;

  digits = format_digits (figure->value, figure->unit, lang);
  /* TRANSLATORS: every digit of a figure, and how the letter gives it:
   * "40,800,000 people in full (published as 40.8 million)" */
  return g_strdup_printf (ot_gettext (lang, "%s in full (published as %s)"), digits, published);
}
