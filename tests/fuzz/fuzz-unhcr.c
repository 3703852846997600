/* fuzz-unhcr.c: libFuzzer harness for the data import (UNHCR Refugee Data
 * Finder exports, their zip, and figures files) and the charts it feeds
 *
 * Any input must end in a dataset or a GError that names the file; never
 * a crash, a leak, a hang or a critical warning. A dataset must lay out
 * and paint every chart that says it supports it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "ot-chart.h"
#include "ot-import.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = NULL;
  OtSeries *series;
  OtChartStyle style = { OT_LANG_NL, OT_THEME_LIGHT, FALSE };
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;

  dataset = ot_import_stream (stream, "fuzz-export", NULL, &error);
  if (dataset == NULL)
    {
      /* Every refusal names the file it refuses (or the entry in its zip). */
      g_assert (error != NULL);
      g_assert (g_str_has_prefix (error->message, "fuzz-export"));
      return 0;
    }

  g_assert (error == NULL);
  series = ot_dataset_get_series (dataset);
  if (series != NULL)
    {
      g_autofree char *label = ot_series_dup_source_label (series, OT_LANG_EN);

      g_assert (ot_series_get_n_years (series) > 0);
      g_assert (g_utf8_validate (label, -1, NULL));
      /* The top-10 charts for the first year, not only the latest. */
      style.year = ot_series_get_year (series, 0)->year;
    }

  /* What the window and an export do with it: every chart it offers, laid
   * out and painted small, with its words and captions. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 320, 180);
  cr = cairo_create (surface);
  context = ot_chart_text_context_new (cr);
  for (guint c = 0; c < ot_chart_get_n_charts (); c++)
    {
      const OtChart *chart = ot_chart_get_nth (c);
      g_autoptr(OtChartLayout) layout = NULL;
      g_autofree char *caption = NULL;

      if (!ot_chart_supports (chart, dataset))
        continue;

      style.shares = c % 2 == 0;
      layout = ot_chart_layout_new (chart, context, dataset, 320, 180, &style);
      ot_chart_layout_paint (layout, cr, &style);
      g_assert (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
      g_assert (layout->description == NULL || g_utf8_validate (layout->description, -1, NULL));
      for (guint i = 0; i < layout->elements->len; i++)
        {
          const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, i);

          g_assert (element->label == NULL || g_utf8_validate (element->label, -1, NULL));
          ot_chart_layout_hit_test (layout, element->rect.x + element->rect.width / 2,
                                    element->rect.y + element->rect.height / 2);
        }
      caption = ot_chart_layout_dup_caption (layout, dataset, OT_LANG_EN);
      g_assert (g_utf8_validate (caption, -1, NULL));
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return 0;
}
