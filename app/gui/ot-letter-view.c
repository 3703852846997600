/* ot-letter-view.c: the letter's text, its figures and dates as links
 *
 * The text is one GtkTextView, so that it reads, selects and copies as the
 * letter. Figures and dates are links in the accent colour. Each link also
 * has a small widget of its own lying over its text (an overlay of the
 * view, role link): that is where keyboard focus and a screen reader land,
 * named by the link's text and described by what it means. Tab moves from
 * link to link and leaves the text after the last; Enter follows a link.
 *
 * The sentence a chart element comes from is highlighted, and it too gets
 * a widget over it, so that focus can be put on it and a screen reader
 * reads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-letter-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "ot-compat.h"
#include "ot-letter-view.h"

/* A text tag whose "foreground" can be read.
 *
 * GTK 4.8's AT-SPI code reads a tag's write-only "foreground" property
 * when the tag sets a foreground colour (gtk_text_buffer_get_run_attributes,
 * fixed in GTK 4.10), through an uninitialised pointer: asking the text's
 * attributes at a link crashed the program. This tag answers with the
 * colour it was given as "foreground-rgba", so any GTK reads it safely. */
#define OT_TYPE_LINK_TAG (ot_link_tag_get_type ())

G_DECLARE_FINAL_TYPE (OtLinkTag, ot_link_tag, OT, LINK_TAG, GtkTextTag)

struct _OtLinkTag
{
  GtkTextTag  parent_instance;
};

G_DEFINE_FINAL_TYPE (OtLinkTag, ot_link_tag, GTK_TYPE_TEXT_TAG)

enum
{
  LINK_TAG_PROP_0,
  LINK_TAG_PROP_FOREGROUND,
};

static void
ot_link_tag_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GdkRGBA *rgba = NULL;

  switch (prop_id)
    {
    case LINK_TAG_PROP_FOREGROUND:
      g_object_get (object, "foreground-rgba", &rgba, NULL);
      if (rgba == NULL)
        rgba = gdk_rgba_copy (&(GdkRGBA) { 0, 0, 0, 1 });
      g_value_take_boxed (value, rgba);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_link_tag_class_init (OtLinkTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ot_link_tag_get_property;
  /* Shadows GtkTextTag's write-only string property of the same name. */
  g_object_class_install_property (object_class, LINK_TAG_PROP_FOREGROUND,
                                   g_param_spec_boxed ("foreground", NULL, NULL, GDK_TYPE_RGBA,
                                                       G_PARAM_READABLE
                                                       | G_PARAM_STATIC_STRINGS));
}

static void
ot_link_tag_init (OtLinkTag *self)
{
}

/* A place in the letter that focus can land on: a link, or the highlighted
 * sentence. It lies over its text and draws nothing but its focus ring. */
#define OT_TYPE_LETTER_MARK (ot_letter_mark_get_type ())

G_DECLARE_FINAL_TYPE (OtLetterMark, ot_letter_mark, OT, LETTER_MARK, GtkWidget)

struct _OtLetterMark
{
  GtkWidget  parent_instance;

  int        index;    /* the link's, or -1 for the sentence */
  int        x, y, width, height;   /* buffer coordinates */
};

G_DEFINE_FINAL_TYPE (OtLetterMark, ot_letter_mark, GTK_TYPE_WIDGET)

static void
ot_letter_mark_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  OtLetterMark *self = OT_LETTER_MARK (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;
}

static void
follow_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtLetterMark *self = OT_LETTER_MARK (widget);
  GtkWidget *view = gtk_widget_get_ancestor (widget, OT_TYPE_LETTER_VIEW);

  if (view != NULL && self->index >= 0)
    ot_letter_view_activate_link (OT_LETTER_VIEW (view), self->index);
}

static void
ot_letter_mark_class_init (OtLetterMarkClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = ot_letter_mark_measure;
  gtk_widget_class_set_css_name (widget_class, "lettermark");
  /* Also what an assistive technology's "activate" does. */
  gtk_widget_class_install_action (widget_class, "link.follow", NULL, follow_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "link.follow", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "link.follow", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "link.follow", NULL);
}

