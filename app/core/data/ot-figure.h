/* ot-figure.h: one figure or one dated event of the letter
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

typedef enum
{
  OT_UNIT_PEOPLE,
  OT_UNIT_EUR, /*< nick=EUR >*/
  OT_UNIT_PERCENT,
} OtUnit;

/* How the letter hedges a figure. */
typedef enum
{
  OT_QUALIFIER_NONE,
  OT_QUALIFIER_UP_TO_ABOUT,   /*< nick=up_to_about >*/ /* "maximaal circa 4.000" */
  OT_QUALIFIER_NOT_AGREED,    /*< nick=not_agreed >*/ /* the 10% target that could not be agreed */
  OT_QUALIFIER_IN_ADDITION,   /*< nick=in_addition >*/ /* "in aanvulling op eerdere bijdragen" */
} OtFigureQualifier;

typedef enum
{
  OT_EVENT_QUALIFIER_NONE,
  OT_EVENT_QUALIFIER_END_OF,  /*< nick=end_of >*/ /* "eind juli" */
  OT_EVENT_QUALIFIER_BY,      /* "uiterlijk in 2018" */
} OtEventQualifier;

/* A calendar date known to the year, the month or the day (0 = unknown). */
typedef struct
{
  guint16 year;
  guint8  month;
  guint8  day;
} OtDate;

typedef struct
{
  char              *id;
  double             value;
  OtUnit             unit;
  OtFigureQualifier  qualifier;
  OtDate             date;
  char              *label[OT_N_LANGS];
  char              *parent_id;
  char              *base_id;     /* a percentage's base: "10% of <base>" */
  char              *source;      /* the letter's sentence, in Dutch */
  char              *source_en;   /* the same sentence in the translation, or NULL */
  guint              line;        /* where it was defined, for messages */
  guint              parent_column;
  guint              base_column;
} OtFigure;

typedef struct
{
  char             *id;
  OtDate            start;
  OtDate            end;          /* year 0 when the event is one day */
  OtEventQualifier  qualifier;
  gboolean          highlight;    /* one of the events the letter is about */
  gboolean          letter_date;  /* the letter's own date, which "a.s." and
                                   * "dit jaar" count from */
  char             *label[OT_N_LANGS];
  char             *source;
  char             *source_en;
  guint             line;
} OtEvent;

void         ot_figure_free          (OtFigure          *figure);
void         ot_event_free           (OtEvent           *event);
const char  *ot_figure_get_label     (const OtFigure    *figure,
                                      OtLang             lang);
const char  *ot_event_get_label      (const OtEvent     *event,
                                      OtLang             lang);
const char  *ot_figure_get_source    (const OtFigure    *figure,
                                      OtLang             lang);
const char  *ot_event_get_source     (const OtEvent     *event,
                                      OtLang             lang);

gboolean     ot_unit_parse           (const char        *text,
                                      OtUnit            *out_unit);
const char  *ot_unit_to_string       (OtUnit             unit);
gboolean     ot_figure_qualifier_parse (const char      *text,
                                        OtFigureQualifier *out_qualifier);
const char  *ot_figure_qualifier_to_string (OtFigureQualifier qualifier);
gboolean     ot_event_qualifier_parse (const char       *text,
                                       OtEventQualifier *out_qualifier);
gboolean     ot_date_parse           (const char        *text,
                                      OtDate            *out_date);
int          ot_date_compare         (const OtDate      *a,
                                      const OtDate      *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtFigure, ot_figure_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtEvent, ot_event_free)

G_END_DECLS
