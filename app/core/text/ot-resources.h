/* ot-resources.h: the data compiled into the binary
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void    ot_resources_ensure (void);
GBytes *ot_resources_lookup (const char *name);

G_END_DECLS
