/* ot-cli.c: the headless command line; never touches GTK
 *
 * ontheemd --export FILE [--chart ID] [--size NAME | --width W --height H] [--scale S]
 *          [--transparent]
 *          [--lang nl|en] [--data FILE] [--year YEAR] [--theme T] [--svg-text M]
 * ontheemd --export-deck FILE.pdf|.pptx|.odp [--slides ID,...] [--lang nl|en]
 *          [--briefing B.ontheemd] [--title T] [--subtitle S] [--note N] [--source S]
 *          [--byline B] [--highlight ID[,ID…]] [--annotate ID=TEXT]… (either export)
 * ontheemd --list-charts [--data FILE]
 *
 * Every line it prints is in the language of messages: --lang when given,
 * else the environment's (ot_messages_set_lang). The help is printed here,
 * not by GOption, whose words follow the process locale instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-cli"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <stdio.h>

#include "ot-briefing.h"
#include "ot-chart.h"
#include "ot-cli.h"
#include "ot-cli-changes.h"
#include "ot-charts-enums.h"
#include "ot-dataset.h"
#include "ot-enums.h"
#include "ot-export-enums.h"
#include "ot-export-fonts.h"
#include "ot-export.h"
#include "ot-import.h"

typedef struct
{
  char     *export_path;
  char     *deck_path;
  char     *slides;
  char     *svg_text;
  char     *chart_id;
  char     *size;
  gboolean  transparent;
  int       width;
  int       height;
  int       scale;
  char     *lang;
  char     *data_path;
  int       year;
  char     *theme;
  gboolean  shares;
  gboolean  list_charts;
  gboolean  version;
  gboolean  help;
  char     *briefing_path;
  OtCliEdits edits;
} Options;

static const char * const headless_options[] = {
  "--export", "--export-deck", "--list-charts", "--help", "-h", "--help-all", "--version", "-?",
};

gboolean
ot_cli_wants_headless (int    argc,
                       char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (headless_options); j++)
        {
          const char *opt = headless_options[j];
          gsize len = strlen (opt);

          if (strncmp (argv[i], opt, len) == 0 && (argv[i][len] == '\0' || argv[i][len] == '='))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whole numbers as a person writes them: decimal digits, no sign, no
 * leading zero (GOption's own reader takes 0100 as octal and 0x10 as hex,
 * and -2147483648 as "not given"). */
static gboolean
parse_decimal (const char  *option,
               const char  *value,
               guint        min,
               guint        max,
               int         *out,
               GError     **error)
{
  guint64 number = 0;
  gsize len = strlen (value);
  gboolean digits = len > 0;

  for (gsize i = 0; i < len && digits; i++)
    digits = g_ascii_isdigit (value[i]) || (i == 0 && value[i] == '-' && len > 1);

  /* A negative number is out of range, whatever its size. */
  if (digits && value[0] == '-' && value[1] != '0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   ot_msg ("%s %s is out of range; it goes from %u to %u"), option, value, min,
                   max);
      return FALSE;
    }
  if (!digits || value[0] == '-' || (len > 1 && value[0] == '0'))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   ot_msg ("%s “%s”: expected a whole number from %u to %u, in decimal digits "
                           "without a sign or leading zeros"), option, value, min, max);
      return FALSE;
    }

  /* Digits beyond what the range can hold are out of range, not wrapped. */
  for (gsize i = 0; i < len && number <= max; i++)
    number = number * 10 + (value[i] - '0');
  if (number < min || number > max)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   ot_msg ("%s %s is out of range; it goes from %u to %u"), option, value, min,
                   max);
      return FALSE;
    }

  *out = (int) number;
  return TRUE;
}

static gboolean
parse_size_cb (const char  *option,
               const char  *value,
               gpointer     data,
               GError     **error)
{
  Options *opts = data;
  int *out = g_str_equal (option, "--width") || g_str_equal (option, "-W")
             ? &opts->width : &opts->height;

  return parse_decimal (option, value, 1, OT_EXPORT_MAX_SIZE, out, error);
}

