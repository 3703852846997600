# gen-figures.py: a figures CSV of a given size, for the loading benchmark
#
#   python3 gen-figures.py OUT.csv MEGABYTES
#
# The letter's own columns and kinds of rows, repeated with new ids: a
# total and its three parts (which add up), a sum in euro, a ceiling and a
# percentage with its base; quoted sentences with commas, Dutch and English.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import sys

HEADER = "id,value,unit,qualifier,date,label_nl,label_en,parent,base,source,source_en\n"
SENTENCE_NL = ('"21,3 miljoen mensen zijn op de vlucht, 40,8 miljoen mensen zijn ontheemd in '
               'eigen land en 3,2 miljoen mensen zoeken asiel (groep {n})."')
SENTENCE_EN = ('"21.3 million people are refugees, 40.8 million people are internally displaced '
               'and 3.2 million people are seeking asylum (group {n})."')
ROWS = [
    ("total-{n}", "65300000", "people", "", "2015-12-31", "Wereldwijd ontheemd {n}",
     "Displaced worldwide {n}", "", ""),
    ("refugees-{n}", "21300000", "people", "", "2015-12-31", "Vluchtelingen {n}",
     "Refugees {n}", "total-{n}", ""),
    ("idps-{n}", "40800000", "people", "", "2015-12-31", "Ontheemd in eigen land {n}",
     "Internally displaced {n}", "total-{n}", ""),
    ("asylum-{n}", "3200000", "people", "", "2015-12-31", "Asielzoekers {n}",
     "Asylum seekers {n}", "total-{n}", ""),
    ("syria-{n}", "260000000", "EUR", "in_addition", "2016", "Steun regio Syrië {n}",
     "Support around Syria {n}", "", ""),
    ("resettlement-{n}", "4000", "people", "up_to_about", "2016-03", "Hervestiging {n}",
     "Resettlement {n}", "", ""),
    ("target-{n}", "10", "percent", "not_agreed", "2016-09", "Doel hervestiging {n}",
     "Resettlement target {n}", "", "refugees-{n}"),
]


def main():
    out, megabytes = sys.argv[1], float(sys.argv[2])
    limit = int(megabytes * 1024 * 1024)
    size = 0
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        size += len(HEADER.encode())
        while size < limit:
            block = []
            for row in ROWS:
                fields = [cell.format(n=n) for cell in row]
                fields += [SENTENCE_NL.format(n=n), SENTENCE_EN.format(n=n)]
                block.append(",".join(fields) + "\n")
            text = "".join(block)
            f.write(text)
            size += len(text.encode())
            n += 1


if __name__ == "__main__":
    main()
