/* ot-first-frame.h: quit after the first painted frame, to time start-up
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void ot_first_frame_quit_after (void);

G_END_DECLS