static gboolean
parse_scale_cb (const char  *option,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  return parse_decimal (option, value, 1, OT_EXPORT_MAX_SCALE, &((Options *) data)->scale, error);
}

static gboolean
parse_year_cb (const char  *option,
               const char  *value,
               gpointer     data,
               GError     **error)
{
  return parse_decimal (option, value, OT_SERIES_MIN_YEAR, OT_SERIES_MAX_YEAR,
                        &((Options *) data)->year, error);
}

static void print_error (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

/* One line on standard error; @format is a message, translated. */
static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("ontheemd: %s\n", message);
}

static gboolean
parse_theme (const char *name,
             OtTheme    *out_theme)
{
  int value;

  if (name == NULL)
    {
      *out_theme = OT_THEME_LIGHT;
      return TRUE;
    }
  if (ot_enum_from_nick (OT_TYPE_THEME, name, &value))
    {
      *out_theme = value;
      return TRUE;
    }

  print_error (ot_msg ("unknown theme “%s”; use light, dark or high-contrast"), name);
  return FALSE;
}

/* The letter's figures or the user's; a load error is printed. */
static OtDataset *
load_dataset (const char *data_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  OtDataset *dataset;

  if (data_path == NULL)
    dataset = ot_dataset_new_default (&error);
  else
    {
      /* Figures, a UNHCR export or its zip: told apart by their content. */
      file = g_file_new_for_commandline_arg (data_path);
      dataset = ot_import_file (file, NULL, &error);
    }

  if (dataset == NULL)
    {
      print_error ("%s", error->message);
      return NULL;
    }

  for (const char * const *w = ot_dataset_get_warnings (dataset); *w != NULL; w++)
    print_error (ot_msg ("warning: %s"), *w);

  return dataset;
}

/* The charts the data can draw: all of the letter's, or those of a file. */
static int
list_charts (const char *data_path,
             OtLang      lang)
{
  g_autoptr(OtDataset) dataset = load_dataset (data_path);

  if (dataset == NULL)
    return OT_CLI_EXIT_FAILURE;

  for (guint i = 0; i < ot_chart_get_n_charts (); i++)
    {
      const OtChart *chart = ot_chart_get_nth (i);

      if (ot_chart_supports (chart, dataset))
        {
          g_autofree char *title = ot_chart_dup_title (chart, dataset, lang);

          g_print ("%s\t%s\n", chart->id, title);
        }
    }

  return OT_CLI_EXIT_OK;
}

/* What a chart draws, for a message that says why a file cannot draw it.
 * A chart not in the list gets the general words. */
static const char *
chart_needs (const OtChart *chart)
{
  static const struct { const char *id; const char *needs; } needs[] = {
    { "breakdown", N_("a total with parts (figures that name it in their “parent” column)") },
    { "composition", N_("a total with parts (figures that name it in their “parent” column)") },
    { "key-figures", N_("figures") },
    { "funding", N_("figures that are neither a total with parts nor one of its "
                    "parts (amounts, commitments, targets)") },
    { "timeline", N_("dates") },
    { "trend", N_("counts of people per year") },
    { "then-now", N_("UNHCR's published breakdown for the year of the letter's figures and "
                     "for a later year") },
    { "top-origin", N_("counts of people per country (a UNHCR Refugee Data Finder export)") },
    { "top-asylum", N_("counts of people per country (a UNHCR Refugee Data Finder export)") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    if (g_str_equal (needs[i].id, chart->id))
      return ot_msg (needs[i].needs);
  return ot_msg ("the figures it draws");
}

/* The name of the data in a message: the file, or the letter. */
static const char *
data_name (const char *data_path)
{
  return data_path != NULL ? data_path : ot_msg ("the letter's figures");
}

/* A chart the data cannot draw is a data error: exit 1, one line. */
static int
report_unsupported (const OtChart *chart,
                    const char    *data_path)
{
  print_error (ot_msg ("%s: the chart “%s” draws %s, and the data has none "
                       "(--list-charts lists the charts it can draw)"),
               data_name (data_path), chart->id, chart_needs (chart));
  return OT_CLI_EXIT_FAILURE;
}

static const OtChart *
first_supported_chart (OtDataset *dataset)
{
  for (guint i = 0; i < ot_chart_get_n_charts (); i++)
    if (ot_chart_supports (ot_chart_get_nth (i), dataset))
      return ot_chart_get_nth (i);
  return NULL;
}

/* A year the data has, or a usage error that names the ones it has. */
static gboolean
check_year (OtDataset *dataset,
            int        year,
            GError   **error)
{
  OtSeries *series;
  guint n;

  /* The letter's series is read on first use: not for a chart of no year. */
  if (year == 0)
    return TRUE;
  series = ot_dataset_get_series (dataset);
  n = series != NULL ? ot_series_get_n_years (series) : 0;
  if ((year > 0 && n > 0 && ot_series_lookup_year (series, year) != NULL))
    return TRUE;

  if (n == 0)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 ot_msg ("--year %d: the data has no years"), year);
  else
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 ot_msg ("--year %d: the data has no such year; it has %u to %u"), year,
                 ot_series_get_year (series, 0)->year,
                 ot_series_get_year (series, n - 1)->year);
  return FALSE;
}

