/* ot-export-html.c: a chart as one web page that asks for nothing else
 *
 * The page carries the chart three times, laid out for a phone, a column
 * and a wide page, in the light and the dark palette; CSS shows the one that
 * fits, so a narrow page gets the narrow chart, never a shrunken wide one.
 * Title, subtitle and source are the page's own text around the chart; the
 * chart is inline SVG with real text; every element takes the keyboard's
 * focus and tells its value as published and its sentence in the letter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "ot-chart-private.h"
#include "ot-export-private.h"
#include "ot-text.h"

typedef struct
{
  const char *name;
  int         width;
  int         height;
  int         min_page;  /* the page widths it is shown at, in CSS pixels */
  int         max_page;  /* 0: no upper bound */
} Variant;

/* Each is shown at about its own size or larger, so its text is never
 * drawn smaller than the chart's smallest type. */
static const Variant variants[] = {
  { "narrow", 320, 560, 0, 599 },
  { "medium", 600, 450, 600, 959 },
  { "wide",   960, 540, 960, 0 },
};

static const OtTheme themes[] = { OT_THEME_LIGHT, OT_THEME_DARK };

/* What the page says around the charts, from the widest light layout. */
typedef struct
{
  char      *title;
  char      *subtitle;
  char      *source;
  char      *description;
  GPtrArray *rows;        /* label, then sentence, then the next label... */
} PageText;

static void
page_text_clear (PageText *text)
{
  g_free (text->title);
  g_free (text->subtitle);
  g_free (text->source);
  g_free (text->description);
  g_clear_pointer (&text->rows, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageText, page_text_clear)

static char *
escape (const char *text)
{
  g_autofree char *visible = ot_text_make_visible (text != NULL ? text : "");

  return g_markup_escape_text (visible, -1);
}

/* A line break stays one in an attribute too. */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = escape (text);

  for (const char *p = escaped; *p != '\0'; p++)
    if (*p == '\n')
      g_string_append (out, "&#10;");
    else
      g_string_append_c (out, *p);
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));
}

static void
append_css_color (GString       *out,
                  const OtColor *color)
{
  g_string_append_printf (out, "#%02x%02x%02x", (guint) (color->red * 255 + 0.5),
                          (guint) (color->green * 255 + 0.5), (guint) (color->blue * 255 + 0.5));
}

/* The sentence of the letter an element's figure or event comes from. */
static const char *
element_sentence (OtDataset  *dataset,
                  const char *id,
                  OtLang      lang)
{
  const OtFigure *figure;
  const OtEvent *event;

  if (id == NULL)
    return NULL;
  figure = ot_dataset_lookup_figure (dataset, id);
  if (figure != NULL)
    return ot_figure_get_source (figure, lang);
  event = ot_dataset_lookup_event (dataset, id);
  return event != NULL ? ot_event_get_source (event, lang) : NULL;
}

static char *
box_text (const OtTextBox *box)
{
  return g_strdup (pango_layout_get_text (box->layout));
}

static void
fill_page_text (PageText            *text,
                const OtChartLayout *layout,
                OtDataset           *dataset,
                OtLang               lang)
{
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);
      char **slot = box->part == OT_TEXT_PART_TITLE ? &text->title
                    : box->part == OT_TEXT_PART_SUBTITLE ? &text->subtitle
                    : box->part == OT_TEXT_PART_SOURCE ? &text->source : NULL;

      if (slot != NULL && *slot == NULL)
        *slot = box_text (box);
    }
  text->description = g_strdup (layout->description != NULL ? layout->description : "");
  text->rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < layout->elements->len; i++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, i);

      g_ptr_array_add (text->rows, g_strdup (element->label));
      g_ptr_array_add (text->rows, g_strdup (element_sentence (dataset, element->id, lang)));
    }
}

/* Cairo numbers its clips, patterns and surfaces from 1 in every file; in
 * one page they must differ. */
