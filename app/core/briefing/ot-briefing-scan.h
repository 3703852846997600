/* ot-briefing-scan.h: JSON checked byte by byte before it is parsed, so
 * syntax errors are named in our words with their line and column and the
 * limits hold before any tree is built
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint max_depth;
  gsize max_string;   /* bytes of one string */
  guint max_members;  /* values in one object or array */
} OtJsonLimits;

gboolean ot_json_scan (const char         *data,
                       gsize               size,
                       const char         *display_name,
                       const OtJsonLimits *limits,
                       GError            **error);

G_END_DECLS
