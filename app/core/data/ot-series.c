/* ot-series.c: displaced people per year and category, and per country
 *
 * A value nobody published is NAN, never 0: a chart draws it as a gap and
 * a sum leaves it out. Totals are kept as published and never recomputed
 * from their parts, which from 2019 do not add up to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-series"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-csv.h"
#include "ot-i18n.h"
#include "ot-resources.h"
#include "ot-series.h"

/* More people than have ever lived at once: a typo, not a count. */
#define MAX_COUNT 1e10
#define MIN_YEAR  OT_SERIES_MIN_YEAR
#define MAX_YEAR  OT_SERIES_MAX_YEAR

struct _OtSeriesCountry
{
  guint             year;
  OtSeriesSide      side;
  char             *name;
  char             *iso;       /* ISO 3166-1 alpha-3, or NULL */
  gboolean          unknown;
  double            values[OT_N_SERIES_CATEGORIES];
};
typedef OtSeriesCountry Country;

struct _OtSeries
{
  GObject       parent_instance;

  char         *name;          /* the file name messages use */
  char         *display_name;  /* the file a source line names: no folders */
  OtSeriesKind  kind;
  GPtrArray    *years;       /* OtSeriesYear, by year */
  GHashTable   *countries;   /* "year/side/name" -> Country */
  GString      *key;         /* scratch for country keys, one a row */
};

G_DEFINE_FINAL_TYPE (OtSeries, ot_series, G_TYPE_OBJECT)
G_DEFINE_QUARK (ot-series-error-quark, ot_series_error)

static const char *category_labels[OT_N_SERIES_CATEGORIES] = {
  [OT_SERIES_TOTAL] = N_("Forcibly displaced"),
  [OT_SERIES_REFUGEES] = N_("Refugees"),
  [OT_SERIES_REFUGEES_UNHCR] = N_("Refugees under UNHCR's mandate"),
  [OT_SERIES_REFUGEES_UNRWA] = N_("Palestine refugees under UNRWA's mandate"),
  [OT_SERIES_IDPS] = N_("Internally displaced"),
  [OT_SERIES_ASYLUM_SEEKERS] = N_("Asylum seekers"),
  [OT_SERIES_OTHER_PROTECTION] = N_("Other people in need of international protection"),
  [OT_SERIES_RETURNED_REFUGEES] = N_("Returned refugees"),
  [OT_SERIES_RETURNED_IDPS] = N_("Returned internally displaced"),
  [OT_SERIES_STATELESS] = N_("Stateless people"),
  [OT_SERIES_OTHERS_OF_CONCERN] = N_("Others of concern to UNHCR"),
  [OT_SERIES_HOST_COMMUNITY] = N_("Host communities"),
};

static void
year_free (gpointer data)
{
  OtSeriesYear *year = data;

  for (guint i = 0; i < OT_N_LANGS; i++)
    g_free (year->other_label[i]);
  g_free (year->source);
  g_free (year);
}

static void
country_free (gpointer data)
{
  Country *country = data;

  g_free (country->name);
  g_free (country->iso);
  g_free (country);
}

static void
ot_series_finalize (GObject *object)
{
  OtSeries *self = OT_SERIES (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->countries, g_hash_table_unref);
  if (self->key != NULL)
    g_string_free (g_steal_pointer (&self->key), TRUE);

  G_OBJECT_CLASS (ot_series_parent_class)->finalize (object);
}

static void
ot_series_class_init (OtSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_series_finalize;
}

static void
ot_series_init (OtSeries *self)
{
  self->years = g_ptr_array_new_with_free_func (year_free);
  self->countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, country_free);
  self->key = g_string_sized_new (64);
}

OtSeries *
ot_series_new (const char   *name,
               OtSeriesKind  kind)
{
  OtSeries *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (OT_TYPE_SERIES, NULL);
  self->name = g_strdup (name);
  self->display_name = g_path_get_basename (name);
  self->kind = kind;
  return self;
}

/* The file the source line names, when it is not the last part of the
 * name messages use: the zip a population.csv came in. */
void
ot_series_set_display_name (OtSeries   *self,
                            const char *display_name)
{
  g_return_if_fail (OT_IS_SERIES (self));
  g_return_if_fail (display_name != NULL);

  g_free (self->display_name);
  self->display_name = g_strdup (display_name);
}

