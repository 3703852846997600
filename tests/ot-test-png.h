/* ot-test-png.h: what an exported PNG says about itself and what it shows
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <check.h>
#include <glib.h>
#include <png.h>
#include <stdio.h>

/* The text chunks of the PNG at @path, by key, read with libpng. */
static inline GHashTable *
ot_test_read_png_text (const char *path)
{
  GHashTable *chunks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  png_structp png;
  png_infop info;
  png_textp text;
  FILE *fp = fopen (path, "rb");
  int n;

  ck_assert_ptr_nonnull (fp);
  png = png_create_read_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  info = png_create_info_struct (png);
  png_init_io (png, fp);
  png_read_png (png, info, PNG_TRANSFORM_IDENTITY, NULL);
  n = png_get_text (png, info, &text, NULL);
  for (int i = 0; i < n; i++)
    g_hash_table_insert (chunks, g_strdup (text[i].key), g_strdup (text[i].text));
  png_destroy_read_struct (&png, &info, NULL);
  fclose (fp);
  return chunks;
}

/* How many pixels of the PNG at @path have each colour that is a group's, not
 * a grey: saturated colours by count, as 0xRRGGBB → count. */
static inline GHashTable *
ot_test_count_group_colours (const char *path)
{
  GHashTable *counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  int width, height, stride;
  const guint8 *data;

  ck_assert_int_eq (cairo_surface_status (surface), CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
        int r = pixel >> 16, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (MAX (MAX (r, g), b) - MIN (MIN (r, g), b) > 60)
          {
            gpointer key = GUINT_TO_POINTER (pixel);

            g_hash_table_insert (counts, key,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                          key))
                                                   + 1));
          }
      }
  cairo_surface_destroy (surface);
  return counts;
}
