#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-man-page.py PROGRAM MAN_PAGE: the manual page formats without a
warning, and describes every option `PROGRAM --help` lists, under a heading
that reads as --help writes it ("-W, --width=W"), so a new option cannot go
without its page."""
import re
import subprocess
import sys

from checks import finish

program, page = sys.argv[1], sys.argv[2]
failures = []

# groff's warnings for the terminal, as man shows the page (-Tutf8): a
# character it cannot find, a macro it does not know, a line it cannot fill.
check = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", page],
                       capture_output=True, text=True)
if check.returncode != 0 or check.stderr.strip():
    failures.append(f"groff -man -ww: {check.stderr.strip() or check.returncode}")

rendered = subprocess.run(["groff", "-man", "-Tutf8", "-P-cbou", "-rLL=200n", page],
                          capture_output=True, text=True, check=True).stdout

helptext = subprocess.run([program, "--help"], capture_output=True, text=True, check=True).stdout
options = []
for line in helptext.splitlines():
    match = re.match(r"\s+((?:-\w, )?--[\w-]+(?:=\S+)?)", line)
    if match:
        options.append(match.group(1))

if len(options) < 2:
    failures.append(f"{program} --help lists {len(options)} options:\n{helptext}")
headings = [line.strip() for line in rendered.splitlines()]
for option in options:
    if not any(h == option or h.startswith(option + " ") for h in headings):
        failures.append(f"the manual page has no heading “{option}”, which --help lists")

finish(failures, f"{page}: formats cleanly and describes all {len(options)} options of --help")
