/* ot-format.c: numbers, quantities and dates as each language writes them
 *
 * Never through printf in the user's locale: digits come from
 * g_ascii_formatd and the separators from the chosen language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-format.h"

static const char *month_names[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

/* "december", "December": @month (1–12) as dates name it in @lang. */
const char *
ot_format_month_name (guint  month,
                      OtLang lang)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return ot_gettext (lang, month_names[month - 1]);
}

char *
ot_format_decimal (double value,
                   guint  max_decimals,
                   OtLang lang)
{
  char digits[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  const char *group_sep = lang == OT_LANG_NL ? "." : ",";
  const char *decimal_sep = lang == OT_LANG_NL ? "," : ".";
  const char *p, *point;
  GString *out;
  gsize int_len;

  g_return_val_if_fail (isfinite (value), g_strdup ("?"));
  g_return_val_if_fail (max_decimals <= 9, NULL);

  g_snprintf (format, sizeof format, "%%.%uf", max_decimals);
  g_ascii_formatd (digits, sizeof digits, format, value);

  /* Trailing zeros say nothing the published figure said. */
  if (strchr (digits, '.') != NULL)
    {
      char *end = digits + strlen (digits) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  out = g_string_new (NULL);
  p = digits;
  if (*p == '-')
    {
      if (strcmp (p, "-0") != 0)
        g_string_append (out, "−"); /* U+2212 MINUS SIGN */
      p++;
    }

  point = strchr (p, '.');
  int_len = point != NULL ? (gsize) (point - p) : strlen (p);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, group_sep);
      g_string_append_c (out, p[i]);
    }
  if (point != NULL)
    {
      g_string_append (out, decimal_sep);
      g_string_append (out, point + 1);
    }

  return g_string_free (out, FALSE);
}

char *
ot_format_quantity (double value,
                    OtUnit unit,
                    OtLang lang)
{
  g_autofree char *number = NULL;
  const char *scaled;

  if (unit == OT_UNIT_PERCENT)
    {
      number = ot_format_decimal (value, 1, lang);
      /* TRANSLATORS: a percentage; Dutch writes it without a space too */
      return g_strdup_printf (ot_gettext (lang, "%s%%"), number);
    }

  if (fabs (value) >= 1e9)
    {
      number = ot_format_decimal (value / 1e9, 2, lang);
      /* TRANSLATORS: a number of billions (10^9), e.g. "1.5 billion" */
      scaled = ot_gettext (lang, "%s billion");
    }
  else if (fabs (value) >= 1e6)
    {
      number = ot_format_decimal (value / 1e6, 2, lang);
      /* TRANSLATORS: a number of millions, e.g. "65.3 million" */
      scaled = ot_gettext (lang, "%s million");
    }
  else
    {
      number = ot_format_decimal (value, 2, lang);
      scaled = "%s";
    }

  if (unit == OT_UNIT_EUR)
    {
      g_autofree char *amount = g_strdup_printf (scaled, number);

      /* TRANSLATORS: an amount in euro; Dutch puts a space after the sign */
      return g_strdup_printf (ot_gettext (lang, "€%s"), amount);
    }

  return g_strdup_printf (scaled, number);
}

/* The value with the letter's hedge, as a reader should quote it. */
char *
ot_format_figure (const OtFigure *figure,
                  OtLang          lang)
{
  g_autofree char *quantity = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  quantity = ot_format_quantity (figure->value, figure->unit, lang);

  switch (figure->qualifier)
    {
    case OT_QUALIFIER_UP_TO_ABOUT:
      /* TRANSLATORS: a ceiling the letter hedges, "maximaal circa 4.000" */
      return g_strdup_printf (ot_gettext (lang, "up to about %s"), quantity);

    case OT_QUALIFIER_NONE:
    case OT_QUALIFIER_NOT_AGREED:
    case OT_QUALIFIER_IN_ADDITION:
    default:
      return g_steal_pointer (&quantity);
    }
}

/* Short enough for a big-number card: "65,3 mln", "€ 260 mln",
 * "max. ca. 4.000". */