const char *
ot_series_category_get_label (OtSeriesCategory category,
                              OtLang           lang)
{
  g_return_val_if_fail (category < OT_N_SERIES_CATEGORIES, "");

  return ot_gettext (lang, category_labels[category]);
}

/* A count of people: digits only, as UNHCR and the figures file write them. */
gboolean
ot_series_parse_count (const char *text,
                       const char *file,
                       guint       line,
                       guint       column,
                       double     *out_value,
                       GError    **error)
{
  const char *p = text;
  guint64 whole = 0;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);

  /* Digits only, summed as they are read: whole numbers of up to 15
   * digits are exact in a double, and an export has millions of cells. */
  for (; *p >= '0' && *p <= '9'; p++)
    if (p - text < 15)
      whole = whole * 10 + (guint64) (*p - '0');

  if (p == text || *p != '\0')
    {
      const char *hint = strchr (text, ',') != NULL || strchr (text, '.') != NULL
        ? ot_msg ("; write whole numbers with no thousands separators") : "";

      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_VALUE, file, line, column,
                       ot_msg ("expected a number of people, found “%s”%s"), text, hint);
      return FALSE;
    }

  value = p - text <= 15 ? (double) whole : g_ascii_strtod (text, NULL);

  if (!(value <= MAX_COUNT))
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_VALUE, file, line, column,
                       ot_msg ("the number “%s” is too large for a count of people"), text);
      return FALSE;
    }

  *out_value = value;
  return TRUE;
}

gboolean
ot_series_parse_year (const char *text,
                      const char *file,
                      guint       line,
                      guint       column,
                      guint      *out_year,
                      GError    **error)
{
  guint64 year = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_year != NULL, FALSE);

  if (strlen (text) != 4 || strspn (text, "0123456789") != 4
      || (year = g_ascii_strtoull (text, NULL, 10)) < MIN_YEAR || year > MAX_YEAR)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_YEAR, file, line, column,
                       ot_msg ("expected a year from %u to %u, found “%s”"), MIN_YEAR, MAX_YEAR,
                       text);
      return FALSE;
    }

  *out_year = (guint) year;
  return TRUE;
}

static int
find_year_index (OtSeries *self,
                 guint     year,
                 gboolean *found)
{
  guint lo = 0, hi = self->years->len;

  /* Years are kept in order: a binary search gives the place either way. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const OtSeriesYear *y = g_ptr_array_index (self->years, mid);

      if (y->year < year)
        lo = mid + 1;
      else
        hi = mid;
    }

  *found = lo < self->years->len
           && ((const OtSeriesYear *) g_ptr_array_index (self->years, lo))->year == year;
  return (int) lo;
}

OtSeriesYear *
ot_series_ensure_year (OtSeries *self,
                       guint     year)
{
  gboolean found;
  int index;
  OtSeriesYear *entry;

  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  index = find_year_index (self, year, &found);
  if (found)
    return g_ptr_array_index (self->years, index);

  entry = g_new0 (OtSeriesYear, 1);
  entry->year = year;
  for (guint i = 0; i < OT_N_SERIES_CATEGORIES; i++)
    entry->values[i] = NAN;
  g_ptr_array_insert (self->years, index, entry);
  return entry;
}

static void
add_to (double *slot,
        double  value)
{
  *slot = isnan (*slot) ? value : *slot + value;
}

void
ot_series_year_add_value (OtSeriesYear     *year,
                          OtSeriesCategory  category,
                          double            value)
{
  g_return_if_fail (year != NULL);
  g_return_if_fail (category < OT_N_SERIES_CATEGORIES);

  add_to (&year->values[category], value);
}

OtSeriesCountry *
ot_series_ensure_country (OtSeries     *self,
                          guint         year,
                          OtSeriesSide  side,
                          const char   *name,
                          const char   *iso,
                          gboolean      unknown)
{
  char digits[16];
  guint n = 0, v = year;
  Country *country;

  g_return_val_if_fail (OT_IS_SERIES (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* "year/side/name", built without printf: this runs for every row of
   * an export that may have millions. */
  do
    digits[n++] = (char) ('0' + v % 10);
  while ((v /= 10) != 0 && n < sizeof digits);
  g_string_truncate (self->key, 0);
  while (n > 0)
    g_string_append_c (self->key, digits[--n]);
  g_string_append_c (self->key, '/');
  g_string_append_c (self->key, (char) ('0' + (int) side));
  g_string_append_c (self->key, '/');
  if (!unknown)
    g_string_append (self->key, name);

  country = g_hash_table_lookup (self->countries, self->key->str);
  if (country == NULL)
    {
      country = g_new0 (Country, 1);
      country->year = year;
      country->side = side;
      country->name = g_strdup (name);
      country->iso = unknown || iso == NULL || *iso == '\0' ? NULL : g_strdup (iso);
      country->unknown = unknown;
      for (guint i = 0; i < OT_N_SERIES_CATEGORIES; i++)
        country->values[i] = NAN;
      g_hash_table_insert (self->countries, g_strdup (self->key->str), country);
    }
  return country;
}