/* The folder a file goes into must exist: a usage error, not an I/O one. */
static gboolean
check_folder (GFile *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);

  if (folder != NULL && g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL)
                        != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      print_error (ot_msg ("%s: no such folder"), name);
      return FALSE;
    }
  return TRUE;
}

/* --briefing: the briefing, whose language counts unless --lang is given. */
static gboolean
open_briefing (const Options  *opts,
               OtBriefing    **out_briefing,
               OtLang         *lang)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  *out_briefing = NULL;
  if (opts->briefing_path == NULL)
    return TRUE;
  if (opts->data_path != NULL)
    {
      print_error ("%s", ot_msg ("--data and --briefing go one at a time: a briefing holds its "
                                 "figures"));
      return FALSE;
    }
  file = g_file_new_for_commandline_arg (opts->briefing_path);
  *out_briefing = ot_briefing_load (file, NULL, &error);
  if (*out_briefing == NULL)
    {
      print_error ("%s", error->message);
      return FALSE;
    }
  if (opts->lang == NULL)
    *lang = ot_briefing_get_lang (*out_briefing);
  return TRUE;
}

static int
export_chart (const Options *opts,
              OtLang         lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(OtBriefing) briefing = NULL;
  g_autoptr(OtChartChanges) changes = NULL;
  const OtChart *chart = NULL;
  OtExportOptions export = { 0 };
  int svg_text, width = 0, height = 0, scale = 0;

  if (opts->chart_id != NULL && (chart = ot_chart_lookup (opts->chart_id)) == NULL)
    {
      print_error (ot_msg ("unknown chart “%s”; --list-charts lists them"), opts->chart_id);
      return OT_CLI_EXIT_USAGE;
    }
  if (!open_briefing (opts, &briefing, &lang))
    return OT_CLI_EXIT_FAILURE;
  if (briefing != NULL)
    ot_briefing_get_export (briefing, NULL, &width, &height, &scale);

  export.width = opts->width != 0 ? opts->width : width != 0 ? width : 1920;
  export.height = opts->height != 0 ? opts->height : height != 0 ? height : 1080;
  if (opts->size != NULL)
    {
      const OtExportSizePreset *preset = ot_export_lookup_size_preset (opts->size);

      if (preset == NULL)
        {
          g_autoptr(GString) names = g_string_new (NULL);
          guint n_presets;
          const OtExportSizePreset *presets = ot_export_get_size_presets (&n_presets);

          for (guint i = 0; i < n_presets; i++)
            g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", presets[i].name);
          print_error (ot_msg ("unknown --size “%s”; use one of %s"), opts->size, names->str);
          return OT_CLI_EXIT_USAGE;
        }
      if (opts->width != 0 || opts->height != 0)
        {
          print_error ("%s", ot_msg ("--size and --width or --height go one at a time"));
          return OT_CLI_EXIT_USAGE;
        }
      export.width = preset->width;
      export.height = preset->height;
    }
  export.scale = opts->scale;
  svg_text = OT_SVG_TEXT_OUTLINES;
  if (opts->svg_text != NULL && !ot_enum_from_nick (OT_TYPE_SVG_TEXT, opts->svg_text, &svg_text))
    {
      print_error (ot_msg ("unknown --svg-text “%s”; use outlines or text"), opts->svg_text);
      return OT_CLI_EXIT_USAGE;
    }
  export.svg_text = svg_text;
  export.style.lang = lang;
  export.style.shares = opts->shares;
  export.style.year = MAX (opts->year, 0);
  export.style.transparent = opts->transparent;
  if (!parse_theme (opts->theme, &export.style.theme))
    return OT_CLI_EXIT_USAGE;
  if (briefing != NULL && opts->theme == NULL)
    export.style.theme = ot_briefing_get_theme (briefing);

  if (!ot_export_format_from_name (opts->export_path, &export.format, &error)
      || !ot_export_check_options (&export, &error))
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (opts->export_path);
  if (!check_folder (file))
    return OT_CLI_EXIT_USAGE;

  dataset = briefing != NULL ? g_object_ref (ot_briefing_get_dataset (briefing))
                             : load_dataset (opts->data_path);
  if (dataset == NULL)
    return OT_CLI_EXIT_FAILURE;

  /* Without --chart, the briefing's first, or the first the data can draw. */
  if (chart == NULL && briefing != NULL && ot_briefing_get_chart_ids (briefing)[0] != NULL)
    chart = ot_chart_lookup (ot_briefing_get_chart_ids (briefing)[0]);
  if (chart == NULL && (chart = first_supported_chart (dataset)) == NULL)
    {
      print_error (ot_msg ("%s: the data has nothing any chart draws"),
                   data_name (opts->data_path));
      return OT_CLI_EXIT_FAILURE;
    }
  if (!ot_chart_supports (chart, dataset))
    return report_unsupported (chart, opts->data_path);

  if (!check_year (dataset, opts->year, &error))
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_USAGE;
    }

  ot_export_fonts_use_private ();
  changes = ot_cli_edits_apply (&opts->edits,
                                briefing != NULL ? ot_briefing_get_changes (briefing, chart->id) : NULL,
                                chart, dataset, &export.style, NULL, &error);
  if (changes == NULL)
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_USAGE;
    }
  export.style.changes = changes;

  if (!ot_export_to_file (chart, dataset, &export, file, NULL, &error))
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_FAILURE;
    }

  return OT_CLI_EXIT_OK;
}

