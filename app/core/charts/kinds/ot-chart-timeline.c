/* ot-chart-timeline.c: the letter's dates on one time axis
 *
 * A date known to the day is a dot; one known to the month or the year, or
 * to part of a month ("eind juli", the month's last third), is a bar over
 * that span, never a dot, so no date looks more precise than the letter
 * makes it. A deadline ("uiterlijk in 2018") is a line from the letter's
 * date to the end of the year, closed by a stop; the letter's own date, which
 * "a.s." and "dit jaar" count from, is a line across the axis. Labels go in
 * rows above and below the axis, each in the first row where it overlaps
 * nothing. Where they do not fit the dates become a list, in date order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-chart"

#include "config.h"

#include <math.h>

#include "ot-chart-timeline.h"
#include "ot-format.h"

static void
timeline_free (gpointer data)
{
  OtTimelineGeometry *self = data;

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

static OtTimelineMarkKind
mark_kind (const OtEvent *event)
{
  if (event->letter_date)
    return OT_TIMELINE_LETTER;
  if (event->qualifier == OT_EVENT_QUALIFIER_BY)
    return OT_TIMELINE_DEADLINE;
  if (event->start.day != 0 && event->end.year == 0)
    return OT_TIMELINE_DAY;
  return OT_TIMELINE_SPAN;
}

/* Date order: by the last day a date may mean, then by its first, so "eind
 * juli" comes after "18 juli" and "uiterlijk in 2018" before "in 2018". */
static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const OtEvent *x = *(const OtEvent * const *) a, *y = *(const OtEvent * const *) b;
  double x_from, x_to, y_from, y_to;

  event_span (x, &x_from, &x_to);
  event_span (y, &y_from, &y_to);
  if (x_to != y_to)
    return x_to < y_to ? -1 : 1;
  if (x_from != y_from)
    return x_from < y_from ? -1 : 1;
  return (mark_kind (y) == OT_TIMELINE_DEADLINE) - (mark_kind (x) == OT_TIMELINE_DEADLINE);
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

/* Where a mark's label line meets it: a deadline at its stop. */
static double
mark_anchor (const OtTimelineMark *mark)
{
  return mark->kind == OT_TIMELINE_DEADLINE ? mark->x1 : (mark->x0 + mark->x1) / 2;
}

static int
compare_anchors (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GArray *marks = user_data;
  const OtTimelineMark *x = &g_array_index (marks, OtTimelineMark, *(const guint *) a);
  const OtTimelineMark *y = &g_array_index (marks, OtTimelineMark, *(const guint *) b);
  double ax = mark_anchor (x), ay = mark_anchor (y);

  return ax < ay ? -1 : ax > ay;
}

/* How far apart the lanes of spans are. */
static double
lane_step (const OtChartLayout *layout)
{
  return 10 * MAX (layout->unit, 0.6);
}

/* Spans that overlap go in lanes of their own, so a year's bar never
 * hides the end of July in it. */
static void
assign_lanes (const OtChartLayout *layout,
              OtTimelineGeometry            *self)
{
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));
  /* A span is drawn two and a half dots wide at the least. */
  double shortest = 2.5 * 9 * MAX (layout->unit, 0.6), gap = 4 * MAX (layout->unit, 0.6);

  /* In date order a year comes after the days in it, so it takes the lane
   * above theirs. */
  self->lanes = 1;
  for (guint i = 0; i < self->marks->len; i++)
    {
      OtTimelineMark *mark = &g_array_index (self->marks, OtTimelineMark, i);
      double end = MAX (mark->x1, mark->x0 + shortest);
      guint lane = 0;

      if (mark->kind != OT_TIMELINE_SPAN)
        continue;
      while (lane < ends->len && g_array_index (ends, double, lane) > mark->x0 - gap)
        lane++;
      if (lane == ends->len)
        g_array_append_val (ends, end);
      else
        g_array_index (ends, double, lane) = end;
      mark->lane = lane;
      self->lanes = MAX (self->lanes, lane + 1);
    }
}

