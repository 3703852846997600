/* ot-deck-changes.c: a deck's title slide, quotes, speaker notes and each
 * chart's changes, as plain values
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include "ot-deck-changes.h"
#include "ot-format.h"

void
ot_deck_slide_free (OtDeckSlide *slide)
{
  if (slide == NULL)
    return;
  g_strfreev (slide->quote);
  g_free (slide->speaker_notes);
  ot_chart_changes_free (slide->changes);
  g_free (slide);
}

OtDeckChanges *
ot_deck_changes_new (void)
{
  OtDeckChanges *self = g_new0 (OtDeckChanges, 1);

  self->slides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) ot_deck_slide_free);
  return self;
}

void
ot_deck_changes_free (OtDeckChanges *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->author);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->slides, g_hash_table_unref);
  g_free (self);
}

OtDeckSlide *
ot_deck_changes_ensure_slide (OtDeckChanges *self,
                              const char    *chart_id)
{
  OtDeckSlide *slide;

  g_return_val_if_fail (self != NULL && chart_id != NULL, NULL);

  slide = g_hash_table_lookup (self->slides, chart_id);
  if (slide == NULL)
    {
      slide = g_new0 (OtDeckSlide, 1);
      g_hash_table_insert (self->slides, g_strdup (chart_id), slide);
    }
  return slide;
}

const OtDeckSlide *
ot_deck_changes_get_slide (const OtDeckChanges *self,
                           const char          *chart_id)
{
  if (self == NULL || chart_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->slides, chart_id);
}

gboolean
ot_deck_changes_has_title_slide (const OtDeckChanges *self)
{
  return self != NULL && self->title != NULL && *self->title != '\0';
}

/* The date as the letter's own dates are written in the language. */
char *
ot_deck_format_date (GDateTime *date,
                     OtLang     lang)
{
  OtDate day = { 0 };

  g_return_val_if_fail (date != NULL, NULL);

  day.year = g_date_time_get_year (date);
  day.month = g_date_time_get_month (date);
  day.day = g_date_time_get_day_of_month (date);
  return ot_format_date (&day, lang);
}
