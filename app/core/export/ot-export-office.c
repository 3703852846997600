/* ot-export-office.c: the slides as a PowerPoint (.pptx) or Impress (.odp) deck
 *
 * One 16:9 slide a chart after a title slide. The chart is a picture, SVG
 * with a PNG beside it (PowerPoint's svgBlip extension over a PNG blip;
 * Impress's draw:frame with the SVG first and the PNG as its fallback),
 * whose alt text is the chart's description. The quotation and the source
 * are text boxes one can edit; the speaker notes hold the source sentence
 * and the Kamerstuk reference. The texts are those the PNG/SVG/PDF exports
 * draw (the chart's layout), so whatever the chart shows, the deck says.
 *
 * Each format is a zip written with libarchive into memory, its XML escaped
 * with g_markup_escape_text, and the file written whole through
 * ot_file_write_bytes (ot-file-write.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <string.h>

#include "ot-archive.h"
#include "ot-chart-private.h"
#include "ot-export-private.h"
#include "ot-export.h"
#include "ot-file-write.h"
#include "ot-slide.h"
#include "ot-text.h"

/* The slide, in English Metric Units (914400 an inch): 13.333 × 7.5 in. */
#define SLIDE_W 12192000
#define SLIDE_H 6858000
#define EMU_PER_CM 360000.0

/* Where things go on a chart's slide, in EMU. */
#define PIC_X   457200
#define PIC_Y   228600
#define PIC_W   11277600
#define PIC_H   4800600
#define QUOTE_Y 5120640
#define QUOTE_H 1005840
#define SRC_Y   6217920
#define SRC_H   457200
/* The picture's layout: the box's shape, at a size whose type is large on
 * the slide (the charts' smallest type is a fixed number of units); its
 * PNG at twice that, sharp on a projector. */
#define PIC_PX_W 1128
#define PIC_PX_H 480
#define PIC_PNG_SCALE 2

typedef struct
{
  char   *title;
  char   *description;  /* the alt text */
  char   *quotation;    /* the letter's words, one quotation a line, or "" */
  char   *source;       /* "Bron: Kamerstuk 26 150, nr. 155, 8 september 2016" */
  char   *speaker_notes; /* the user's, or NULL */
  GBytes *svg;
  GBytes *png;
} OfficeSlide;

static void
office_slide_free (OfficeSlide *slide)
{
  g_free (slide->title);
  g_free (slide->description);
  g_free (slide->quotation);
  g_free (slide->source);
  g_free (slide->speaker_notes);
  g_clear_pointer (&slide->svg, g_bytes_unref);
  g_clear_pointer (&slide->png, g_bytes_unref);
  g_free (slide);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfficeSlide, office_slide_free)

/* Text an XML file can hold, escaped: hostile labels stay text. */
static char *
xml_text (const char *text)
{
  g_autofree char *visible = ot_text_make_visible (text != NULL ? text : "");

  return g_markup_escape_text (visible, -1);
}

static OfficeSlide *
office_slide_new (const OtChart         *chart,
                  OtDataset             *dataset,
                  const OtExportOptions *options,
                  GError               **error)
{
  g_autoptr(OfficeSlide) slide = g_new0 (OfficeSlide, 1);
  OtExportOptions picture = *options;
  const OtChartStyle *style = &picture.style;
  /* The slide's edits, as the PDF deck draws them (ot_slide_layout_new_edited). */
  const OtDeckSlide *edits = ot_deck_changes_get_slide (options->deck, chart->id);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ot_chart_text_context_new (cr);
  OtChartLayout *layout;

  if (edits != NULL && edits->changes != NULL)
    picture.style.changes = edits->changes;
  layout = ot_chart_layout_new (chart, context, dataset, PIC_PX_W, PIC_PX_H, style);
  /* The slide's title as shown: the user's, if any. */
  slide->title = ot_slide_dup_title (chart, dataset, style->changes, style->lang);
  slide->description = g_strdup (layout->description != NULL ? layout->description : "");
  if (edits != NULL && edits->quote != NULL && edits->quote[0] != NULL)
    slide->quotation = ot_slide_dup_quote ((const char * const *) edits->quote, style->lang);
  else
    slide->quotation = ot_chart_layout_dup_caption (layout, dataset, style->lang);
  if (slide->quotation == NULL)
    slide->quotation = g_strdup ("");
  if (edits != NULL && edits->speaker_notes != NULL && *edits->speaker_notes != '\0')
    slide->speaker_notes = g_strdup (edits->speaker_notes);
  slide->source = g_strdup_printf (ot_gettext (style->lang, "Source: %s"),
                                   layout->source_line != NULL
                                   ? layout->source_line
                                   : ot_dataset_get_source_label (dataset, style->lang));
  ot_chart_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  picture.width = PIC_PX_W;
  picture.height = PIC_PX_H;
  picture.svg_text = OT_SVG_TEXT_OUTLINES;
  picture.style.transparent = FALSE;
  picture.format = OT_EXPORT_SVG;
  picture.scale = 1;
  slide->svg = ot_export_render (chart, dataset, &picture, error);
  if (slide->svg == NULL)
    return NULL;
  picture.format = OT_EXPORT_PNG;
  picture.scale = PIC_PNG_SCALE;
  slide->png = ot_export_render (chart, dataset, &picture, error);
  if (slide->png == NULL)
    return NULL;
  return g_steal_pointer (&slide);
}