static void
ot_letter_mark_init (OtLetterMark *self)
{
  self->index = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* Clicks go through to the text, which knows the links. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

static GtkWidget *
ot_letter_mark_new (int               index,
                    GtkAccessibleRole role)
{
  OtLetterMark *self = g_object_new (OT_TYPE_LETTER_MARK, "accessible-role", role, NULL);

  self->index = index;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link.follow", index >= 0);
  return GTK_WIDGET (self);
}

typedef struct
{
  int         start;   /* character offsets in the buffer */
  int         end;
  char       *ref;
  OtSpanKind  kind;
  guint       block;
  GtkWidget  *mark;    /* OtLetterMark, an overlay of the view (in marks) */
} Link;

typedef struct
{
  int start;
  int end;
} BlockRange;

struct _OtLetterView
{
  GtkTextView  parent_instance;

  OtLetter    *letter;
  gboolean     links_shown;
  GArray      *links;    /* Link */
  GArray      *blocks;   /* BlockRange, one per block of the letter */
  int          focused;  /* the link keyboard focus is on, or -1 */
  char        *highlighted;
  int          highlight_start;
  int          highlight_end;
  GtkWidget   *sentence; /* OtLetterMark over the highlighted sentence */
  GPtrArray   *marks;    /* OtLetterMark for links, kept: GTK 4.8 cannot take
                          * an overlay out of a text view again */
  GtkTextTag  *lang_tag;
  GdkRGBA      accent;
  GtkAdjustment *vadjustment;
  guint        place_source;
  gboolean     marks_placed;  /* once allocated and placed */
};

enum
{
  LINK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtLetterView, ot_letter_view, GTK_TYPE_TEXT_VIEW)

static const char *
block_tag (OtBlockKind kind)
{
  switch (kind)
    {
    case OT_BLOCK_HEADING:
      return "heading";
    case OT_BLOCK_LIST_ITEM:
      return "item";
    case OT_BLOCK_FOOTNOTE:
      return "footnote";
    case OT_BLOCK_SIGNATURE:
      return "signature";
    case OT_BLOCK_PARAGRAPH:
    default:
      return "paragraph";
    }
}

static void
link_clear (gpointer data)
{
  Link *link = data;

  g_free (link->ref);
}

/* A list item's marker hangs in the margin; its text, and every wrapped
 * line of it, starts at one tab stop. */
#define ITEM_MARGIN 44
#define ITEM_HANG 20

static void
create_tags (GtkTextBuffer *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autoptr(PangoTabArray) item_tabs = pango_tab_array_new (1, TRUE);
  GtkTextTag *link;

  /* Pango's tab stops count from where a hanging first line starts. */
  pango_tab_array_set_tab (item_tabs, 0, PANGO_TAB_LEFT, ITEM_HANG);

  gtk_text_buffer_create_tag (buffer, "reference",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 0.9,
                              "pixels-below-lines", 18, NULL);
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 1.25,
                              "pixels-above-lines", 14, "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "item",
                              "left-margin", ITEM_MARGIN, "indent", -ITEM_HANG,
                              "tabs", item_tabs, "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "footnote",
                              "scale", 0.85, "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "signature", "pixels-above-lines", 16, NULL);
  gtk_text_buffer_create_tag (buffer, "note",
                              "rise", 6 * PANGO_SCALE, "scale", 0.7, NULL);
  gtk_text_buffer_create_tag (buffer, "source", NULL);

  /* Figures and dates alike: one look for every link. The underline is
   * drawn by the view (snapshot_layer): GTK 4.8's GL renderer loses some of
   * the text's own underlines. */
  link = g_object_new (OT_TYPE_LINK_TAG, "name", "link",
                       NULL);
  gtk_text_tag_table_add (table, link);
  g_object_unref (link);
  gtk_text_buffer_create_tag (buffer, "link-focus", NULL);

  /* GTK 4.8 lays out a line with the style of the line it laid out before
   * when no tag starts or ends between them (a line drawn out of order,
   * after a scroll, took a heading's size); blocks alternate between two
   * empty tags so that one always does. */
  gtk_text_buffer_create_tag (buffer, "block-even", NULL);
  gtk_text_buffer_create_tag (buffer, "block-odd", NULL);
}

/* Links take the accent colour; the highlighted sentence and the focused
 * link a tint of it. */
static void
update_colors (OtLetterView *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA accent, tint, focus;

  if (!ot_compat_get_accent_color (GTK_WIDGET (self), &accent))
    gdk_rgba_parse (&accent, dark ? "#78aeed" : "#1c71d8");
  /* The named colour can lag a scheme change by one style update. */
  if (dark != (accent.red + accent.green + accent.blue > 1.5))
    gdk_rgba_parse (&accent, dark ? "#78aeed" : "#1c71d8");

  tint = accent;
  tint.alpha = dark ? 0.28 : 0.16;
  focus = accent;
  focus.alpha = 0.35;

  self->accent = accent;
  g_object_set (gtk_text_tag_table_lookup (table, "link"), "foreground-rgba", &accent, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "source"), "background-rgba", &tint,
                "paragraph-background-rgba", NULL, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "link-focus"), "background-rgba", &focus,
                NULL);
}