static int
export_deck (const Options *opts,
             OtLang         lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(OtBriefing) briefing = NULL;
  g_autoptr(OtDeckChanges) deck = NULL;
  OtExportOptions export = { OT_EXPORT_PDF, 1280, 720, 1, { .lang = lang, .theme = OT_THEME_LIGHT },
                             OT_SVG_TEXT_OUTLINES };
  OtDeckFormat format;

  if (!open_briefing (opts, &briefing, &lang))
    return OT_CLI_EXIT_FAILURE;
  export.style.lang = lang;
  if (opts->width != 0)
    export.width = opts->width;
  if (opts->height != 0)
    export.height = opts->height;
  export.style.shares = opts->shares;

  if (!ot_export_deck_format_from_name (opts->deck_path, &format, &error))
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_USAGE;
    }
  if (!parse_theme (opts->theme, &export.style.theme))
    return OT_CLI_EXIT_USAGE;
  if (briefing != NULL && opts->theme == NULL)
    export.style.theme = ot_briefing_get_theme (briefing);

  {
    g_auto(GStrv) ids = opts->slides != NULL ? g_strsplit (opts->slides, ",", -1)
                        : briefing != NULL ? g_strdupv ((GStrv) ot_briefing_get_chart_ids (briefing))
                        : NULL;
    const char *unknown = NULL;

    for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
      {
        g_strstrip (ids[i]);
        /* An empty list is not "every chart", nor is ",," a chart. */
        if (*ids[i] == '\0' && ids[1] != NULL)
          {
            print_error ("%s", ot_msg ("--slides has an empty chart id; give the charts' ids "
                                       "separated by single commas (--list-charts lists them)"));
            return OT_CLI_EXIT_USAGE;
          }
      }
    if (ids != NULL && (ids[0] == NULL || *ids[0] == '\0'))
      {
        print_error ("%s", ot_msg ("--slides is empty; give the charts' ids separated by commas "
                                   "(--list-charts lists them), or leave --slides out for "
                                   "every chart"));
        return OT_CLI_EXIT_USAGE;
      }
    charts = ot_chart_list_from_ids ((const char * const *) ids, NULL, &unknown);
    if (charts == NULL)
      {
        print_error (ot_msg ("unknown chart “%s” in --slides; --list-charts lists them"),
                     unknown);
        return OT_CLI_EXIT_USAGE;
      }
  }
  if (!ot_export_check_options (&export, &error))
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (opts->deck_path);
  if (!check_folder (file))
    return OT_CLI_EXIT_USAGE;

  dataset = briefing != NULL ? g_object_ref (ot_briefing_get_dataset (briefing))
                             : load_dataset (opts->data_path);
  if (dataset == NULL)
    return OT_CLI_EXIT_FAILURE;

  /* Every chart by default means every chart this data can draw. */
  for (guint i = charts->len; i-- > 0;)
    {
      const OtChart *chart = g_ptr_array_index (charts, i);

      if (ot_chart_supports (chart, dataset))
        continue;
      if (opts->slides != NULL)
        return report_unsupported (chart, opts->data_path);
      g_ptr_array_remove_index (charts, i);
    }
  if (charts->len == 0)
    {
      print_error (ot_msg ("%s: the data has nothing any chart draws"),
                   data_name (opts->data_path));
      return OT_CLI_EXIT_FAILURE;
    }

  /* The briefing's slides, each with the one-off edits over its own. */
  deck = briefing != NULL ? ot_briefing_dup_deck_changes (briefing) : ot_deck_changes_new ();
  if (ot_cli_edits_any (&opts->edits))
    {
      g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < charts->len; i++)
        {
          const OtChart *chart = g_ptr_array_index (charts, i);
          OtDeckSlide *slide = ot_deck_changes_ensure_slide (deck, chart->id);
          OtChartChanges *changes = ot_cli_edits_apply (&opts->edits, slide->changes, chart,
                                                        dataset, &export.style, found, &error);

          if (changes == NULL)
            {
              print_error ("%s", error->message);
              return OT_CLI_EXIT_USAGE;
            }
          ot_chart_changes_free (slide->changes);
          slide->changes = changes;
        }
      if (!ot_cli_edits_check_found (&opts->edits, found, &error))
        {
          print_error ("%s", error->message);
          return OT_CLI_EXIT_USAGE;
        }
    }
  export.deck = deck;

  if (format == OT_DECK_PDF
      ? !ot_export_deck_to_file ((const OtChart * const *) charts->pdata, charts->len, dataset,
                                 &export, file, NULL, &error)
      : !ot_export_office_deck_to_file ((const OtChart * const *) charts->pdata, charts->len,
                                        dataset, &export, format, file, NULL, &error))
    {
      print_error ("%s", error->message);
      return OT_CLI_EXIT_FAILURE;
    }

  return OT_CLI_EXIT_OK;
}