/* The zip, in memory. */
typedef struct
{
  const OtArchive *la;
  struct archive  *archive;
  GByteArray      *bytes;
} Zip;

static la_ssize_t
zip_write_cb (struct archive *archive,
              void           *data,
              const void     *buffer,
              size_t          length)
{
  g_byte_array_append (data, buffer, length);
  return length;
}

static gboolean
zip_open (Zip     *zip,
          GError **error)
{
  g_autoptr(GError) local_error = NULL;

  zip->la = ot_archive_get (&local_error);
  if (zip->la == NULL)
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_RENDER,
                   ot_msg ("the deck could not be put together: %s"), local_error->message);
      return FALSE;
    }
  zip->bytes = g_byte_array_new ();
  zip->archive = zip->la->archive_write_new ();
  zip->la->archive_write_set_format_zip (zip->archive);
  zip->la->archive_write_set_bytes_in_last_block (zip->archive, 1);
  zip->la->archive_write_open (zip->archive, zip->bytes, NULL, zip_write_cb, NULL);
  return TRUE;
}

static gboolean
zip_add (Zip          *zip,
         const char   *name,
         const void   *data,
         gsize         length,
         gboolean      stored,
         GError      **error)
{
  struct archive_entry *entry = zip->la->archive_entry_new ();
  gboolean ok;

  /* ODF wants its mimetype first and uncompressed. */
  if (stored)
    zip->la->archive_write_zip_set_compression_store (zip->archive);
  else
    zip->la->archive_write_zip_set_compression_deflate (zip->archive);
  zip->la->archive_entry_set_pathname (entry, name);
  zip->la->archive_entry_set_filetype (entry, AE_IFREG);
  zip->la->archive_entry_set_perm (entry, 0644);
  zip->la->archive_entry_set_size (entry, length);
  /* Reproducible: the same deck, the same bytes. */
  zip->la->archive_entry_set_mtime (entry, 315532800, 0);
  ok = zip->la->archive_write_header (zip->archive, entry) == ARCHIVE_OK
       && zip->la->archive_write_data (zip->archive, data, length) == (la_ssize_t) length;
  zip->la->archive_entry_free (entry);
  if (!ok)
    g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_RENDER,
                 ot_msg ("the deck could not be put together: %s"),
                 zip->la->archive_error_string (zip->archive));
  return ok;
}

static gboolean
zip_add_text (Zip         *zip,
              const char  *name,
              GString     *text,
              GError     **error)
{
  return zip_add (zip, name, text->str, text->len, FALSE, error);
}

static gboolean
zip_add_bytes (Zip         *zip,
               const char  *name,
               GBytes      *bytes,
               GError     **error)
{
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  return zip_add (zip, name, data, length, FALSE, error);
}

static GBytes *
zip_close (Zip *zip)
{
  zip->la->archive_write_close (zip->archive);
  zip->la->archive_write_free (zip->archive);
  return g_byte_array_free_to_bytes (zip->bytes);
}

static guint32
get32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static guint16
get16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static void
put32 (guint8 *p, guint32 v)
{
  p[0] = v & 0xff; p[1] = (v >> 8) & 0xff; p[2] = (v >> 16) & 0xff; p[3] = v >> 24;
}

static void
put16 (guint8 *p, guint16 v)
{
  p[0] = v & 0xff; p[1] = v >> 8;
}

/* ODF: the "mimetype" entry, the package's first, has no extra field and no
 * data descriptor (LibreOffice 25 refuses the package otherwise). libarchive
 * writes both, so its local header is written again without them, and every
 * offset after it moves by what was taken out. */
