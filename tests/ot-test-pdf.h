/* ot-test-pdf.h: exported PDFs read back with poppler, as a viewer reads them
 *
 * Never by searching the file's bytes: cairo 1.18 (Debian 13) writes PDF 1.7
 * with its objects compressed into object streams, and escapes parentheses in
 * literal strings, so neither "/Type /Page" nor "/Title (...)" is there to find.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <check.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

static inline PopplerDocument *
ot_test_pdf_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  ck_assert_msg (document != NULL, "%s does not open as a PDF: %s", path,
                 error != NULL ? error->message : "");
  return document;
}

static inline PopplerDocument *
ot_test_pdf_open_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &error);

  ck_assert_msg (document != NULL, "the bytes do not open as a PDF: %s",
                 error != NULL ? error->message : "");
  return document;
}

/* Whether @text is in the document's metadata or on any of its pages, as a
 * reader finds it (compressed or not). */
static inline gboolean
ot_test_pdf_contains (PopplerDocument *document,
                      const char      *text)
{
  char *fields[] = { poppler_document_get_title (document),
                     poppler_document_get_subject (document),
                     poppler_document_get_keywords (document),
                     poppler_document_get_author (document),
                     poppler_document_get_creator (document) };
  gboolean found = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      found = found || (fields[i] != NULL && strstr (fields[i], text) != NULL);
      g_free (fields[i]);
    }
  for (int i = 0; !found && i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *words = poppler_page_get_text (page);

      found = words != NULL && strstr (words, text) != NULL;
      g_object_unref (page);
    }
  return found;
}

/* Every page of @document is @width × @height points. */
static inline void
ot_test_pdf_assert_page_size (PopplerDocument *document,
                              double           width,
                              double           height)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_object_unref (page);
      ck_assert_msg (fabs (w - width) < 0.01 && fabs (h - height) < 0.01,
                     "page %d is %g × %g points, not %g × %g", i + 1, w, h, width, height);
    }
}

/* The titles of the top-level bookmarks, in order. */
static inline GStrv
ot_test_pdf_dup_bookmarks (PopplerDocument *document)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  PopplerIndexIter *iter = poppler_index_iter_new (document);

  for (gboolean more = iter != NULL; more; more = poppler_index_iter_next (iter))
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        g_strv_builder_add (titles, action->goto_dest.title);
      poppler_action_free (action);
    }
  if (iter != NULL)
    poppler_index_iter_free (iter);
  return g_strv_builder_end (titles);
}

/* Whether page @index links to @uri. */
static inline gboolean
ot_test_pdf_page_links_to (PopplerDocument *document,
                           int              index,
                           const char      *uri)
{
  PopplerPage *page = poppler_document_get_page (document, index);
  GList *mapping = poppler_page_get_link_mapping (page);
  gboolean found = FALSE;

  for (GList *l = mapping; l != NULL && !found; l = l->next)
    {
      PopplerLinkMapping *link = l->data;

      found = link->action->type == POPPLER_ACTION_URI
              && g_strcmp0 (link->action->uri.uri, uri) == 0;
    }
  poppler_page_free_link_mapping (mapping);
  g_object_unref (page);
  return found;
}
