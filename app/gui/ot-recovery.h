/* ot-recovery.h: the recovery file, so that no edit is lost to a crash
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An edit reaches the file at most this long after it was made. */
#define OT_RECOVERY_DELAY_MS  1000
/* A recovery file larger than this is not read (a briefing's own limit). */
#define OT_RECOVERY_MAX_BYTES (8 * 1024 * 1024)

/* What is written: the whole document, as its file holds it. */
typedef GBytes *(*OtRecoveryProduceFunc) (gpointer user_data);

typedef struct _OtRecovery OtRecovery;

/* $XDG_STATE_HOME/ontheemd/recovery/: a file for each window. */
GFile      *ot_recovery_folder       (void);

OtRecovery *ot_recovery_new          (GFile                 *file,
                                      OtRecoveryProduceFunc  produce,
                                      gpointer               user_data);
/* A window's own file in @folder, under a name no other window has, with a
 * lock (flock on NAME.lock) held while it lives: another window never
 * takes it for one left behind. */
OtRecovery *ot_recovery_new_own      (GFile                 *folder,
                                      OtRecoveryProduceFunc  produce,
                                      gpointer               user_data,
                                      GError               **error);
/* A file left in @folder by a window that is gone (its lock is free), now
 * locked by the one returned, so that no other window offers it; NULL when
 * none is left. Its NAME.label says what it was (ot_recovery_get_label). */
OtRecovery *ot_recovery_claim_left   (GFile                 *folder);
/* What the file is of, for the one who restores it: the briefing's file
 * (a URI), or NULL for a new briefing. Written beside it on flush. */
void        ot_recovery_set_label    (OtRecovery            *self,
                                      const char            *label);
char       *ot_recovery_dup_label    (OtRecovery            *self);
/* When the file was last written, or NULL. */
GDateTime  *ot_recovery_dup_time     (OtRecovery            *self);
void        ot_recovery_free         (OtRecovery            *self);
GFile      *ot_recovery_get_file     (OtRecovery            *self);

/* Something changed: the file is written within OT_RECOVERY_DELAY_MS
 * (from the first change, however fast more come). */
void        ot_recovery_changed      (OtRecovery            *self);
/* Writes what is pending now, through the one atomic write. */
gboolean    ot_recovery_flush        (OtRecovery            *self,
                                      GError               **error);
gboolean    ot_recovery_is_pending   (OtRecovery            *self);
/* Saved or discarded: nothing is left to recover. */
void        ot_recovery_discard      (OtRecovery            *self);

/* What a run that did not end left in @file, or NULL (no file: no error). */
GBytes     *ot_recovery_read         (GFile                 *file,
                                      GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtRecovery, ot_recovery_free)

G_END_DECLS
