#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-flatpak.py MANIFEST APP_ID: the Flatpak manifest as Flathub reviews it.

It cannot be built here (no Flathub runtime on these machines), so this checks
what can be: flatpak-builder reads it without a warning (an unknown key is
one); it builds APP_ID on org.gnome.Platform; the sandbox holds no more than
a GNOME window needs, and no file access at all (files come through the
document portal); every downloaded source is pinned by its sha256."""
import json
import os
import re
import subprocess
import sys
import tempfile

from checks import finish

manifest_path, app_id = sys.argv[1], sys.argv[2]
failures = []

# flatpak-builder keeps its state in .flatpak-builder/ of the folder it runs
# in: a folder of its own, not the source tree.
with tempfile.TemporaryDirectory() as scratch:
    shown = subprocess.run(["flatpak-builder", "--show-manifest", os.path.abspath(manifest_path)],
                           capture_output=True, text=True, cwd=scratch)
if shown.returncode != 0 or shown.stderr.strip():
    failures.append(f"flatpak-builder --show-manifest: {shown.stderr.strip() or shown.returncode}")

manifest = json.loads(shown.stdout or "{}")
for key, want in (("id", app_id), ("runtime", "org.gnome.Platform"), ("sdk", "org.gnome.Sdk"),
                  ("command", "ontheemd")):
    if manifest.get(key) != want:
        failures.append(f"{key} is {manifest.get(key)!r}, not {want!r}")

# What a GNOME window needs, and nothing more: no --filesystem (the file
# chooser, drag and drop and --file-forwarding go through the document
# portal), no network, no session-bus names.
NEEDED = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
args = set(manifest.get("finish-args", []))
for extra in sorted(args - NEEDED):
    failures.append(f"finish-args has {extra}, which Ontheemd does not need")
for missing in sorted(NEEDED - args):
    failures.append(f"finish-args lacks {missing}")

modules = manifest.get("modules", [])
for module in modules:
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file") and "url" in source:
            if not source["url"].startswith("https://"):
                failures.append(f"{module['name']}: {source['url']} is not https")
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                failures.append(f"{module['name']}: {source['url']} has no sha256")

names = [module.get("name") for module in modules]
if names[-1:] != ["ontheemd"] or "libcsv" not in names:
    failures.append(f"modules are {names}: libcsv, then ontheemd last")
elif "-Dtests=false" not in modules[-1].get("config-opts", []):
    failures.append("the ontheemd module builds the tests, which need Check, not in the SDK")

finish(failures, f"{manifest_path}: {manifest.get('runtime')} {manifest.get('runtime-version')}, "
       f"modules {', '.join(names)}, finish-args {' '.join(sorted(args))}")
