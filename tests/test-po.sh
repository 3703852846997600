#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/test-po.sh SRCDIR XGETTEXT-ARGS...
#
# No word reaches a Dutch reader untranslated: every string xgettext finds
# in po/POTFILES.in (with the keywords of po/meson.build and the glib
# preset's) has a Dutch translation in po/nl.po that is neither empty nor
# fuzzy; po/nl.po holds no entry the sources no longer have; the
# translations keep their format directives (msgfmt --check); and every
# source file that marks strings is in POTFILES.in.
set -euo pipefail

src=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
status=0

# The glib preset's keywords and flags, which meson adds to i18n.gettext.
glib_args=(
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_print:1:c-format
  --flag=g_printerr:1:c-format
)

xgettext "$@" "${glib_args[@]}" --files-from=po/POTFILES.in --output="$tmp/all.pot" \
  --package-name=ontheemd 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

# Merged into a copy, never in place: po/nl.po keeps its own references.
msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/merged.po" po/nl.po "$tmp/all.pot"

missing=$(msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" | grep -c '^msgid ' || true)
if [ "$missing" -gt 0 ]; then
  echo "po/nl.po lacks the Dutch of these strings:"
  msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" | grep '^msgid '
  status=1
fi

fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap po/nl.po | grep -c '^msgid ' || true)
if [ "$fuzzy" -gt 0 ]; then
  echo "po/nl.po has fuzzy entries, which the program does not use:"
  msgattrib --only-fuzzy --no-obsolete --no-wrap po/nl.po | grep '^msgid '
  status=1
fi

obsolete=$(msgattrib --only-obsolete --no-wrap "$tmp/merged.po" | grep -c '^#~ msgid ' || true)
if [ "$obsolete" -gt 0 ]; then
  echo "po/nl.po has entries no source has any more (delete them):"
  msgattrib --only-obsolete --no-wrap "$tmp/merged.po" | grep '^#~ msgid '
  status=1
fi

# Checked against the sources' formats, which the merged file carries.
if ! msgfmt --check --check-accelerators=_ --output-file=/dev/null "$tmp/merged.po" 2>"$tmp/msgfmt.log"; then
  echo "msgfmt --check:"
  cat "$tmp/msgfmt.log"
  status=1
fi

# A file that marks strings but is not listed would go untranslated.
for f in $(grep -lE '\b(ot_msg|ot_nmsg|ot_gettext|ot_ngettext|ot_pgettext|N_) \(' $(find app -name '*.c' | sort)); do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "$f marks strings but is not in po/POTFILES.in"
    status=1
  fi
done

if [ "$status" -eq 0 ]; then
  echo "po/nl.po translates all $(grep -c '^msgid ' "$tmp/all.pot") strings of the sources"
fi
exit "$status"