static void
get_range (OtLetterView *self,
           int           start,
           int           end,
           GtkTextIter  *start_iter,
           GtkTextIter  *end_iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_buffer_get_iter_at_offset (buffer, start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, end_iter, end);
}

/* Puts @mark over the text from @start to @end: its first line when the
 * text wraps to another, the lines it spans when @whole_lines. */
static gboolean
place_mark (OtLetterView *self,
            GtkWidget    *widget,
            int           start,
            int           end,
            gboolean      whole_lines)
{
  OtLetterMark *mark = OT_LETTER_MARK (widget);
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter start_iter, end_iter;
  GdkRectangle first, last;
  int x, y, width, height;

  get_range (self, start, end, &start_iter, &end_iter);
  gtk_text_view_get_iter_location (view, &start_iter, &first);
  if (end > start)
    gtk_text_iter_backward_char (&end_iter);
  gtk_text_view_get_iter_location (view, &end_iter, &last);

  x = first.x;
  y = first.y;
  if (last.y == first.y)
    {
      width = last.x + last.width - first.x;
      height = MAX (first.height, last.height);
    }
  else if (whole_lines)
    {
      int text_width = gtk_widget_get_width (GTK_WIDGET (self))
                       - gtk_text_view_get_left_margin (view)
                       - gtk_text_view_get_right_margin (view);

      x = gtk_text_view_get_left_margin (view);
      width = MAX (text_width, 1);
      height = last.y + last.height - first.y;
    }
  else
    {
      width = gtk_widget_get_width (GTK_WIDGET (self)) - gtk_text_view_get_right_margin (view)
              - first.x;
      height = first.height;
    }
  width = MAX (width, 1);
  height = MAX (height, 1);

  if (mark->x == x && mark->y == y && mark->width == width && mark->height == height)
    return FALSE;

  if (mark->width != width || mark->height != height)
    {
      mark->width = width;
      mark->height = height;
      gtk_widget_queue_resize (widget);
    }
  mark->x = x;
  mark->y = y;
  gtk_text_view_move_overlay (view, widget, x, y);
  return TRUE;
}

/* TRUE when a mark moved. */
static gboolean
place_marks (OtLetterView *self)
{
  gboolean moved = FALSE;

  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);

      if (link->mark != NULL)
        moved |= place_mark (self, link->mark, link->start, link->end, FALSE);
    }
  if (self->sentence != NULL && gtk_widget_get_visible (self->sentence))
    moved |= place_mark (self, self->sentence, self->highlight_start, self->highlight_end, TRUE);
  return moved;
}

static void
mark_focus_enter_cb (GtkEventControllerFocus *controller,
                     OtLetterView            *self);
static void
mark_focus_leave_cb (GtkEventControllerFocus *controller,
                     OtLetterView            *self);

/* Unnamed parts of a widget's own making would read as their GTK type. */
static void
name_container (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (parent != NULL && g_object_get_data (G_OBJECT (parent), "ot-named") == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);
      g_object_set_data (G_OBJECT (parent), "ot-named", GINT_TO_POINTER (TRUE));
    }
}

static GtkWidget *
add_mark (OtLetterView     *self,
          int               index,
          GtkAccessibleRole role)
{
  GtkWidget *mark = ot_letter_mark_new (index, role);
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "enter", G_CALLBACK (mark_focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (mark_focus_leave_cb), self);
  gtk_widget_add_controller (mark, controller);
  gtk_text_view_add_overlay (GTK_TEXT_VIEW (self), g_object_ref_sink (mark), 0, 0);
  name_container (mark);
  return mark;
}

static void
add_link (OtLetterView  *self,
          GtkTextIter   *iter,
          const OtSpan  *span,
          const char    *block_tag_name,
          guint          block)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  Link link = { 0 };

  link.start = gtk_text_iter_get_offset (iter);
  gtk_text_buffer_insert_with_tags_by_name (buffer, iter, span->text, -1, block_tag_name, NULL);
  link.end = gtk_text_iter_get_offset (iter);
  link.ref = g_strdup (span->ref);
  link.kind = span->kind;
  link.block = block;
  if (self->links->len < self->marks->len)
    link.mark = g_ptr_array_index (self->marks, self->links->len);
  else
    {
      link.mark = add_mark (self, self->links->len, GTK_ACCESSIBLE_ROLE_LINK);
      g_ptr_array_add (self->marks, link.mark);
    }
  gtk_widget_set_visible (link.mark, TRUE);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (link.mark), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (link.mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  span->text, -1);
  g_array_append_val (self->links, link);
}