/* The language of messages comes before the options are parsed, so that
 * what the parser finds wrong is said in it too: the last --lang, -l. */
static OtLang
messages_lang_from_argv (int    argc,
                         char **argv)
{
  OtLang lang = ot_lang_from_environment ();

  for (int i = 1; i < argc && !g_str_equal (argv[i], "--"); i++)
    {
      const char *value = NULL;

      if (g_str_has_prefix (argv[i], "--lang="))
        value = argv[i] + strlen ("--lang=");
      else if (g_str_has_prefix (argv[i], "-l") && argv[i][2] != '\0')
        value = argv[i] + 2;
      else if ((g_str_equal (argv[i], "--lang") || g_str_equal (argv[i], "-l")) && i + 1 < argc)
        value = argv[++i];

      if (value != NULL)
        ot_lang_parse (value, &lang);
    }

  return lang;
}

/* GOption's errors, worded by GLib in English (ot_cli_run sees to it),
 * said again in the language of messages; others as GLib words them. */
static char *
option_error_message (const GError *error)
{
  static const struct { const char *glib; const char *ours; } templates[] = {
    { "Unknown option %s", N_("unknown option “%s”; see --help") },
    { "Missing argument for %s", N_("%s needs a value; see --help") },
    { "Cannot parse integer value “%s” for %s", N_("%2$s: “%1$s” is not a whole number") },
    { "Integer value “%s” for %s out of range", N_("%2$s: %1$s is out of range") },
    { "Cannot parse double value “%s” for %s", N_("%2$s: “%1$s” is not a number") },
    { "Double value “%s” for %s out of range", N_("%2$s: %1$s is out of range") },
  };
  const char *message = error->message;

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_auto(GStrv) parts = g_strsplit (templates[i].glib, "%s", -1);
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
      const char *p = message;
      guint n = g_strv_length (parts);
      gboolean match = g_str_has_prefix (p, parts[0]);

      p += strlen (parts[0]);
      for (guint j = 1; match && j < n; j++)
        {
          /* The last value runs to the end, less the template's tail and
           * a full stop some versions add. */
          const char *end = *parts[j] != '\0' ? strstr (p, parts[j]) : p + strlen (p);

          if (end == NULL)
            match = FALSE;
          else
            {
              g_ptr_array_add (values, g_strndup (p, end - p));
              p = end + strlen (parts[j]);
            }
        }
      if (!match || (*p != '\0' && !g_str_equal (p, ".")))
        continue;

      if (values->len == 1)
        return g_strdup_printf (ot_msg (templates[i].ours), (char *) values->pdata[0]);
      return g_strdup_printf (ot_msg (templates[i].ours), (char *) values->pdata[0],
                              (char *) values->pdata[1]);
    }

  return g_strdup (message);
}

