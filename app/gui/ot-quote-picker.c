/* ot-quote-picker.c: which of the letter's sentences a slide quotes
 *
 * The letter's sentences are rows with a check box, in the letter's order,
 * under its headings; a search narrows them. What the slide will say is
 * shown below as it will read: sentences that follow each other are one
 * passage, and "[…]" stands where text is left out. The passages are the
 * letter's own bytes, so the briefing file's check finds each of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-quote-picker"

#include "config.h"

#include "ot-briefing.h"
#include "ot-dataset.h"
#include "ot-quote-picker.h"
#include "ot-slide.h"

typedef struct
{
  guint        block;
  guint        index;    /* in its block */
  gsize        start;    /* bytes in the block's text */
  gsize        end;
  char        *text;
  char        *folded;   /* for the search */
  GtkWidget   *row;
  GtkWidget   *check;
} Sentence;

struct _OtQuotePicker
{
  AdwWindow       parent_instance;

  OtLetter       *letter;
  OtLang          lang;
  OtLang          letter_lang;
  GArray         *sentences;   /* Sentence, in the letter's order */
  GtkListBox     *list;
  GtkWidget      *search;
  GtkWidget      *preview;
  GtkWidget      *quote_button;
  gboolean        updating;
};

enum
{
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtQuotePicker, ot_quote_picker, ADW_TYPE_WINDOW)

static void
sentence_clear (gpointer data)
{
  Sentence *sentence = data;

  g_free (sentence->text);
  g_free (sentence->folded);
}

/* The chosen sentences as passages: a run of sentences that follow each
 * other in one block is one passage, the letter's bytes from the first's
 * start to the last's end. */
GStrv
ot_quote_picker_dup_chosen (OtQuotePicker *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const Sentence *run_start = NULL, *previous = NULL;

  g_return_val_if_fail (OT_IS_QUOTE_PICKER (self), NULL);

  for (guint i = 0; i <= self->sentences->len; i++)
    {
      const Sentence *sentence = i < self->sentences->len
                                 ? &g_array_index (self->sentences, Sentence, i) : NULL;
      gboolean chosen = sentence != NULL
                        && gtk_check_button_get_active (GTK_CHECK_BUTTON (sentence->check));
      gboolean follows = chosen && previous != NULL && previous->block == sentence->block
                         && previous->index + 1 == sentence->index;

      if (run_start != NULL && !follows)
        {
          const OtBlock *block = ot_letter_get_block (self->letter, run_start->block);
          g_autofree char *passage = g_strndup (block->text + run_start->start,
                                                previous->end - run_start->start);

          g_strv_builder_add (builder, passage);
          run_start = NULL;
        }
      if (chosen && run_start == NULL)
        run_start = sentence;
      previous = chosen ? sentence : NULL;
    }
  return g_strv_builder_end (builder);
}

/* What the slide will say: the quotation, or an empty string. */
char *
ot_quote_picker_dup_preview (OtQuotePicker *self)
{
  g_auto(GStrv) chosen = NULL;

  g_return_val_if_fail (OT_IS_QUOTE_PICKER (self), NULL);

  chosen = ot_quote_picker_dup_chosen (self);
  if (chosen[0] == NULL)
    return g_strdup ("");
  return ot_slide_dup_quote ((const char * const *) chosen, self->letter_lang);
}

/* What keeps the choice off a slide (the briefing file's limits), or NULL. */
static const char *
refusal (OtQuotePicker *self)
{
  g_auto(GStrv) chosen = ot_quote_picker_dup_chosen (self);

  if (chosen[0] == NULL)
    return ot_gettext (self->lang, "Choose one or more sentences.");
  if (g_strv_length (chosen) > OT_BRIEFING_MAX_QUOTES)
    return ot_gettext (self->lang, "A slide quotes at most 8 passages: choose fewer sentences, "
                                   "or sentences that follow each other.");
  for (guint i = 0; chosen[i] != NULL; i++)
    if (strlen (chosen[i]) > OT_DATASET_MAX_SOURCE_LENGTH)
      return ot_gettext (self->lang, "Too long for one slide: choose fewer sentences that "
                                     "follow each other.");
  return NULL;
}

