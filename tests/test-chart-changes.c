/* test-chart-changes.c: a user's changes in every chart: notes that overlap
 * nothing at any size, the highlight in every format's pixels, the user's
 * words in the alt text
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "ot-export.h"
#include "ot-test.h"
#include "ot-test-chart.h"
#include "ot-test-pdf.h"

static const struct { double width, height; } sizes[] = {
  { 400, 650 }, { 640, 360 }, { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
};

static OtDataset *
letter (void)
{
  g_autoptr(GError) error = NULL;
  OtDataset *dataset = ot_dataset_new_default (&error);

  ck_assert_ptr_nonnull (dataset);
  return dataset;
}

/* Notes on the chart's first three elements (one long), its first
 * highlighted, a user title and notes. */
static OtChartChanges *
changes_for (const OtChart *chart,
             OtDataset     *dataset,
             OtLang         lang)
{
  OtChartStyle style = { lang, OT_THEME_LIGHT };
  g_auto(GStrv) ids = ot_chart_dup_element_ids (chart, dataset, &style);
  OtChartChanges *changes = ot_chart_changes_new ();
  static const char *texts[] = {
    "De eigen kop", "Een wat langere notitie die over meer dan één regel kan lopen", "Kort",
  };

  changes->title = g_strdup ("Nederland hervestigt hooguit 4.000 Syriërs");
  changes->notes = g_strdup ("Bewerking: eigen notitie onder de grafiek");
  changes->byline = g_strdup ("Grafiek: Ministerie van Buitenlandse Zaken");
  ck_assert_msg (ids[0] != NULL, "%s draws no elements", chart->id);
  changes->highlight = g_new0 (char *, 2);
  changes->highlight[0] = g_strdup (ids[0]);
  for (guint i = 0; i < 3 && ids[i] != NULL; i++)
    ot_chart_changes_add_annotation (changes, ids[i], 0, texts[i]);
  return changes;
}

static OtRect
ink_of (const OtTextBox *box)
{
  PangoRectangle ink;

  pango_layout_get_pixel_extents (box->layout, &ink, NULL);
  return (OtRect) { box->rect.x + ink.x, box->rect.y + ink.y, ink.width, ink.height };
}

static gboolean
is_note (const OtChartLayout *layout,
         const OtTextBox     *box)
{
  for (guint n = 0; n < layout->notes->len; n++)
    if (g_array_index (layout->notes, OtChartNote, n).box == box)
      return TRUE;
  return FALSE;
}

/* Every annotation is beside its element or under the chart; one beside
 * its element is inside the canvas and clear of every text, element and
 * other note. */
START_TEST (test_notes_overlap_nothing)
{
  g_autoptr(OtDataset) dataset = letter ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ot_chart_text_context_new (cr);
  guint placed = 0, below = 0;

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    for (OtLang lang = 0; lang < OT_N_LANGS; lang++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          const OtChart *chart = ot_chart_get_nth (c);
          g_autoptr(OtChartChanges) changes = NULL;
          g_autoptr(OtChartLayout) layout = NULL;
          OtChartStyle style = { lang, OT_THEME_LIGHT };

          if (!ot_chart_supports (chart, dataset))
            continue;
          changes = changes_for (chart, dataset, lang);
          style.changes = changes;
          layout = ot_chart_layout_new (chart, context, dataset, sizes[s].width, sizes[s].height,
                                        &style);
          ck_assert_uint_eq (layout->notes->len + __builtin_popcount (layout->notes_below),
                             changes->annotations->len);
          placed += layout->notes->len;
          below += __builtin_popcount (layout->notes_below);

          for (guint n = 0; n < layout->notes->len; n++)
            {
              const OtChartNote *note = &g_array_index (layout->notes, OtChartNote, n);
              OtRect r = note->box->rect;

              ck_assert_msg (ot_rect_contains (&layout->canvas, &r), "%s %gx%g: note %u outside",
                             chart->id, sizes[s].width, sizes[s].height, n);
              ck_assert_msg (ot_rect_contains (&layout->canvas, &(OtRect) { ink_of (note->box).x,
                               ink_of (note->box).y, ink_of (note->box).width, ink_of (note->box).height }),
                             "%s: note ink outside", chart->id);
              for (guint i = 0; i < layout->texts->len; i++)
                {
                  const OtTextBox *other = g_ptr_array_index (layout->texts, i);

                  if (other == note->box)
                    continue;
                  ck_assert_msg (!ot_rect_intersects (&r, &other->rect),
                                 "%s %s %gx%g: note “%s” overlaps “%s”", chart->id,
                                 ot_lang_to_code (lang), sizes[s].width, sizes[s].height,
                                 pango_layout_get_text (note->box->layout),
                                 pango_layout_get_text (other->layout));
                }
              for (guint e = 0; e < layout->elements->len; e++)
                {
                  const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);

                  ck_assert_msg (!ot_rect_intersects (&r, &element->rect),
                                 "%s %gx%g: note “%s” overlaps element %s", chart->id,
                                 sizes[s].width, sizes[s].height,
                                 pango_layout_get_text (note->box->layout), element->id);
                }
            }
          /* The chart's own texts never overlap a note either way; and the
           * title is the user's. */
          {
            gboolean found = FALSE;

            for (guint i = 0; i < layout->texts->len; i++)
              {
                const OtTextBox *box = g_ptr_array_index (layout->texts, i);

                found |= !is_note (layout, box)
                         && g_str_equal (pango_layout_get_text (box->layout), changes->title);
              }
            ck_assert_msg (found, "%s: the user's title is not drawn", chart->id);
          }
        }
  /* Both happen: the sizes are chosen so. */
  ck_assert_uint_gt (placed, 0);
  ck_assert_uint_gt (below, 0);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

