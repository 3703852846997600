/* ot-letter-view.c: the letter's text, readable and selectable
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-letter-view"

#include "config.h"

#include "ot-letter-view.h"

struct _OtLetterView
{
  GtkTextView  parent_instance;

  OtLetter    *letter;
};

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
  gtk_text_buffer_create_tag (buffer, "figure",
                              "weight", PANGO_WEIGHT_BOLD,
                              "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "note",
                              "rise", 6 * PANGO_SCALE, "scale", 0.7, NULL);
}

static void
fill_buffer (OtLetterView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;
  gboolean first_footnote = TRUE;

  gtk_text_buffer_set_text (buffer, "", 0);
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

      if (block->kind == OT_BLOCK_FOOTNOTE && first_footnote)
        {
          first_footnote = FALSE;
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, "—\n", -1, "paragraph", NULL);
        }

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
          const char *span_tag = span->kind == OT_SPAN_FIGURE ? "figure"
                                 : span->kind == OT_SPAN_NOTE ? "note" : NULL;

          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, span->text, -1,
                                                    tag, span_tag, NULL);
        }
      gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, "\n", -1, tag, NULL);
    }
}

static void
ot_letter_view_dispose (GObject *object)
{
  OtLetterView *self = OT_LETTER_VIEW (object);

  g_clear_object (&self->letter);

  G_OBJECT_CLASS (ot_letter_view_parent_class)->dispose (object);
}

static void
ot_letter_view_class_init (OtLetterViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ot_letter_view_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "letterview");
}

static void
ot_letter_view_init (OtLetterView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (view, 24);
  gtk_text_view_set_right_margin (view, 24);
  gtk_text_view_set_top_margin (view, 18);
  gtk_text_view_set_bottom_margin (view, 24);
  gtk_text_view_set_pixels_inside_wrap (view, 3);
  create_tags (gtk_text_view_get_buffer (view));
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