static GBytes *
odf_plain_mimetype (GBytes *zip)
{
  gsize length;
  const guint8 *in = g_bytes_get_data (zip, &length);
  g_autoptr(GByteArray) out = NULL;
  guint16 name_len, extra_len, flags;
  gsize data_at, data_end, after, removed, eocd, first = 0;
  guint32 crc = 0, size = 0, cd_offset, cd_size;
  gboolean found = FALSE;
  guint8 header[30];

  if (length < 30 || get32 (in) != 0x04034b50)
    return g_bytes_ref (zip);
  for (eocd = length - 22; eocd > 0 && get32 (in + eocd) != 0x06054b50; eocd--)
    ;
  if (eocd == 0)
    return g_bytes_ref (zip);
  cd_size = get32 (in + eocd + 12);
  cd_offset = get32 (in + eocd + 16);
  if ((gsize) cd_offset + cd_size > eocd)
    return g_bytes_ref (zip);
  /* The first entry's crc and size, as the central directory has them
   * (a local header with a data descriptor may say 0). */
  for (gsize at = cd_offset; at + 46 <= cd_offset + (gsize) cd_size && !found; )
    {
      if (get32 (in + at) != 0x02014b50)
        return g_bytes_ref (zip);
      if (get32 (in + at + 42) == 0)
        {
          crc = get32 (in + at + 16);
          size = get32 (in + at + 20);
          found = get32 (in + at + 24) == size && get16 (in + at + 10) == 0;
          first = at;
        }
      at += 46 + get16 (in + at + 28) + get16 (in + at + 30) + get16 (in + at + 32);
    }
  flags = get16 (in + 6);
  name_len = get16 (in + 26);
  extra_len = get16 (in + 28);
  data_at = 30 + name_len + extra_len;
  data_end = data_at + size;
  if (!found || size == 0 || data_end + 4 > cd_offset)
    return g_bytes_ref (zip);
  /* What follows the data up to the next entry is the data descriptor. */
  after = data_end;
  if (flags & 0x8)
    {
      while (after + 4 <= cd_offset && get32 (in + after) != 0x04034b50
             && get32 (in + after) != 0x02014b50 && after - data_end < 32)
        after++;
      if (get32 (in + after) != 0x04034b50 && get32 (in + after) != 0x02014b50)
        return g_bytes_ref (zip);
    }
  removed = extra_len + (after - data_end);
  if (removed == 0)
    return g_bytes_ref (zip);

  memcpy (header, in, 30);
  put16 (header + 6, flags & ~0x8);
  put32 (header + 14, crc);
  put32 (header + 18, size);
  put32 (header + 22, size);
  put16 (header + 28, 0);
  out = g_byte_array_sized_new (length);
  g_byte_array_append (out, header, 30);
  g_byte_array_append (out, in + 30, name_len);
  g_byte_array_append (out, in + data_at, size);
  g_byte_array_append (out, in + after, length - after);

  /* The central directory: every entry's local header moved, the first's
   * flags as its header says now. */
  for (gsize at = cd_offset - removed; at + 46 <= cd_offset - removed + cd_size; )
    {
      guint8 *entry = out->data + at;
      guint32 local = get32 (entry + 42);

      if (at == first - removed)
        put16 (entry + 8, get16 (entry + 8) & ~0x8);
      else
        put32 (entry + 42, local - removed);
      at += 46 + get16 (entry + 28) + get16 (entry + 30) + get16 (entry + 32);
    }
  put32 (out->data + eocd - removed + 16, cd_offset - removed);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* What the deck says about itself. */
typedef struct
{
  char *title;
  char *subject;
  char *keywords;
  char *created;    /* ISO 8601, UTC */
  char *cover;      /* the title slide's title */
  char *heading;    /* the title slide's subtitle, a line a paragraph */
} DeckMeta;

static void
deck_meta_clear (DeckMeta *meta)
{
  g_free (meta->title);
  g_free (meta->subject);
  g_free (meta->keywords);
  g_free (meta->created);
  g_free (meta->cover);
  g_free (meta->heading);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DeckMeta, deck_meta_clear)

static void
deck_meta_init (DeckMeta            *meta,
                GPtrArray           *slides,
                OtDataset           *dataset,
                const OtDeckChanges *deck,
                OtLang               lang)
{
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *title = ot_dataset_dup_title (dataset, lang);
  g_autofree char *keywords = ot_dataset_dup_keywords (dataset, lang);
  g_autoptr(GDateTime) now = ot_export_creation_time ();

  for (guint i = 0; i < slides->len; i++)
    {
      OfficeSlide *slide = g_ptr_array_index (slides, i);

      g_string_append_printf (list, "%s%u. %s", i > 0 ? "; " : "", i + 1, slide->title);
    }

  meta->title = xml_text (title);
  {
    g_autofree char *subject = g_strdup_printf (ot_gettext (lang, "Slides: %s."), list->str);

    meta->subject = xml_text (subject);
  }
  meta->keywords = xml_text (keywords);
  meta->created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  /* The user's title slide: the title, then the author and the date, as
   * the PDF deck has them; else what the data is and where it is from. */
  if (ot_deck_changes_has_title_slide (deck))
    {
      g_autofree char *date = deck->date != NULL ? ot_deck_format_date (deck->date, lang) : NULL;
      g_autoptr(GString) heading = g_string_new (NULL);

      meta->cover = xml_text (deck->title);
      if (deck->author != NULL && *deck->author != '\0')
        g_string_append (heading, deck->author);
      if (date != NULL)
        g_string_append_printf (heading, "%s%s", heading->len > 0 ? "\n" : "", date);
      meta->heading = xml_text (heading->str);
    }
  else
    {
      meta->cover = g_strdup (meta->title);
      meta->heading = xml_text (ot_dataset_get_source_label (dataset, lang));
    }
}

/* ---- PowerPoint ---- */

#define PPTX_NS "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " \
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " \
                "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* A text box of @lines (one paragraph a line), @size in hundredths of a point. */
static void
pptx_text_box (GString    *xml,
               guint       id,
               const char *name,
               const char *text,
               long        y,
               long        height,
               int         size,
               gboolean    italic,
               const char *color)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *escaped_name = xml_text (name);

  g_string_append_printf (xml,
    "<p:sp><p:nvSpPr><p:cNvPr id=\"%u\" name=\"%s\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
    "<p:spPr><a:xfrm><a:off x=\"%d\" y=\"%ld\"/><a:ext cx=\"%d\" cy=\"%ld\"/></a:xfrm>"
    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
    "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" rIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr>"
    "<a:lstStyle/>", id, escaped_name, PIC_X, y, PIC_W, height);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = xml_text (lines[i]);

      g_string_append_printf (xml, "<a:p><a:r><a:rPr lang=\"%s\" sz=\"%d\"%s><a:solidFill>"
                              "<a:srgbClr val=\"%s\"/></a:solidFill></a:rPr><a:t>%s</a:t></a:r></a:p>",
                              "nl-NL", size, italic ? " i=\"1\"" : "", color, escaped);
    }
  if (lines[0] == NULL)
    g_string_append (xml, "<a:p><a:endParaRPr lang=\"nl-NL\"/></a:p>");
  g_string_append (xml, "</p:txBody></p:sp>");
}