/* The alt text keeps the user's title, notes and every annotation, also
 * those with no room. */
START_TEST (test_description_carries_changes)
{
  g_autoptr(OtDataset) dataset = letter ();

  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      const OtChart *chart = ot_chart_get_nth (c);
      g_autoptr(OtChartChanges) changes = NULL;
      g_autofree char *description = NULL;
      OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };

      if (!ot_chart_supports (chart, dataset))
        continue;
      changes = changes_for (chart, dataset, OT_LANG_NL);
      style.changes = changes;
      description = ot_chart_describe (chart, dataset, &style);
      ck_assert_msg (strstr (description, changes->title) != NULL, "%s: %s", chart->id, description);
      ck_assert (strstr (description, changes->notes) != NULL);
      for (guint i = 0; i < changes->annotations->len; i++)
        ck_assert (strstr (description,
                           ((OtAnnotation *) g_ptr_array_index (changes->annotations, i))->text) != NULL);
    }
}
END_TEST

/* A highlighted element keeps its colour, another is muted toward the
 * background, in PNG, SVG and PDF alike, light and dark. */
static cairo_surface_t *
render (const OtChart      *chart,
        OtDataset          *dataset,
        const OtChartStyle *style,
        OtExportFormat      format)
{
  OtExportOptions options = { format, 1280, 720, 1, *style };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ot_export_render (chart, dataset, &options, &error);
  cairo_surface_t *surface;

  ck_assert_msg (bytes != NULL, "%s", error ? error->message : "");
  if (format == OT_EXPORT_PNG)
    {
      g_autofree char *dir = ot_test_make_tmpdir ("ot-highlight");
      g_autofree char *path = g_build_filename (dir, "c.png", NULL);

      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
      surface = cairo_image_surface_create_from_png (path);
      g_unlink (path);
      g_rmdir (dir);
      return surface;
    }
  if (format == OT_EXPORT_PDF)
    {
      PopplerDocument *document = ot_test_pdf_open_bytes (bytes);
      PopplerPage *page = poppler_document_get_page (document, 0);
      cairo_t *cr;

      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      poppler_page_render (page, cr);
      cairo_destroy (cr);
      g_object_unref (page);
      g_object_unref (document);
      return surface;
    }
  {
    g_autofree char *dir = ot_test_make_tmpdir ("ot-highlight");
    g_autofree char *svg = g_build_filename (dir, "c.svg", NULL);
    g_autofree char *png = g_build_filename (dir, "c.png", NULL);
    g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
    const char *argv[] = { rsvg, "-o", png, svg, NULL };
    int status = -1;

    if (rsvg == NULL)
      return NULL;
    g_file_set_contents (svg, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
    ck_assert (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
    ck_assert_int_eq (status, 0);
    surface = cairo_image_surface_create_from_png (png);
    g_unlink (svg);
    g_unlink (png);
    g_rmdir (dir);
    return surface;
  }
}

static int
channel_distance (guint32 a,
                  guint32 b)
{
  int d = 0;

  for (int shift = 0; shift <= 16; shift += 8)
    d = MAX (d, abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return d;
}

START_TEST (test_highlight_in_every_format)
{
  g_autoptr(OtDataset) dataset = letter ();
  const OtChart *chart = ot_chart_lookup ("breakdown");
  OtExportFormat formats[] = { OT_EXPORT_PNG, OT_EXPORT_SVG, OT_EXPORT_PDF };

  for (OtTheme theme = OT_THEME_LIGHT; theme <= OT_THEME_DARK; theme++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
        OtChartStyle plain = { OT_LANG_EN, theme };
        OtChartStyle marked = { OT_LANG_EN, theme };
        const OtPalette *palette = ot_chart_style_get_palette (&plain);
        cairo_surface_t *before, *after, *probe;
        cairo_t *cr;
        PangoContext *context = NULL;
        g_autoptr(OtChartLayout) layout = NULL;
        OtColor refugees, idps, muted;

        changes->highlight = g_strsplit ("displaced-refugees", ",", -1);
        marked.changes = changes;
        before = render (chart, dataset, &plain, formats[f]);
        after = render (chart, dataset, &marked, formats[f]);
        if (before == NULL)
          continue;  /* no rsvg-convert */

        probe = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
        cr = cairo_create (probe);
        context = ot_chart_text_context_new (cr);
        layout = ot_chart_layout_new (chart, context, dataset, 1280, 720, &marked);
        ot_palette_get_meaning_color (palette, OT_MEANING_REFUGEES, &refugees);
        ot_palette_get_meaning_color (palette, OT_MEANING_IDPS, &idps);
        ot_palette_mute (palette, &idps, &muted);
        /* Muted is still seen against the ground, in dark too. */
        ck_assert_int_ge (channel_distance (rgb (&muted), rgb (&palette->background)), 24);
        for (guint e = 0; e < layout->elements->len; e++)
          {
            const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);
            int x = element->rect.x + element->rect.width / 2, y;
            gboolean highlighted = g_str_equal (element->id, "displaced-refugees");
            const OtColor *colour = highlighted ? &refugees : &idps;

            if (!highlighted && !g_str_equal (element->id, "displaced-idps"))
              continue;
            /* The bar: where the element is painted in its colour. */
            for (y = element->rect.y; y < element->rect.y + element->rect.height; y++)
              if (channel_distance (pixel (before, x, y), rgb (colour)) <= 3)
                break;
            ck_assert_msg (y < element->rect.y + element->rect.height,
                           "format %u theme %u: no bar of %s", f, theme, element->id);
            y += 4;
            if (highlighted)
              ck_assert_msg (channel_distance (pixel (after, x, y), rgb (&refugees)) <= 3,
                             "format %u theme %u: highlighted %06x", f, theme, pixel (after, x, y));
            else
              ck_assert_msg (channel_distance (pixel (after, x, y), rgb (&muted)) <= 3,
                             "format %u theme %u: muted %06x, expected %06x", f, theme,
                             pixel (after, x, y), rgb (&muted));
          }
        g_clear_pointer (&layout, ot_chart_layout_free);
        g_object_unref (context);
        cairo_destroy (cr);
        cairo_surface_destroy (probe);
        cairo_surface_destroy (before);
        cairo_surface_destroy (after);
      }
}
END_TEST

/* The darkest pixel inside @rect: a card's text, where the card has any. */
static guint32
darkest_in (cairo_surface_t *surface,
            const OtRect    *rect)
{
  guint32 darkest = 0xffffff;
  int best = 3 * 255 + 1;

  for (int y = rect->y + 2; y < rect->y + rect->height - 2; y++)
    for (int x = rect->x + 2; x < rect->x + rect->width - 2; x++)
      {
        guint32 p = pixel (surface, x, y);
        int sum = ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff);

        if (sum < best)
          {
            best = sum;
            darkest = p;
          }
      }
  return darkest;
}

/* On cards, the words are the mark: the highlighted card's number is in
 * the text colour, the others' in the muted text colour, in every format. */
START_TEST (test_highlight_mutes_card_text)
{
  g_autoptr(OtDataset) dataset = letter ();
  const char *charts[] = { "funding", "key-figures" };
  OtExportFormat formats[] = { OT_EXPORT_PNG, OT_EXPORT_SVG, OT_EXPORT_PDF };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        const OtChart *chart = ot_chart_lookup (charts[c]);
        g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();
        OtChartStyle marked = { OT_LANG_NL, OT_THEME_LIGHT };
        const OtPalette *palette = ot_chart_style_get_palette (&marked);
        cairo_surface_t *probe = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
        cairo_t *cr = cairo_create (probe);
        PangoContext *context = ot_chart_text_context_new (cr);
        g_autoptr(OtChartLayout) layout = NULL;
        cairo_surface_t *after;
        guint checked = 0;

        changes->highlight = g_strsplit ("resettlement-eu-turkey", ",", -1);
        marked.changes = changes;
        after = render (chart, dataset, &marked, formats[f]);
        layout = ot_chart_layout_new (chart, context, dataset, 1280, 720, &marked);
        for (guint e = 0; after != NULL && e < layout->elements->len; e++)
          {
            const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, e);
            gboolean highlighted = g_str_equal (element->id, "resettlement-eu-turkey");
            guint32 dark;

            if (!highlighted && !g_str_equal (element->id, "syria-region-funding"))
              continue;
            dark = darkest_in (after, &element->rect);
            if (highlighted)
              ck_assert_msg (channel_distance (dark, rgb (&palette->foreground)) <= 24,
                             "%s format %u: the highlighted card's text is %06x", charts[c], f,
                             dark);
            else
              ck_assert_msg (channel_distance (dark, rgb (&palette->foreground)) > 40
                             && channel_distance (dark, rgb (&palette->muted)) <= 24,
                             "%s format %u: a muted card's text is %06x, not muted %06x",
                             charts[c], f, dark, rgb (&palette->muted));
            checked++;
          }
        ck_assert (after == NULL || checked == 2);
        g_clear_pointer (&layout, ot_chart_layout_free);
        g_object_unref (context);
        cairo_destroy (cr);
        cairo_surface_destroy (probe);
        if (after != NULL)
          cairo_surface_destroy (after);
      }
}
END_TEST