char *
ot_format_compact (const OtFigure *figure,
                   OtLang          lang)
{
  g_autofree char *number = NULL;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  if (figure->unit == OT_UNIT_PERCENT)
    return ot_format_quantity (figure->value, figure->unit, lang);

  if (fabs (figure->value) >= 1e9)
    {
      number = ot_format_decimal (figure->value / 1e9, 2, lang);
      /* TRANSLATORS: a short "billion" on a big-number card: "1.5 bn" */
      amount = g_strdup_printf (ot_gettext (lang, "%s bn"), number);
    }
  else if (fabs (figure->value) >= 1e6)
    {
      number = ot_format_decimal (figure->value / 1e6, 2, lang);
      /* TRANSLATORS: a short "million" on a big-number card: "65.3 mn" */
      amount = g_strdup_printf (ot_gettext (lang, "%s mn"), number);
    }
  else
    amount = ot_format_decimal (figure->value, 2, lang);

  if (figure->unit == OT_UNIT_EUR)
    {
      char *euro = g_strdup_printf (ot_gettext (lang, "€%s"), amount);

      g_free (amount);
      amount = euro;
    }

  if (figure->qualifier == OT_QUALIFIER_UP_TO_ABOUT)
    /* TRANSLATORS: a short "up to about" on a big-number card */
    return g_strdup_printf (ot_gettext (lang, "up to c. %s"), amount);

  return g_steal_pointer (&amount);
}

/* What the letter says of a figure besides its value. */
const char *
ot_format_qualifier_note (OtFigureQualifier qualifier,
                          OtLang            lang)
{
  switch (qualifier)
    {
    case OT_QUALIFIER_UP_TO_ABOUT:
      return ot_gettext (lang, "a ceiling, not a count");
    case OT_QUALIFIER_NOT_AGREED:
      return ot_gettext (lang, "not agreed");
    case OT_QUALIFIER_IN_ADDITION:
      return ot_gettext (lang, "in addition to earlier contributions");
    case OT_QUALIFIER_NONE:
    default:
      return NULL;
    }
}

char *
ot_format_date (const OtDate *date,
                OtLang        lang)
{
  const char *month;

  g_return_val_if_fail (date != NULL, NULL);

  if (date->month == 0)
    return g_strdup_printf ("%u", date->year);

  month = ot_gettext (lang, month_names[date->month - 1]);
  if (date->day == 0)
    return g_strdup_printf ("%s %u", month, date->year);

  return g_strdup_printf ("%u %s %u", date->day, month, date->year);
}

char *
ot_format_event_date (const OtEvent *event,
                      OtLang         lang)
{
  g_autofree char *start = NULL;

  g_return_val_if_fail (event != NULL, NULL);

  if (event->end.year != 0 && event->end.year == event->start.year
      && event->end.month == event->start.month && event->start.day != 0)
    {
      g_autofree char *end = ot_format_date (&event->end, lang);

      /* "23–24 mei 2016": one month, two days, an en dash between */
      return g_strdup_printf ("%u–%s", event->start.day, end);
    }

  start = ot_format_date (&event->start, lang);
  if (event->end.year != 0)
    {
      g_autofree char *end = ot_format_date (&event->end, lang);
      return g_strdup_printf ("%s – %s", start, end);
    }

  switch (event->qualifier)
    {
    case OT_EVENT_QUALIFIER_END_OF:
      /* TRANSLATORS: "end of July 2016" */
      return g_strdup_printf (ot_gettext (lang, "end of %s"), start);
    case OT_EVENT_QUALIFIER_BY:
      /* TRANSLATORS: "by 2018", a deadline */
      return g_strdup_printf (ot_gettext (lang, "by %s"), start);
    case OT_EVENT_QUALIFIER_NONE:
    default:
      return g_steal_pointer (&start);
    }
}

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

/* A figure in full, for a spreadsheet or a reader who wants every digit,
 * labelled as such and never as exact: "40,800,000 people in full
 * (published as 40.8 million)"; NULL when the figure as published already
 * gives every digit ("10%", "up to about 4,000"). */
char *
ot_format_in_full (const OtFigure *figure,
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