static const char pptx_theme[] =
  XML_DECL
  "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Ontheemd\">"
  "<a:themeElements><a:clrScheme name=\"Ontheemd\">"
  "<a:dk1><a:srgbClr val=\"1C1C1E\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
  "<a:dk2><a:srgbClr val=\"44444A\"/></a:dk2><a:lt2><a:srgbClr val=\"F2F2F2\"/></a:lt2>"
  "<a:accent1><a:srgbClr val=\"0072B2\"/></a:accent1><a:accent2><a:srgbClr val=\"D55E00\"/></a:accent2>"
  "<a:accent3><a:srgbClr val=\"009E73\"/></a:accent3><a:accent4><a:srgbClr val=\"CC79A7\"/></a:accent4>"
  "<a:accent5><a:srgbClr val=\"E69F00\"/></a:accent5><a:accent6><a:srgbClr val=\"56B4E9\"/></a:accent6>"
  "<a:hlink><a:srgbClr val=\"0B57D0\"/></a:hlink><a:folHlink><a:srgbClr val=\"7B3FA0\"/></a:folHlink>"
  "</a:clrScheme><a:fontScheme name=\"Ontheemd\">"
  "<a:majorFont><a:latin typeface=\"Cantarell\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
  "<a:minorFont><a:latin typeface=\"Cantarell\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>"
  "</a:fontScheme><a:fmtScheme name=\"Ontheemd\"><a:fillStyleLst>"
  "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
  "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>"
  "<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
  "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
  "<a:ln w=\"28575\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>"
  "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
  "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>"
  "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
  "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>"
  "</a:themeElements></a:theme>";

#define PPTX_EMPTY_TREE \
  "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>" \
  "<p:grpSpPr/></p:spTree></p:cSld>"
#define PPTX_CLR_MAP \
  "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" " \
  "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" " \
  "folHlink=\"folHlink\"/>"

static const char pptx_master[] =
  XML_DECL "<p:sldMaster " PPTX_NS ">" PPTX_EMPTY_TREE PPTX_CLR_MAP
  "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
  "</p:sldMaster>";
static const char pptx_master_rels[] =
  XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"" REL_NS "theme\" Target=\"../theme/theme1.xml\"/>"
  "</Relationships>";
static const char pptx_layout[] =
  XML_DECL "<p:sldLayout " PPTX_NS " type=\"blank\" preserve=\"1\">"
  "<p:cSld name=\"Blank\"><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
  "</p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
  "</p:sldLayout>";
static const char pptx_layout_rels[] =
  XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "slideMaster\" Target=\"../slideMasters/slideMaster1.xml\"/>"
  "</Relationships>";
static const char pptx_notes_master[] =
  XML_DECL "<p:notesMaster " PPTX_NS ">" PPTX_EMPTY_TREE PPTX_CLR_MAP "</p:notesMaster>";
static const char pptx_notes_master_rels[] =
  XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_NS "theme\" Target=\"../theme/theme2.xml\"/>"
  "</Relationships>";

static void
pptx_notes (GString     *xml,
            const char  *notes)
{
  g_auto(GStrv) lines = g_strsplit (notes, "\n", -1);

  g_string_append (xml, XML_DECL "<p:notes " PPTX_NS "><p:cSld><p:spTree><p:nvGrpSpPr>"
                   "<p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
                   "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Notes\"/><p:cNvSpPr>"
                   "<a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr>"
                   "</p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/>"
                   "<a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/>"
                   "<a:lstStyle/>");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = xml_text (lines[i]);

      g_string_append_printf (xml, "<a:p><a:r><a:rPr lang=\"nl-NL\"/><a:t>%s</a:t></a:r></a:p>",
                              escaped);
    }
  g_string_append (xml, "</p:txBody></p:sp></p:spTree></p:cSld>"
                   "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>");
}

/* The quotation's type, in points: smaller for a longer quotation, so the
 * letter's words fit their box (12.3 by 1.1 inches) whole; never below 11. */
static int
quotation_points (const char *quotation)
{
  glong length = g_utf8_strlen (quotation, -1);

  return length <= 240 ? 18 : length <= 360 ? 15 : length <= 520 ? 13 : 11;
}

/* The speaker notes: the source sentence, then where it stands, then the
 * user's own notes. */
static char *
slide_notes (const OfficeSlide *slide)
{
  GString *notes = g_string_new (NULL);

  if (*slide->quotation != '\0')
    g_string_append_printf (notes, "%s\n", slide->quotation);
  g_string_append (notes, slide->source);
  if (slide->speaker_notes != NULL)
    g_string_append_printf (notes, "\n%s", slide->speaker_notes);
  return g_string_free (notes, FALSE);
}

