/* ot-chart-timeline.h: the letter's dates, each as precise as the letter gives it (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_timeline;

/* The timeline's marks and axis, for its painter and for tests. */
typedef enum
{
  OT_TIMELINE_DAY,        /* a dot */
  OT_TIMELINE_SPAN,       /* a bar: a month, part of one, a year, some days */
  OT_TIMELINE_DEADLINE,   /* a line to a stop: "by 2018" */
  OT_TIMELINE_LETTER,     /* a line across the axis: the letter's own date */
} OtTimelineMarkKind;

typedef struct
{
  double   x0, x1;      /* the span on the axis; x0 == x1 for a day */
  double   label_x;     /* where the leader line meets the label */
  double   label_y;
  OtRect   label;
  gboolean highlight;
  OtTimelineMarkKind kind;
  guint    lane;        /* spans: which lane above the axis, 0 nearest */
} OtTimelineMark;

typedef struct
{
  gboolean list;     /* too small for a time axis: the dates in a list */
  double   list_size; /* the list's type size */
  guint    lanes;    /* lanes of spans above the axis */
  double   axis_y;
  double   axis_x0, axis_x1;
  GArray  *marks;    /* OtTimelineMark */
  GArray  *years;    /* double: x of each 1 January */
} OtTimelineGeometry;

G_END_DECLS