void
ot_series_country_add_value (OtSeriesCountry  *country,
                             OtSeriesCategory  category,
                             double            value)
{
  g_return_if_fail (country != NULL);
  g_return_if_fail (category < OT_N_SERIES_CATEGORIES);

  add_to (&country->values[category], value);
}

/* The published series' file. */

enum { COL_YEAR, COL_TOTAL, COL_REFUGEES, COL_REFUGEES_UNHCR, COL_REFUGEES_UNRWA, COL_IDPS,
       COL_ASYLUM_SEEKERS, COL_OTHER, COL_OTHER_LABEL_NL, COL_OTHER_LABEL_EN,
       COL_OTHER_IN_REFUGEES, COL_HIGHLIGHT, COL_SOURCE, N_COLUMNS };

static const OtCsvColumn columns[N_COLUMNS] = {
  [COL_YEAR] = { "year", TRUE },
  [COL_TOTAL] = { "total", TRUE },
  [COL_REFUGEES] = { "refugees", FALSE },
  [COL_REFUGEES_UNHCR] = { "refugees_unhcr", FALSE },
  [COL_REFUGEES_UNRWA] = { "refugees_unrwa", FALSE },
  [COL_IDPS] = { "idps", FALSE },
  [COL_ASYLUM_SEEKERS] = { "asylum_seekers", FALSE },
  [COL_OTHER] = { "other", FALSE },
  [COL_OTHER_LABEL_NL] = { "other_label_nl", FALSE },
  [COL_OTHER_LABEL_EN] = { "other_label_en", FALSE },
  [COL_OTHER_IN_REFUGEES] = { "other_in_refugees", FALSE },
  [COL_HIGHLIGHT] = { "highlight", FALSE },
  [COL_SOURCE] = { "source", TRUE },
};

static const struct
{
  guint            column;
  OtSeriesCategory category;
} value_columns[] = {
  { COL_TOTAL, OT_SERIES_TOTAL },
  { COL_REFUGEES, OT_SERIES_REFUGEES },
  { COL_REFUGEES_UNHCR, OT_SERIES_REFUGEES_UNHCR },
  { COL_REFUGEES_UNRWA, OT_SERIES_REFUGEES_UNRWA },
  { COL_IDPS, OT_SERIES_IDPS },
  { COL_ASYLUM_SEEKERS, OT_SERIES_ASYLUM_SEEKERS },
  { COL_OTHER, OT_SERIES_OTHER_PROTECTION },
};

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* @message says which cell is empty; it is translated here. */
static gboolean
check_present (const OtCsvRow *row,
               guint           column,
               const char     *message,
               GError        **error)
{
  if (!is_empty (row->values[column]))
    return TRUE;

  ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_MISSING, row->file,
                   row->lines[column], row->columns[column], "%s", ot_msg (message));
  return FALSE;
}

