#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The worst inputs the limits accept, and some they refuse, for the
benchmark's "hostile" rows (issue 13): python3 gen-hostile.py FOLDER"""
import csv
import os
import sys
import zipfile
import zlib

HEADER = ("Year,\"Country of origin\",\"Country of asylum\",\"Refugees under UNHCR's mandate\","
          "Asylum-seekers,\"IDPs of concern to UNHCR\",\"Stateless persons\"\n")
PREAMBLE = "\"Data extracted: a benchmark\"\n\n"


def figures_worst(path):
    """100 figures (the most), labels of 100 characters with no place to
    break (the longest), qualified, sources of 1000: a total and 99 parts."""
    columns = ["id", "value", "unit", "qualifier", "date", "label_nl", "label_en", "parent",
               "base", "source", "source_en"]
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerow(["total", str(99 * 100000), "people", "", "2016", "T" * 100, "T" * 100,
                         "", "", "S" * 1000, "S" * 1000])
        for i in range(99):
            label = ("x" * 99) + str(i % 10)
            writer.writerow([f"part-{i}", "100000", "people", "up_to_about", "2016-09-08", label,
                             label, "total", "", "s" * 1000, "s" * 1000])


def figures_long_label(path):
    """One 10,000-character label: refused as it is read."""
    with open(path, "w") as out:
        out.write("id,value,unit,label_nl,label_en,source\n")
        out.write("total,1,people," + "Lang woord " * 909 + "x,Total,Een zin.\n")


def unhcr_largest(path):
    """The most an export may keep: 500 origins and 500 asylums, names of
    100 characters, over 100 years: 100,000 sums."""
    pad = "x" * 95
    with open(path, "w") as out:
        out.write(PREAMBLE + HEADER)
        for year in range(1925, 2025):
            for i in range(500):
                out.write(f"{year},O{i:04d}{pad},A{i:04d}{pad},1,2,3,4\n")


def unhcr_distinct(path):
    """Two million distinct countries (the issue's 1 GB): refused at the 1001st."""
    with open(path, "w") as out:
        out.write(PREAMBLE + HEADER)
        for i in range(2000000):
            out.write(f"2020,O{i},A{i},1,2,3,4\n")


def zip_padding(path, entries=6, gib=1):
    """Entries of zeros before population.csv, written as streams (no size
    in the local header, so a reader must unpack them to pass them)."""
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for n in range(entries):
            with z.open(f"padding-{n}.bin", "w", force_zip64=True) as entry:
                for _ in range(gib * 1024):
                    entry.write(chunk)
        z.writestr("population.csv", PREAMBLE + HEADER + "2023,Syria,Germany,12,-,-,-\n")


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for name, make in (("figures-worst.csv", figures_worst),
                       ("figures-long-label.csv", figures_long_label),
                       ("unhcr-largest.csv", unhcr_largest),
                       ("unhcr-distinct.csv", unhcr_distinct),
                       ("zip-padding.zip", zip_padding)):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            print(f"gen-hostile: writing {path}", file=sys.stderr)
            make(path)


if __name__ == "__main__":
    main()
