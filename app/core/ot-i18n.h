/* ot-i18n.h: languages and translations chosen per call, not per process
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OT_LANG_EN,
  OT_LANG_NL,
  OT_N_LANGS
} OtLang;

/* Marks a string for extraction without translating it here. */
#define N_(String) (String)

gboolean    ot_lang_parse            (const char *name,
                                      OtLang     *out_lang);
const char *ot_lang_to_code          (OtLang      lang);
OtLang      ot_lang_from_environment (void);

const char *ot_gettext               (OtLang      lang,
                                      const char *msgid);
const char *ot_pgettext              (OtLang      lang,
                                      const char *context,
                                      const char *msgid);
const char *ot_ngettext              (OtLang      lang,
                                      const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n);

G_END_DECLS
