#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-metainfo.py METAINFO VERSION: the built (translated) metainfo is what
software centres need.

- `appstreamcli validate --pedantic --no-net` reports nothing, but for the
  hints listed in ALLOWED below, each with its reason;
- every summary, in every language, has at most 35 characters (what a
  software centre's tile shows);
- the newest <release> is the project's version, so a new version cannot
  ship without its release notes;
- <developer id> and the older <developer_name> are both there, and light and
  dark branding colours.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from checks import finish

metainfo, version = sys.argv[1], sys.argv[2]
failures = []

ALLOWED = {
    # The application id is fixed: it names the settings, the desktop file,
    # the D-Bus name and the Flatpak; capitals in ids are what GNOME's own
    # apps use (org.gnome.TextEditor).
    "cid-contains-uppercase-letter",
}

about = subprocess.run(["appstreamcli", "--version"], capture_output=True, text=True).stdout
match = re.search(r"(\d+)\.(\d+)", about)
appstream = tuple(int(n) for n in match.groups()) if match else (0, 0)
if appstream < (1, 0):
    # <developer> arrived in AppStream 1.0; older validators (Debian 12's
    # 0.16) do not know it, and read <developer_name> instead.
    ALLOWED.add("unknown-tag developer")
else:
    # ...which is why <developer_name> stays, though AppStream 1.0 calls it
    # deprecated.
    ALLOWED.add("developer-name-tag-deprecated")

result = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", metainfo],
                        capture_output=True, text=True)
for line in result.stdout.splitlines():
    issue = re.match(r"([EWIP]): [^:]+:(?:\d+:)? (.*)", line)
    if issue is None:
        continue
    text = issue.group(2).strip()
    if any(text == allowed or text.startswith(allowed + " ") for allowed in ALLOWED):
        continue
    failures.append(f"appstreamcli: {line.strip()}")
if result.returncode != 0:
    failures.append(f"appstreamcli validate failed:\n{result.stdout}{result.stderr}")

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
root = ET.parse(metainfo).getroot()
for summary in root.findall("summary"):
    lang = summary.get(XML_LANG, "C")
    if len(summary.text or "") > 35:
        failures.append(f"the {lang} summary has {len(summary.text)} characters, more than 35: "
                        f"“{summary.text}”")

releases = root.findall("releases/release")
if not releases:
    failures.append("no <release>")
elif releases[0].get("version") != version:
    failures.append(f"the newest <release> is {releases[0].get('version')}, the project is {version}")

developer = root.find("developer")
if developer is None or not developer.get("id") or developer.find("name") is None:
    failures.append("no <developer id=…> with a <name>")
if root.find("developer_name") is None:
    failures.append("no <developer_name> for older software centres")

schemes = {c.get("scheme_preference") for c in root.findall("branding/color[@type='primary']")}
if schemes != {"light", "dark"}:
    failures.append(f"branding colours for {sorted(s for s in schemes if s)}, not light and dark")

finish(failures, f"{metainfo}: valid (AppStream {appstream[0]}.{appstream[1]}, pedantic), "
       f"{len(root.findall('summary'))} summaries, {len(releases)} releases")
