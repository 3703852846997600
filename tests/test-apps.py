#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-apps.py ONTHEEMD WORKDIR: the decks in the application people open them in.

Ontheemd writes a PowerPoint and an Impress deck; Debian's LibreOffice Impress
(soffice --headless --convert-to pdf, a profile of its own in WORKDIR) opens
each and renders as many pages as slides, with the quotation's text
extractable (pdftotext) and a picture on every chart's page (pdfimages). Every
XML part is well-formed (xmllint); the alt text and the notes are where
PowerPoint and Impress read them; hostile labels cannot break the XML.
An edited briefing's decks (tests/data/briefing-letter.ontheemd) carry its
title slide, the chosen quote as text, the speaker notes after the source note,
and the edited chart as the picture: the very PNG `--export --briefing` draws,
and a page unlike the unedited deck's.
The converted pages stay in WORKDIR/apps/ to be looked at.
"""
import os
import re
import shutil
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}
SLIDES = ["breakdown", "funding", "timeline"]
QUOTE = "65.3 million people are displaced"
KAMERSTUK = "Kamerstuk 26 150, no. 155"
HOSTILE = (
    "id,value,unit,label_nl,label_en,parent,source\n"
    "total,100,people,\"</a:t><x/>&amp;\",\"</p:sp>]]><!-- & '\",,\"<text:p>zin</text:p> &\"\n"
    "part,60,people,Deel <b>,\"Part \"\"<i>\",total,\"]]> & <\"\n"
    "rest,40,people,Rest,Rest &lt;,total,Zin.\n"
)
BRIEFING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                        "briefing-letter.ontheemd")
# What that briefing says, as Impress shows it.
COVER = ["Hervestiging in 2016", "Ministerie van Buitenlandse Zaken", "8 september 2016"]
CHOSEN = ("de bestaande toezegging om maximaal circa 4.000 Syrische vluchtelingen te "
          "hervestigen in het kader van de EU-Turkije verklaring")
SPEAKER_NOTES = "Begin met de 4.000: het is een maximum."
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def well_formed(deck):
    with zipfile.ZipFile(deck) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                result = subprocess.run(["xmllint", "--noout", "-"], input=z.read(name),
                                        capture_output=True)
                check(result.returncode == 0,
                      f"{deck}:{name} is not well-formed: {result.stderr.decode()[:200]}")


def pptx_parts(deck, n_charts):
    with zipfile.ZipFile(deck) as z:
        for i in range(2, n_charts + 2):
            slide = ET.fromstring(z.read(f"ppt/slides/slide{i}.xml"))
            pics = slide.findall(".//p:pic/p:nvPicPr/p:cNvPr", NS)
            check(len(pics) == 1 and len(pics[0].get("descr", "")) > 20,
                  f"{deck} slide {i}: the picture has no alt text (p:cNvPr descr)")
            texts = [t.text or "" for t in slide.findall(".//p:sp//a:t", NS)]
            check(any(KAMERSTUK in t for t in texts), f"{deck} slide {i}: no source text box")
            notes = ET.fromstring(z.read(f"ppt/notesSlides/notesSlide{i}.xml"))
            body = notes.find(".//p:sp/p:nvSpPr/p:nvPr/p:ph[@type='body']", NS)
            note_text = " ".join(t.text or "" for t in notes.findall(".//a:t", NS))
            check(body is not None and KAMERSTUK in note_text,
                  f"{deck} slide {i}: the notes' body placeholder lacks the Kamerstuk")
            rels = z.read(f"ppt/slides/_rels/slide{i}.xml.rels").decode()
            check("notesSlide" in rels and ".svg" in rels and ".png" in rels,
                  f"{deck} slide {i}: its relationships lack the notes, SVG or PNG")
        core = z.read("docProps/core.xml").decode()
        check("<dc:title>The figures of Kamerstuk" in core, f"{deck}: no document title")
        check("<dc:creator>Ontheemd</dc:creator>" in core, f"{deck}: no author")


def odp_parts(deck, n_charts):
    with zipfile.ZipFile(deck) as z:
        first = z.infolist()[0]
        check(first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED,
              f"{deck}: the mimetype is not first and stored")
        content = ET.fromstring(z.read("content.xml"))
        pages = content.findall(".//draw:page", NS)
        check(len(pages) == n_charts + 1, f"{deck}: {len(pages)} pages, not {n_charts + 1}")
        for page in pages[1:]:
            frame = [f for f in page.findall("draw:frame", NS) if f.find("draw:image", NS) is not None]
            check(len(frame) == 1, f"{deck}: a page without its picture")
            if frame:
                images = frame[0].findall("draw:image", NS)
                check([i.get(f"{{{NS['draw']}}}mime-type") for i in images]
                      == ["image/svg+xml", "image/png"], f"{deck}: not SVG with a PNG fallback")
                desc = frame[0].find("svg:desc", NS)
                check(desc is not None and len(desc.text or "") > 20, f"{deck}: no svg:desc")
                check(frame[0].find("svg:title", NS) is not None, f"{deck}: no svg:title")
            notes = page.find("presentation:notes", NS)
            note_text = "".join(notes.itertext()) if notes is not None else ""
            check(KAMERSTUK in note_text, f"{deck}: a page's notes lack the Kamerstuk")
        meta = z.read("meta.xml").decode()
        check("<dc:title>The figures of Kamerstuk" in meta, f"{deck}: no document title")


def picture_drawn(pdf, page):
    """Whether the page's picture area (its top two thirds) is drawn on:
    Impress draws an SVG as vectors, which pdfimages does not list."""
    pgm = run_bytes("pdftoppm", "-gray", "-r", "20", "-f", str(page), "-l", str(page), pdf)
    header = pgm.split(b"\n", 3)
    width, height = (int(v) for v in header[1].split())
    pixels = header[3]
    area = pixels[: width * (height * 2 // 3)]
    inked = sum(1 for v in area if v < 200)
    return inked > len(area) * 0.02


def run_bytes(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout


def impress_renders(decks, n_charts, out, profile, quote):
    result = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}",
                             "--headless", "--convert-to", "pdf", "--outdir", out, *decks],
                            capture_output=True, text=True, timeout=240)
    if result.returncode != 0:
        # What LibreOffice said is what tells why.
        sys.exit(f"FAIL: soffice exited with {result.returncode}:\n{result.stdout}"
                 f"{result.stderr}")
    for deck in decks:
        base = os.path.splitext(os.path.basename(deck))[0]
        pdf = os.path.join(out, base + ".pdf")
        check(os.path.exists(pdf), f"Impress did not convert {deck}")
        if not os.path.exists(pdf):
            continue
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf).stdout).group(1))
        check(pages == n_charts + 1, f"{deck}: Impress rendered {pages} pages, not {n_charts + 1}")
        text = re.sub(r"\s+", " ", run("pdftotext", pdf, "-").stdout)
        check(quote is None or quote in text, f"{deck}: the quotation is not text in Impress's PDF")
        images = run("pdfimages", "-list", pdf).stdout.splitlines()[2:]
        pages_with_images = {int(line.split()[0]) for line in images if line.strip()}
        missing = [page for page in range(2, n_charts + 2)
                   if page not in pages_with_images and not picture_drawn(pdf, page)]
        check(not missing, f"{deck}: pages without a picture: {missing}")
        # Pages to look at.
        run("pdftoppm", "-r", "50", "-png", pdf, os.path.join(out, base))


def page_pixels(pdf, page):
    return run_bytes("pdftoppm", "-gray", "-r", "30", "-f", str(page), "-l", str(page), pdf)


def edited_decks(ontheemd, out, profile, env):
    """The briefing's edits in both decks, and in Impress's rendering of them."""
    # A fixed creation time, which a PNG states: the same chart, the same bytes.
    env = dict(env, SOURCE_DATE_EPOCH="1473292800")
    decks, plain = [], []
    for ext in ("pptx", "odp"):
        deck = os.path.join(out, f"edited-{ext}.{ext}")
        subprocess.run([ontheemd, "--export-deck", deck, "--briefing", BRIEFING], check=True,
                       env=env)
        well_formed(deck)
        decks.append(deck)
        unedited = os.path.join(out, f"unedited-{ext}.{ext}")
        subprocess.run([ontheemd, "--export-deck", unedited, "--slides", "key-figures,breakdown",
                        "--lang", "nl"], check=True, env=env)
        plain.append(unedited)

    # The picture is the edited chart, as the command line exports it.
    picture = os.path.join(out, "edited-key-figures.png")
    subprocess.run([ontheemd, "--export", picture, "--briefing", BRIEFING, "--chart", "key-figures",
                    "--width", "1128", "--height", "480", "--scale", "2"], check=True, env=env)
    with open(picture, "rb") as f:
        expected = f.read()
    with zipfile.ZipFile(decks[0]) as z:
        check(z.read("ppt/media/chart2.png") == expected,
              f"{decks[0]}: the chart's picture is not the edited chart")
        notes = ET.fromstring(z.read("ppt/notesSlides/notesSlide2.xml"))
        lines = [t.text or "" for t in notes.findall(".//a:t", NS)]
        check(lines[-1:] == [SPEAKER_NOTES] and any(KAMERSTUK.replace("no.", "nr.") in l
                                                    for l in lines),
              f"{decks[0]}: the speaker notes do not follow the source note: {lines}")
        slide = ET.fromstring(z.read("ppt/slides/slide2.xml"))
        pic = slide.find(".//p:pic/p:nvPicPr/p:cNvPr", NS)
        check(pic is not None and pic.get("title") == "Nederland hervestigt hooguit 4.000 Syriërs",
              f"{decks[0]}: the picture is not named by the user's title")
    with zipfile.ZipFile(decks[1]) as z:
        check(z.read("Pictures/chart2.png") == expected,
              f"{decks[1]}: the chart's picture is not the edited chart")
        content = ET.fromstring(z.read("content.xml"))
        page = content.findall(".//draw:page", NS)[1]
        notes = page.find("presentation:notes", NS)
        lines = ["".join(p.itertext()) for p in notes.iter(f"{{{NS['text']}}}p")]
        check(lines[-1:] == [SPEAKER_NOTES],
              f"{decks[1]}: the speaker notes do not follow the source note: {lines}")

    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", out, *decks, *plain],
                   check=True, capture_output=True, timeout=240)
    for deck, unedited in zip(decks, plain):
        pdf = os.path.splitext(deck)[0] + ".pdf"
        plain_pdf = os.path.splitext(unedited)[0] + ".pdf"
        check(os.path.exists(pdf), f"Impress did not convert {deck}")
        if not os.path.exists(pdf):
            continue
        cover = re.sub(r"\s+", " ", run("pdftotext", "-f", "1", "-l", "1", pdf, "-").stdout)
        for line in COVER:
            check(line in cover, f"{deck}: the title slide lacks “{line}”: {cover}")
        slide = re.sub(r"\s+", " ", run("pdftotext", "-f", "2", "-l", "2", pdf, "-").stdout)
        check(CHOSEN in slide, f"{deck}: the chosen quote is not text on its slide: {slide}")
        check(page_pixels(pdf, 2) != page_pixels(plain_pdf, 2),
              f"{deck}: the edited chart's page looks like the unedited one")
        run("pdftoppm", "-r", "50", "-png", pdf, os.path.splitext(deck)[0])


def main():
    ontheemd, workdir = sys.argv[1], sys.argv[2]
    if shutil.which("soffice") is None:
        print("LibreOffice Impress (soffice) is not installed: ./run deps installs it")
        return 77
    out = os.path.join(workdir, "apps")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    profile = os.path.join(out, "profile")
    env = dict(os.environ, LANGUAGE="en")
    env.pop("DISPLAY", None)

    decks = []
    for ext in ("pptx", "odp"):
        deck = os.path.join(out, f"deck-{ext}.{ext}")
        subprocess.run([ontheemd, "--export-deck", deck, "--slides", ",".join(SLIDES),
                        "--lang", "en"], check=True, env=env)
        decks.append(deck)
        well_formed(deck)
    pptx_parts(decks[0], len(SLIDES))
    odp_parts(decks[1], len(SLIDES))

    hostile_csv = os.path.join(out, "hostile.csv")
    with open(hostile_csv, "w") as f:
        f.write(HOSTILE)
    hostile = []
    for ext in ("pptx", "odp"):
        deck = os.path.join(out, f"hostile-{ext}.{ext}")
        subprocess.run([ontheemd, "--export-deck", deck, "--data", hostile_csv,
                        "--slides", "breakdown", "--lang", "en"], check=True, env=env)
        well_formed(deck)
        hostile.append(deck)

    impress_renders(decks, len(SLIDES), out, profile, QUOTE)
    impress_renders(hostile, 1, out, profile, None)
    edited_decks(ontheemd, out, profile, env)
    print(f"converted pages in {out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