static void
update_preview (OtQuotePicker *self)
{
  g_autofree char *preview = ot_quote_picker_dup_preview (self);
  const char *refused = refusal (self);

  if (refused != NULL && *preview != '\0')
    {
      g_autofree char *both = g_strdup_printf ("%s\n\n%s", refused, preview);

      gtk_label_set_text (GTK_LABEL (self->preview), both);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->preview), refused != NULL ? refused : preview);
  gtk_widget_set_sensitive (self->quote_button, refused == NULL);
}

gboolean
ot_quote_picker_can_quote (OtQuotePicker *self)
{
  g_return_val_if_fail (OT_IS_QUOTE_PICKER (self), FALSE);

  return refusal (self) == NULL;
}

static void
toggled_cb (OtQuotePicker *self)
{
  if (!self->updating)
    update_preview (self);
}

/* Chooses (or not) each sentence of @text, a sentence or a passage of
 * several, where the letter has it; FALSE if the letter does not. */
gboolean
ot_quote_picker_set_sentence_chosen (OtQuotePicker *self,
                                     const char    *text,
                                     gboolean       chosen)
{
  int block_index;
  const OtBlock *block;
  const char *at;
  gsize start, end;
  gboolean found = FALSE;

  g_return_val_if_fail (OT_IS_QUOTE_PICKER (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  block_index = *text != '\0' ? ot_letter_find_text (self->letter, text) : -1;
  if (block_index < 0)
    return FALSE;
  block = ot_letter_get_block (self->letter, (guint) block_index);
  at = strstr (block->text, text);
  start = (gsize) (at - block->text);
  end = start + strlen (text);

  self->updating = TRUE;
  for (guint i = 0; i < self->sentences->len; i++)
    {
      Sentence *sentence = &g_array_index (self->sentences, Sentence, i);

      if (sentence->block == (guint) block_index && sentence->start < end && sentence->end > start)
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (sentence->check), chosen);
          found = TRUE;
        }
    }
  self->updating = FALSE;
  update_preview (self);
  return found;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  OtQuotePicker *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  const Sentence *sentence = g_object_get_data (G_OBJECT (row), "ot-sentence");
  g_autofree char *folded = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  if (sentence == NULL)
    return FALSE;  /* a heading, while searching */
  folded = g_utf8_casefold (query, -1);
  return strstr (sentence->folded, folded) != NULL;
}

void
ot_quote_picker_set_filter (OtQuotePicker *self,
                            const char    *text)
{
  g_return_if_fail (OT_IS_QUOTE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), text != NULL ? text : "");
  gtk_list_box_invalidate_filter (self->list);
}

guint
ot_quote_picker_get_n_shown (OtQuotePicker *self)
{
  guint n = 0;

  g_return_val_if_fail (OT_IS_QUOTE_PICKER (self), 0);

  for (guint i = 0; i < self->sentences->len; i++)
    n += filter_row (GTK_LIST_BOX_ROW (g_array_index (self->sentences, Sentence, i).row), self);
  return n;
}