/* Placing notes costs no more than a few layouts, whatever their number. */
START_TEST (test_notes_are_cheap)
{
  g_autoptr(OtDataset) dataset = letter ();
  const OtChart *chart = ot_chart_lookup ("key-figures");
  g_autoptr(OtChartChanges) changes = changes_for (chart, dataset, OT_LANG_NL);
  OtChartStyle style = { .lang = OT_LANG_NL, .theme = OT_THEME_LIGHT, .changes = changes };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ot_chart_text_context_new (cr);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 20; i++)
    ot_chart_layout_free (ot_chart_layout_new (chart, context, dataset, 640, 360, &style));
  ck_assert_int_lt ((g_get_monotonic_time () - start) / 20, 100000);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

/* Whatever the order of the clicks, a highlight lists the elements as the
 * chart draws them; un-highlighting the last leaves no highlight; the 65th
 * is refused and nothing changes. */
START_TEST (test_set_highlighted_keeps_order_and_cap)
{
  g_autoptr(OtDataset) dataset = letter ();
  const OtChart *chart = ot_chart_lookup ("breakdown");
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT };
  g_auto(GStrv) ids = ot_chart_dup_element_ids (chart, dataset, &style);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OtChartChanges) changes = ot_chart_changes_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (order, ids[i]);
  ck_assert_uint_ge (order->len, 3);
  ck_assert (ot_chart_changes_set_highlighted (changes, order, ids[2], TRUE));
  ck_assert (ot_chart_changes_set_highlighted (changes, order, ids[0], TRUE));
  ck_assert_uint_eq (g_strv_length (changes->highlight), 2);
  ck_assert_str_eq (changes->highlight[0], ids[0]);
  ck_assert_str_eq (changes->highlight[1], ids[2]);
  ck_assert (ot_chart_changes_set_highlighted (changes, order, ids[0], FALSE));
  ck_assert (ot_chart_changes_set_highlighted (changes, order, ids[2], FALSE));
  ck_assert_ptr_null (changes->highlight);
  ck_assert (ot_chart_changes_is_empty (changes));

  for (guint i = 0; i < OT_CHART_CHANGES_MAX_HIGHLIGHT + 1; i++)
    g_ptr_array_add (many, g_strdup_printf ("element-%u", i));
  for (guint i = 0; i < OT_CHART_CHANGES_MAX_HIGHLIGHT; i++)
    ck_assert (ot_chart_changes_set_highlighted (changes, many, many->pdata[i], TRUE));
  ck_assert (!ot_chart_changes_set_highlighted (changes, many,
                                                many->pdata[OT_CHART_CHANGES_MAX_HIGHLIGHT], TRUE));
  ck_assert_uint_eq (g_strv_length (changes->highlight), OT_CHART_CHANGES_MAX_HIGHLIGHT);
  ck_assert (!ot_chart_changes_is_highlighted (changes, many->pdata[OT_CHART_CHANGES_MAX_HIGHLIGHT]));
}
END_TEST

static Suite *
chart_changes_suite (void)
{
  Suite *suite = suite_create ("chart-changes");
  TCase *tc = tcase_create ("changes");

  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_notes_overlap_nothing);
  tcase_add_test (tc, test_description_carries_changes);
  tcase_add_test (tc, test_highlight_in_every_format);
  tcase_add_test (tc, test_highlight_mutes_card_text);
  tcase_add_test (tc, test_notes_are_cheap);
  tcase_add_test (tc, test_set_highlighted_keeps_order_and_cap);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  return ot_test_run (chart_changes_suite ());
}