/* --help, in the language of messages: GOption's would be in the locale's. */
static void
print_help (const GOptionEntry *entries)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint width = 0;

  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      const GOptionEntry *e = &entries[i];
      g_autoptr(GString) name = g_string_new ("  ");

      if (e->short_name != 0)
        g_string_append_printf (name, "-%c, ", e->short_name);
      else
        g_string_append (name, "    ");
      g_string_append_printf (name, "--%s", e->long_name);
      if (e->arg_description != NULL)
        g_string_append_printf (name, "=%s", ot_msg (e->arg_description));
      width = MAX (width, g_utf8_strlen (name->str, -1));
      g_ptr_array_add (names, g_string_free (g_steal_pointer (&name), FALSE));
    }

  g_string_append_printf (out, "%s\n  ontheemd [%s]\n\n%s\n\n%s\n", ot_msg ("Usage:"),
                          ot_msg ("OPTION…"),
                          ot_msg ("Charts of the figures in the Dutch government's letter on "
                                  "the 2016 UN and US refugee summits\n"
                                  "(Kamerstuk 26 150, nr. 155). Without options, opens the "
                                  "window."),
                          ot_msg ("Options:"));
  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      const char *name = names->pdata[i];

      if (entries[i].flags & G_OPTION_FLAG_HIDDEN)
        continue;
      g_string_append_printf (out, "%s%*s  %s\n", name,
                              (int) (width - g_utf8_strlen (name, -1)), "",
                              ot_msg (entries[i].description));
    }
  g_string_append_printf (out, "\n%s\n",
                          ot_msg ("Messages are in the language of --lang, or else of the "
                                  "environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).\n"
                                  "Exit status: 0 on success, 1 when the data or a file could "
                                  "not be read or written, or the data cannot draw the chart; "
                                  "2 on a usage error."));
  g_print ("%s", out->str);
}