static void
clear_highlight (OtLetterView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "source", &start, &end);
  g_clear_pointer (&self->highlighted, g_free);
  if (self->sentence != NULL)
    gtk_widget_set_visible (self->sentence, FALSE);
}

static void
fill_buffer (OtLetterView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter, start, block_end;
  gboolean first_footnote = TRUE;

  clear_highlight (self);
  gtk_text_buffer_set_text (buffer, "", 0);
  g_array_set_size (self->links, 0);
  g_array_set_size (self->blocks, 0);
  self->focused = -1;
  if (self->letter == NULL)
    return;

  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &iter,
                                            ot_letter_get_reference (self->letter), -1,
                                            "reference", NULL);
  gtk_text_buffer_insert (buffer, &iter, "\n", 1);

  for (guint i = 0; i < ot_letter_get_n_blocks (self->letter); i++)
    {
      const OtBlock *block = ot_letter_get_block (self->letter, i);
      const char *tag = block_tag (block->kind);
      BlockRange range;

      if (block->kind == OT_BLOCK_FOOTNOTE && first_footnote)
        {
          first_footnote = FALSE;
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, "—\n", -1, "paragraph", NULL);
        }

      range.start = gtk_text_iter_get_offset (&iter);
      if (block->kind == OT_BLOCK_LIST_ITEM)
        {
          g_autofree char *marker = block->list_number > 0
            ? g_strdup_printf ("%u.\t", block->list_number) : g_strdup ("–\t");

          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, marker, -1, tag, NULL);
        }
      else if (block->kind == OT_BLOCK_FOOTNOTE)
        {
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, block->id, -1, tag, "note",
                                                    NULL);
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, " ", -1, tag, NULL);
        }

      for (guint j = 0; j < block->spans->len; j++)
        {
          const OtSpan *span = g_ptr_array_index (block->spans, j);

          if (self->links_shown && (span->kind == OT_SPAN_FIGURE || span->kind == OT_SPAN_DATE)
              && span->ref != NULL)
            add_link (self, &iter, span, tag, i);
          else
            gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, span->text, -1, tag,
                                                      span->kind == OT_SPAN_NOTE ? "note" : NULL,
                                                      NULL);
        }
      range.end = gtk_text_iter_get_offset (&iter);
      g_array_append_val (self->blocks, range);
      gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, "\n", -1, tag, NULL);

      get_range (self, range.start, gtk_text_iter_get_offset (&iter), &start, &block_end);
      gtk_text_buffer_apply_tag_by_name (buffer, i % 2 == 0 ? "block-even" : "block-odd", &start,
                                         &block_end);
      gtk_text_buffer_get_end_iter (buffer, &iter);
    }

  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);
      GtkTextIter link_start, link_end;

      get_range (self, link->start, link->end, &link_start, &link_end);
      gtk_text_buffer_apply_tag_by_name (buffer, "link", &link_start, &link_end);
    }

  /* The language the letter is in, so a screen reader reads it with the
   * right voice. */
  g_object_set (self->lang_tag, "language",
                ot_letter_get_lang (self->letter) != NULL ? ot_letter_get_lang (self->letter)
                                                          : "nl",
                NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_apply_tag (buffer, self->lang_tag, &start, &iter);

  /* Marks no link uses now are hidden, which takes them out of reach. */
  for (guint i = self->links->len; i < self->marks->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->marks, i), FALSE);

  /* Placing a mark lays out its paragraph: before the view has a width,
   * at a width it will not have. Its first allocation places them. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    place_marks (self);
}

static const Link *
link_at (OtLetterView *self,
         int           index)
{
  if (index < 0 || (guint) index >= self->links->len)
    return NULL;

  return &g_array_index (self->links, Link, index);
}

static int
link_at_offset (OtLetterView *self,
                int           offset)
{
  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);

      if (offset >= link->start && offset < link->end)
        return i;
    }

  return -1;
}

static void
scroll_to (OtLetterView *self,
           int           offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "ot-scroll");
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "ot-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);
  /* A mark scrolls once the lines are measured, even right after filling. */
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), mark, 0.05, TRUE, 0.0, 0.3);
}

/* The focused link's tint, and the caret, where focus is. */
static void
show_focused (OtLetterView *self,
              int           index)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;
  const Link *link;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "link-focus", &start, &end);
  self->focused = index;

  link = link_at (self, index);
  if (link == NULL)
    return;

  get_range (self, link->start, link->end, &start, &end);
  gtk_text_buffer_apply_tag_by_name (buffer, "link-focus", &start, &end);
  /* The caret follows, for a screen reader's review of the text. */
  gtk_text_buffer_place_cursor (buffer, &start);
  scroll_to (self, link->start);
}