static void
append_prefixed (GString    *out,
                 const char *svg,
                 gsize       length,
                 const char *prefix)
{
  static const char * const refs[] = { "id=\"", "url(#", "href=\"#" };
  const char *end = svg + length;
  const char *p = svg;

  while (p < end)
    {
      const char *next = end;
      const char *ref = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
        {
          const char *hit = g_strstr_len (p, end - p, refs[i]);

          if (hit != NULL && hit < next)
            {
              next = hit;
              ref = refs[i];
            }
        }
      g_string_append_len (out, p, next - p);
      if (ref == NULL)
        break;
      g_string_append (out, ref);
      g_string_append (out, prefix);
      p = next + strlen (ref);
    }
}

static gboolean
append_chart_svg (GString               *out,
                  const OtChart         *chart,
                  OtDataset             *dataset,
                  const OtExportOptions *options,
                  const Variant         *variant,
                  OtTheme                theme,
                  PageText              *text,
                  GError               **error)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autofree char *texts = NULL;
  g_autoptr(GString) overlays = NULL;
  g_autofree char *prefix = g_strdup_printf ("ot-%s-%s-", variant->name,
                                             theme == OT_THEME_DARK ? "dark" : "light");
  OtChartStyle style = options->style;
  Sink sink = { svg, NULL, NULL };
  const OtPalette *palette;
  cairo_surface_t *surface;
  cairo_status_t status;
  PangoContext *context;
  OtChartLayout *layout;
  double top = 0, bottom = variant->height, gap;
  const char *data, *open, *close;
  cairo_t *cr;

  style.theme = theme;
  palette = ot_chart_style_get_palette (&style);
  surface = cairo_svg_surface_create_for_stream (ot_export_sink_cb, &sink, variant->width,
                                                 variant->height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  context = ot_chart_text_context_new (cr);
  layout = ot_chart_layout_new (chart, context, dataset, variant->width, variant->height, &style);

  if (text->rows == NULL)
    fill_page_text (text, layout, dataset, style.lang);

  /* The header and the source are the page's; the picture is what is between. */
  gap = layout->margin / 2;
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const OtTextBox *box = g_ptr_array_index (layout->texts, i);

      if (box->part == OT_TEXT_PART_TITLE || box->part == OT_TEXT_PART_SUBTITLE)
        top = MAX (top, box->rect.y + box->rect.height + gap);
      else if (box->part == OT_TEXT_PART_SOURCE)
        bottom = MIN (bottom, box->rect.y - gap);
    }
  if (bottom <= top)
    {
      top = 0;
      bottom = variant->height;
    }

  ot_chart_layout_paint_shapes (layout, cr, &style);
  texts = ot_export_svg_text_elements (layout, palette, TRUE);

  g_string_append_printf (out, "<svg class=\"ot-chart ot-%s ot-%s\" xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 %.0f %d %.0f\" "
                          "width=\"%d\" height=\"%.0f\" role=\"group\" aria-labelledby=\"ot-title\" "
                          "aria-describedby=\"ot-alt\">\n",
                          variant->name, theme == OT_THEME_DARK ? "dark" : "light",
                          floor (top), variant->width, ceil (bottom) - floor (top),
                          variant->width, ceil (bottom) - floor (top));

  /* Drawn last, above the shapes and texts, so the pointer finds them. */
  overlays = g_string_new ("<g class=\"ot-elements\">\n");
  for (guint i = 0; i < layout->elements->len; i++)
    {
      const OtChartElement *element = &g_array_index (layout->elements, OtChartElement, i);
      const char *sentence = element_sentence (dataset, element->id, style.lang);
      g_autofree char *tip = sentence != NULL ? g_strdup_printf ("%s\n“%s”", element->label,
                                                                 sentence)
                                              : g_strdup (element->label);

      g_string_append (overlays, "<rect class=\"ot-el\" x=\"");
      append_number (overlays, element->rect.x);
      g_string_append (overlays, "\" y=\"");
      append_number (overlays, element->rect.y);
      g_string_append (overlays, "\" width=\"");
      append_number (overlays, element->rect.width);
      g_string_append (overlays, "\" height=\"");
      append_number (overlays, element->rect.height);
      g_string_append (overlays, "\" tabindex=\"0\" role=\"img\" aria-label=\"");
      append_escaped (overlays, element->label);
      g_string_append (overlays, "\" data-tip=\"");
      append_escaped (overlays, tip);
      g_string_append (overlays, "\"/>\n");
    }
  g_string_append (overlays, "</g>\n");

  ot_chart_layout_free (layout);
  g_object_unref (context);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!ot_export_check_status (status, error))
    return FALSE;

  ot_export_svg_fix_surface_id (svg);
  data = (const char *) svg->data;
  open = g_strstr_len (data, svg->len, "<svg");
  open = open != NULL ? memchr (open, '>', svg->len - (open - data)) : NULL;
  close = g_strrstr_len (data, svg->len, "</svg>");
  if (open != NULL && close != NULL && close > open)
    append_prefixed (out, open + 1, close - open - 1, prefix);
  g_string_append (out, texts);
  g_string_append (out, overlays->str);
  g_string_append (out, "</svg>\n");
  return TRUE;
}

