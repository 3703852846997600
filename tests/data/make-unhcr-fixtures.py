# Synthetic UNHCR Refugee Data Finder exports in the real shapes (values made up).
# Run from tests/data: python3 make-unhcr-fixtures.py (prints the sums the tests expect).
import zipfile, io
header = 'Year,"Country of origin","Country of origin (ISO)","Country of asylum","Country of asylum (ISO)","Refugees under UNHCR\'s mandate",Asylum-seekers,"Returned refugees","IDPs of concern to UNHCR","Returned IDPss","Stateless persons","Others of concern","Other people in need of international protection","Host Community"'
preamble = ['"Extracted from the UNHCR Refugee Population Statistics Database"',
            '"Date extracted: 2024-06-13 09:00:00 +00:00"',
            '"Synthetic test values in the shape of a Refugee Data Finder download; not UNHCR\'s figures"',
            '']
C = {'SYR':'Syrian Arab Rep.','AFG':'Afghanistan','VEN':'Venezuela (Bolivarian Republic of)','UKR':'Ukraine',
     'COD':'Congo, Dem. Rep. of the','UNK':'Unknown ','SDN':'Sudan','SSD':'South Sudan','MMR':'Myanmar',
     'SOM':'Somalia','ERI':'Eritrea','IRQ':'Iraq','TUR':'Türkiye','DEU':'Germany','NLD':'Netherlands',
     'COL':'Colombia','UGA':'Uganda','PAK':'Pakistan','IRN':'Iran (Islamic Rep. of)','POL':'Poland',
     'THA':'Thailand','BGD':'Bangladesh','KEN':'Kenya','ETH':'Ethiopia','CHE':'Switzerland'}
# (year, origin, asylum, refugees, asylum-seekers, returned refugees, idps, returned idps, stateless, ooc, oip, host)
rows = []
def r(y,o,a,ref='-',asy='-',ret='-',idp='-',ridp='-',st='-',ooc='-',oip='-',host='-'):
    rows.append((y,o,a,ref,asy,ret,idp,ridp,st,ooc,oip,host))
for y, k in ((2021, 1), (2022, 2), (2023, 3)):
    r(y,'SYR','TUR', ref=3000000+k*100000, asy=1000*k)
    r(y,'SYR','DEU', ref=500000+k*10000, asy=50000)
    r(y,'SYR','NLD', ref=40000+k, asy=5)
    r(y,'SYR','SYR', idp=6000000+k*100000, ridp=10000*k)
    r(y,'AFG','PAK', ref=1300000+k*200000, ret=1000*k)
    r(y,'AFG','IRN', ref=700000+k*50000, oip=None if y==2021 else 1000000*k)
    r(y,'AFG','DEU', ref=150000, asy=70000+k)
    r(y,'VEN','COL', ref=1000*k, oip=None if y==2021 else 2500000+k*10000)
    r(y,'UKR','POL', ref=None if y==2021 else 900000+k*100000)
    r(y,'UKR','DEU', ref=None if y==2021 else 1000000+k)
    r(y,'COD','UGA', ref=450000+k, asy=3000)
    r(y,'UNK','NLD', ref=1000*k, st=1000*k)
    r(y,'UNK','THA', st=480000+k)
    r(y,'SDN','ETH', ref=50000*k, asy=4)
    r(y,'SSD','UGA', ref=800000+k*1000)
    r(y,'MMR','BGD', ref=900000+k)
    r(y,'SOM','KEN', ref=280000+k)
    r(y,'ERI','ETH', ref=160000+k, asy=2000)
    r(y,'IRQ','DEU', ref=100000+k, asy=20000, ooc=1000*k)
    r(y,'NLD','CHE', ref=5)
    r(y,'COL','COL', idp=5000000+k, host=100000*k)
def val(v): return '-' if v is None or v == '-' else str(v)
def line(row, iso=True):
    y,o,a = row[:3]
    parts = [str(y), '"%s"' % C[o]] + (['"%s"' % o] if iso else []) + ['"%s"' % C[a]] + (['"%s"' % a] if iso else [])
    parts += [val(v) for v in row[3:]]
    return ','.join(parts)
hdr_noiso = header.replace(',"Country of origin (ISO)"','').replace(',"Country of asylum (ISO)"','')
full = '\r\n'.join(preamble + [header] + [line(x) for x in rows]) + '\r\n'
noiso = '\n'.join(preamble[:2] + [hdr_noiso] + [line(x, False) for x in rows]) + '\n'
open('unhcr-population.csv','w', newline='').write(full)
open('unhcr-population-no-iso.csv','w', newline='').write(noiso)
foot = 'Year,"Country of origin","Country of asylum",Footnote\r\n2023,"Syrian Arab Rep.","Türkiye","Synthetic footnote."\r\n'
def mkzip(name, files):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for fn, data in files:
            zi = zipfile.ZipInfo(fn, date_time=(2024,6,13,9,0,0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
mkzip('unhcr-download.zip', [('footnotes.csv', foot), ('population.csv', full)])
mkzip('unhcr-no-population.zip', [('footnotes.csv', foot)])
# A bad value on a known line and column.
# aggregates to assert in tests
import math
cats = ['ref','asy','ret','idp','ridp','st','ooc','oip','host']
for y in (2021,2022,2023):
    sums = {}
    for row in rows:
        if row[0]!=y: continue
        for c,v in zip(cats,row[3:]):
            if v not in (None,'-'): sums[c]=sums.get(c,0)+v
    print(y, sums)
for side in (1,2):
  tot={}
  for row in rows:
    if row[0]!=2023: continue
    s=0; known=False
    for c,v in zip(cats,row[3:]):
        if c in ('ref','asy','oip') and v not in (None,'-'): s+=v; known=True
    if known:
        key = 'UNK' if row[side]=='UNK' else row[side]
        tot[key]=tot.get(key,0)+s
  print(side, sorted(tot.items(), key=lambda kv:(-kv[1],C[kv[0]]))[:11], len(tot))