static void
mark_focus_enter_cb (GtkEventControllerFocus *controller,
                     OtLetterView            *self)
{
  OtLetterMark *mark = OT_LETTER_MARK (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (mark->index >= 0)
    show_focused (self, mark->index);
  else
    {
      GtkTextIter start, end;

      show_focused (self, -1);
      get_range (self, self->highlight_start, self->highlight_end, &start, &end);
      gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &start);
      scroll_to (self, self->highlight_start);
    }
}

static void
mark_focus_leave_cb (GtkEventControllerFocus *controller,
                     OtLetterView            *self)
{
  OtLetterMark *mark = OT_LETTER_MARK (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (mark->index >= 0 && mark->index == self->focused)
    show_focused (self, -1);
}

static gboolean
focus_link (OtLetterView *self,
            int           index)
{
  const Link *link = link_at (self, index);

  if (link == NULL)
    return FALSE;

  place_mark (self, link->mark, link->start, link->end, FALSE);
  return gtk_widget_grab_focus (link->mark);
}

gboolean
ot_letter_view_activate_link (OtLetterView *self,
                              guint         index)
{
  const Link *link;
  g_autofree char *ref = NULL;

  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), FALSE);

  link = link_at (self, index);
  if (link == NULL)
    return FALSE;

  ref = g_strdup (link->ref);
  g_signal_emit (self, signals[LINK_ACTIVATED], 0, ref);
  return TRUE;
}

/* Where focus is among the links: the focused link's index, the index
 * the highlighted sentence would have among them (-1 before the first)
 * plus a half, or -2 when focus is elsewhere or on the text itself. */
static double
focus_position (OtLetterView *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  if (focus != NULL && OT_IS_LETTER_MARK (focus)
      && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    {
      OtLetterMark *mark = OT_LETTER_MARK (focus);
      int before = -1;

      if (mark->index >= 0)
        return mark->index;

      for (guint i = 0; i < self->links->len; i++)
        if (g_array_index (self->links, Link, i).start < self->highlight_start)
          before = i;
      return before + 0.5;
    }

  return -2;
}

static gboolean
ot_letter_view_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  OtLetterView *self = OT_LETTER_VIEW (widget);
  int n = self->links->len;
  double at;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (ot_letter_view_parent_class)->focus (widget, direction);

  at = focus_position (self);

  /* Coming in: the first link, or the last going back; without links the
   * text itself, once. */
  if (at == -2 && !gtk_widget_has_focus (widget))
    {
      if (n == 0)
        return gtk_widget_grab_focus (widget);
      return focus_link (self, direction == GTK_DIR_TAB_FORWARD ? 0 : n - 1);
    }

  /* The text itself has focus: Tab goes to the first link. */
  if (at == -2)
    return direction == GTK_DIR_TAB_FORWARD && focus_link (self, 0);

  /* A link is at its index; the sentence between the links around it. */
  if (direction == GTK_DIR_TAB_FORWARD && (int) floor (at) + 1 < n)
    return focus_link (self, (int) floor (at) + 1);
  if (direction == GTK_DIR_TAB_BACKWARD && (int) ceil (at) - 1 >= 0)
    return focus_link (self, (int) ceil (at) - 1);

  /* Past the last link, Tab leaves the text. */
  return FALSE;
}

static int
link_at_point (OtLetterView *self,
               double        x,
               double        y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return -1;

  return link_at_offset (self, gtk_text_iter_get_offset (&iter));
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             OtLetterView    *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  int index;

  if (n_press != 1 || gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) > 1)
    return;

  /* A drag that selected text is not a click on a link. */
  if (gtk_text_buffer_get_has_selection (buffer))
    return;

  index = link_at_point (self, x, y);
  if (index >= 0)
    ot_letter_view_activate_link (self, index);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           OtLetterView             *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   link_at_point (self, x, y) >= 0 ? "pointer" : "text");
}

static void
style_changed_cb (OtLetterView *self)
{
  update_colors (self);
}

static void
ot_letter_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ot_letter_view_parent_class)->map (widget);
  update_colors (OT_LETTER_VIEW (widget));
}