static const char script[] =
  "(function () {\n"
  "  var tip = document.getElementById(\"ot-tip\");\n"
  "  var current = null;\n"
  "  function show(el) {\n"
  "    var lines = el.getAttribute(\"data-tip\").split(\"\\n\");\n"
  "    if (current) current.removeAttribute(\"aria-describedby\");\n"
  "    current = el;\n"
  "    tip.textContent = \"\";\n"
  "    for (var i = 0; i < lines.length; i++) {\n"
  "      var line = document.createElement(i === 0 ? \"strong\" : \"span\");\n"
  "      line.textContent = lines[i];\n"
  "      tip.appendChild(line);\n"
  "    }\n"
  "    tip.hidden = false;\n"
  "    var r = el.getBoundingClientRect(), t = tip.getBoundingClientRect();\n"
  "    var page = document.documentElement.clientWidth;\n"
  "    var x = Math.max(8, Math.min(r.left + r.width / 2 - t.width / 2, page - t.width - 8));\n"
  "    var y = r.top - t.height - 8;\n"
  "    if (y < 8) y = r.bottom + 8;\n"
  "    tip.style.left = (x + window.scrollX) + \"px\";\n"
  "    tip.style.top = (y + window.scrollY) + \"px\";\n"
  "    el.setAttribute(\"aria-describedby\", \"ot-tip\");\n"
  "  }\n"
  "  function hide() {\n"
  "    tip.hidden = true;\n"
  "    if (current) current.removeAttribute(\"aria-describedby\");\n"
  "    current = null;\n"
  "  }\n"
  "  function element(e) {\n"
  "    var el = e.target;\n"
  "    return el && el.classList && el.classList.contains(\"ot-el\") ? el : null;\n"
  "  }\n"
  "  document.addEventListener(\"focusin\", function (e) { if (element(e)) show(e.target); });\n"
  "  document.addEventListener(\"focusout\", function (e) { if (element(e)) hide(); });\n"
  "  document.addEventListener(\"mouseover\", function (e) { if (element(e)) show(e.target); });\n"
  "  document.addEventListener(\"mouseout\", function (e) {\n"
  "    if (element(e) && document.activeElement !== e.target) hide();\n"
  "  });\n"
  "  document.addEventListener(\"keydown\", function (e) { if (e.key === \"Escape\") hide(); });\n"
  "  var toggle = document.getElementById(\"ot-toggle\");\n"
  "  toggle.addEventListener(\"click\", function () {\n"
  "    var open = toggle.getAttribute(\"aria-expanded\") !== \"true\";\n"
  "    toggle.setAttribute(\"aria-expanded\", open ? \"true\" : \"false\");\n"
  "    toggle.textContent = toggle.getAttribute(open ? \"data-hide\" : \"data-show\");\n"
  "    document.getElementById(\"ot-data\").className = open ? \"ot-data\" : \"ot-data ot-sr\";\n"
  "  });\n"
  "})();\n";

