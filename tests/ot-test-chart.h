/* ot-test-chart.h: reading back what a chart painted on an image surface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <math.h>

#include "ot-chart.h"

/* The colour at (x, y) of an RGB24 surface, as 0xRRGGBB. */
static inline guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + (gsize) y * stride))[x] & 0xFFFFFF;
}

/* A palette colour as the surface stores it. */
static inline guint32
rgb (const OtColor *color)
{
  return ((guint32) lround (color->red * 255) << 16) | ((guint32) lround (color->green * 255) << 8)
         | (guint32) lround (color->blue * 255);
}