/* Every link's underline, on whole pixels under each of its lines. */
static void
ot_letter_view_snapshot_layer (GtkTextView      *view,
                               GtkTextViewLayer  layer,
                               GtkSnapshot      *snapshot)
{
  OtLetterView *self = OT_LETTER_VIEW (view);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics;
  GdkRectangle visible;
  double descent, position, thickness;

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || self->links->len == 0)
    return;

  metrics = pango_context_get_metrics (context, NULL, NULL);
  descent = (double) pango_font_metrics_get_descent (metrics) / PANGO_SCALE;
  position = (double) pango_font_metrics_get_underline_position (metrics) / PANGO_SCALE;
  thickness = MAX (1, round ((double) pango_font_metrics_get_underline_thickness (metrics)
                             / PANGO_SCALE));
  pango_font_metrics_unref (metrics);
  gtk_text_view_get_visible_rect (view, &visible);

  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);
      GtkTextIter iter, end;
      int top, bottom, height;

      get_range (self, link->start, link->end, &iter, &end);
      /* Only what is on screen: laying out other lines here would upset
       * the text's own drawing. */
      gtk_text_view_get_line_yrange (view, &iter, &top, &height);
      gtk_text_view_get_line_yrange (view, &end, &bottom, &height);
      if (bottom + height < visible.y || top > visible.y + visible.height)
        continue;

      while (gtk_text_iter_compare (&iter, &end) < 0)
        {
          GtkTextIter line_end = iter, last;
          GdkRectangle first_rect, last_rect;
          double y;

          if (!gtk_text_view_forward_display_line_end (view, &line_end)
              || gtk_text_iter_compare (&line_end, &end) > 0)
            line_end = end;
          last = line_end;
          gtk_text_iter_backward_char (&last);
          gtk_text_view_get_iter_location (view, &iter, &first_rect);
          gtk_text_view_get_iter_location (view, &last, &last_rect);

          /* The line's baseline lies its descent above its bottom. */
          y = round (first_rect.y + first_rect.height - descent - position);
          gtk_snapshot_append_color (snapshot, &self->accent,
                                     &GRAPHENE_RECT_INIT (first_rect.x, y,
                                                          last_rect.x + last_rect.width
                                                          - first_rect.x,
                                                          thickness));

          if (gtk_text_iter_equal (&line_end, &end))
            break;
          iter = line_end;
          /* Past the line's end, to the next line's start. */
          gtk_text_view_forward_display_line (view, &iter);
          if (!gtk_text_view_starts_display_line (view, &iter))
            gtk_text_view_backward_display_line_start (view, &iter);
        }
    }
}

static gboolean
place_marks_cb (gpointer user_data)
{
  OtLetterView *self = user_data;

  self->place_source = 0;
  place_marks (self);
  self->marks_placed = gtk_widget_get_width (GTK_WIDGET (self)) > 0;
  return G_SOURCE_REMOVE;
}

/* GtkTextView measures its lines a few at a time, after it is allocated;
 * the scrollable height grows as it does, and the marks follow. */
static void
vadjustment_changed_cb (OtLetterView *self)
{
  if (self->place_source == 0)
    self->place_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, place_marks_cb, self, NULL);
}

/* GTK 4.8 moves the widgets over the text with the scroll only when the
 * view is allocated again. */
static void
vadjustment_value_changed_cb (OtLetterView *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_allocate (gtk_widget_get_parent (self->sentence));
}

static void
vadjustment_notify_cb (OtLetterView *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));

  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (vadjustment_changed_cb), self);
      g_signal_connect_swapped (adjustment, "value-changed",
                                G_CALLBACK (vadjustment_value_changed_cb), self);
    }
}

/* The text wraps anew at each width: the marks follow it. */
static void
ot_letter_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  OtLetterView *self = OT_LETTER_VIEW (widget);

  GTK_WIDGET_CLASS (ot_letter_view_parent_class)->size_allocate (widget, width, height, baseline);
  /* The first allocation leaves the marks to just after the first frame:
   * placing one lays out its paragraph, and the letter is shown sooner
   * without laying out every paragraph that has a link (a mark draws
   * nothing until it has focus or a sentence is shown, which needs a
   * frame first). */
  if (!self->marks_placed)
    {
      if (self->place_source == 0)
        self->place_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, place_marks_cb, self,
                                              NULL);
      return;
    }
  /* The text is laid out at this width only now; the marks that moved are
   * placed in this same allocation. */
  if (place_marks (self))
    GTK_WIDGET_CLASS (ot_letter_view_parent_class)->size_allocate (widget, width, height,
                                                                  baseline);
}

static void
ot_letter_view_dispose (GObject *object)
{
  OtLetterView *self = OT_LETTER_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_handle_id (&self->place_source, g_source_remove);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->letter);
  if (self->links != NULL)
    g_array_set_size (self->links, 0);
  /* The view's own dispose takes its overlays out. */
  g_clear_object (&self->sentence);
  g_clear_pointer (&self->marks, g_ptr_array_unref);

  G_OBJECT_CLASS (ot_letter_view_parent_class)->dispose (object);
}

