/* ot-edit-history.h: undo and redo of a window's edits, each step named,
 * typing into one field coalesced into one step
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Steps of the same key pushed less than this apart are one step (typing). */
#define OT_EDIT_HISTORY_COALESCE_MS 1000
/* The oldest steps are dropped beyond this many. */
#define OT_EDIT_HISTORY_MAX_STEPS   500

/* What an edit changes, as a state the step keeps before and after it:
 * apply puts a state back on the target (the briefing). */
typedef struct
{
  gpointer (*copy)  (gconstpointer state);
  void     (*free)  (gpointer      state);
  gboolean (*equal) (gconstpointer a,
                     gconstpointer b);
  void     (*apply) (gpointer      target,
                     gconstpointer state);
} OtEditKind;

typedef struct _OtEditHistory OtEditHistory;

OtEditHistory *ot_edit_history_new            (gpointer          target);
void           ot_edit_history_free           (OtEditHistory    *self);
void           ot_edit_history_clear          (OtEditHistory    *self);
void           ot_edit_history_set_target     (OtEditHistory    *self,
                                               gpointer          target);

/* Records an edit already made (@before → @after, both copied). @key says
 * what was edited ("title:breakdown"); @name is the step's name as an
 * untranslated message ("Title Change"), so the menu says it in the
 * window's language. @now: g_get_monotonic_time (). */
void           ot_edit_history_push           (OtEditHistory    *self,
                                               const OtEditKind *kind,
                                               const char       *key,
                                               const char       *name,
                                               gconstpointer     before,
                                               gconstpointer     after,
                                               gint64            now);
/* The next push starts a step of its own (focus left the field). */
void           ot_edit_history_seal           (OtEditHistory    *self);

gboolean       ot_edit_history_undo           (OtEditHistory    *self);
gboolean       ot_edit_history_redo           (OtEditHistory    *self);
gboolean       ot_edit_history_can_undo       (OtEditHistory    *self);
gboolean       ot_edit_history_can_redo       (OtEditHistory    *self);
/* The untranslated name of what undo or redo would do, or NULL. */
const char    *ot_edit_history_get_undo_name  (OtEditHistory    *self);
const char    *ot_edit_history_get_redo_name  (OtEditHistory    *self);
guint          ot_edit_history_get_n_steps    (OtEditHistory    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtEditHistory, ot_edit_history_free)

G_END_DECLS