static void
search_changed_cb (OtQuotePicker *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

/* Escape in the search: empty it, or when it is, close. */
static void
stop_search_cb (OtQuotePicker *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
row_activated_cb (OtQuotePicker *self,
                  GtkListBoxRow *row)
{
  Sentence *sentence = g_object_get_data (G_OBJECT (row), "ot-sentence");

  if (sentence != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (sentence->check),
                                 !gtk_check_button_get_active (GTK_CHECK_BUTTON (sentence->check)));
}

/* Nothing chosen: to start again from one sentence. */
void
ot_quote_picker_clear (OtQuotePicker *self)
{
  g_return_if_fail (OT_IS_QUOTE_PICKER (self));

  self->updating = TRUE;
  for (guint i = 0; i < self->sentences->len; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (g_array_index (self->sentences, Sentence,
                                                                  i).check), FALSE);
  self->updating = FALSE;
  update_preview (self);
}

static void
clear_cb (OtQuotePicker *self)
{
  ot_quote_picker_clear (self);
  gtk_widget_grab_focus (self->search);
}

static void
quote_cb (OtQuotePicker *self)
{
  g_auto(GStrv) chosen = ot_quote_picker_dup_chosen (self);

  if (refusal (self) != NULL)
    return;
  g_signal_emit (self, signals[CHOSEN], 0, chosen);
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_heading (OtQuotePicker *self,
             const char    *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "xalign", 0.0f, "wrap", TRUE,
                                   "margin-top", 12, "margin-bottom", 6, "margin-start", 6, NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (label, "heading");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_append (self->list, row);
}

static void
fill (OtQuotePicker *self)
{
  for (guint b = 0; b < ot_letter_get_n_blocks (self->letter); b++)
    {
      const OtBlock *block = ot_letter_get_block (self->letter, b);
      g_auto(GStrv) texts = NULL;
      gsize at = 0;

      if (block->kind == OT_BLOCK_HEADING)
        {
          add_heading (self, block->text);
          continue;
        }
      texts = ot_letter_dup_sentences (self->letter, b);
      for (guint i = 0; texts[i] != NULL; i++)
        {
          const char *found = strstr (block->text + at, texts[i]);
          Sentence sentence = { 0 };
          GtkWidget *label;

          if (found == NULL)
            continue;
          sentence.block = b;
          sentence.index = i;
          sentence.start = (gsize) (found - block->text);
          sentence.end = sentence.start + strlen (texts[i]);
          sentence.text = g_strdup (texts[i]);
          sentence.folded = g_utf8_casefold (texts[i], -1);
          at = sentence.end;

          label = g_object_new (GTK_TYPE_LABEL, "label", texts[i], "xalign", 0.0f,
                                "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                "max-width-chars", 70, NULL);
          sentence.check = gtk_check_button_new ();
          gtk_check_button_set_child (GTK_CHECK_BUTTON (sentence.check), label);
          gtk_widget_set_focus_on_click (sentence.check, FALSE);
          sentence.row = gtk_list_box_row_new ();
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (sentence.row), sentence.check);
          /* Space on the row toggles through the check box: one stop. */
          gtk_widget_set_focusable (sentence.check, TRUE);
          gtk_widget_set_focusable (sentence.row, FALSE);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (sentence.row), FALSE);
          g_signal_connect_swapped (sentence.check, "toggled", G_CALLBACK (toggled_cb), self);
          gtk_list_box_append (self->list, sentence.row);
          g_array_append_val (self->sentences, sentence);
        }
    }
  /* The rows keep pointers into the array: set them once it stops growing. */
  for (guint i = 0; i < self->sentences->len; i++)
    {
      Sentence *sentence = &g_array_index (self->sentences, Sentence, i);

      g_object_set_data (G_OBJECT (sentence->row), "ot-sentence", sentence);
    }
}

static void
ot_quote_picker_dispose (GObject *object)
{
  OtQuotePicker *self = OT_QUOTE_PICKER (object);

  g_clear_object (&self->letter);
  G_OBJECT_CLASS (ot_quote_picker_parent_class)->dispose (object);
}

static void
ot_quote_picker_finalize (GObject *object)
{
  OtQuotePicker *self = OT_QUOTE_PICKER (object);

  g_array_unref (self->sentences);
  G_OBJECT_CLASS (ot_quote_picker_parent_class)->finalize (object);
}

static void
ot_quote_picker_class_init (OtQuotePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_quote_picker_dispose;
  object_class->finalize = ot_quote_picker_finalize;

  /**
   * OtQuotePicker::chosen:
   * @passages: the letter's words, each a passage in the letter's order
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_quote_picker_init (OtQuotePicker *self)
{
  self->sentences = g_array_new (FALSE, TRUE, sizeof (Sentence));
  g_array_set_clear_func (self->sentences, sentence_clear);
}

/* @lang: the window's, for every word of the dialog; @letter is in
 * @letter_lang, the slides' language. */
OtQuotePicker *
ot_quote_picker_new (GtkWindow          *parent,
                     OtLetter           *letter,
                     OtLang              lang,
                     OtLang              letter_lang,
                     const char * const *chosen)
{
  OtQuotePicker *self;
  GtkWidget *box, *header, *cancel, *scroller, *preview_box, *caption, *caption_box, *clear;

  g_return_val_if_fail (OT_IS_LETTER (letter), NULL);

  self = g_object_new (OT_TYPE_QUOTE_PICKER, "modal", TRUE, "transient-for", parent,
                       "default-width", 640, "default-height", 640,
                       "title", ot_gettext (lang, "Quotation on the Slide"), NULL);
  self->letter = g_object_ref (letter);
  self->lang = lang;
  self->letter_lang = letter_lang;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (ot_gettext (lang, "_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->quote_button = gtk_button_new_with_mnemonic (ot_gettext (lang, "_Quote"));
  gtk_widget_add_css_class (self->quote_button, "suggested-action");
  gtk_widget_set_tooltip_text (self->quote_button,
                               ot_gettext (lang, "Quote the chosen sentences on the slide"));
  g_signal_connect_swapped (self->quote_button, "clicked", G_CALLBACK (quote_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->quote_button);
  gtk_box_append (GTK_BOX (box), header);

  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "margin-start", 12, "margin-end", 12, "margin-top", 6,
                "margin-bottom", 6, "placeholder-text",
                ot_gettext (lang, "Search the letter"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ot_gettext (lang, "Search the letter"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (stop_search_cb), self);
  gtk_box_append (GTK_BOX (box), self->search);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "quote-sentences");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ot_gettext (lang, "The letter's sentences"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW, "vexpand", TRUE, "hscrollbar-policy",
                           GTK_POLICY_NEVER, "child", self->list, NULL);
  gtk_box_append (GTK_BOX (box), scroller);

  preview_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_object_set (preview_box, "margin-start", 12, "margin-end", 12, "margin-top", 6,
                "margin-bottom", 12, NULL);
  caption = g_object_new (GTK_TYPE_LABEL, "label",
                          letter_lang == lang ? ot_gettext (lang, "The slide will say")
                          : letter_lang == OT_LANG_EN
                          ? ot_gettext (lang, "The slides are in English: the slide will say")
                          : ot_gettext (lang, "The slides are in Dutch: the slide will say"),
                          "xalign", 0.0f, "hexpand", TRUE, NULL);
  gtk_widget_add_css_class (caption, "heading");
  clear = gtk_button_new_with_mnemonic (ot_gettext (lang, "C_lear Choice"));
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_tooltip_text (clear, ot_gettext (lang, "Untick every sentence"));
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_cb), self);
  caption_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (caption_box), caption);
  gtk_box_append (GTK_BOX (caption_box), clear);
  gtk_box_append (GTK_BOX (preview_box), caption_box);
  self->preview = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, "wrap-mode",
                                PANGO_WRAP_WORD_CHAR, "selectable", FALSE, NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL, -1);
  gtk_box_append (GTK_BOX (preview_box), self->preview);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), preview_box);

  adw_window_set_content (ADW_WINDOW (self), box);
  fill (self);
  for (guint i = 0; chosen != NULL && chosen[i] != NULL; i++)
    ot_quote_picker_set_sentence_chosen (self, chosen[i], TRUE);
  update_preview (self);
  gtk_widget_grab_focus (self->search);
  return self;
}
