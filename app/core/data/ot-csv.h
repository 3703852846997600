/* ot-csv.h: a streaming CSV reader on libcsv that knows where every field is
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OT_CSV_ERROR (ot_csv_error_quark ())

typedef enum
{
  OT_CSV_ERROR_IO,            /* the file could not be read */
  OT_CSV_ERROR_EMPTY,         /* no header */
  OT_CSV_ERROR_ENCODING,      /* not UTF-8, or a NUL byte */
  OT_CSV_ERROR_SYNTAX,        /* quotes */
  OT_CSV_ERROR_HEADER,        /* a required column is missing, or twice */
  OT_CSV_ERROR_FIELD_COUNT,   /* a row with too many or too few fields */
  OT_CSV_ERROR_TOO_LARGE,     /* over a stated limit */
} OtCsvError;

/* What the reader takes at the most, checked while it streams, so memory
 * stays bounded whatever it is given: a file larger than any figures file,
 * a row count or a field no spreadsheet of figures needs is refused with
 * an OT_CSV_ERROR_TOO_LARGE error, never an allocation failure. docs/limits.md
 * states these. */
#define OT_CSV_MAX_FILE_SIZE  (16 * 1024 * 1024)  /* bytes */
#define OT_CSV_MAX_ROWS       10000               /* below the header */
#define OT_CSV_MAX_FIELD_SIZE (64 * 1024)         /* bytes, quotes included */
#define OT_CSV_MAX_FIELDS     256                 /* in one row */

/* Columns are found by name in the header; order is free and unknown
 * columns are ignored. */
typedef struct
{
  const char *name;
  gboolean    required;
} OtCsvColumn;

typedef struct
{
  const char         *file;     /* the name messages use */
  guint               line;     /* where the row starts */
  const char * const *values;   /* per requested column; NULL when the file lacks it */
  const guint        *lines;    /* where each value starts */
  const guint        *columns;
} OtCsvRow;

/* How much one file may hold; checked while streaming. */
typedef struct
{
  guint64 max_file_size;   /* bytes */
  guint   max_rows;        /* below the header */
  gsize   max_field_size;  /* bytes */
  guint   max_fields;      /* in one row */
} OtCsvLimits;

/* A figures file: the limits above. */
extern const OtCsvLimits ot_csv_figures_limits;

typedef gboolean (*OtCsvRowFunc) (const OtCsvRow *row,
                                  gpointer        user_data,
                                  GError        **error);

GQuark   ot_csv_error_quark (void);

gboolean ot_csv_read_stream (GInputStream      *stream,
                             const char        *file,
                             const OtCsvColumn *columns,
                             guint              n_columns,
                             OtCsvRowFunc       row_func,
                             gpointer           user_data,
                             GCancellable      *cancellable,
                             GError           **error);

gboolean ot_csv_read_stream_with_limits (GInputStream      *stream,
                                         const char        *file,
                                         const OtCsvLimits *limits,
                                         const OtCsvColumn *columns,
                                         guint              n_columns,
                                         OtCsvRowFunc       row_func,
                                         gpointer           user_data,
                                         GCancellable      *cancellable,
                                         GError           **error);

void     ot_set_error_at    (GError           **error,
                             GQuark             domain,
                             gint               code,
                             const char        *file,
                             guint              line,
                             guint              column,
                             const char        *format,
                             ...) G_GNUC_PRINTF (7, 8);

G_END_DECLS
