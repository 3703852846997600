/* ot-figures-source.h: a figures file, loaded in a thread and followed as it changes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-dataset.h"

G_BEGIN_DECLS

/* How the open file is followed. */
typedef enum
{
  OT_FIGURES_WATCH_NONE,     /* no file open */
  OT_FIGURES_WATCH_MONITOR,  /* the system tells of changes (inotify) */
  OT_FIGURES_WATCH_POLL,     /* its time and size are looked at every poll-interval */
} OtFiguresWatch;

/* Where a file monitor is known to hear nothing: the document portal's FUSE
 * mount (/run/user/UID/doc/, which Flatpak also shows a sandbox at
 * /run/flatpak/doc/), whose monitors report only writes made through the
 * mount, not a save on the host (xdg-desktop-portal#567). */
gboolean ot_figures_source_monitor_is_blind (GFile *file);

#define OT_TYPE_FIGURES_SOURCE (ot_figures_source_get_type ())

G_DECLARE_FINAL_TYPE (OtFiguresSource, ot_figures_source, OT, FIGURES_SOURCE, GObject)

OtFiguresSource *ot_figures_source_new               (void);
void             ot_figures_source_open              (OtFiguresSource *self,
                                                      GFile           *file);
void             ot_figures_source_reload            (OtFiguresSource *self);
void             ot_figures_source_close             (OtFiguresSource *self);
GFile           *ot_figures_source_get_file          (OtFiguresSource *self);
OtDataset       *ot_figures_source_get_dataset       (OtFiguresSource *self);
const GError    *ot_figures_source_get_error         (OtFiguresSource *self);
gboolean         ot_figures_source_get_loading       (OtFiguresSource *self);
OtFiguresWatch   ot_figures_source_get_watch         (OtFiguresSource *self);
guint            ot_figures_source_get_poll_interval (OtFiguresSource *self);
void             ot_figures_source_set_poll_interval (OtFiguresSource *self,
                                                      guint            milliseconds);
void             ot_figures_source_set_poll          (OtFiguresSource *self,
                                                      gboolean         poll);

G_END_DECLS
