#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-compile-flags.py BUILD_DIR: every C file of the program is compiled
with the warnings meson.build asks for. A flag the compiler check drops
(-Werror=format-security, tested without -Wformat) fails here, not silently.
And every one keeps the API pins (MIN_REQUIRED and MAX_ALLOWED), but for
app/gui/ot-compat.c, the one file that may use the installed GTK's and
libadwaita's newer API behind version checks: it keeps MIN_REQUIRED, and its
MAX_ALLOWED is undefined after the pin's, so the headers allow their own."""
import json
import re
import shlex
import sys
from pathlib import Path

REQUIRED = ["-Wformat", "-Werror=format-security", "-Werror=implicit-function-declaration",
            "-Werror=return-type"]

commands = json.loads((Path(sys.argv[1]) / "compile_commands.json").read_text())
checked = 0
for entry in commands:
    source = entry["file"]
    if not source.endswith(".c") or "/app/" not in "/" + source:
        continue
    args = shlex.split(entry["command"])
    missing = [flag for flag in REQUIRED if flag not in args]
    if missing:
        print(f"{source}: compiled without {' '.join(missing)}")
        sys.exit(1)
    pins = [a for a in args if re.match(r"-[DU](GLIB|GDK|ADW)_VERSION_(MIN_REQUIRED|MAX_ALLOWED)", a)]
    for lib in ("GLIB", "GDK", "ADW"):
        for end in ("MIN_REQUIRED", "MAX_ALLOWED"):
            last = [a for a in pins if a[2:].startswith(f"{lib}_VERSION_{end}")]
            undefined = bool(last) and last[-1].startswith("-U")
            compat = source.endswith("app/gui/ot-compat.c") and lib != "GLIB" \
                and end == "MAX_ALLOWED"
            if not last or undefined != compat:
                print(f"{source}: {lib}_VERSION_{end} is "
                      f"{'left to the headers' if undefined else 'pinned' if last else 'unset'}"
                      f"{'; only ot-compat.c may reach past the pin' if undefined else ''}")
                sys.exit(1)
    checked += 1

if checked == 0:
    print("no C file of the program in compile_commands.json")
    sys.exit(1)
print(f"{checked} files compiled with {' '.join(REQUIRED)} and the API pins "
      "(ot-compat.c: MIN_REQUIRED only for GTK and libadwaita)")
