/* ot-i18n.c: gettext catalogues read from the resource, one per language
 *
 * Charts are exported in a language chosen per call (--lang, the export
 * dialog), independent of the process locale, so the compiled .mo files are
 * embedded as resources and looked up here. Messages take the one language
 * of messages of the process (ot_messages_set_lang).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-i18n"

#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "ot-i18n.h"
#include "ot-resources.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

typedef struct
{
  GBytes     *bytes;
  GHashTable *messages; /* msgid (singular) -> msgstr, both inside bytes */
} Catalogue;

static const char *lang_codes[OT_N_LANGS] = { "en", "nl" };

gboolean
ot_lang_parse (const char *name,
               OtLang     *out_lang)
{
  g_return_val_if_fail (out_lang != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < OT_N_LANGS; i++)
    {
      gsize len = strlen (lang_codes[i]);

      /* "nl", "nl_NL", "nl_BE.UTF-8", "en-GB" */
      if (g_ascii_strncasecmp (name, lang_codes[i], len) == 0
          && (name[len] == '\0' || name[len] == '_' || name[len] == '-' || name[len] == '.'))
        {
          *out_lang = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ot_lang_to_code (OtLang lang)
{
  g_return_val_if_fail (lang < OT_N_LANGS, "en");

  return lang_codes[lang];
}

OtLang
ot_lang_from_environment (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      OtLang lang;

      if (ot_lang_parse (names[i], &lang))
        return lang;
    }

  return OT_LANG_EN;
}

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 v;

  memcpy (&v, data + offset, sizeof v);
  return swapped ? GUINT32_SWAP_LE_BE (v) : v;
}

/* A .mo file is a header and two tables of (length, offset) pairs. A file
 * that does not look like one leaves the catalogue empty: English shows. */
static void
catalogue_parse (Catalogue *cat)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (cat->bytes, &size);
  guint32 magic, n, orig_table, trans_table;
  gboolean swapped;

  if (size < 28)
    return;

  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return;
  swapped = magic == MO_MAGIC_SWAPPED;

  n = read_u32 (data, 8, swapped);
  orig_table = read_u32 (data, 12, swapped);
  trans_table = read_u32 (data, 16, swapped);

  if ((guint64) orig_table + (guint64) n * 8 > size
      || (guint64) trans_table + (guint64) n * 8 > size)
    return;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (data, orig_table + i * 8, swapped);
      guint32 ooff = read_u32 (data, orig_table + i * 8 + 4, swapped);
      guint32 tlen = read_u32 (data, trans_table + i * 8, swapped);
      guint32 toff = read_u32 (data, trans_table + i * 8 + 4, swapped);

      if ((guint64) ooff + olen >= size || (guint64) toff + tlen >= size)
        continue;
      if (olen == 0 || tlen == 0) /* the header entry */
        continue;

      g_hash_table_insert (cat->messages, (gpointer) (data + ooff), (gpointer) (data + toff));
    }
}

static Catalogue *
catalogue_get (OtLang lang)
{
  static Catalogue catalogues[OT_N_LANGS];
  static gsize initialised[OT_N_LANGS];

  if (g_once_init_enter (&initialised[lang]))
    {
      Catalogue *cat = &catalogues[lang];
      g_autofree char *path = NULL;

      ot_resources_ensure ();
      path = g_strdup_printf (RESOURCE_PREFIX "/locale/%s.mo", lang_codes[lang]);
      cat->messages = g_hash_table_new (g_str_hash, g_str_equal);
      cat->bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (cat->bytes != NULL)
        catalogue_parse (cat);

      g_once_init_leave (&initialised[lang], 1);
    }

  return &catalogues[lang];
}

const char *
ot_gettext (OtLang      lang,
            const char *msgid)
{
  const char *msgstr;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, msgid);

  if (lang == OT_LANG_EN)
    return msgid;

  msgstr = g_hash_table_lookup (catalogue_get (lang)->messages, msgid);
  return msgstr != NULL ? msgstr : msgid;
}

const char *
ot_pgettext (OtLang      lang,
             const char *context,
             const char *msgid)
{
  g_autofree char *key = NULL;
  const char *msgstr;

  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (lang < OT_N_LANGS, msgid);

  if (lang == OT_LANG_EN)
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  msgstr = g_hash_table_lookup (catalogue_get (lang)->messages, key);
  return msgstr != NULL ? msgstr : msgid;
}

