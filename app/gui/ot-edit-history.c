/* ot-edit-history.c: undo and redo of a window's edits
 *
 * A step keeps the state of what it edited before and after; undo applies
 * the one, redo the other. Typing into one field makes many pushes of the
 * same key in a row: they extend the last step instead of adding one, so
 * one undo takes back the word or sentence typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-edit-history"

#include "config.h"

#include "ot-edit-history.h"

typedef struct
{
  const OtEditKind *kind;
  char             *key;
  const char       *name;
  gpointer          before;
  gpointer          after;
  gint64            time;
} Step;

struct _OtEditHistory
{
  gpointer   target;
  GPtrArray *steps;   /* Step*, oldest first */
  guint      done;    /* steps[0 .. done) are done, the rest undone */
  gboolean   sealed;
};

static void
step_free (Step *step)
{
  step->kind->free (step->before);
  step->kind->free (step->after);
  g_free (step->key);
  g_free (step);
}

OtEditHistory *
ot_edit_history_new (gpointer target)
{
  OtEditHistory *self = g_new0 (OtEditHistory, 1);

  self->target = target;
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  return self;
}

void
ot_edit_history_free (OtEditHistory *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->steps);
  g_free (self);
}

void
ot_edit_history_clear (OtEditHistory *self)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_set_size (self->steps, 0);
  self->done = 0;
  self->sealed = FALSE;
}

void
ot_edit_history_set_target (OtEditHistory *self,
                            gpointer       target)
{
  g_return_if_fail (self != NULL);

  self->target = target;
}

void
ot_edit_history_seal (OtEditHistory *self)
{
  g_return_if_fail (self != NULL);

  self->sealed = TRUE;
}

void
ot_edit_history_push (OtEditHistory    *self,
                      const OtEditKind *kind,
                      const char       *key,
                      const char       *name,
                      gconstpointer     before,
                      gconstpointer     after,
                      gint64            now)
{
  Step *last;
  Step *step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (kind != NULL && key != NULL && name != NULL);

  if (kind->equal (before, after))
    return;

  /* What was undone cannot be redone once something new is done. */
  g_ptr_array_set_size (self->steps, self->done);

  last = self->done > 0 ? self->steps->pdata[self->done - 1] : NULL;
  if (last != NULL && !self->sealed && last->kind == kind && g_str_equal (last->key, key)
      && now - last->time < OT_EDIT_HISTORY_COALESCE_MS * G_TIME_SPAN_MILLISECOND)
    {
      kind->free (last->after);
      last->after = kind->copy (after);
      last->time = now;
      /* Typed and typed back: nothing is left to undo. */
      if (kind->equal (last->before, last->after))
        {
          g_ptr_array_set_size (self->steps, --self->done);
        }
      return;
    }

  step = g_new0 (Step, 1);
  step->kind = kind;
  step->key = g_strdup (key);
  step->name = name;
  step->before = kind->copy (before);
  step->after = kind->copy (after);
  step->time = now;
  g_ptr_array_add (self->steps, step);
  self->sealed = FALSE;
  if (self->steps->len > OT_EDIT_HISTORY_MAX_STEPS)
    g_ptr_array_remove_index (self->steps, 0);
  self->done = self->steps->len;
}

gboolean
ot_edit_history_undo (OtEditHistory *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->done == 0)
    return FALSE;
  step = self->steps->pdata[--self->done];
  self->sealed = TRUE;
  step->kind->apply (self->target, step->before);
  return TRUE;
}

gboolean
ot_edit_history_redo (OtEditHistory *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->done == self->steps->len)
    return FALSE;
  step = self->steps->pdata[self->done++];
  self->sealed = TRUE;
  step->kind->apply (self->target, step->after);
  return TRUE;
}

gboolean
ot_edit_history_can_undo (OtEditHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->done > 0;
}

gboolean
ot_edit_history_can_redo (OtEditHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->done < self->steps->len;
}

const char *
ot_edit_history_get_undo_name (OtEditHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->done > 0 ? ((Step *) self->steps->pdata[self->done - 1])->name : NULL;
}

const char *
ot_edit_history_get_redo_name (OtEditHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->done < self->steps->len ? ((Step *) self->steps->pdata[self->done])->name
                                       : NULL;
}

guint
ot_edit_history_get_n_steps (OtEditHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}