static gboolean
published_row_cb (const OtCsvRow *row,
                  gpointer        user_data,
                  GError        **error)
{
  OtSeries *self = user_data;
  OtSeriesYear *entry;
  const char *highlight = row->values[COL_HIGHLIGHT];
  gboolean found;
  guint year;

  if (!check_present (row, COL_YEAR, N_("the year is empty"), error)
      || !ot_series_parse_year (row->values[COL_YEAR], row->file, row->lines[COL_YEAR],
                                row->columns[COL_YEAR], &year, error))
    return FALSE;

  find_year_index (self, year, &found);
  if (found)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_YEAR, row->file,
                       row->lines[COL_YEAR], row->columns[COL_YEAR],
                       ot_msg ("the year %u appears twice; a year has one row"), year);
      return FALSE;
    }

  entry = ot_series_ensure_year (self, year);
  entry->line = row->line;

  /* An empty cell is a figure nobody published: it stays missing. */
  for (guint i = 0; i < G_N_ELEMENTS (value_columns); i++)
    {
      guint c = value_columns[i].column;

      if (!is_empty (row->values[c])
          && !ot_series_parse_count (row->values[c], row->file, row->lines[c], row->columns[c],
                                     &entry->values[value_columns[i].category], error))
        return FALSE;
    }

  if (!isnan (entry->values[OT_SERIES_OTHER_PROTECTION])
      && (!check_present (row, COL_OTHER_LABEL_NL, N_("the Dutch label of the other group "
                                                       "(other_label_nl) is empty"), error)
          || !check_present (row, COL_OTHER_LABEL_EN, N_("the English label of the other group "
                                                          "(other_label_en) is empty"), error)))
    return FALSE;

  if (!is_empty (highlight))
    {
      if (!g_str_equal (highlight, "yes"))
        {
          ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file,
                           row->lines[COL_HIGHLIGHT], row->columns[COL_HIGHLIGHT],
                           ot_msg ("expected “yes” or nothing in highlight, found “%s”"),
                           highlight);
          return FALSE;
        }
      if (ot_series_find_highlight (self) != NULL)
        {
          ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file,
                           row->lines[COL_HIGHLIGHT], row->columns[COL_HIGHLIGHT],
                           ot_msg ("a second highlighted year; only the year of the "
                                   "letter's figures is highlighted"));
          return FALSE;
        }
      entry->highlight = TRUE;
    }

  if (!is_empty (row->values[COL_OTHER_IN_REFUGEES]))
    {
      if (!g_str_equal (row->values[COL_OTHER_IN_REFUGEES], "yes"))
        {
          ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_FORMAT, row->file,
                           row->lines[COL_OTHER_IN_REFUGEES], row->columns[COL_OTHER_IN_REFUGEES],
                           ot_msg ("expected “yes” or nothing in other_in_refugees, found “%s”"),
                           row->values[COL_OTHER_IN_REFUGEES]);
          return FALSE;
        }
      entry->other_in_refugees = TRUE;
    }

  if (!check_present (row, COL_SOURCE, N_("the source is empty"), error))
    return FALSE;

  entry->source = g_strdup (row->values[COL_SOURCE]);
  if (!is_empty (row->values[COL_OTHER_LABEL_NL]))
    entry->other_label[OT_LANG_NL] = g_strdup (row->values[COL_OTHER_LABEL_NL]);
  if (!is_empty (row->values[COL_OTHER_LABEL_EN]))
    entry->other_label[OT_LANG_EN] = g_strdup (row->values[COL_OTHER_LABEL_EN]);
  return TRUE;
}