static void
pptx_slide (GString           *xml,
            const OfficeSlide *slide,
            OtLang             lang)
{
  g_autofree char *title = xml_text (slide->title);
  g_autofree char *descr = xml_text (slide->description);

  g_string_append (xml, XML_DECL "<p:sld " PPTX_NS "><p:cSld><p:spTree><p:nvGrpSpPr>"
                   "<p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>");
  /* The chart: alt text in descr, where PowerPoint's Alt Text pane reads it. */
  g_string_append_printf (xml,
    "<p:pic><p:nvPicPr><p:cNvPr id=\"2\" name=\"%s\" title=\"%s\" descr=\"%s\"/>"
    "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
    "<p:blipFill><a:blip r:embed=\"rId2\"><a:extLst>"
    "<a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
    "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" "
    "r:embed=\"rId3\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
    "<p:spPr><a:xfrm><a:off x=\"%d\" y=\"%d\"/><a:ext cx=\"%d\" cy=\"%d\"/></a:xfrm>"
    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
    title, title, descr, PIC_X, PIC_Y, PIC_W, PIC_H);
  pptx_text_box (xml, 3, ot_gettext (lang, "Quotation"), slide->quotation, QUOTE_Y, QUOTE_H,
                 quotation_points (slide->quotation) * 100, TRUE, "1C1C1E");
  pptx_text_box (xml, 4, ot_gettext (lang, "Source"), slide->source, SRC_Y, SRC_H, 1200,
                 FALSE, "44444A");
  g_string_append (xml, "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
                   "</p:sld>");
}

