/* ot-export-fonts.c: the fonts of a headless export, without fontconfig's scan
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FcInit parses all of /etc/fonts and every font folder's cache: about a
 * quarter of an SVG export's instructions (docs/performance.md). A chart
 * draws with Cantarell and, for what Cantarell lacks, DejaVu Sans; so a
 * program that only exports (the command line, never the window, whose
 * fonts are the desktop's) makes a configuration of only those folders
 * current before pango makes its font map. It reads the folders from the
 * system's font caches like the system configuration does (a folder without
 * a current cache is read from its files). Where those fonts are not in the
 * folders below, or OT_SYSTEM_FONTS=1 is set, the system configuration
 * stays. tests/data/export-checksums.txt holds every export made this way:
 * the same bytes and pixels as with the system configuration. */
#include "ot-export-fonts.h"

#include <fontconfig/fontconfig.h>

/* Debian and Ubuntu (fonts-cantarell, fonts-dejavu-core), then Fedora. */
static const char *const font_folders[][2] = {
  { "/usr/share/fonts/opentype/cantarell", "/usr/share/fonts/truetype/dejavu" },
  { "/usr/share/fonts/abattis-cantarell-vf-fonts", "/usr/share/fonts/dejavu-sans-fonts" },
  { "/usr/share/fonts/abattis-cantarell-fonts", "/usr/share/fonts/dejavu-sans-fonts" },
};

/* fontconfig's own 90-synthetic.conf, which every system configuration has:
 * Cantarell has no italic, so the italic of the deck's notes is Cantarell
 * slanted by this matrix (and a missing bold emboldened). */
static const char synthetic_rules[] =
  "<match target=\"font\">"
  "<test name=\"slant\"><const>roman</const></test>"
  "<test target=\"pattern\" name=\"slant\" compare=\"not_eq\"><const>roman</const></test>"
  "<edit name=\"matrix\" mode=\"assign\"><times><name>matrix</name>"
  "<matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix>"
  "</times></edit>"
  "<edit name=\"slant\" mode=\"assign\"><const>oblique</const></edit>"
  "<edit name=\"embeddedbitmap\" mode=\"assign\"><bool>false</bool></edit>"
  "</match>"
  "<match target=\"font\">"
  "<test name=\"weight\" compare=\"less_eq\"><const>medium</const></test>"
  "<test target=\"pattern\" name=\"weight\" compare=\"more_eq\"><const>bold</const></test>"
  "<edit name=\"embolden\" mode=\"assign\"><bool>true</bool></edit>"
  "<edit name=\"weight\" mode=\"assign\"><const>bold</const></edit>"
  "</match>";

static gboolean
has_family (FcConfig   *config,
            const char *family)
{
  FcPattern *pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, family, (char *) NULL);
  FcObjectSet *objects = FcObjectSetBuild (FC_FILE, (char *) NULL);
  FcFontSet *fonts = FcFontList (config, pattern, objects);
  gboolean found = fonts != NULL && fonts->nfont > 0;

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return found;
}

static FcConfig *
private_config (const char *cantarell,
                const char *dejavu)
{
  g_autofree char *folders = NULL;
  g_autofree char *xml = NULL;
  FcConfig *config;

  if (!g_file_test (cantarell, G_FILE_TEST_IS_DIR) || !g_file_test (dejavu, G_FILE_TEST_IS_DIR))
    return NULL;

  /* The system's caches, then the user's, as in /etc/fonts/fonts.conf. */
  folders = g_markup_printf_escaped ("<dir>%s</dir><dir>%s</dir>", cantarell, dejavu);
  xml = g_strconcat ("<fontconfig>", folders,
                     "<cachedir>/var/cache/fontconfig</cachedir>"
                     "<cachedir prefix=\"xdg\">fontconfig</cachedir>",
                     synthetic_rules, "</fontconfig>", NULL);
  config = FcConfigCreate ();
  if (config == NULL)
    return NULL;
  if (!FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) xml, FcFalse)
      || !FcConfigBuildFonts (config)
      || !has_family (config, "Cantarell") || !has_family (config, "DejaVu Sans"))
    {
      FcConfigDestroy (config);
      return NULL;
    }
  return config;
}

/* Call before anything has drawn text; TRUE when the private configuration
 * is current, FALSE when the system's stays. Once a process. */
gboolean
ot_export_fonts_use_private (void)
{
  static gsize done = 0;
  static gboolean result = FALSE;

  if (g_once_init_enter (&done))
    {
      const char *env = g_getenv (OT_SYSTEM_FONTS_ENV);

      if (env == NULL || g_strcmp0 (env, "1") != 0)
        for (gsize i = 0; i < G_N_ELEMENTS (font_folders) && !result; i++)
          {
            FcConfig *config = private_config (font_folders[i][0], font_folders[i][1]);

            if (config != NULL)
              {
                result = FcConfigSetCurrent (config);
                FcConfigDestroy (config);
              }
          }
      g_once_init_leave (&done, 1);
    }
  return result;
}
