/* ot-chart-timeline.c: the letter's dates on one time axis
 *
 * A date known to the day is a point, one known to the month or the year a
 * span over that month or year ("eind juli" the month's last third), so no
 * date looks more precise than the letter makes it. Labels go in rows above
 * and below the axis, each in the first row where it overlaps nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-private.h"
#include "ot-format.h"

typedef struct
{
  double   x0, x1;      /* the span on the axis; x0 == x1 for a day */
  double   label_x;     /* where the leader line meets the label */
  double   label_y;
  OtRect   label;
  gboolean highlight;
} Mark;

typedef struct
{
  gboolean list;     /* too small for a time axis: the dates in a list */
  double   axis_y;
  double   axis_x0, axis_x1;
  GArray  *marks;    /* Mark */
  GArray  *years;    /* double: x of each 1 January */
} Timeline;

static void
timeline_free (gpointer data)
{
  Timeline *self = data;

  g_array_unref (self->marks);
  g_array_unref (self->years);
  g_free (self);
}

static double
day_number (guint year,
            guint month,
            guint day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  return g_date_get_julian (date);
}

/* The first and the day after the last day a date may mean. */
static void
event_span (const OtEvent *event,
            double        *from,
            double        *to)
{
  const OtDate *start = &event->start;
  const OtDate *end = event->end.year != 0 ? &event->end : &event->start;

  if (start->day != 0)
    *from = day_number (start->year, start->month, start->day);
  else if (start->month != 0)
    *from = day_number (start->year, start->month, 1);
  else
    *from = day_number (start->year, 1, 1);

  if (end->day != 0)
    *to = day_number (end->year, end->month, end->day) + 1;
  else if (end->month != 0)
    *to = day_number (end->year, end->month, g_date_get_days_in_month (end->month, end->year)) + 1;
  else
    *to = day_number (end->year + 1, 1, 1);

  /* "Eind juli": the last third of the month. */
  if (event->qualifier == OT_EVENT_QUALIFIER_END_OF && start->day == 0)
    *from = *to - (*to - *from) / 3;
}

static gboolean
overlaps_any (GPtrArray    *placed,
              const OtRect *rect,
              double        gap)
{
  for (guint i = 0; i < placed->len; i++)
    {
      const OtRect *other = g_ptr_array_index (placed, i);
      OtRect grown = { other->x - gap, other->y - gap, other->width + 2 * gap,
                       other->height + 2 * gap };

      if (ot_rect_intersects (&grown, rect))
        return TRUE;
    }
  return FALSE;
}

static gboolean
segment_crosses (const OtRect *rect,
                 double        x,
                 double        y0,
                 double        y1)
{
  OtRect line = { x - 0.5, MIN (y0, y1), 1, ABS (y1 - y0) };

  return ot_rect_intersects (rect, &line);
}

/* Places every label clear of @placed and of every leader line, and keeps
 * every leader clear of every label; FALSE when they do not fit at this
 * size. */