static void
pptx_title_slide (GString        *xml,
                  const DeckMeta *meta)
{
  /* Already escaped: written as they are. */
  g_auto(GStrv) lines = g_strsplit (meta->heading, "\n", -1);

  g_string_append_printf (xml, XML_DECL "<p:sld " PPTX_NS "><p:cSld><p:spTree><p:nvGrpSpPr>"
    "<p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
    "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
    "<p:spPr><a:xfrm><a:off x=\"%d\" y=\"2286000\"/><a:ext cx=\"%d\" cy=\"1371600\"/></a:xfrm>"
    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>"
    "<a:bodyPr wrap=\"square\" anchor=\"b\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
    "<a:p><a:r><a:rPr lang=\"nl-NL\" sz=\"4000\" b=\"1\"/><a:t>%s</a:t></a:r></a:p></p:txBody></p:sp>"
    "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Subtitle\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
    "<p:spPr><a:xfrm><a:off x=\"%d\" y=\"3749040\"/><a:ext cx=\"%d\" cy=\"914400\"/></a:xfrm>"
    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>"
    "<a:bodyPr wrap=\"square\"><a:normAutofit/></a:bodyPr><a:lstStyle/>",
    PIC_X, PIC_W, meta->cover, PIC_X, PIC_W);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (xml, "<a:p><a:r><a:rPr lang=\"nl-NL\" sz=\"2400\"/><a:t>%s</a:t>"
                            "</a:r></a:p>", lines[i]);
  g_string_append (xml, "</p:txBody></p:sp>"
                   "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
}

static void
core_properties (GString        *xml,
                 const DeckMeta *meta)
{
  g_string_append_printf (xml, XML_DECL
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    "<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>Ontheemd</dc:creator>"
    "<cp:keywords>%s</cp:keywords>"
    "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
    "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
    "</cp:coreProperties>", meta->title, meta->subject, meta->keywords, meta->created,
    meta->created);
}

static GBytes *
pptx_render (GPtrArray      *slides,
             const DeckMeta *meta,
             OtLang          lang,
             GError        **error)
{
  g_autoptr(GString) types = g_string_new (XML_DECL);
  g_autoptr(GString) pres = g_string_new (XML_DECL);
  g_autoptr(GString) pres_rels = g_string_new (XML_DECL);
  g_autoptr(GString) core = g_string_new (NULL);
  g_autoptr(GString) xml = g_string_new (NULL);
  guint n = slides->len + 1;
  gboolean ok = TRUE;
  Zip zip;

  g_string_append (types,
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"
    "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
    "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml\"/>"
    "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml\"/>"
    "<Override PartName=\"/ppt/notesMasters/notesMaster1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml\"/>"
    "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
    "<Override PartName=\"/ppt/theme/theme2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
  for (guint i = 1; i <= n; i++)
    {
      g_string_append_printf (types, "<Override PartName=\"/ppt/slides/slide%u.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>", i);
      if (i > 1)
        g_string_append_printf (types, "<Override PartName=\"/ppt/notesSlides/notesSlide%u.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml\"/>", i);
    }
  g_string_append (types, "</Types>");

  g_string_append (pres, "<p:presentation " PPTX_NS " saveSubsetFonts=\"1\">"
                   "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                   "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>");
  g_string_append (pres_rels, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"" REL_NS "slideMaster\" Target=\"slideMasters/slideMaster1.xml\"/>"
                   "<Relationship Id=\"rId2\" Type=\"" REL_NS "notesMaster\" Target=\"notesMasters/notesMaster1.xml\"/>"
                   "<Relationship Id=\"rId3\" Type=\"" REL_NS "theme\" Target=\"theme/theme1.xml\"/>");
  for (guint i = 1; i <= n; i++)
    {
      g_string_append_printf (pres, "<p:sldId id=\"%u\" r:id=\"rId%u\"/>", 255 + i, 10 + i);
      g_string_append_printf (pres_rels, "<Relationship Id=\"rId%u\" Type=\"" REL_NS "slide\" "
                              "Target=\"slides/slide%u.xml\"/>", 10 + i, i);
    }
  g_string_append_printf (pres, "</p:sldIdLst><p:sldSz cx=\"%d\" cy=\"%d\"/>"
                          "<p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>",
                          SLIDE_W, SLIDE_H);
  g_string_append (pres_rels, "</Relationships>");
  core_properties (core, meta);

  if (!zip_open (&zip, error))
    return NULL;
#define ADD_STATIC(name, text) \
  ok = ok && zip_add (&zip, name, text, strlen (text), FALSE, error)
  ok = ok && zip_add_text (&zip, "[Content_Types].xml", types, error);
  ADD_STATIC ("_rels/.rels", XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "officeDocument\" Target=\"ppt/presentation.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL_NS "extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>");
  ok = ok && zip_add_text (&zip, "docProps/core.xml", core, error);
  ADD_STATIC ("docProps/app.xml", XML_DECL
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>Ontheemd " PACKAGE_VERSION "</Application></Properties>");
  ok = ok && zip_add_text (&zip, "ppt/presentation.xml", pres, error);
  ok = ok && zip_add_text (&zip, "ppt/_rels/presentation.xml.rels", pres_rels, error);
  ADD_STATIC ("ppt/slideMasters/slideMaster1.xml", pptx_master);
  ADD_STATIC ("ppt/slideMasters/_rels/slideMaster1.xml.rels", pptx_master_rels);
  ADD_STATIC ("ppt/slideLayouts/slideLayout1.xml", pptx_layout);
  ADD_STATIC ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", pptx_layout_rels);
  ADD_STATIC ("ppt/notesMasters/notesMaster1.xml", pptx_notes_master);
  ADD_STATIC ("ppt/notesMasters/_rels/notesMaster1.xml.rels", pptx_notes_master_rels);
  ADD_STATIC ("ppt/theme/theme1.xml", pptx_theme);
  ADD_STATIC ("ppt/theme/theme2.xml", pptx_theme);

  g_string_truncate (xml, 0);
  pptx_title_slide (xml, meta);
  ok = ok && zip_add_text (&zip, "ppt/slides/slide1.xml", xml, error);
  ADD_STATIC ("ppt/slides/_rels/slide1.xml.rels", XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"
    "</Relationships>");
#undef ADD_STATIC

  for (guint i = 0; ok && i < slides->len; i++)
    {
      OfficeSlide *slide = g_ptr_array_index (slides, i);
      guint number = i + 2;
      g_autofree char *name = NULL;
      g_autofree char *notes = slide_notes (slide);

      g_string_truncate (xml, 0);
      pptx_slide (xml, slide, lang);
      name = g_strdup_printf ("ppt/slides/slide%u.xml", number);
      ok = zip_add_text (&zip, name, xml, error);

      g_string_truncate (xml, 0);
      g_string_append_printf (xml, XML_DECL
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" REL_NS "slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"" REL_NS "image\" Target=\"../media/chart%u.png\"/>"
        "<Relationship Id=\"rId3\" Type=\"" REL_NS "image\" Target=\"../media/chart%u.svg\"/>"
        "<Relationship Id=\"rId4\" Type=\"" REL_NS "notesSlide\" Target=\"../notesSlides/notesSlide%u.xml\"/>"
        "</Relationships>", number, number, number);
      g_free (name);
      name = g_strdup_printf ("ppt/slides/_rels/slide%u.xml.rels", number);
      ok = ok && zip_add_text (&zip, name, xml, error);

      g_string_truncate (xml, 0);
      pptx_notes (xml, notes);
      g_free (name);
      name = g_strdup_printf ("ppt/notesSlides/notesSlide%u.xml", number);
      ok = ok && zip_add_text (&zip, name, xml, error);

      g_string_truncate (xml, 0);
      g_string_append_printf (xml, XML_DECL
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" REL_NS "notesMaster\" Target=\"../notesMasters/notesMaster1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"" REL_NS "slide\" Target=\"../slides/slide%u.xml\"/>"
        "</Relationships>", number);
      g_free (name);
      name = g_strdup_printf ("ppt/notesSlides/_rels/notesSlide%u.xml.rels", number);
      ok = ok && zip_add_text (&zip, name, xml, error);

      g_free (name);
      name = g_strdup_printf ("ppt/media/chart%u.png", number);
      ok = ok && zip_add_bytes (&zip, name, slide->png, error);
      g_free (name);
      name = g_strdup_printf ("ppt/media/chart%u.svg", number);
      ok = ok && zip_add_bytes (&zip, name, slide->svg, error);
    }

  {
    g_autoptr(GBytes) bytes = zip_close (&zip);

    return ok ? g_steal_pointer (&bytes) : NULL;
  }
}

/* ---- Impress (OpenDocument) ---- */

#define ODF_NS "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" " \
  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " \
  "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " \
  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" " \
  "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" " \
  "office:version=\"1.3\""

static const char odp_styles[] =
  XML_DECL "<office:document-styles " ODF_NS "><office:styles>"
  "<style:style style:name=\"standard\" style:family=\"graphic\"><style:graphic-properties "
  "draw:stroke=\"none\" draw:fill=\"none\"/><style:text-properties fo:font-family=\"Cantarell\" "
  "fo:color=\"#1c1c1e\"/></style:style></office:styles>"
  "<office:automatic-styles><style:page-layout style:name=\"PM1\">"
  "<style:page-layout-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\" "
  "fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:page-width=\"33.867cm\" "
  "fo:page-height=\"19.05cm\" style:print-orientation=\"landscape\"/></style:page-layout>"
  "<style:style style:name=\"Mdp1\" style:family=\"drawing-page\"><style:drawing-page-properties "
  "draw:background-size=\"full\" draw:fill=\"solid\" draw:fill-color=\"#ffffff\"/></style:style>"
  "</office:automatic-styles><office:master-styles>"
  "<style:master-page style:name=\"Default\" style:page-layout-name=\"PM1\" "
  "draw:style-name=\"Mdp1\"/></office:master-styles></office:document-styles>";

static void
odp_frame (GString    *xml,
           const char *style,
           long        y,
           long        height,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_string_append_printf (xml, "<draw:frame draw:style-name=\"standard\" svg:x=\"%.3fcm\" "
                          "svg:y=\"%.3fcm\" svg:width=\"%.3fcm\" svg:height=\"%.3fcm\">"
                          "<draw:text-box>", PIC_X / EMU_PER_CM, y / EMU_PER_CM,
                          PIC_W / EMU_PER_CM, height / EMU_PER_CM);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = xml_text (lines[i]);

      g_string_append_printf (xml, "<text:p text:style-name=\"%s\">%s</text:p>", style, escaped);
    }
  g_string_append (xml, "</draw:text-box></draw:frame>");
}

static GBytes *
odp_render (GPtrArray      *slides,
            const DeckMeta *meta,
            GError        **error)
{
  g_autoptr(GString) content = g_string_new (XML_DECL);
  g_autoptr(GString) manifest = g_string_new (XML_DECL);
  g_autoptr(GString) meta_xml = g_string_new (XML_DECL);
  gboolean ok = TRUE;
  Zip zip;

  g_string_append (manifest, "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                   "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.presentation\"/>"
                   "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                   "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                   "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>");

  g_string_append_printf (meta_xml, "<office:document-meta " ODF_NS "><office:meta>"
                          "<dc:title>%s</dc:title><dc:subject>%s</dc:subject>"
                          "<meta:initial-creator>Ontheemd</meta:initial-creator>"
                          "<dc:creator>Ontheemd</dc:creator><meta:keyword>%s</meta:keyword>"
                          "<meta:creation-date>%s</meta:creation-date>"
                          "<meta:generator>Ontheemd " PACKAGE_VERSION "</meta:generator>"
                          "</office:meta></office:document-meta>",
                          meta->title, meta->subject, meta->keywords, meta->created);

  g_string_append (content, "<office:document-content " ODF_NS "><office:automatic-styles>"
                   "<style:style style:name=\"Ptitle\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"40pt\" fo:font-weight=\"bold\"/></style:style>"
                   "<style:style style:name=\"Psub\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"24pt\"/></style:style>"
                   "<style:style style:name=\"Pquote18\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"18pt\" fo:font-style=\"italic\"/></style:style>"
                   "<style:style style:name=\"Pquote15\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"15pt\" fo:font-style=\"italic\"/></style:style>"
                   "<style:style style:name=\"Pquote13\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"13pt\" fo:font-style=\"italic\"/></style:style>"
                   "<style:style style:name=\"Pquote11\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"11pt\" fo:font-style=\"italic\"/></style:style>"
                   "<style:style style:name=\"Psource\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"12pt\" fo:color=\"#44444a\"/></style:style>"
                   "</office:automatic-styles><office:body><office:presentation>");

  g_string_append (content, "<draw:page draw:name=\"page1\" draw:master-page-name=\"Default\">");
  {
    /* Already escaped: written as they are. */
    g_auto(GStrv) lines = g_strsplit (meta->heading, "\n", -1);

    g_string_append_printf (content, "<draw:frame draw:style-name=\"standard\" svg:x=\"1.27cm\" "
                            "svg:y=\"6.35cm\" svg:width=\"31.327cm\" svg:height=\"3.81cm\">"
                            "<draw:text-box><text:p text:style-name=\"Ptitle\">%s</text:p>"
                            "</draw:text-box></draw:frame>"
                            "<draw:frame draw:style-name=\"standard\" svg:x=\"1.27cm\" "
                            "svg:y=\"10.414cm\" svg:width=\"31.327cm\" svg:height=\"2.54cm\">"
                            "<draw:text-box>", meta->cover);
    for (guint i = 0; lines[i] != NULL; i++)
      g_string_append_printf (content, "<text:p text:style-name=\"Psub\">%s</text:p>", lines[i]);
    g_string_append (content, "</draw:text-box></draw:frame>");
  }
  g_string_append (content, "</draw:page>");

  for (guint i = 0; i < slides->len; i++)
    {
      OfficeSlide *slide = g_ptr_array_index (slides, i);
      g_autofree char *title = xml_text (slide->title);
      g_autofree char *descr = xml_text (slide->description);
      g_autofree char *notes = slide_notes (slide);
      g_auto(GStrv) note_lines = g_strsplit (notes, "\n", -1);
      guint number = i + 2;

      g_string_append_printf (content, "<draw:page draw:name=\"page%u\" "
                              "draw:master-page-name=\"Default\">", number);
      /* The SVG, with the PNG as the fallback of applications without it;
       * svg:title and svg:desc are the alt text Impress shows. */
      g_string_append_printf (content, "<draw:frame draw:name=\"%s\" draw:style-name=\"standard\" "
                              "svg:x=\"%.3fcm\" svg:y=\"%.3fcm\" svg:width=\"%.3fcm\" "
                              "svg:height=\"%.3fcm\">"
                              "<draw:image xlink:href=\"Pictures/chart%u.svg\" xlink:type=\"simple\" "
                              "xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/svg+xml\"/>"
                              "<draw:image xlink:href=\"Pictures/chart%u.png\" xlink:type=\"simple\" "
                              "xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/png\"/>"
                              "<svg:title>%s</svg:title><svg:desc>%s</svg:desc></draw:frame>",
                              title, PIC_X / EMU_PER_CM, PIC_Y / EMU_PER_CM, PIC_W / EMU_PER_CM,
                              PIC_H / EMU_PER_CM, number, number, title, descr);
      {
        g_autofree char *style = g_strdup_printf ("Pquote%d", quotation_points (slide->quotation));

        odp_frame (content, style, QUOTE_Y, QUOTE_H, slide->quotation);
      }
      odp_frame (content, "Psource", SRC_Y, SRC_H, slide->source);
      g_string_append (content, "<presentation:notes><draw:frame presentation:class=\"notes\" "
                       "svg:x=\"2cm\" svg:y=\"14cm\" svg:width=\"17cm\" svg:height=\"12cm\">"
                       "<draw:text-box>");
      for (guint j = 0; note_lines[j] != NULL; j++)
        {
          g_autofree char *escaped = xml_text (note_lines[j]);

          g_string_append_printf (content, "<text:p>%s</text:p>", escaped);
        }
      g_string_append (content, "</draw:text-box></draw:frame></presentation:notes></draw:page>");

      g_string_append_printf (manifest,
        "<manifest:file-entry manifest:full-path=\"Pictures/chart%u.svg\" manifest:media-type=\"image/svg+xml\"/>"
        "<manifest:file-entry manifest:full-path=\"Pictures/chart%u.png\" manifest:media-type=\"image/png\"/>",
        number, number);
    }
  g_string_append (content, "</office:presentation></office:body></office:document-content>");
  g_string_append (manifest, "</manifest:manifest>");

  if (!zip_open (&zip, error))
    return NULL;
  ok = zip_add (&zip, "mimetype", "application/vnd.oasis.opendocument.presentation",
                strlen ("application/vnd.oasis.opendocument.presentation"), TRUE, error);
  ok = ok && zip_add_text (&zip, "META-INF/manifest.xml", manifest, error);
  ok = ok && zip_add_text (&zip, "content.xml", content, error);
  ok = ok && zip_add (&zip, "styles.xml", odp_styles, strlen (odp_styles), FALSE, error);
  ok = ok && zip_add_text (&zip, "meta.xml", meta_xml, error);
  for (guint i = 0; ok && i < slides->len; i++)
    {
      OfficeSlide *slide = g_ptr_array_index (slides, i);
      g_autofree char *svg = g_strdup_printf ("Pictures/chart%u.svg", i + 2);
      g_autofree char *png = g_strdup_printf ("Pictures/chart%u.png", i + 2);

      ok = zip_add_bytes (&zip, svg, slide->svg, error)
           && zip_add_bytes (&zip, png, slide->png, error);
    }

  {
    g_autoptr(GBytes) bytes = zip_close (&zip);

    return ok ? odf_plain_mimetype (bytes) : NULL;
  }
}

gboolean
ot_export_deck_format_from_name (const char   *filename,
                                 OtDeckFormat *out_format,
                                 GError      **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    *out_format = OT_DECK_PDF;
  else if (g_str_has_suffix (lower, ".pptx"))
    *out_format = OT_DECK_PPTX;
  else if (g_str_has_suffix (lower, ".odp"))
    *out_format = OT_DECK_ODP;
  else
    {
      g_set_error (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_FORMAT,
                   ot_msg ("%s: unknown deck type; the name must end in .pdf, .pptx or .odp"),
                   filename);
      return FALSE;
    }
  return TRUE;
}

GBytes *
ot_export_render_office_deck (const OtChart * const *charts,
                              guint                  n_charts,
                              OtDataset             *dataset,
                              const OtExportOptions *options,
                              OtDeckFormat           format,
                              GError               **error)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new_with_free_func ((GDestroyNotify) office_slide_free);
  g_auto(DeckMeta) meta = { 0 };

  g_return_val_if_fail (charts != NULL && n_charts > 0, NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (format == OT_DECK_PPTX || format == OT_DECK_ODP, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < n_charts; i++)
    {
      OfficeSlide *slide = office_slide_new (charts[i], dataset, options, error);

      if (slide == NULL)
        return NULL;
      g_ptr_array_add (slides, slide);
    }
  deck_meta_init (&meta, slides, dataset, options->deck, options->style.lang);

  return format == OT_DECK_PPTX ? pptx_render (slides, &meta, options->style.lang, error)
                                : odp_render (slides, &meta, error);
}

gboolean
ot_export_office_deck_to_file (const OtChart * const *charts,
                               guint                  n_charts,
                               OtDataset             *dataset,
                               const OtExportOptions *options,
                               OtDeckFormat           format,
                               GFile                 *file,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ot_export_render_office_deck (charts, n_charts, dataset, options, format, error);
  if (bytes == NULL)
    return FALSE;
  if (!ot_file_write_bytes (file, bytes, cancellable, &local_error))
    {
      g_set_error_literal (error, OT_EXPORT_ERROR, OT_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
}