/* The colours of one palette, as the page's own. */
static void
append_page_colors (GString         *out,
                    const OtPalette *palette)
{
  g_string_append (out, "body{background:");
  append_css_color (out, &palette->background);
  g_string_append (out, ";color:");
  append_css_color (out, &palette->foreground);
  g_string_append (out, "}\n.ot-subtitle,.ot-source{color:");
  append_css_color (out, &palette->muted);
  g_string_append (out, "}\n#ot-tip{background:");
  append_css_color (out, &palette->foreground);
  g_string_append (out, ";color:");
  append_css_color (out, &palette->background);
  g_string_append (out, "}\n.ot-el:focus{stroke:");
  append_css_color (out, &palette->highlight);
  g_string_append (out, "}\ntd,th{border-color:");
  append_css_color (out, &palette->grid);
  g_string_append (out, "}\n");
}

static void
append_style (GString            *out,
              const OtChartStyle *style)
{
  OtChartStyle light = *style, dark = *style;

  light.theme = OT_THEME_LIGHT;
  dark.theme = OT_THEME_DARK;
  g_string_append (out,
                   "<style>\n"
                   ":root{color-scheme:light dark}\n"
                   "body{margin:0;padding:8px;font:16px/1.45 Cantarell,'Noto Sans','DejaVu Sans',"
                   "sans-serif}\n"
                   ".ot-figure{max-width:1200px;margin:0 auto}\n"
                   "h1{font-size:1.5em;line-height:1.2;margin:0 0 .2em}\n"
                   ".ot-subtitle{font-size:1.1em;margin:0 0 .5em}\n"
                   ".ot-source{margin:.5em 0}\n"
                   "svg.ot-chart{display:none;width:100%;height:auto}\n"
                   ".ot-el{fill:transparent;pointer-events:all;cursor:help;outline:none}\n"
                   ".ot-el:focus{stroke-width:3}\n"
                   "#ot-tip{position:absolute;max-width:22em;padding:.5em .7em;border-radius:6px;"
                   "box-shadow:0 2px 8px rgba(0,0,0,.35);pointer-events:none;z-index:1}\n"
                   "#ot-tip strong,#ot-tip span{display:block}\n"
                   "#ot-tip span{margin-top:.3em}\n"
                   "button{font:inherit;padding:.4em .9em;border-radius:6px}\n"
                   "table{border-collapse:collapse;margin:.5em 0}\n"
                   "td,th{border-bottom:1px solid;padding:.35em .6em;text-align:left;"
                   "vertical-align:top}\n"
                   "caption{text-align:left;font-weight:bold;padding:.35em 0}\n"
                   ".ot-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
                   "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}\n");
  append_page_colors (out, ot_chart_style_get_palette (&light));
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      const Variant *v = &variants[i];
      g_autofree char *query = v->max_page > 0
                               ? g_strdup_printf ("(min-width:%dpx) and (max-width:%dpx)",
                                                  v->min_page, v->max_page)
                               : g_strdup_printf ("(min-width:%dpx)", v->min_page);

      g_string_append_printf (out, "@media %s{svg.ot-%s.ot-light{display:block}}\n", query,
                              v->name);
      g_string_append_printf (out, "@media (prefers-color-scheme:dark) and %s"
                              "{svg.ot-%s.ot-dark{display:block}}\n", query, v->name);
    }
  g_string_append (out, "@media (prefers-color-scheme:dark){\nsvg.ot-light{display:none!important}\n");
  append_page_colors (out, ot_chart_style_get_palette (&dark));
  g_string_append (out, "}\n</style>\n");
}

static void
append_element (GString    *out,
                const char *tag,
                const char *attributes,
                const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  g_string_append_printf (out, "<%s%s>", tag, attributes);
  append_escaped (out, text);
  g_string_append_printf (out, "</%s>\n", tag);
}