static gboolean
place_labels (OtChartLayout *layout,
              Timeline      *self,
              GPtrArray     *boxes,
              GPtrArray     *placed,
              double         top,
              double         bottom)
{
  double u = layout->unit, gap = 6 * u;
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (OtRect));

  /* From the last date back: labels run rightwards from their date, so an
   * earlier date's label goes further out, over the later leaders, never
   * across them. */
  for (guint i = boxes->len; i-- > 0;)
    {
      OtTextBox *box = g_ptr_array_index (boxes, i);
      Mark *mark = &g_array_index (self->marks, Mark, i);
      double anchor = (mark->x0 + mark->x1) / 2;
      double h = box->rect.height;
      double x = CLAMP (anchor - 4 * u, layout->margin,
                        layout->canvas.width - layout->margin - box->rect.width);

      /* Rows outward from the axis, above and below by turns. */
      for (guint row = 0;; row++)
        {
          double offset = 22 * u + (row / 2) * (h + gap);
          double above = self->axis_y - offset - h, below = self->axis_y + offset;
          gboolean up = row % 2 == 0, clear = TRUE;
          OtRect rect = { x, up ? above : below, box->rect.width, h };
          double end = up ? rect.y + h : rect.y;

          if (above < top && below + h > bottom)
            return FALSE;
          if ((up && above < top) || (!up && below + h > bottom)
              || overlaps_any (placed, &rect, gap))
            continue;

          /* No leader through this label, and this leader through no label. */
          for (guint j = 0; j < leaders->len && clear; j++)
            {
              const OtRect *l = &g_array_index (leaders, OtRect, j);
              clear = !segment_crosses (&rect, l->x, l->y, l->y + l->height);
            }
          for (guint j = 0; j < placed->len && clear; j++)
            clear = !segment_crosses (g_ptr_array_index (placed, j), anchor, self->axis_y, end);
          if (!clear)
            continue;

          ot_text_box_move_to (box, rect.x, rect.y);
          g_ptr_array_add (placed, &box->rect);
          g_array_append_val (leaders, ((OtRect) { anchor, MIN (end, self->axis_y), 0,
                                                   ABS (end - self->axis_y) }));
          mark->label = box->rect;
          mark->label_x = anchor;
          mark->label_y = end;
          break;
        }
    }

  return TRUE;
}

/* Where a time axis has no room for its labels, the dates become a list in
 * the letter's order, one or two columns, each with its mark. */
static void
build_list (OtChartLayout *layout,
            Timeline      *self,
            GPtrArray     *events,
            guint          fixed,
            double         top,
            double         bottom,
            OtLang         lang)
{
  double u = layout->unit, m = layout->margin, indent = 26 * MAX (u, 0.6), size = 16;

  self->list = TRUE;
  for (guint columns = 1; columns <= 2; columns++)
    for (size = 16; ; size *= 0.9)
      {
        double column_w = (layout->canvas.width - 2 * m - (columns - 1) * 24 * u) / columns;
        guint per_column = (events->len + columns - 1) / columns;
        double y = top, x = m, tallest = top;
        gboolean fits = TRUE;

        g_ptr_array_set_size (layout->texts, fixed);
        g_array_set_size (self->marks, 0);
        for (guint i = 0; i < events->len; i++)
          {
            const OtEvent *event = events->pdata[i];
            g_autofree char *date = ot_format_event_date (event, lang);
            g_autofree char *text = g_strdup_printf ("%s — %s", date,
                                                     ot_event_get_label (event, lang));
            OtTextBox *box;
            Mark mark = { 0 };

            if (i > 0 && i % per_column == 0)
              {
                x += column_w + 24 * u;
                y = top;
              }
            box = ot_chart_layout_add_text (layout, text, MAX (size * u, layout->min_text),
                                            event->highlight ? PANGO_WEIGHT_BOLD
                                                             : PANGO_WEIGHT_NORMAL,
                                            MAX (column_w - indent, 1), PANGO_ALIGN_LEFT,
                                            OT_TEXT_FOREGROUND);
            ot_text_box_move_to (box, x + indent, y);
            mark.x0 = mark.x1 = x + indent / 3;
            mark.label_y = y + MIN (box->rect.height / 2, MAX (size * u, layout->min_text) * 0.7);
            mark.label = box->rect;
            mark.highlight = event->highlight;
            g_array_append_val (self->marks, mark);
            y += box->rect.height + 4 * u;
            tallest = MAX (tallest, y);
          }
        fits = tallest <= bottom;
        if (fits || (size * u <= layout->min_text && columns == 2))
          return;
        if (size * u <= layout->min_text)
          break;
      }
}

