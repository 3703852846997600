/* test-palette.c: colours everyone can tell apart and text everyone can read
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ot-chart.h"
#include "ot-test.h"

/* Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB. */
static const double simulations[][3][3] = {
  { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },   /* normal vision */
  { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
    { -0.003882, -0.048116, 1.051998 } },       /* protanopia */
  { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
    { -0.011820, 0.042940, 0.968881 } },        /* deuteranopia */
  { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
    { 0.004733, 0.691367, 0.303900 } },         /* tritanopia */
};
static const char *simulation_names[] = { "normal", "protanopia", "deuteranopia", "tritanopia" };
static const char *theme_names[] = { "light", "dark", "high contrast" };

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 0.008856 ? cbrt (t) : 7.787 * t + 16.0 / 116;
}

/* CIELAB of a colour as someone with the given vision sees it. */
static void
perceived_lab (const OtColor *color,
               guint          simulation,
               double         lab[3])
{
  double rgb[3] = { to_linear (color->red), to_linear (color->green), to_linear (color->blue) };
  double sim[3], x, y, z;

  for (guint i = 0; i < 3; i++)
    {
      const double *row = simulations[simulation][i];
      sim[i] = CLAMP (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2], 0, 1);
    }

  x = 0.4124 * sim[0] + 0.3576 * sim[1] + 0.1805 * sim[2];
  y = 0.2126 * sim[0] + 0.7152 * sim[1] + 0.0722 * sim[2];
  z = 0.0193 * sim[0] + 0.1192 * sim[1] + 0.9505 * sim[2];
  lab[0] = 116 * lab_f (y) - 16;
  lab[1] = 500 * (lab_f (x / 0.95047) - lab_f (y));
  lab[2] = 200 * (lab_f (y) - lab_f (z / 1.08883));
}

static double
delta_e (const OtColor *a,
         const OtColor *b,
         guint          simulation)
{
  double la[3], lb[3];

  perceived_lab (a, simulation, la);
  perceived_lab (b, simulation, lb);
  return sqrt ((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1])
               + (la[2] - lb[2]) * (la[2] - lb[2]));
}

/* Every pair of category colours stays apart (ΔE*ab ≥ 10, well beyond the
 * 2.3 of a just noticeable difference) with each colour vision deficiency;
 * the first three, the letter's three groups, by 15 or more. */
START_TEST (test_categories_are_distinguishable)
{
  for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
    {
      OtChartStyle style = { OT_LANG_EN, theme, FALSE };
      const OtPalette *palette = ot_chart_style_get_palette (&style);

      for (guint s = 0; s < G_N_ELEMENTS (simulations); s++)
        for (guint i = 0; i < OT_N_CATEGORY_COLORS; i++)
          for (guint j = i + 1; j < OT_N_CATEGORY_COLORS; j++)
            {
              double d = delta_e (&palette->categories[i], &palette->categories[j], s);
              double needed = j < 3 ? 15 : 10;

              ck_assert_msg (d >= needed, "%s theme, %s: colours %u and %u are only %.1f apart",
                             theme_names[theme], simulation_names[s], i, j, d);
            }
    }
}
END_TEST

/* A colour means one thing in every theme: each group keeps its hue (the
 * CIELAB hue angle within 30°), only lighter or darker. */
START_TEST (test_meanings_keep_their_hue)
{
  const OtMeaning groups[] = { OT_MEANING_REFUGEES, OT_MEANING_IDPS, OT_MEANING_ASYLUM_SEEKERS,
                               OT_MEANING_OTHER_PROTECTION, OT_MEANING_STATELESS };
  OtChartStyle light = { OT_LANG_EN, OT_THEME_LIGHT, FALSE };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
      {
        OtChartStyle style = { OT_LANG_EN, theme, FALSE };
        OtColor a, b;
        double la[3], lb[3], turn;

        ot_palette_get_meaning_color (ot_chart_style_get_palette (&light), groups[g], &a);
        ot_palette_get_meaning_color (ot_chart_style_get_palette (&style), groups[g], &b);
        perceived_lab (&a, 0, la);
        perceived_lab (&b, 0, lb);
        turn = fabs (atan2 (la[2], la[1]) - atan2 (lb[2], lb[1])) * 180 / G_PI;
        turn = MIN (turn, 360 - turn);
        ck_assert_msg (turn <= 30, "%s theme: group %d turns %.0f° from its light colour",
                       theme_names[theme], groups[g], turn);
      }
}
END_TEST

static double
luminance (const OtColor *c)
{
  return 0.2126 * to_linear (c->red) + 0.7152 * to_linear (c->green)
         + 0.0722 * to_linear (c->blue);
}

static double
contrast (const OtColor *a,
          const OtColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* WCAG 2.1 AA: 4.5:1 for text, in every export theme. */
START_TEST (test_text_contrast)
{
  for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
    {
      OtChartStyle style = { OT_LANG_EN, theme, FALSE };
      const OtPalette *palette = ot_chart_style_get_palette (&style);

      ck_assert_msg (contrast (&palette->foreground, &palette->background) >= 4.5,
                     "%s: text %.2f:1", theme_names[theme],
                     contrast (&palette->foreground, &palette->background));
      ck_assert_msg (contrast (&palette->muted, &palette->background) >= 4.5,
                     "%s: muted text %.2f:1", theme_names[theme],
                     contrast (&palette->muted, &palette->background));
    }

  /* High contrast means more than AA: 7:1 (AAA) for all text. */
  {
    OtChartStyle style = { OT_LANG_EN, OT_THEME_HIGH_CONTRAST, FALSE };
    const OtPalette *palette = ot_chart_style_get_palette (&style);

    ck_assert (contrast (&palette->muted, &palette->background) >= 7);
  }
}
END_TEST

/* Bars and squares stand out from the ground (WCAG 1.4.11: 3:1 for the
 * graphics needed to understand a chart). */
START_TEST (test_graphics_contrast)
{
  for (OtTheme theme = 0; theme < OT_N_THEMES; theme++)
    {
      OtChartStyle style = { OT_LANG_EN, theme, FALSE };
      const OtPalette *palette = ot_chart_style_get_palette (&style);

      for (guint i = 0; i < 3; i++)
        ck_assert_msg (contrast (&palette->categories[i], &palette->background) >= 3,
                       "%s: colour %u is %.2f:1 against the background", theme_names[theme], i,
                       contrast (&palette->categories[i], &palette->background));
    }
}
END_TEST

static Suite *
palette_suite (void)
{
  Suite *suite = suite_create ("palette");
  TCase *tc = tcase_create ("palette");

  tcase_add_test (tc, test_categories_are_distinguishable);
  tcase_add_test (tc, test_text_contrast);
  tcase_add_test (tc, test_graphics_contrast);
  tcase_add_test (tc, test_meanings_keep_their_hue);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return ot_test_run (palette_suite ());
}