const char *
ot_ngettext (OtLang      lang,
             const char *msgid,
             const char *msgid_plural,
             gulong      n)
{
  const char *msgstr;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, msgid);
  g_return_val_if_fail (lang < OT_N_LANGS, msgid);

  /* Dutch and English share the plural rule n != 1. */
  if (lang != OT_LANG_EN)
    {
      msgstr = g_hash_table_lookup (catalogue_get (lang)->messages, msgid);
      if (msgstr != NULL)
        return n == 1 ? msgstr : msgstr + strlen (msgstr) + 1;
    }

  return n == 1 ? msgid : msgid_plural;
}

/* OT_N_LANGS: not set, the environment's. */
static gint messages_lang = OT_N_LANGS;

void
ot_messages_set_lang (OtLang lang)
{
  g_return_if_fail (lang < OT_N_LANGS);

  g_atomic_int_set (&messages_lang, lang);
}

OtLang
ot_messages_get_lang (void)
{
  gint lang = g_atomic_int_get (&messages_lang);

  if (lang == OT_N_LANGS)
    {
      /* Two threads may both ask the environment; they get one answer. */
      g_atomic_int_compare_and_exchange (&messages_lang, OT_N_LANGS,
                                         (gint) ot_lang_from_environment ());
      lang = g_atomic_int_get (&messages_lang);
    }
  return (OtLang) lang;
}

const char *
ot_msg (const char *msgid)
{
  return ot_gettext (ot_messages_get_lang (), msgid);
}

const char *
ot_nmsg (const char *msgid,
         const char *msgid_plural,
         gulong      n)
{
  return ot_ngettext (ot_messages_get_lang (), msgid, msgid_plural, n);
}

const char *
ot_msg_for_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, "");

  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NOT_FOUND:
        return ot_msg ("no such file or folder");
      case G_IO_ERROR_EXISTS:
        return ot_msg ("the file already exists");
      case G_IO_ERROR_IS_DIRECTORY:
        return ot_msg ("it is a folder");
      case G_IO_ERROR_NOT_DIRECTORY:
        return ot_msg ("a part of the path is not a folder");
      case G_IO_ERROR_NOT_REGULAR_FILE:
        return ot_msg ("it is not a regular file");
      case G_IO_ERROR_FILENAME_TOO_LONG:
        return ot_msg ("the name is too long");
      case G_IO_ERROR_INVALID_FILENAME:
        return ot_msg ("the name is not valid");
      case G_IO_ERROR_TOO_MANY_LINKS:
        return ot_msg ("too many levels of symbolic links");
      case G_IO_ERROR_NO_SPACE:
        return ot_msg ("there is no room left on the disk");
      case G_IO_ERROR_PERMISSION_DENIED:
        return ot_msg ("permission denied");
      case G_IO_ERROR_READ_ONLY:
        return ot_msg ("the disk can only be read");
      case G_IO_ERROR_BUSY:
        return ot_msg ("the file is in use");
      case G_IO_ERROR_CANCELLED:
        return ot_msg ("cancelled");
      default:
        break;
      }
  else if (error->domain == G_FILE_ERROR)
    switch (error->code)
      {
      case G_FILE_ERROR_NOENT:
        return ot_msg ("no such file or folder");
      case G_FILE_ERROR_EXIST:
        return ot_msg ("the file already exists");
      case G_FILE_ERROR_ISDIR:
        return ot_msg ("it is a folder");
      case G_FILE_ERROR_NOTDIR:
        return ot_msg ("a part of the path is not a folder");
      case G_FILE_ERROR_NAMETOOLONG:
        return ot_msg ("the name is too long");
      case G_FILE_ERROR_LOOP:
        return ot_msg ("too many levels of symbolic links");
      case G_FILE_ERROR_NOSPC:
        return ot_msg ("there is no room left on the disk");
      case G_FILE_ERROR_ACCES:
      case G_FILE_ERROR_PERM:
        return ot_msg ("permission denied");
      case G_FILE_ERROR_ROFS:
        return ot_msg ("the disk can only be read");
      default:
        break;
      }

  return error->message;
}
