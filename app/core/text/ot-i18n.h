/* ot-i18n.h: languages and translations chosen per call, and the language
 * of messages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  OT_LANG_EN,
  OT_LANG_NL,
  OT_N_LANGS /*< skip >*/
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

/* The language of messages: every error, warning and line of the command
 * line the core words. One for the process, set by the command line (from
 * --lang, else the environment) and by the window (from its language
 * preference); until it is set, the environment's. Any thread may read it:
 * a file loaded in a thread says what is wrong in the language of the
 * moment it was read. Charts take their language per call instead
 * (OtChartStyle.lang). */
void        ot_messages_set_lang     (OtLang      lang);
OtLang      ot_messages_get_lang     (void);

/* @msgid in the language of messages. xgettext finds these by the keywords
 * in po/meson.build; a message's "file:line:column: " prefix is added by
 * ot_set_error_at and stays as it is. */
const char *ot_msg                   (const char *msgid) G_GNUC_FORMAT (1);
const char *ot_nmsg                  (const char *msgid,
                                      const char *msgid_plural,
                                      gulong      n) G_GNUC_FORMAT (1);

/* What went wrong with a file, in the language of messages: our words for
 * the usual file errors (no such file, permission denied, a full disk, ...),
 * which GLib words in the process locale instead; else @error's message. */
const char *ot_msg_for_error         (const GError *error);

G_END_DECLS
