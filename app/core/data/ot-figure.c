/* ot-figure.c: one figure or one dated event of the letter
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-figure"

#include "config.h"

#include <string.h>

#include "ot-data-enums.h"
#include "ot-enums.h"
#include "ot-figure.h"


void
ot_figure_free (OtFigure *figure)
{
  if (figure == NULL)
    return;

  g_free (figure->id);
  for (guint i = 0; i < OT_N_LANGS; i++)
    g_free (figure->label[i]);
  g_free (figure->parent_id);
  g_free (figure->base_id);
  g_free (figure->source);
  g_free (figure->source_en);
  g_free (figure);
}

void
ot_event_free (OtEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->id);
  for (guint i = 0; i < OT_N_LANGS; i++)
    g_free (event->label[i]);
  g_free (event->source);
  g_free (event->source_en);
  g_free (event);
}

const char *
ot_figure_get_label (const OtFigure *figure,
                     OtLang          lang)
{
  g_return_val_if_fail (figure != NULL, NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, NULL);

  return figure->label[lang];
}

const char *
ot_event_get_label (const OtEvent *event,
                    OtLang         lang)
{
  g_return_val_if_fail (event != NULL, NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, NULL);

  return event->label[lang];
}

/* The sentence in the reader's language where the translation has it. */
const char *
ot_figure_get_source (const OtFigure *figure,
                      OtLang          lang)
{
  g_return_val_if_fail (figure != NULL, NULL);

  return lang == OT_LANG_EN && figure->source_en != NULL ? figure->source_en : figure->source;
}

const char *
ot_event_get_source (const OtEvent *event,
                     OtLang         lang)
{
  g_return_val_if_fail (event != NULL, NULL);

  return lang == OT_LANG_EN && event->source_en != NULL ? event->source_en : event->source;
}

/* A figures file's word for a unit, a hedge or how precise an event's date
 * is: the nicks of the registered enums (ot-data-enums.h), the one table of
 * them. For a hedge or a precision (@empty_is_none) an empty cell is none,
 * and the word "none" itself is none a file may write. */
static gboolean
parse_nick (GType       type,
            const char *text,
            gboolean    empty_is_none,
            int        *out_value)
{
  if (empty_is_none && (text == NULL || *text == '\0'))
    {
      *out_value = 0;
      return TRUE;
    }
  if (!ot_enum_from_nick (type, text, out_value))
    return FALSE;
  return !empty_is_none || *out_value != 0;
}

gboolean
ot_unit_parse (const char *text,
               OtUnit     *out_unit)
{
  int value;

  g_return_val_if_fail (out_unit != NULL, FALSE);

  if (!parse_nick (OT_TYPE_UNIT, text, FALSE, &value))
    return FALSE;
  *out_unit = value;
  return TRUE;
}

const char *
ot_unit_to_string (OtUnit unit)
{
  return ot_enum_to_nick (OT_TYPE_UNIT, unit);
}

gboolean
ot_figure_qualifier_parse (const char        *text,
                           OtFigureQualifier *out_qualifier)
{
  int value;

  g_return_val_if_fail (out_qualifier != NULL, FALSE);

  if (!parse_nick (OT_TYPE_FIGURE_QUALIFIER, text, TRUE, &value))
    return FALSE;
  *out_qualifier = value;
  return TRUE;
}

/* What a figures file writes: nothing for no hedge. */
const char *
ot_figure_qualifier_to_string (OtFigureQualifier qualifier)
{
  return qualifier == OT_QUALIFIER_NONE ? "" : ot_enum_to_nick (OT_TYPE_FIGURE_QUALIFIER,
                                                                qualifier);
}

gboolean
ot_event_qualifier_parse (const char       *text,
                          OtEventQualifier *out_qualifier)
{
  int value;

  g_return_val_if_fail (out_qualifier != NULL, FALSE);

  if (!parse_nick (OT_TYPE_EVENT_QUALIFIER, text, TRUE, &value))
    return FALSE;
  *out_qualifier = value;
  return TRUE;
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *out_value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (guint) (text[i] - '0');
    }

  *out_value = v;
  return TRUE;
}

/* ISO 8601 calendar dates, to the year, the month or the day:
 * 2018, 2016-07, 2016-09-19. */
gboolean
ot_date_parse (const char *text,
               OtDate     *out_date)
{
  guint year, month = 0, day = 0;
  gsize len;

  g_return_val_if_fail (out_date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  len = strlen (text);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!parse_digits (text, 4, &year) || year < 1000)
    return FALSE;
  if (len >= 7 && (text[4] != '-' || !parse_digits (text + 5, 2, &month) || month < 1 || month > 12))
    return FALSE;
  if (len == 10)
    {
      if (text[7] != '-' || !parse_digits (text + 8, 2, &day) || day < 1
          || day > g_date_get_days_in_month (month, year))
        return FALSE;
    }

  out_date->year = year;
  out_date->month = month;
  out_date->day = day;
  return TRUE;
}

int
ot_date_compare (const OtDate *a,
                 const OtDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}
