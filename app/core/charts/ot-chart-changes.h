/* ot-chart-changes.h: what a user changes of one chart: its text, which
 * elements stand out, and short notes attached to elements
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A note on an element (element_id, an OtChartElement.id) or, when
 * element_id is NULL, on a year of a trend (year). */
typedef struct
{
  char  *element_id;
  guint  year;
  char  *text;
} OtAnnotation;

/* Each text: NULL = the letter's own, "" = none. highlight: element ids
 * (OtChartElement.id; a trend's year is "year-2015", ot_chart_changes_year_id);
 * NULL or empty = nothing highlighted. */
typedef struct
{
  char      *title;
  char      *subtitle;
  char      *notes;      /* under the chart */
  char      *source;     /* replaces the letter's source line */
  char      *byline;     /* "Grafiek: Ministerie van …", after the source */
  GStrv      highlight;
  GPtrArray *annotations; /* OtAnnotation*, never NULL */
} OtChartChanges;

/* The longest text of a change, in characters; the briefing file reader
 * enforces it, the layouts wrap within it. */
#define OT_CHART_CHANGES_MAX_TEXT        4000
#define OT_CHART_CHANGES_MAX_ANNOTATION   200
#define OT_CHART_CHANGES_MAX_ANNOTATIONS   32
#define OT_CHART_CHANGES_MAX_HIGHLIGHT     64

OtAnnotation   *ot_annotation_new              (const char           *element_id,
                                                guint                 year,
                                                const char           *text);
OtAnnotation   *ot_annotation_copy             (const OtAnnotation   *annotation);
void            ot_annotation_free             (OtAnnotation         *annotation);
char           *ot_annotation_dup_target       (const OtAnnotation   *annotation);

OtChartChanges *ot_chart_changes_new           (void);
OtChartChanges *ot_chart_changes_copy          (const OtChartChanges *changes);
void            ot_chart_changes_free          (OtChartChanges       *changes);
gboolean        ot_chart_changes_equal         (const OtChartChanges *a,
                                                const OtChartChanges *b);
gboolean        ot_chart_changes_is_empty      (const OtChartChanges *changes);
gboolean        ot_chart_changes_has_highlight (const OtChartChanges *changes);
gboolean        ot_chart_changes_is_highlighted (const OtChartChanges *changes,
                                                 const char           *element_id);
gboolean        ot_chart_changes_set_highlighted (OtChartChanges      *changes,
                                                  GPtrArray           *order,
                                                  const char          *element_id,
                                                  gboolean             highlighted);
void            ot_chart_changes_add_annotation (OtChartChanges      *changes,
                                                 const char          *element_id,
                                                 guint                year,
                                                 const char          *text);

/* "year-2015": the id of a trend's year as an element. */
char           *ot_chart_changes_year_id       (guint                 year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtAnnotation, ot_annotation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtChartChanges, ot_chart_changes_free)

G_END_DECLS
