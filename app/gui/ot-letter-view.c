/* ot-letter-view.c: the letter's text, its figures and dates as links
 *
 * Figures and dates are links in the accent colour. A click follows one;
 * from the keyboard, Tab moves from link to link inside the text (as in a
 * web page) and leaves it after the last, and Enter follows the link.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-letter-view"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ot-letter-view.h"

typedef struct
{
  int         start;   /* character offsets in the buffer */
  int         end;
  char       *ref;
  OtSpanKind  kind;
  guint       block;
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
  GArray      *links;    /* Link */
  GArray      *blocks;   /* BlockRange, one per block of the letter */
  int          focused;  /* the link keyboard focus is on, or -1 */
  char        *highlighted;
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
  g_free (((Link *) data)->ref);
}

static void
create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "reference",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 0.9,
                              "pixels-below-lines", 18, NULL);
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 1.25,
                              "pixels-above-lines", 14, "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "item",
                              "left-margin", 28, "indent", -16,
                              "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "footnote",
                              "scale", 0.85, "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "signature", "pixels-above-lines", 16, NULL);
  gtk_text_buffer_create_tag (buffer, "figure", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "link", "underline", PANGO_UNDERLINE_SINGLE_LINE, NULL);
  gtk_text_buffer_create_tag (buffer, "note",
                              "rise", 6 * PANGO_SCALE, "scale", 0.7, NULL);
  gtk_text_buffer_create_tag (buffer, "source", NULL);
  gtk_text_buffer_create_tag (buffer, "link-focus", NULL);
}

/* Links take the accent colour; the highlighted sentence and the focused
 * link a tint of it. libadwaita 1.2 names the colour but has no API for it. */
static void
update_colors (OtLetterView *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA accent, tint, focus;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       "accent_color", &accent))
    gdk_rgba_parse (&accent, dark ? "#78aeed" : "#1c71d8");
G_GNUC_END_IGNORE_DEPRECATIONS
  /* The named colour can lag a scheme change by one style update. */
  if (dark != (accent.red + accent.green + accent.blue > 1.5))
    gdk_rgba_parse (&accent, dark ? "#78aeed" : "#1c71d8");

  tint = accent;
  tint.alpha = dark ? 0.28 : 0.16;
  focus = accent;
  focus.alpha = 0.35;

  g_object_set (gtk_text_tag_table_lookup (table, "link"), "foreground-rgba", &accent,
                "underline-rgba", &accent, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "source"), "background-rgba", &tint,
                "paragraph-background-rgba", NULL, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "link-focus"), "background-rgba", &focus,
                NULL);
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
  gtk_text_buffer_insert_with_tags_by_name (buffer, iter, span->text, -1, block_tag_name,
                                            span->kind == OT_SPAN_FIGURE ? "figure" : NULL,
                                            NULL);
  link.end = gtk_text_iter_get_offset (iter);
  link.ref = g_strdup (span->ref);
  link.kind = span->kind;
  link.block = block;
  g_array_append_val (self->links, link);
}

static void
fill_buffer (OtLetterView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;
  gboolean first_footnote = TRUE;

  gtk_text_buffer_set_text (buffer, "", 0);
  g_array_set_size (self->links, 0);
  g_array_set_size (self->blocks, 0);
  self->focused = -1;
  g_clear_pointer (&self->highlighted, g_free);
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

          if ((span->kind == OT_SPAN_FIGURE || span->kind == OT_SPAN_DATE) && span->ref != NULL)
            add_link (self, &iter, span, tag, i);
          else
            gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, span->text, -1, tag,
                                                      span->kind == OT_SPAN_NOTE ? "note" : NULL,
                                                      NULL);
        }
      range.end = gtk_text_iter_get_offset (&iter);
      g_array_append_val (self->blocks, range);
      gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, "\n", -1, tag, NULL);
    }

  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, link->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, link->end);
      gtk_text_buffer_apply_tag_by_name (buffer, "link", &start, &end);
    }
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

static void
set_focused (OtLetterView *self,
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
  /* Put the caret there too, so a screen reader reads the link. */
  gtk_text_buffer_place_cursor (buffer, &start);
  scroll_to (self, link->start);
}

gboolean
ot_letter_view_activate_link (OtLetterView *self,
                              guint         index)
{
  const Link *link;

  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), FALSE);

  link = link_at (self, index);
  if (link == NULL)
    return FALSE;

  g_signal_emit (self, signals[LINK_ACTIVATED], 0, link->ref);
  return TRUE;
}

static gboolean
ot_letter_view_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  OtLetterView *self = OT_LETTER_VIEW (widget);
  int n = self->links->len;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (ot_letter_view_parent_class)->focus (widget, direction);

  if (!gtk_widget_has_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      set_focused (self, n == 0 ? -1 : direction == GTK_DIR_TAB_FORWARD ? 0 : n - 1);
      return TRUE;
    }

  if (direction == GTK_DIR_TAB_FORWARD && self->focused + 1 < n)
    {
      set_focused (self, self->focused + 1);
      return TRUE;
    }
  if (direction == GTK_DIR_TAB_BACKWARD && self->focused > 0)
    {
      set_focused (self, self->focused - 1);
      return TRUE;
    }

  /* Past the last link, Tab leaves the text. */
  set_focused (self, -1);
  return FALSE;
}

static gboolean
activate_focused_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  OtLetterView *self = OT_LETTER_VIEW (widget);

  if (self->focused < 0)
    return FALSE;

  return ot_letter_view_activate_link (self, self->focused);
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
    {
      self->focused = index;
      ot_letter_view_activate_link (self, index);
    }
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
focus_leave_cb (OtLetterView *self)
{
  set_focused (self, -1);
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

static void
ot_letter_view_dispose (GObject *object)
{
  OtLetterView *self = OT_LETTER_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->letter);

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

  /**
   * OtLetterView::link-activated:
   * @ref: the figure's or event's id
   */
  signals[LINK_ACTIVATED] =
    g_signal_new ("link-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_focused_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_focused_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, activate_focused_cb, NULL);
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
  self->focused = -1;

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (view, 24);
  gtk_text_view_set_right_margin (view, 24);
  gtk_text_view_set_top_margin (view, 18);
  gtk_text_view_set_bottom_margin (view, 24);
  gtk_text_view_set_pixels_inside_wrap (view, 3);
  create_tags (gtk_text_view_get_buffer (view));

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (style_changed_cb), self);
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
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "source", &start, &end);
  g_clear_pointer (&self->highlighted, g_free);

  if (self->letter == NULL)
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
  scroll_to (self, gtk_text_iter_get_offset (&start));
  return TRUE;
}

/* The highlighted sentence, or NULL. */
char *
ot_letter_view_get_highlighted (OtLetterView *self)
{
  g_return_val_if_fail (OT_IS_LETTER_VIEW (self), NULL);

  return g_strdup (self->highlighted);
}
