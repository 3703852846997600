#!/usr/bin/env python3
# soname.py: prints the DT_SONAME of a shared library (an ELF file), the name
# the program asks the dynamic linker for when it opens the library itself.
#
#   soname.py LIBDIR NAME    (e.g. /usr/lib/x86_64-linux-gnu archive)
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import struct
import sys

DT_NULL, DT_STRTAB, DT_SONAME = 0, 5, 14
SHT_DYNAMIC = 6


def soname(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        raise SystemExit(f"{path}: not an ELF file")
    wide = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        section, entry = end + "IIQQQQIIQQ", end + "qQ"
    else:
        shoff, = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        section, entry = end + "IIIIIIIIII", end + "iI"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    for s in sections:
        if s[1] != SHT_DYNAMIC:
            continue
        strtab = sections[s[6]]  # sh_link: the dynamic string table
        offset, size = s[4], s[5]
        name = None
        for at in range(offset, offset + size, struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == DT_NULL:
                break
            if tag == DT_SONAME:
                name = value
        if name is not None:
            start = strtab[4] + name
            return data[start:data.index(b"\0", start)].decode()
    raise SystemExit(f"{path}: no DT_SONAME")


libdir, name = sys.argv[1], sys.argv[2]
print(soname(os.path.realpath(os.path.join(libdir, f"lib{name}.so"))))