static void
append_table (GString        *out,
              const PageText *text,
              OtLang          lang)
{
  const char *caption = ot_gettext (lang, "The chart's figures and their sentences in the letter");

  g_string_append (out, "<div id=\"ot-data\" class=\"ot-data ot-sr\">\n<table>\n");
  append_element (out, "caption", "", caption);
  g_string_append (out, "<thead><tr>");
  append_element (out, "th", " scope=\"col\"", ot_gettext (lang, "Figure as published"));
  append_element (out, "th", " scope=\"col\"", ot_gettext (lang, "Sentence in the letter"));
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i + 1 < text->rows->len; i += 2)
    {
      const char *label = g_ptr_array_index (text->rows, i);
      const char *sentence = g_ptr_array_index (text->rows, i + 1);

      g_string_append (out, "<tr>");
      append_element (out, "td", "", label);
      if (sentence != NULL)
        append_element (out, "td", "", sentence);
      else
        g_string_append (out, "<td></td>");
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</div>\n");
}

/* The whole page, in memory. */
GBytes *
ot_export_render_html (const OtChart         *chart,
                       OtDataset             *dataset,
                       const OtExportOptions *options,
                       GError               **error)
{
  g_auto(PageText) text = { 0 };
  g_autoptr(GString) charts = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *fallback_title = NULL;
  OtLang lang;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  lang = options->style.lang;
  /* The widest first: its texts are the page's. */
  for (int i = G_N_ELEMENTS (variants) - 1; i >= 0; i--)
    for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
      if (!append_chart_svg (charts, chart, dataset, options, &variants[i], themes[t], &text,
                             error))
        return NULL;
  if (text.title == NULL)
    text.title = ot_chart_dup_title (chart, dataset, lang);

  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
                          lang == OT_LANG_EN ? "en" : "nl");
  append_element (out, "title", "", text.title);
  g_string_append (out, "<meta name=\"generator\" content=\"Ontheemd " PACKAGE_VERSION "\">\n");
  append_style (out, &options->style);
  g_string_append (out, "</head>\n<body>\n<main>\n<figure class=\"ot-figure\" role=\"figure\" "
                        "aria-labelledby=\"ot-title\">\n");
  append_element (out, "h1", " id=\"ot-title\"", text.title);
  append_element (out, "p", " class=\"ot-subtitle\"", text.subtitle);
  g_string_append (out, charts->str);
  append_element (out, "p", " id=\"ot-alt\" class=\"ot-sr\"", text.description);
  g_string_append (out, "<figcaption>\n");
  append_element (out, "p", " class=\"ot-source\"", text.source);
  g_string_append (out, "<button type=\"button\" id=\"ot-toggle\" aria-expanded=\"false\" "
                        "aria-controls=\"ot-data\" data-show=\"");
  append_escaped (out, ot_gettext (lang, "Show the figures"));
  g_string_append (out, "\" data-hide=\"");
  append_escaped (out, ot_gettext (lang, "Hide the figures"));
  g_string_append (out, "\">");
  append_escaped (out, ot_gettext (lang, "Show the figures"));
  g_string_append (out, "</button>\n");
  append_table (out, &text, lang);
  g_string_append (out, "</figcaption>\n</figure>\n</main>\n"
                        "<div id=\"ot-tip\" role=\"tooltip\" hidden></div>\n<script>\n");
  g_string_append (out, script);
  g_string_append (out, "</script>\n</body>\n</html>\n");
  return g_bytes_new (out->str, out->len);
}

/* To paste into a web page's editor: the page itself, framed. */
char *
ot_export_dup_html_snippet (GBytes     *page,
                            const char *title)
{
  g_autofree char *html = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *escaped_title = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (page != NULL, NULL);

  data = g_bytes_get_data (page, &length);
  html = g_strndup (data, length);
  escaped = g_markup_escape_text (html, -1);
  escaped_title = escape (title);
  return g_strdup_printf ("<iframe title=\"%s\" srcdoc=\"%s\" "
                          "style=\"width:100%%;height:44em;border:0\" loading=\"lazy\"></iframe>\n",
                          escaped_title, escaped);
}