static void
ot_letter_view_finalize (GObject *object)
{
  OtLetterView *self = OT_LETTER_VIEW (object);

  g_array_unref (self->links);
  g_array_unref (self->blocks);
  g_free (self->highlighted);

  G_OBJECT_CLASS (ot_letter_view_parent_class)->finalize (object);
}

static void
ot_letter_view_class_init (OtLetterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_letter_view_dispose;
  object_class->finalize = ot_letter_view_finalize;
  widget_class->focus = ot_letter_view_focus;
  widget_class->map = ot_letter_view_map;
  widget_class->size_allocate = ot_letter_view_size_allocate;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = ot_letter_view_snapshot_layer;

  /**
   * OtLetterView::link-activated:
   * @ref: the figure's or event's id
   */
  signals[LINK_ACTIVATED] =
    g_signal_new ("link-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "letterview");
}

static void
ot_letter_view_init (OtLetterView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkEventController *controller;

  self->links = g_array_new (FALSE, TRUE, sizeof (Link));
  g_array_set_clear_func (self->links, link_clear);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (BlockRange));
  self->marks = g_ptr_array_new_with_free_func (g_object_unref);
  self->focused = -1;
  self->links_shown = TRUE;

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (view, 24);
  gtk_text_view_set_right_margin (view, 24);
  gtk_text_view_set_top_margin (view, 18);
  gtk_text_view_set_bottom_margin (view, 24);
  gtk_text_view_set_pixels_inside_wrap (view, 3);
  create_tags (gtk_text_view_get_buffer (view));
  self->lang_tag = gtk_text_buffer_create_tag (gtk_text_view_get_buffer (view), "lang", NULL);

  self->sentence = add_mark (self, -1, GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_widget_set_visible (self->sentence, FALSE);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (style_changed_cb), self);
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (vadjustment_notify_cb), NULL);
}

GtkWidget *
ot_letter_view_new (void)
{
  return g_object_new (OT_TYPE_LETTER_VIEW, NULL);
}

void
ot_letter_view_set_letter (OtLetterView *self,
                           OtLetter     *letter)
{
  g_return_if_fail (OT_IS_LETTER_VIEW (self));
  g_return_if_fail (letter == NULL || OT_IS_LETTER (letter));

  if (g_set_object (&self->letter, letter))
    fill_buffer (self);
}

OtLetter *
ot_letter_view_get_letter (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);

  return self->letter;
}

/* Whether the figures and dates are links: only while the figures open
 * are the letter's own. */
void
ot_letter_view_set_links_shown (OtLetterView *self,
                                gboolean      shown)
{
  g_return_if_fail (OT_IS_LETTER_VIEW (self));

  shown = !!shown;
  if (self->links_shown == shown)
    return;

  self->links_shown = shown;
  fill_buffer (self);
}

gboolean
ot_letter_view_get_links_shown (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), FALSE);

  return self->links_shown;
}

guint
ot_letter_view_get_n_links (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), 0);

  return self->links->len;
}

const char *
ot_letter_view_get_link_ref (OtLetterView *self,
                             guint         index)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);

  return g_array_index (self->links, Link, index).ref;
}

char *
ot_letter_view_get_link_text (OtLetterView *self,
                              guint         index)
{
  const Link *link;
  GtkTextIter start, end;

  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);

  link = &g_array_index (self->links, Link, index);
  get_range (self, link->start, link->end, &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

/* Where link @index lies in the buffer, as character offsets. */
void
ot_letter_view_get_link_range (OtLetterView *self,
                               guint         index,
                               int          *start,
                               int          *end)
{
  const Link *link;

  g_return_if_fail (OT_IS_LETTER_VIEW (self));
  g_return_if_fail (index < self->links->len);

  link = &g_array_index (self->links, Link, index);
  if (start != NULL)
    *start = link->start;
  if (end != NULL)
    *end = link->end;
}

/* What a screen reader says after the link's text: what it stands for. */
void
ot_letter_view_set_link_description (OtLetterView *self,
                                     guint         index,
                                     const char   *description)
{
  g_return_if_fail (OT_IS_LETTER_VIEW (self));
  g_return_if_fail (index < self->links->len);

  gtk_accessible_update_property (GTK_ACCESSIBLE (g_array_index (self->links, Link, index).mark),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
}

/* The widget focus lands on for a link, for tests. */
GtkWidget *
ot_letter_view_get_link_widget (OtLetterView *self,
                                guint         index)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);

  return index < self->links->len ? g_array_index (self->links, Link, index).mark : NULL;
}

gboolean
ot_letter_view_focus_link (OtLetterView *self,
                           guint         index)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), FALSE);

  return focus_link (self, index);
}

