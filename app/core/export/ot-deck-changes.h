/* ot-deck-changes.h: what a user changes of a deck: a title slide, the
 * sentences each slide quotes, speaker notes, each chart's changes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-chart-changes.h"
#include "ot-i18n.h"

G_BEGIN_DECLS

/* One slide's edits. quote: passages of the letter, each its words in
 * order (ot_letter_find_text finds it), shown joined by " […] "; NULL =
 * the figure's own source sentence. */
typedef struct
{
  GStrv           quote;
  char           *speaker_notes;  /* NULL or "" = none */
  OtChartChanges *changes;        /* NULL = none */
} OtDeckSlide;

/* A title slide is drawn when title is set. date: NULL = none. Slides are
 * looked up by chart id; a chart without an entry is as the letter has it. */
typedef struct
{
  char       *title;
  char       *author;       /* author or organisation */
  GDateTime  *date;
  GHashTable *slides;       /* chart id → OtDeckSlide* */
} OtDeckChanges;

void               ot_deck_slide_free        (OtDeckSlide         *slide);
OtDeckChanges     *ot_deck_changes_new       (void);
void               ot_deck_changes_free      (OtDeckChanges       *self);
OtDeckSlide       *ot_deck_changes_ensure_slide (OtDeckChanges    *self,
                                              const char          *chart_id);
const OtDeckSlide *ot_deck_changes_get_slide (const OtDeckChanges *self,
                                              const char          *chart_id);
gboolean           ot_deck_changes_has_title_slide (const OtDeckChanges *self);

/* "8 september 2016" / "8 September 2016". */
char              *ot_deck_format_date       (GDateTime           *date,
                                              OtLang               lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtDeckChanges, ot_deck_changes_free)

G_END_DECLS
