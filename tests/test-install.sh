#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-install.sh BUILD_DIR: `meson install` into a temporary root gives an
# app that validates and starts from there.
set -euo pipefail

build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

meson install -C "$build" --no-rebuild --quiet --destdir "$root" >/dev/null
prefix=$(meson introspect "$build" --buildoptions \
         | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
data="$root$prefix/share"
id=io.github.ontheemd.Ontheemd

libexecdir=$(meson introspect "$build" --buildoptions \
         | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="libexecdir"][0])')
window="$prefix/$libexecdir/ontheemd-window"
case "$libexecdir" in /*) window="$libexecdir/ontheemd-window" ;; esac

for f in "$root$prefix/bin/ontheemd" "$root$window" "$data/applications/$id.desktop" \
         "$data/metainfo/$id.metainfo.xml" "$data/glib-2.0/schemas/$id.gschema.xml" \
         "$data/icons/hicolor/scalable/apps/$id.svg" \
         "$data/icons/hicolor/symbolic/apps/$id-symbolic.svg" \
         "$data/mime/packages/$id.mime.xml" \
         "$data/locale/nl/LC_MESSAGES/ontheemd.mo" "$data/man/man1/ontheemd.1" \
         "$data/help/C/$id/index.page" "$data/help/nl/$id/index.page"; do
  [ -f "$f" ] || { echo "not installed: $f"; exit 1; }
done

desktop-file-validate "$data/applications/$id.desktop"
appstreamcli validate --no-net "$data/metainfo/$id.metainfo.xml"
# The Dutch guide is Dutch, not a copy of the English one.
grep -q 'Een cijfer volgen' "$data/help/nl/$id/follow-figure.page" \
  || { echo "the installed Dutch guide is not translated"; exit 1; }
glib-compile-schemas --strict "$data/glib-2.0/schemas"
# A briefing is known by its name and by its first bytes, and the launcher
# opens it.
XDG_DATA_DIRS="$data" update-mime-database "$data/mime"
grep -q '^[0-9]*:application/x-ontheemd-briefing:\*\.ontheemd$' "$data/mime/globs2" \
  || { echo "*.ontheemd is not application/x-ontheemd-briefing"; exit 1; }
grep -q 'application/x-ontheemd-briefing' "$data/mime/magic" \
  || { echo "a briefing is not known by its content"; exit 1; }
grep -q '^MimeType=.*application/x-ontheemd-briefing;' "$data/applications/$id.desktop" \
  || { echo "the launcher does not open briefings"; exit 1; }

# The command line execs the window program where it is installed: that path
# is built into it (a staged copy cannot run it from the staging root).
grep -qaF "$window" "$root$prefix/bin/ontheemd" \
  || { echo "the installed ontheemd does not name $window"; exit 1; }

# The command line, and the window for two seconds.
charts=$("$root$prefix/bin/ontheemd" --list-charts)
case "$charts" in
  breakdown*) ;;
  *) echo "the installed program lists no charts: $charts"; exit 1 ;;
esac
if [ -n "${DISPLAY:-}" ]; then
  GSETTINGS_SCHEMA_DIR="$data/glib-2.0/schemas" "$root$window" &
  pid=$!
  sleep 2
  kill -0 "$pid" || { echo "the installed app did not stay up"; exit 1; }
  kill "$pid"
  wait "$pid" 2>/dev/null || true
fi
echo "installed app OK"