/* The first link that reads @text, or -1. */
int
ot_letter_view_find_link (OtLetterView *self,
                          const char   *text)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), -1);
  g_return_val_if_fail (text != NULL, -1);

  for (guint i = 0; i < self->links->len; i++)
    {
      g_autofree char *link_text = ot_letter_view_get_link_text (self, i);

      if (g_str_equal (link_text, text))
        return i;
    }

  return -1;
}

int
ot_letter_view_get_focused_link (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), -1);

  return self->focused;
}

/* The sentence around @link: Pango knows where sentences end. */
static void
sentence_around (OtLetterView *self,
                 const Link   *link,
                 GtkTextIter  *start,
                 GtkTextIter  *end)
{
  const BlockRange *range = &g_array_index (self->blocks, BlockRange, link->block);
  GtkTextIter block_start, block_end;

  get_range (self, range->start, range->end, &block_start, &block_end);
  get_range (self, link->start, link->end, start, end);

  if (!gtk_text_iter_starts_sentence (start))
    gtk_text_iter_backward_sentence_start (start);
  if (!gtk_text_iter_ends_sentence (end))
    gtk_text_iter_forward_sentence_end (end);

  if (gtk_text_iter_compare (start, &block_start) < 0)
    *start = block_start;
  if (gtk_text_iter_compare (end, &block_end) > 0)
    *end = block_end;
}

/* Scrolls to the letter's sentence for @ref and highlights it. The
 * sentence is the original's (Dutch); a translation is parallel block for
 * block, so the same block of the letter shown holds it, and in it the
 * sentence around the link for @ref. */
gboolean
ot_letter_view_show_source (OtLetterView *self,
                            const char   *ref,
                            const char   *sentence)
{
  GtkTextBuffer *buffer;
  g_autoptr(OtLetter) original = NULL;
  GtkTextIter start, end, block_start, block_end;
  gboolean found = FALSE;
  int block = -1;

  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), FALSE);
  g_return_val_if_fail (ref != NULL, FALSE);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  clear_highlight (self);

  /* Without links the figures open are not the letter's. */
  if (self->letter == NULL || !self->links_shown)
    return FALSE;

  if (sentence != NULL && *sentence != '\0')
    {
      original = ot_letter_new_default (OT_LANG_NL, NULL);
      if (original != NULL && ot_letter_get_n_blocks (original) == self->blocks->len)
        block = ot_letter_find_text (original, sentence);
    }

  if (block >= 0)
    {
      const BlockRange *range = &g_array_index (self->blocks, BlockRange, block);

      get_range (self, range->start, range->end, &block_start, &block_end);
      /* The original, word for word. */
      found = gtk_text_iter_forward_search (&block_start, sentence, GTK_TEXT_SEARCH_TEXT_ONLY,
                                            &start, &end, &block_end);
      for (guint i = 0; !found && i < self->links->len; i++)
        {
          const Link *link = &g_array_index (self->links, Link, i);

          if (link->block == (guint) block && g_strcmp0 (link->ref, ref) == 0)
            {
              sentence_around (self, link, &start, &end);
              found = TRUE;
            }
        }
      if (!found)
        {
          start = block_start;
          end = block_end;
          found = TRUE;
        }
    }
  else
    {
      /* No sentence to go by: the first link for @ref. */
      for (guint i = 0; !found && i < self->links->len; i++)
        {
          const Link *link = &g_array_index (self->links, Link, i);

          if (g_strcmp0 (link->ref, ref) == 0)
            {
              sentence_around (self, link, &start, &end);
              found = TRUE;
            }
        }
    }

  if (!found)
    return FALSE;

  gtk_text_buffer_apply_tag_by_name (buffer, "source", &start, &end);
  self->highlighted = gtk_text_iter_get_text (&start, &end);
  self->highlight_start = gtk_text_iter_get_offset (&start);
  self->highlight_end = gtk_text_iter_get_offset (&end);

  /* Focus can go there, and a screen reader then reads the sentence. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sentence),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->highlighted, -1);
  gtk_widget_set_visible (self->sentence, TRUE);
  place_mark (self, self->sentence, self->highlight_start, self->highlight_end, TRUE);

  scroll_to (self, self->highlight_start);
  return TRUE;
}

/* The highlighted sentence, or NULL. */
char *
ot_letter_view_get_highlighted (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);

  return g_strdup (self->highlighted);
}

/* Puts keyboard focus on the highlighted sentence. */
gboolean
ot_letter_view_focus_highlighted (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), FALSE);

  if (self->highlighted == NULL)
    return FALSE;

  return gtk_widget_grab_focus (self->sentence);
}

/* What the sentence widget says, for tests. */
GtkWidget *
ot_letter_view_get_sentence_widget (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);

  return self->sentence;
}
