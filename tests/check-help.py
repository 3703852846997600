#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-help.py SOURCE_DIR BUILD_DIR PAGES: the user guide as Yelp shows it.

- every page, the English ones in SOURCE_DIR/C and the Dutch ones that the
  build merges into BUILD_DIR/nl, is valid Mallard (yelp-check validate);
- every link between pages leads to a page (yelp-check links);
- the Dutch catalogue (SOURCE_DIR/nl/nl.po) translates every paragraph of the
  English pages as they are now, none of it fuzzy, so the Dutch guide cannot
  fall behind unnoticed.
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from checks import finish

source, build, pages = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3].split()
failures = []


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


for lang, folder in (("C", source / "C"), ("nl", build / "nl")):
    files = [str(folder / page) for page in pages if page.endswith(".page")]
    missing = [f for f in files if not Path(f).exists()]
    if missing:
        failures.append(f"{lang}: no {', '.join(missing)}")
        continue
    result = run("yelp-check", "validate", *files)
    if result.returncode != 0 or result.stdout.strip():
        failures.append(f"{lang}: yelp-check validate:\n{result.stdout}{result.stderr}")
    result = run("yelp-check", "links", str(folder))
    if result.returncode != 0 or result.stdout.strip():
        failures.append(f"{lang}: yelp-check links:\n{result.stdout}{result.stderr}")


def msgids(po):
    """The msgids of a catalogue, joined across lines, without the header."""
    ids, current, state = set(), None, None
    for line in po.splitlines():
        if line.startswith("msgid "):
            current, state = line[6:].strip()[1:-1], "id"
        elif line.startswith('"') and state == "id":
            current += line.strip()[1:-1]
        else:
            if state == "id" and current:
                ids.add(current)
            state = None if not line.startswith("msgstr") else "str"
    return ids


po = source / "nl" / "nl.po"
with tempfile.TemporaryDirectory() as tmp:
    pot = Path(tmp) / "help.pot"
    result = run("itstool", "-o", str(pot), *[str(source / "C" / p) for p in pages])
    if result.returncode != 0:
        failures.append(f"itstool: {result.stderr}")
    else:
        untranslated = msgids(pot.read_text()) - msgids(po.read_text())
        for msgid in sorted(untranslated):
            failures.append(f"{po} does not translate “{msgid[:80]}”")

stats = run("msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po))
if stats.returncode != 0 or re.search(r"fuzzy|untranslated", stats.stderr):
    failures.append(f"msgfmt {po}: {stats.stderr.strip()}")

finish(failures, f"the guide: {len(pages)} files in English and Dutch, valid, linked, translated "
       f"({stats.stderr.strip()})")
