#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-compile-flags.py BUILD_DIR: every C file of the program is compiled
with the warnings meson.build asks for. A flag the compiler check drops
(-Werror=format-security, tested without -Wformat) fails here, not silently."""
import json
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
    checked += 1

if checked == 0:
    print("no C file of the program in compile_commands.json")
    sys.exit(1)
print(f"{checked} files compiled with {' '.join(REQUIRED)}")
