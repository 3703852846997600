/* ot-series.h: displaced people per year and category, and per country
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ot-i18n.h"

G_BEGIN_DECLS

/* The years a series, and --year, may name. */
#define OT_SERIES_MIN_YEAR 1900
#define OT_SERIES_MAX_YEAR 2200

#define OT_SERIES_ERROR (ot_series_error_quark ())

typedef enum
{
  OT_SERIES_ERROR_VALUE,     /* not a count of people */
  OT_SERIES_ERROR_YEAR,      /* not a year, or a year twice */
  OT_SERIES_ERROR_MISSING,   /* a required cell is empty */
  OT_SERIES_ERROR_FORMAT,    /* not a file this program reads */
  OT_SERIES_ERROR_NO_ROWS,
} OtSeriesError;

/* UNHCR's population groups. The published series has the first seven;
 * a Refugee Data Finder export has all but the total and the refugee sum,
 * which it does not publish. */
typedef enum
{
  OT_SERIES_TOTAL,              /* forcibly displaced, as published */
  OT_SERIES_REFUGEES,           /* under UNHCR's mandate and under UNRWA's */
  OT_SERIES_REFUGEES_UNHCR,
  OT_SERIES_REFUGEES_UNRWA,
  OT_SERIES_IDPS,
  OT_SERIES_ASYLUM_SEEKERS,
  OT_SERIES_OTHER_PROTECTION,   /* other people in need of international protection */
  OT_SERIES_RETURNED_REFUGEES,
  OT_SERIES_RETURNED_IDPS,
  OT_SERIES_STATELESS,
  OT_SERIES_OTHERS_OF_CONCERN,
  OT_SERIES_HOST_COMMUNITY,
  OT_N_SERIES_CATEGORIES
} OtSeriesCategory;

typedef enum
{
  OT_SERIES_PUBLISHED,   /* headline figures as each report first published them */
  OT_SERIES_EXPORT,      /* aggregated from a Refugee Data Finder export */
} OtSeriesKind;

typedef enum
{
  OT_SERIES_BY_ORIGIN,
  OT_SERIES_BY_ASYLUM,
} OtSeriesSide;

typedef struct
{
  guint     year;
  double    values[OT_N_SERIES_CATEGORIES];   /* NAN where nothing was published */
  char     *other_label[OT_N_LANGS];          /* what the "other" group was that year */
  char     *source;                           /* the report */
  gboolean  highlight;                        /* the year of the letter's figures */
  gboolean  other_in_refugees;                /* the refugees include the other group */
  guint     line;                             /* where it was defined, for messages */
} OtSeriesYear;

/* One country's people in a year, summed over the chosen categories. */
typedef struct
{
  const char *name;      /* as published */
  const char *iso;       /* ISO 3166-1 alpha-3, or NULL */
  gboolean    unknown;   /* UNHCR's "UNK": origin or asylum not known */
  double      value;
} OtSeriesRank;

#define OT_TYPE_SERIES (ot_series_get_type ())

G_DECLARE_FINAL_TYPE (OtSeries, ot_series, OT, SERIES, GObject)

GQuark              ot_series_error_quark      (void);

OtSeries           *ot_series_new              (const char         *name,
                                                OtSeriesKind        kind);
OtSeries           *ot_series_new_from_stream  (GInputStream       *stream,
                                                const char         *name,
                                                GCancellable       *cancellable,
                                                GError            **error);
OtSeries           *ot_series_new_published    (void);

const char         *ot_series_get_name         (OtSeries           *self);
void                ot_series_set_display_name (OtSeries           *self,
                                                const char         *display_name);
OtSeriesKind        ot_series_get_kind         (OtSeries           *self);
char               *ot_series_dup_source_label (OtSeries           *self,
                                                OtLang              lang);
guint               ot_series_get_n_years      (OtSeries           *self);
guint ot_series_get_n_country_entries (OtSeries *self);
const OtSeriesYear *ot_series_get_year         (OtSeries           *self,
                                                guint               index);
const OtSeriesYear *ot_series_lookup_year      (OtSeries           *self,
                                                guint               year);
const OtSeriesYear *ot_series_find_highlight   (OtSeries           *self);
const OtSeriesYear *ot_series_find_latest      (OtSeries           *self,
                                                const OtSeriesCategory *categories,
                                                guint               n_categories);
gboolean            ot_series_has_category     (OtSeries           *self,
                                                OtSeriesCategory    category);
gboolean            ot_series_has_countries    (OtSeries           *self);
GArray             *ot_series_dup_top          (OtSeries           *self,
                                                guint               year,
                                                OtSeriesSide        side,
                                                const OtSeriesCategory *categories,
                                                guint               n_categories,
                                                guint               max_countries);

/* For loaders: a year, a value added to a year's category (known values
 * add up; a category no row gave a value stays missing), and a country's. */
OtSeriesYear       *ot_series_ensure_year      (OtSeries           *self,
                                                guint               year);
void                ot_series_year_add_value   (OtSeriesYear       *year,
                                                OtSeriesCategory    category,
                                                double              value);
/* A country's sums for a year on one side, made at first use; a loader
 * finds it once a row and adds each of the row's values to it. */
typedef struct _OtSeriesCountry OtSeriesCountry;
OtSeriesCountry    *ot_series_ensure_country   (OtSeries           *self,
                                                guint               year,
                                                OtSeriesSide        side,
                                                const char         *name,
                                                const char         *iso,
                                                gboolean            unknown);
void                ot_series_country_add_value (OtSeriesCountry   *country,
                                                 OtSeriesCategory   category,
                                                 double             value);

const char         *ot_series_category_get_label (OtSeriesCategory  category,
                                                  OtLang            lang);
gboolean            ot_series_parse_count      (const char         *text,
                                                const char         *file,
                                                guint               line,
                                                guint               column,
                                                double             *out_value,
                                                GError            **error);
gboolean            ot_series_parse_year       (const char         *text,
                                                const char         *file,
                                                guint               line,
                                                guint               column,
                                                guint              *out_year,
                                                GError            **error);

G_END_DECLS
