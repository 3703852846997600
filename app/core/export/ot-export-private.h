/* ot-export-private.h: what the export's writers share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ot-export.h"
#include "ot-file-write.h"

G_BEGIN_DECLS

/* Where a rendering goes: memory, or the temporary file of a write. */
typedef struct
{
  GByteArray   *bytes;
  OtFileWriter *writer;
  GError       *error;    /* the writer's first failure */
} Sink;

/* What every file says about itself. */
typedef struct
{
  char *title;
  char *description;
  char *source;
  char *software;
  char *keywords;
  char *author;     /* NULL: Ontheemd */
  GDateTime *created;
} Metadata;

/* ot-export.c: FALSE and a message naming cairo's failure, if any */
gboolean       ot_export_check_status  (cairo_status_t       status,
                                        GError             **error);
/* ot-export.c */
GDateTime     *ot_export_creation_time (void);
/* ot-export-sink.c */
gboolean       ot_export_sink_write    (Sink                *sink,
                                        const void          *data,
                                        gsize                length);
cairo_status_t ot_export_sink_cb       (void                *closure,
                                        const unsigned char *data,
                                        unsigned int         length);
/* ot-export-png.c */
gboolean ot_export_write_png           (cairo_surface_t     *surface,
                                        const Metadata      *meta,
                                        OtLang               lang,
                                        Sink                *out,
                                        GError             **error);
/* ot-export-svg.c */
void     ot_export_svg_fix_surface_id  (GByteArray          *svg);
void     ot_export_insert_svg_metadata (GByteArray          *svg,
                                        const Metadata      *meta,
                                        const char          *extra);
/* The chart's texts as outlines, each glyph once, for the end of an SVG
 * whose shapes cairo drew; NULL where a glyph is one no font has. */
char    *ot_export_svg_glyph_elements  (const OtChartLayout *layout,
                                        const OtPalette     *palette);
char    *ot_export_svg_text_elements   (const OtChartLayout *layout,
                                        const OtPalette     *palette,
                                        gboolean             body_only);

G_END_DECLS