static void
timeline_build (OtChartLayout      *layout,
                OtDataset          *dataset,
                const OtChartStyle *style)
{
  OtLang lang = style->lang;
  Timeline *self = g_new0 (Timeline, 1);
  guint n = ot_dataset_get_n_events (dataset);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) year_rects = g_ptr_array_new ();
  guint fixed;
  g_autoptr(GString) description = g_string_new (NULL);
  double u = layout->unit, m = layout->margin, top, bottom, first = 0, last = 0, scale;
  double label_w, size = 16;
  guint first_year, last_year;

  self->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  self->years = g_array_new (FALSE, TRUE, sizeof (double));
  layout->data = self;
  layout->data_free = timeline_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  top = ot_chart_layout_add_header (layout, ot_gettext (lang, "From the letter's dates"),
                                    ot_gettext (lang, "A dot is a day; a bar is a month or a year "
                                                "the letter does not narrow down"));
  if (n == 0)
    {
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures come with no dates to draw."));
      return;
    }

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, (gpointer) ot_dataset_get_event (dataset, i));
  for (guint i = 1; i < events->len; i++)
    for (guint j = i; j > 0 && ot_date_compare (&((OtEvent *) events->pdata[j])->start,
                                                &((OtEvent *) events->pdata[j - 1])->start) < 0; j--)
      {
        gpointer tmp = events->pdata[j];
        events->pdata[j] = events->pdata[j - 1];
        events->pdata[j - 1] = tmp;
      }

  first_year = ((OtEvent *) events->pdata[0])->start.year;
  last_year = first_year;
  for (guint i = 0; i < events->len; i++)
    {
      const OtEvent *event = events->pdata[i];
      last_year = MAX (last_year, event->end.year != 0 ? event->end.year : event->start.year);
    }

  /* The axis runs over whole years. */
  first = day_number (first_year, 1, 1);
  last = day_number (last_year + 1, 1, 1);
  self->axis_x0 = m;
  self->axis_x1 = layout->canvas.width - m;
  scale = (self->axis_x1 - self->axis_x0) / (last - first);
  self->axis_y = top + (bottom - top) / 2;

  for (guint year = first_year; year <= last_year + 1; year++)
    {
      double x = self->axis_x0 + (day_number (year, 1, 1) - first) * scale;
      g_autofree char *text = g_strdup_printf ("%u", year);

      g_array_append_val (self->years, x);
      if (year <= last_year)
        {
          OtTextBox *box = ot_chart_layout_add_text (layout, text, ot_chart_font_size (layout, 15),
                                                     PANGO_WEIGHT_BOLD, -1, PANGO_ALIGN_LEFT,
                                                     OT_TEXT_MUTED);
          ot_text_box_move_to (box, x + 4 * u, self->axis_y + 4 * u);
          g_ptr_array_add (year_rects, &box->rect);
        }
    }
  fixed = layout->texts->len;

  label_w = MIN (230 * u, (self->axis_x1 - self->axis_x0) / 3);

  /* Smaller type until every label finds a place. */
  for (;;)
    {
      g_autoptr(GPtrArray) placed = g_ptr_array_copy (year_rects, NULL, NULL);

      g_ptr_array_set_size (boxes, 0);
      g_array_set_size (self->marks, 0);
      g_ptr_array_set_size (layout->texts, fixed);
      for (guint i = 0; i < events->len; i++)
        {
          const OtEvent *event = events->pdata[i];
          g_autofree char *date = ot_format_event_date (event, lang);
          g_autofree char *text = g_strdup_printf ("%s\n%s", date, ot_event_get_label (event, lang));
          OtTextBox *box;
          Mark mark = { 0 };
          double from, to;

          event_span (event, &from, &to);
          mark.x0 = self->axis_x0 + (from - first) * scale;
          mark.x1 = self->axis_x0 + (to - first) * scale;
          if (event->start.day != 0 && event->end.year == 0)
            mark.x1 = mark.x0;
          mark.highlight = event->highlight;
          g_array_append_val (self->marks, mark);

          box = ot_chart_layout_add_text (layout, text, MAX (size * u, layout->min_text),
                                          event->highlight ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                          label_w, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
          g_ptr_array_add (boxes, box);
        }

      if (place_labels (layout, self, boxes, placed, top, bottom))
        break;
      if (size * u <= layout->min_text)
        {
          /* The year labels go too: a list has no axis. */
          g_ptr_array_set_size (layout->texts, fixed - (last_year - first_year + 1));
          build_list (layout, self, events, layout->texts->len, top, bottom, lang);
          for (guint i = 0; i < events->len; i++)
            g_ptr_array_index (boxes, i) = g_ptr_array_index (layout->texts,
                                                            layout->texts->len - events->len + i);
          break;
        }
      size *= 0.9;
    }

  g_array_set_size (layout->elements, 0);
  for (guint i = 0; i < events->len; i++)
    {
      const OtEvent *event = events->pdata[i];
      OtTextBox *box = g_ptr_array_index (boxes, i);
      g_autofree char *date = ot_format_event_date (event, lang);

      ot_chart_layout_add_element (layout, &box->rect, event->id,
                                   g_strdup_printf ("%s: %s", date,
                                                    ot_event_get_label (event, lang)));
      if (event->highlight)
        g_ptr_array_add (layout->sources, g_strdup (event->id));
      g_string_append_printf (description, "%s%s, %s", i > 0 ? "; " : "", date,
                              ot_event_get_label (event, lang));
    }

  layout->description = g_strdup_printf (ot_gettext (lang, "Timeline. %s."), description->str);
}