/* Places every label clear of @placed and of every leader line, and keeps
 * every leader clear of every label; FALSE when they do not fit at this
 * size. */
static gboolean
place_labels (OtChartLayout *layout,
              OtTimelineGeometry      *self,
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
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  /* By where each mark stands on the axis, which is not always date order:
   * "2016" stands mid-year, before September. */
  for (guint i = 0; i < boxes->len; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_anchors, self->marks);

  for (guint k = order->len; k-- > 0;)
    {
      guint i = g_array_index (order, guint, k);
      OtTextBox *box = g_ptr_array_index (boxes, i);
      OtTimelineMark *mark = &g_array_index (self->marks, OtTimelineMark, i);
      double anchor = mark_anchor (mark);
      double h = box->rect.height;
      double x = CLAMP (anchor - 4 * u, layout->margin,
                        layout->canvas.width - layout->margin - box->rect.width);

      /* Rows outward from the axis, above and below by turns. */
      for (guint row = 0;; row++)
        {
          double offset = 22 * u + (self->lanes > 1 ? (self->lanes - 1) * lane_step (layout) : 0)
                          + (row / 2) * (h + gap);
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
 * date order, one or two columns, each with its kind of mark. */
static void
build_list (OtChartLayout *layout,
            OtTimelineGeometry      *self,
            GPtrArray     *events,
            guint          fixed,
            double         top,
            double         bottom,
            OtLang         lang)
{
  double u = layout->unit, m = layout->margin, indent = 26 * MAX (u, 0.6), size;

  self->list = TRUE;
  for (guint columns = 1; columns <= 2; columns++)
    /* From the subtitle's size down to the smallest type. */
    for (size = ot_chart_font_size (layout, 21); ; size = MAX (size * 0.9, layout->min_text))
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
            OtTimelineMark mark = { 0 };

            if (i > 0 && i % per_column == 0)
              {
                x += column_w + 24 * u;
                y = top;
              }
            box = ot_chart_layout_add_text (layout, text, size,
                                            event->highlight ? PANGO_WEIGHT_BOLD
                                                             : PANGO_WEIGHT_NORMAL,
                                            MAX (column_w - indent, 1), PANGO_ALIGN_LEFT,
                                            OT_TEXT_FOREGROUND);
            ot_text_box_move_to (box, x + indent, y);
            mark.x0 = mark.x1 = x + indent / 3;
            mark.label_y = y + MIN (box->rect.height / 2, size * 0.7);
            mark.label = box->rect;
            mark.highlight = event->highlight;
            mark.kind = mark_kind (event);
            g_array_append_val (self->marks, mark);
            y += box->rect.height + 4 * u;
            tallest = MAX (tallest, y);
          }
        fits = tallest <= bottom;
        self->list_size = size;
        if (fits || (size <= layout->min_text && columns == 2))
          return;
        if (size <= layout->min_text)
          break;
      }
}

static void
timeline_build (OtChartLayout      *layout,
                OtDataset          *dataset,
                const OtChartStyle *style)
{
  OtLang lang = style->lang;
  OtTimelineGeometry *self = g_new0 (OtTimelineGeometry, 1);
  guint n = ot_dataset_get_n_events (dataset);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  g_autoptr(GPtrArray) year_rects = g_ptr_array_new ();
  guint fixed;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *title = NULL;
  double u = layout->unit, m = layout->margin, top, bottom, first = 0, last = 0, scale;
  double label_w, size = 16;
  guint first_year, last_year;
  const OtEvent *letter = NULL;
  OtTextBox *key = NULL;

  self->marks = g_array_new (FALSE, TRUE, sizeof (OtTimelineMark));
  self->years = g_array_new (FALSE, TRUE, sizeof (double));
  layout->data = self;
  layout->data_free = timeline_free;

  bottom = ot_chart_layout_add_footer (layout, dataset, lang);
  if (n > 0)
    {
      /* What the marks are, under the axis; a list has no marks to explain. */
      key = ot_chart_layout_add_text (layout,
                                      ot_gettext (lang, "A dot is a day; a bar is a stretch of "
                                                  "time the letter does not narrow down (a "
                                                  "month, the end of one, a year); a line to a "
                                                  "stop is a deadline; the upright line is the "
                                                  "letter's own date."),
                                      ot_chart_font_size (layout, 15), PANGO_WEIGHT_NORMAL,
                                      layout->canvas.width - 2 * m, PANGO_ALIGN_LEFT,
                                      OT_TEXT_MUTED);
      ot_text_box_move_to (key, m, bottom - key->rect.height);
      bottom = key->rect.y - 12 * u;
    }
  title = ot_chart_dup_title (layout->chart, dataset, lang);
  top = ot_chart_layout_add_header (layout, title,
                                    ot_dataset_is_letter (dataset)
                                    ? ot_gettext (lang, "Two summits in September 2016, and two "
                                                  "Global Compacts to be adopted by 2018 at the "
                                                  "latest")
                                    : NULL);
  if (n == 0)
    {
      ot_chart_layout_set_empty (layout, top, bottom,
                                 ot_gettext (lang, "These figures come with no dates to draw."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      const OtEvent *event = ot_dataset_get_event (dataset, i);

      g_ptr_array_add (events, (gpointer) event);
      if (event->letter_date)
        letter = event;
    }
  g_ptr_array_sort (events, compare_events);

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
          /* Below the lane of deadlines. */
          ot_text_box_move_to (box, x + 4 * u, self->axis_y + 20 * u);
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
          OtTimelineMark mark = { 0 };
          double from, to;

          event_span (event, &from, &to);
          mark.kind = mark_kind (event);
          /* A deadline runs from the letter's date, when it was set. */
          if (mark.kind == OT_TIMELINE_DEADLINE && letter != NULL)
            {
              double letter_to;

              event_span (letter, &from, &letter_to);
            }
          mark.x0 = self->axis_x0 + (from - first) * scale;
          mark.x1 = self->axis_x0 + (to - first) * scale;
          if (mark.kind == OT_TIMELINE_DAY || mark.kind == OT_TIMELINE_LETTER)
            mark.x1 = mark.x0;
          mark.highlight = event->highlight;
          g_array_append_val (self->marks, mark);

          box = ot_chart_layout_add_text (layout, text, MAX (size * u, layout->min_text),
                                          event->highlight ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                          label_w, PANGO_ALIGN_LEFT, OT_TEXT_FOREGROUND);
          g_ptr_array_add (boxes, box);
        }

      assign_lanes (layout, self);
      if (place_labels (layout, self, boxes, placed, top, bottom))
        break;
      if (size * u <= layout->min_text)
        {
          /* The year labels go too: a list has no axis, and the key of its
           * marks stays, since the list draws the same marks. */
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

      ot_chart_layout_add_element (layout, &box->rect, event->id, OT_MEANING_NONE,
                                   g_strdup_printf ("%s: %s", date,
                                                    ot_event_get_label (event, lang)));
      if (event->highlight)
        g_ptr_array_add (layout->sources, g_strdup (event->id));
      g_string_append_printf (description, "%s%s, %s", i > 0 ? "; " : "", date,
                              ot_event_get_label (event, lang));
    }

  layout->description = g_strdup_printf (ot_gettext (lang, "Timeline. %s."), description->str);
}

/* One mark, centred on the axis at @y: a dot, a bar, a line to a stop, or
 * an upright line. Dates are no group: the summits are the text's colour,
 * the rest its muted one. */
static void
paint_mark (const OtChartLayout *layout,
            cairo_t             *cr,
            const OtPalette     *palette,
            const OtTimelineMark          *mark,
            double               y,
            double               r)
{
  double line = MAX (1.5 * layout->unit, 1.0);
  double x0 = mark->x0, x1 = MAX (mark->x1, mark->x0 + 2.5 * r);

  ot_cairo_set_color (cr, mark->highlight ? &palette->foreground : &palette->muted);
  switch (mark->kind)
    {
    case OT_TIMELINE_DAY:
      cairo_arc (cr, mark->x0, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case OT_TIMELINE_SPAN:
      /* Square ends and never under two and a half dots wide: no bar reads
       * as a day. */
      cairo_rectangle (cr, x0, y - r * 0.55, x1 - x0, 1.1 * r);
      cairo_fill (cr);
      break;

    case OT_TIMELINE_DEADLINE:
      cairo_set_line_width (cr, 1.6 * line);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      cairo_stroke (cr);
      cairo_rectangle (cr, x1 - 1.6 * line, y - r * 1.2, 1.6 * line, r * 2.4);
      cairo_fill (cr);
      break;

    case OT_TIMELINE_LETTER:
    default:
      cairo_set_line_width (cr, 1.6 * line);
      cairo_move_to (cr, x0, y - r * 1.8);
      cairo_line_to (cr, x0, y + r * 1.8);
      cairo_stroke (cr);
      break;
    }
}

static void
timeline_paint (const OtChartLayout *layout,
                cairo_t             *cr,
                const OtPalette     *palette)
{
  const OtTimelineGeometry *self = layout->data;
  double line = MAX (1.5 * layout->unit, 1.0), u = layout->unit;

  if (self->list)
    {
      for (guint i = 0; i < self->marks->len; i++)
        {
          OtTimelineMark mark = g_array_index (self->marks, OtTimelineMark, i);
          /* As large as the text beside them. */
          double r = (mark.highlight ? 0.26 : 0.21) * self->list_size;

          /* The same marks as on the axis, small, at the start of the line. */
          mark.x0 -= r * 1.2;
          mark.x1 = mark.x0 + (mark.kind == OT_TIMELINE_DAY || mark.kind == OT_TIMELINE_LETTER ? 0 : 2.5 * r);
          if (mark.kind == OT_TIMELINE_DAY || mark.kind == OT_TIMELINE_LETTER)
            mark.x0 = mark.x1 = mark.x0 + 1.2 * r;
          paint_mark (layout, cr, palette, &mark, mark.label_y, r);
        }
      return;
    }

  /* A light axis, so the marks on it stand out. */
  ot_cairo_set_color (cr, &palette->muted);
  cairo_rectangle (cr, self->axis_x0, self->axis_y - line / 2, self->axis_x1 - self->axis_x0,
                   line);
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
      const OtTimelineMark *mark = &g_array_index (self->marks, OtTimelineMark, i);

      cairo_move_to (cr, mark->label_x, mark->label_y);
      cairo_line_to (cr, mark->label_x, self->axis_y);
    }
  cairo_stroke (cr);
  ot_cairo_set_color (cr, &palette->background);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const OtRect *r = &g_array_index (self->marks, OtTimelineMark, i).label;
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
    }
  cairo_fill (cr);

  /* Spans and deadlines lie along the axis; days stand out over them. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->marks->len; i++)
      {
        const OtTimelineMark *mark = &g_array_index (self->marks, OtTimelineMark, i);
        double r = (mark->highlight ? 9 : 6) * MAX (u, 0.6);

        if ((pass == 0) != (mark->kind == OT_TIMELINE_SPAN || mark->kind == OT_TIMELINE_DEADLINE))
          continue;
        /* Spans in a lane just above the axis, deadlines just below, so a
         * day's dot never hides them. */
        paint_mark (layout, cr, palette, mark,
                    self->axis_y + (mark->kind == OT_TIMELINE_SPAN
                                    ? -1.6 * r - mark->lane * lane_step (layout)
                                    : mark->kind == OT_TIMELINE_DEADLINE ? 1.6 * r : 0), r);
      }
}

static char *
timeline_dup_title (OtDataset *dataset,
                    OtLang     lang)
{
  return g_strdup (ot_gettext (lang, "Dates"));
}

static gboolean
timeline_supports (OtDataset *dataset)
{
  return ot_dataset_get_n_events (dataset) > 0;
}

const OtChart ot_chart_timeline = {
  "timeline", N_("Dates in the letter"), timeline_build, timeline_paint, timeline_supports,
  timeline_dup_title,
};
