/* ot-letter.h: the letter's text, in sections, paragraphs and marked figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

#define OT_LETTER_ERROR (ot_letter_error_quark ())

typedef enum
{
  OT_LETTER_ERROR_PARSE,
  OT_LETTER_ERROR_MISSING,
} OtLetterError;

typedef enum
{
  OT_BLOCK_HEADING,
  OT_BLOCK_PARAGRAPH,
  OT_BLOCK_LIST_ITEM,
  OT_BLOCK_FOOTNOTE,
  OT_BLOCK_SIGNATURE,
} OtBlockKind;

typedef enum
{
  OT_SPAN_TEXT,
  OT_SPAN_FIGURE,   /* a figure of the dataset; ref is its id */
  OT_SPAN_DATE,     /* a dated event; ref is its id */
  OT_SPAN_NOTE,     /* a footnote mark; ref is the footnote's id, text its number */
} OtSpanKind;

typedef struct
{
  OtSpanKind  kind;
  char       *text;
  char       *ref;
} OtSpan;

typedef struct
{
  OtBlockKind  kind;
  guint        section;     /* 0 for the opening paragraphs */
  guint        list_number; /* 1, 2, ... in a numbered list; 0 otherwise */
  char        *id;          /* a footnote's id */
  char        *text;        /* the plain text, without footnote marks */
  GPtrArray   *spans;       /* OtSpan */
} OtBlock;

#define OT_TYPE_LETTER (ot_letter_get_type ())

G_DECLARE_FINAL_TYPE (OtLetter, ot_letter, OT, LETTER, GObject)

GQuark         ot_letter_error_quark    (void);

OtLetter      *ot_letter_new_from_bytes (GBytes     *xml,
                                         const char *name,
                                         GError    **error);
OtLetter      *ot_letter_new_default    (OtLang      lang,
                                         GError    **error);

const char    *ot_letter_get_reference  (OtLetter   *self);
const char    *ot_letter_get_date       (OtLetter   *self);
const char    *ot_letter_get_lang       (OtLetter   *self);
guint          ot_letter_get_n_blocks   (OtLetter   *self);
const OtBlock *ot_letter_get_block      (OtLetter   *self,
                                         guint       index);
int            ot_letter_find_text      (OtLetter   *self,
                                         const char *sentence);
GStrv          ot_letter_dup_sentences  (OtLetter   *self,
                                         guint       index);
GPtrArray     *ot_letter_dup_quotations (OtLetter           *self,
                                         const char * const *sentences,
                                         guint               n_sentences);

G_END_DECLS
