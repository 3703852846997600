/* ot-country.c: a country's name in the chart's language
 *
 * UNHCR's exports name countries in English ("Syrian Arab Rep.") beside
 * their ISO 3166-1 alpha-3 code. An English chart keeps UNHCR's names, as
 * published; a Dutch one names a country by its code, from ISO's Dutch
 * names (data/country-names-nl.tsv, made from Debian's iso-codes by
 * data/make-country-names.py). A code the table does not know (UNHCR
 * has a few of its own) keeps the published name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-country"

#include "config.h"

#include <string.h>

#include "ot-country.h"
#include "ot-resources.h"

/* "SYR" -> "Syrië", into the compiled-in table's bytes, kept for the
 * program's life. */
static GHashTable *
dutch_names (void)
{
  static gsize once;
  static GHashTable *names;

  if (g_once_init_enter (&once))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
      GBytes *bytes = ot_resources_lookup ("country-names-nl.tsv");
      gsize size = 0;
      const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;
      char *text = g_strndup (data, size);

      /* Held for good: the table's keys and values point into it. */
      for (char *line = text, *next; line != NULL && *line != '\0'; line = next)
        {
          char *tab;

          next = strchr (line, '\n');
          if (next != NULL)
            *next++ = '\0';
          tab = strchr (line, '\t');
          if (line[0] == '#' || tab == NULL)
            continue;
          *tab = '\0';
          g_hash_table_insert (table, line, tab + 1);
        }
      g_clear_pointer (&bytes, g_bytes_unref);
      names = table;
      g_once_init_leave (&once, 1);
    }
  return names;
}

/* @published for English, or where @iso is not known; the Dutch name
 * of @iso for Dutch. */
const char *
ot_country_get_name (const char *iso,
                     const char *published,
                     OtLang      lang)
{
  const char *name;

  if (lang != OT_LANG_NL || iso == NULL || *iso == '\0')
    return published;
  name = g_hash_table_lookup (dutch_names (), iso);
  return name != NULL ? name : published;
}
