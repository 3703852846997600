/* ot-chart-composition.h: a total in squares, a block of them for each part (private)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-chart-private.h"

G_BEGIN_DECLS

extern const OtChart ot_chart_composition;

/* The composition's squares, for its painter and for tests. */
typedef struct
{
  double    squares;   /* the group's figure in squares: 21.3 */
  guint     rows;      /* rows of ten it takes */
  gboolean  gathered;  /* the smallest parts together, grey */
  OtMeaning meaning;
  OtRect    rect;      /* its rows, the last one in full */
} OtCompositionBlock;

typedef struct
{
  double  cell_unit;   /* what one square stands for: 1e6 for millions */
  double  total;       /* in squares */
  GArray *ends;        /* double: where each group ends, in squares, summed */
  GArray *blocks;      /* OtCompositionBlock, one per group */
  OtRect  grid;        /* all blocks */
  double  square;      /* side of a square, gap included */
  double  gap;
} OtCompositionGeometry;

G_END_DECLS