static void
timeline_paint (const OtChartLayout *layout,
                cairo_t             *cr,
                const OtPalette     *palette)
{
  const Timeline *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0), u = layout->unit;

  if (self->list)
    {
      const Mark *first = &g_array_index (self->marks, Mark, 0);

      for (guint i = 0; i < self->marks->len; i++)
        {
          const Mark *mark = &g_array_index (self->marks, Mark, i);
          double r = (mark->highlight ? 6 : 4) * MAX (u, 0.6);

          ot_cairo_set_color (cr, mark->highlight ? &palette->categories[1]
                                                  : &palette->categories[0]);
          cairo_arc (cr, mark->x0, mark->label_y, r, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      (void) first;
      return;
    }

  ot_cairo_set_color (cr, &palette->foreground);
  cairo_rectangle (cr, self->axis_x0, self->axis_y - line, self->axis_x1 - self->axis_x0,
                   2 * line);
  cairo_fill (cr);

  cairo_set_line_width (cr, line);
  for (guint i = 0; i < self->years->len; i++)
    {
      double x = g_array_index (self->years, double, i);

      cairo_move_to (cr, x, self->axis_y - 10 * u);
      cairo_line_to (cr, x, self->axis_y + 10 * u);
    }
  cairo_stroke (cr);

  /* Leaders from each label to its date, then the labels' ground over
   * them, so no line runs through a word. */
  ot_cairo_set_color (cr, &palette->muted);
  cairo_set_line_width (cr, MAX (u, 1.0));
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      cairo_move_to (cr, mark->label_x, mark->label_y);
      cairo_line_to (cr, mark->label_x, self->axis_y);
    }
  cairo_stroke (cr);
  ot_cairo_set_color (cr, &palette->background);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const OtRect *r = &g_array_index (self->marks, Mark, i).label;
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
    }
  cairo_fill (cr);

  /* Spans lie thin along the axis; days stand out as dots. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->marks->len; i++)
      {
        const Mark *mark = &g_array_index (self->marks, Mark, i);
        const OtColor *color = mark->highlight ? &palette->categories[1]
                                               : &palette->categories[0];
        double r = (mark->highlight ? 9 : 6) * MAX (u, 0.6);
        gboolean span = mark->x1 - mark->x0 > 2 * r;

        if ((pass == 0) != span)
          continue;
        if (span)
          {
            /* Translucent, so a day inside a year still shows. */
            cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.55);
            cairo_rectangle (cr, mark->x0, self->axis_y - r * 0.45, mark->x1 - mark->x0, 0.9 * r);
          }
        else
          ot_cairo_set_color (cr, color);
        if (!span)
          cairo_arc (cr, (mark->x0 + mark->x1) / 2, self->axis_y, r, 0, 2 * G_PI);
        cairo_fill (cr);
      }
}

static gboolean
timeline_supports (OtDataset *dataset)
{
  return ot_dataset_get_n_events (dataset) > 0;
}

const OtChart ot_chart_timeline = {
  "timeline", N_("From the letter's dates"), timeline_build, timeline_paint, timeline_supports,
};
