#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""data/make-country-names.py > data/country-names-nl.tsv

The Dutch names of the countries UNHCR's exports name by their ISO 3166-1
alpha-3 code, from Debian's iso-codes (its list and its Dutch catalogue:
apt-get install iso-codes). A Dutch chart of a UNHCR export names countries
in Dutch; an English one keeps UNHCR's own names, as published.

ISO's list writes some names inverted ("Congo, Democratische Republiek",
"Palestina, Staat"); a chart label reads them in their spoken order
("Democratische Republiek Congo", "Staat Palestina"). Where ISO gives a
common name ("Syrië" for "Syrische Arabische Republiek"), that is the one.

Run again when iso-codes changes; the file is committed so that a build
needs nothing but itself.
"""
import gettext
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
MO = "/usr/share/locale/nl/LC_MESSAGES/iso_3166-1.mo"


TITLES = ("republiek", "staat", "koninkrijk", "provincie")


def spoken(name):
    """ "Congo, Democratische Republiek" reads "Democratische Republiek Congo";
    "Sint-Helena, Ascension en Tristan da Cunha" is a list, and stays."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        if any(title in tail.lower() for title in TITLES):
            return f"{tail} {head}"
    return name


def main():
    with open(MO, "rb") as f:
        nl = gettext.GNUTranslations(f)
    with open(ISO, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    out = sys.stdout
    out.write("# The Dutch names of countries by ISO 3166-1 alpha-3 code, from Debian's\n"
              "# iso-codes (data/make-country-names.py): code, a tab, the name.\n")
    for country in sorted(countries, key=lambda c: c["alpha_3"]):
        english = country.get("common_name") or country["name"]
        # A common name the catalogue does not hold is the same in Dutch
        # ("Bolivia", "Venezuela"); it is still the one a reader knows.
        dutch = nl.gettext(english)
        out.write(f"{country['alpha_3']}\t{spoken(dutch)}\n")


if __name__ == "__main__":
    main()
