# gen-unhcr.py: a UNHCR Refugee Data Finder population.csv of a given size,
# for the loading benchmark
#
#   python3 gen-unhcr.py OUT.csv MEGABYTES
#
# The export's real shape (see ../../shared/reference/unhcr-global-trends.md):
# description lines, then the header that starts with "Year,", then one row
# per year, country of origin and country of asylum, "-" where a value is
# missing. The values are synthetic.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import sys

HEADER = ('Year,"Country of origin","Country of origin (ISO)","Country of asylum",'
          '"Country of asylum (ISO)","Refugees under UNHCR\'s mandate",Asylum-seekers,'
          '"Returned refugees","IDPs of concern to UNHCR","Returned IDPss","Stateless persons",'
          '"Others of concern","Other people in need of international protection",'
          '"Host Community"\n')
PREAMBLE = ('"Extracted from the UNHCR Refugee Data Finder (synthetic benchmark data)"\n'
            '"Values under 5 are rounded"\n\n')


def main():
    out, megabytes = sys.argv[1], int(sys.argv[2])
    target = megabytes * 1000 * 1000
    written = 0
    countries = [(f"Country {i:03d}", f"C{i:02d}"[-3:].upper()) for i in range(200)]
    with open(out, "w", encoding="utf-8") as f:
        for text in (PREAMBLE, HEADER):
            f.write(text)
            written += len(text.encode())
        n = 0
        while written < target:
            year = 2000 + n % 25
            origin = countries[(n // 25) % 200]
            asylum = countries[(n // 5000) % 200]
            values = [str((n * 7919 + k * 104729) % 250000) if (n + k) % 11 else "-"
                      for k in range(9)]
            row = (f'{year},"{origin[0]}",{origin[1]},"{asylum[0]}",{asylum[1]},'
                   + ",".join(values) + "\n")
            f.write(row)
            written += len(row.encode())
            n += 1


if __name__ == "__main__":
    main()