OtSeries *
ot_series_new_from_stream (GInputStream *stream,
                           const char   *name,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr(OtSeries) self = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = ot_series_new (name, OT_SERIES_PUBLISHED);
  if (!ot_csv_read_stream (stream, name, columns, N_COLUMNS, published_row_cb, self,
                           cancellable, error))
    return NULL;

  if (self->years->len == 0)
    {
      ot_set_error_at (error, OT_SERIES_ERROR, OT_SERIES_ERROR_NO_ROWS, name, 0, 0,
                       ot_msg ("the file has a header but no years"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* The built-in series; its file is checked by the tests, so it loads. */
OtSeries *
ot_series_new_published (void)
{
  g_autoptr(GBytes) bytes = ot_resources_lookup ("global-trends.csv");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  OtSeries *self;

  g_assert (bytes != NULL);
  stream = g_memory_input_stream_new_from_bytes (bytes);
  self = ot_series_new_from_stream (stream, "global-trends.csv", NULL, &error);
  if (self == NULL)
    g_error ("the built-in series does not load: %s", error->message);
  return self;
}

const char *
ot_series_get_name (OtSeries *self)
{
  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  return self->name;
}

OtSeriesKind
ot_series_get_kind (OtSeries *self)
{
  g_return_val_if_fail (OT_IS_SERIES (self), OT_SERIES_PUBLISHED);

  return self->kind;
}

/* What a chart's footer cites: the reports' years, or the export's file,
 * by its name alone. */
char *
ot_series_dup_source_label (OtSeries *self,
                            OtLang    lang)
{
  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  if (self->kind == OT_SERIES_EXPORT)
    return g_strdup_printf (ot_gettext (lang, "UNHCR Refugee Data Finder, %s; values under 5 "
                                        "rounded by UNHCR"), self->display_name);

  if (self->years->len == 0)
    return g_strdup ("");

  return g_strdup_printf (ot_gettext (lang, "UNHCR Global Trends %u–%u, figures as first "
                                      "published; internally displaced from IDMC"),
                          ot_series_get_year (self, 0)->year,
                          ot_series_get_year (self, self->years->len - 1)->year);
}

/* How many sums of one year, side and country it keeps: what its memory
 * grows with. */
guint
ot_series_get_n_country_entries (OtSeries *self)
{
  g_return_val_if_fail (OT_IS_SERIES (self), 0);

  return g_hash_table_size (self->countries);
}

guint
ot_series_get_n_years (OtSeries *self)
{
  g_return_val_if_fail (OT_IS_SERIES (self), 0);

  return self->years->len;
}

const OtSeriesYear *
ot_series_get_year (OtSeries *self,
                    guint     index)
{
  g_return_val_if_fail (OT_IS_SERIES (self), NULL);
  g_return_val_if_fail (index < self->years->len, NULL);

  return g_ptr_array_index (self->years, index);
}

const OtSeriesYear *
ot_series_lookup_year (OtSeries *self,
                       guint     year)
{
  gboolean found;
  int index;

  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  index = find_year_index (self, year, &found);
  return found ? g_ptr_array_index (self->years, index) : NULL;
}

const OtSeriesYear *
ot_series_find_highlight (OtSeries *self)
{
  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  for (guint i = 0; i < self->years->len; i++)
    {
      const OtSeriesYear *year = g_ptr_array_index (self->years, i);

      if (year->highlight)
        return year;
    }
  return NULL;
}

/* The latest year that has a value in every one of @categories. */
const OtSeriesYear *
ot_series_find_latest (OtSeries               *self,
                       const OtSeriesCategory *categories,
                       guint                   n_categories)
{
  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  for (guint i = self->years->len; i > 0; i--)
    {
      const OtSeriesYear *year = g_ptr_array_index (self->years, i - 1);
      gboolean complete = TRUE;

      for (guint c = 0; c < n_categories; c++)
        complete &= !isnan (year->values[categories[c]]);
      if (complete)
        return year;
    }
  return NULL;
}

gboolean
ot_series_has_category (OtSeries         *self,
                        OtSeriesCategory  category)
{
  g_return_val_if_fail (OT_IS_SERIES (self), FALSE);
  g_return_val_if_fail (category < OT_N_SERIES_CATEGORIES, FALSE);

  for (guint i = 0; i < self->years->len; i++)
    if (!isnan (((const OtSeriesYear *) g_ptr_array_index (self->years, i))->values[category]))
      return TRUE;
  return FALSE;
}

gboolean
ot_series_has_countries (OtSeries *self)
{
  g_return_val_if_fail (OT_IS_SERIES (self), FALSE);

  return g_hash_table_size (self->countries) > 0;
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  const OtSeriesRank *x = a, *y = b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;
  /* Ties in a fixed order, so the chart is the same every time. */
  return g_strcmp0 (x->name, y->name);
}

/* The countries with the most people in @categories in @year, most first;
 * a country none of whose values is known is left out. An array of
 * OtSeriesRank whose names belong to @self. */
GArray *
ot_series_dup_top (OtSeries               *self,
                   guint                   year,
                   OtSeriesSide            side,
                   const OtSeriesCategory *categories,
                   guint                   n_categories,
                   guint                   max_countries)
{
  GArray *ranks;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (OT_IS_SERIES (self), NULL);

  ranks = g_array_new (FALSE, TRUE, sizeof (OtSeriesRank));
  g_hash_table_iter_init (&iter, self->countries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Country *country = value;
      OtSeriesRank rank = { country->name, country->iso, country->unknown, NAN };

      if (country->year != year || country->side != side)
        continue;
      for (guint c = 0; c < n_categories; c++)
        if (!isnan (country->values[categories[c]]))
          add_to (&rank.value, country->values[categories[c]]);
      if (!isnan (rank.value))
        g_array_append_val (ranks, rank);
    }

  g_array_sort (ranks, compare_rank);
  if (ranks->len > max_countries)
    g_array_set_size (ranks, max_countries);
  return ranks;
}