int
ot_cli_run (int    argc,
            char **argv)
{
  /* 0: not given (no option takes 0), so each export takes its own
   * default size. */
  Options opts = { .width = 0, .height = 0, .scale = 1 };
  const GOptionEntry entries[] = {
    { "export", 'e', 0, G_OPTION_ARG_FILENAME, &opts.export_path,
      N_("Write the chart to FILE (.png, .svg, .pdf or .html) without opening a window"), N_("FILE") },
    { "export-deck", 0, 0, G_OPTION_ARG_FILENAME, &opts.deck_path,
      N_("Write the slides into one file: a PDF (16:9 pages, 1280×720 points by default), or a "
         "PowerPoint (.pptx) or Impress (.odp) deck"), N_("FILE") },
    { "slides", 0, 0, G_OPTION_ARG_STRING, &opts.slides,
      N_("With --export-deck: the charts, comma-separated, in order (default: all the data "
         "can draw)"), N_("IDS") },
    { "svg-text", 0, 0, G_OPTION_ARG_STRING, &opts.svg_text,
      N_("SVG text as glyph outlines (default) or as editable text: outlines or text"),
      N_("MODE") },
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &opts.chart_id,
      N_("The chart to export (default: the first the data can draw); see --list-charts"),
      N_("ID") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &opts.size,
      N_("A size people publish at, instead of --width and --height: slide-16-9, slide-4-3, "
         "a4-landscape, a4-portrait, square (1080×1080), social-card (1200×675), article-600, "
         "article-800"), N_("NAME") },
    { "transparent", 0, 0, G_OPTION_ARG_NONE, &opts.transparent,
      N_("PNG: leave out the background"), NULL },
    { "width", 'W', 0, G_OPTION_ARG_CALLBACK, parse_size_cb,
      N_("Width in pixels (PNG) or points, 1 to 16384 (default: 1920)"), N_("W") },
    { "height", 'H', 0, G_OPTION_ARG_CALLBACK, parse_size_cb,
      N_("Height in pixels (PNG) or points, 1 to 16384 (default: 1080)"), N_("H") },
    { "scale", 's', 0, G_OPTION_ARG_CALLBACK, parse_scale_cb,
      N_("PNG pixels per unit, 1 to 8 (default: 1); a PNG is at most 32767 pixels a side"),
      N_("S") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &opts.lang,
      N_("Language of the chart and of the messages: nl or en (default: the environment's)"),
      N_("LANG") },
    { "data", 'd', 0, G_OPTION_ARG_FILENAME, &opts.data_path,
      N_("Read the figures from FILE instead of the letter's: a figures file, or UNHCR's "
         "population.csv or the zip it comes in"), N_("FILE") },
    { "year", 'y', 0, G_OPTION_ARG_CALLBACK, parse_year_cb,
      N_("Top-10 charts: the year (default: the latest in the data)"), N_("YEAR") },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &opts.theme,
      N_("Colours: light, dark or high-contrast (default: light)"), N_("THEME") },
    { "shares", 0, 0, G_OPTION_ARG_NONE, &opts.shares,
      N_("Breakdown: show each part as a share of the total"), NULL },
    { "briefing", 'b', 0, G_OPTION_ARG_FILENAME, &opts.briefing_path,
      N_("With --export or --export-deck: the briefing (.ontheemd) to export, with its figures "
         "and edits; the options below override its own"), N_("FILE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &opts.edits.title,
      N_("The chart's title instead of the letter's (\"\" for none)"), N_("TEXT") },
    { "subtitle", 0, 0, G_OPTION_ARG_STRING, &opts.edits.subtitle,
      N_("The chart's subtitle instead of the letter's (\"\" for none)"), N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &opts.edits.note,
      N_("A note under the chart"), N_("TEXT") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &opts.edits.source,
      N_("The source line instead of the letter's (\"\" for none)"), N_("TEXT") },
    { "byline", 0, 0, G_OPTION_ARG_STRING, &opts.edits.byline,
      N_("Credit after the source line, such as \"Grafiek: Ministerie van …\""), N_("TEXT") },
    { "highlight", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opts.edits.highlight,
      N_("Draw these elements in their colour and the rest muted; an unknown id lists the "
         "chart's"), N_("ID[,ID…]") },
    { "annotate", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opts.edits.annotate,
      N_("A short note beside an element, with a leader line (repeatable)"), N_("ID=TEXT") },
    { "list-charts", 0, 0, G_OPTION_ARG_NONE, &opts.list_charts,
      N_("List the charts, one a line, id first; with --data, those that file can draw"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &opts.version, N_("Print the version"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &opts.help, N_("Show this help"), NULL },
    { "help-all", '?', G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opts.help, N_("Show this help"),
      NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean parsed;
  OtLang lang;
  int status;

  setlocale (LC_ALL, "");

  /* Set before anything is said. GOption words its errors in English
   * here, for option_error_message to say again; after it, GLib's own words
   * follow the language of messages where its catalogue has it. */
  lang = messages_lang_from_argv (argc, argv);
  ot_messages_set_lang (lang);

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  /* The callbacks get the options through the group. */
  {
    GOptionGroup *group = g_option_group_new (NULL, NULL, NULL, &opts, NULL);

    g_option_group_add_entries (group, entries);
    g_option_context_set_main_group (context, group);
  }

  g_setenv ("LANGUAGE", "en", TRUE);
  parsed = g_option_context_parse (context, &argc, &argv, &error);
  g_setenv ("LANGUAGE", ot_lang_to_code (lang), TRUE);
  if (!parsed)
    {
      g_autofree char *message = option_error_message (error);

      print_error ("%s", message);
      status = OT_CLI_EXIT_USAGE;
      goto out;
    }

  if (opts.help)
    {
      print_help (entries);
      status = OT_CLI_EXIT_OK;
      goto out;
    }

  if (argc > 1)
    {
      print_error (ot_msg ("unexpected argument “%s”; see --help"), argv[1]);
      status = OT_CLI_EXIT_USAGE;
      goto out;
    }

  if (opts.lang != NULL && !ot_lang_parse (opts.lang, &lang))
    {
      print_error (ot_msg ("unknown language “%s”; use nl or en"), opts.lang);
      status = OT_CLI_EXIT_USAGE;
      goto out;
    }

  if (opts.version)
    {
      g_print ("ontheemd %s\n", PACKAGE_VERSION);
      status = OT_CLI_EXIT_OK;
    }
  else if (opts.list_charts)
    status = list_charts (opts.data_path, lang);
  else if (opts.export_path != NULL && opts.deck_path != NULL)
    {
      print_error ("%s", ot_msg ("--export and --export-deck go one at a time"));
      status = OT_CLI_EXIT_USAGE;
    }
  else if (opts.export_path != NULL)
    status = export_chart (&opts, lang);
  else if (opts.deck_path != NULL)
    status = export_deck (&opts, lang);
  else
    {
      print_error ("%s", ot_msg ("nothing to do without a window; use --export FILE or "
                                 "--list-charts"));
      status = OT_CLI_EXIT_USAGE;
    }

out:
  g_free (opts.export_path);
  g_free (opts.deck_path);
  g_free (opts.slides);
  g_free (opts.svg_text);
  g_free (opts.chart_id);
  g_free (opts.size);
  g_free (opts.lang);
  g_free (opts.data_path);
  g_free (opts.theme);
  g_free (opts.briefing_path);
  ot_cli_edits_clear (&opts.edits);
  return status;
}
