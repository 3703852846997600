#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The exported web page in a real browser: Debian's Chromium, headless, with
the network off, driven over the DevTools protocol (its pipe, so nothing
listens on a port). For each chart and both languages the page must ask for
nothing, log no error, show the chart's narrow, medium or wide form at 320,
600 and 1200 px in the light and the dark scheme with no text below 11 px,
reach every element by Tab with a tooltip that gives its value and its
sentence, and pass axe-core's accessibility rules. The screenshots are kept
in the build folder to look at.

    test-html.py PROGRAM BUILD_DIR SOURCE_DIR"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

# test-html.py --fetch-tools SOURCE only fetches the test tools (axe-core),
# into $OT_WEB_TOOLS: tests/current-gnome does so while its root has a network.
if len(sys.argv) == 3 and sys.argv[1] == "--fetch-tools":
    PROGRAM, BUILD, SOURCE = None, None, sys.argv[2]
else:
    PROGRAM, BUILD, SOURCE = sys.argv[1:4]
OUT = os.path.join(BUILD, "tests", "html") if BUILD else None
HOSTILE = '</script><script>window.owned=1</script><img src=x onerror="window.owned=1">'
WIDTHS = {320: "ot-narrow", 600: "ot-medium", 1200: "ot-wide"}


def axe_source():
    """axe-core as package-lock.json pins it: fetched from the npm registry
    once into the build folder and checked against the lock's hash (npm
    itself is not needed)."""
    tools = os.environ.get("OT_WEB_TOOLS") or os.path.join(BUILD, "web-tools")
    script = os.path.join(tools, "axe-core", "axe.min.js")
    if not os.path.exists(script):
        import base64
        import hashlib
        import io
        import tarfile
        import urllib.request
        with open(os.path.join(SOURCE, "tests", "web", "package-lock.json")) as f:
            package = json.load(f)["packages"]["node_modules/axe-core"]
        with urllib.request.urlopen(package["resolved"], timeout=60) as response:
            data = response.read()
        algorithm, digest = package["integrity"].split("-", 1)
        if base64.b64encode(hashlib.new(algorithm, data).digest()).decode() != digest:
            raise RuntimeError(f"{package['resolved']} does not match package-lock.json")
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            member = tar.extractfile("package/axe.min.js")
            os.makedirs(os.path.dirname(script), exist_ok=True)
            with open(script + ".part", "wb") as out:
                out.write(member.read())
        os.rename(script + ".part", script)
    with open(script, encoding="utf-8") as f:
        return f.read()


class Browser:
    def __init__(self, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        args = ["chromium", "--headless=new", "--remote-debugging-pipe",
                "--user-data-dir=" + profile, "--no-first-run", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--mute-audio",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                "--allow-file-access-from-files", "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")

        def fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=fds,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(domain + ".enable", session=True)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=False, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method):
        for i, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[i]
                return event
        while True:
            event = self.read()
            if event.get("method") == method:
                return event
            self.events.append(event)

    def js(self, expression, promise=False):
        result = self.call("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=promise)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:60]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key, code, keycode, text=None):
        down = {"type": "keyDown", "text": text} if text else {"type": "rawKeyDown"}
        for event in (down, {"type": "keyUp"}):
            self.call("Input.dispatchKeyEvent", session=True, key=key, code=code,
                      windowsVirtualKeyCode=keycode, **event)

    def close(self):
        try:
            self.call("Browser.close")
        except RuntimeError:
            pass
        self.proc.wait(timeout=20)


failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def test_page(browser, path, chart, lang, axe):
    url = "file://" + path
    for width, variant in WIDTHS.items():
        for scheme in ("light", "dark"):
            where = f"{chart} {lang} {width}px {scheme}"
            browser.events.clear()
            browser.call("Emulation.setDeviceMetricsOverride", session=True, width=width,
                         height=900, deviceScaleFactor=1, mobile=False)
            browser.call("Emulation.setEmulatedMedia", session=True,
                         features=[{"name": "prefers-color-scheme", "value": scheme}])
            browser.call("Page.navigate", session=True, url=url)
            browser.wait_for("Page.loadEventFired")

            shown = browser.js("""[...document.querySelectorAll('svg.ot-chart')]
                .filter(s => getComputedStyle(s).display !== 'none')
                .map(s => s.getAttribute('class'))""")
            check(shown == [f"ot-chart {variant} ot-{scheme}"],
                  f"{where}: shows {shown}, not the {variant} {scheme} chart")
            smallest = browser.js("""Math.min(...[...document.querySelectorAll('svg.ot-chart')]
                .filter(s => getComputedStyle(s).display !== 'none')
                .flatMap(s => [...s.querySelectorAll('text')].map(t =>
                    parseFloat(t.getAttribute('font-size')) *
                    s.getBoundingClientRect().width / s.viewBox.baseVal.width)))""")
            check(smallest >= 11, f"{where}: chart text drawn at {smallest:.1f} px")
            overflow = browser.js("document.documentElement.scrollWidth") - width
            check(overflow <= 0, f"{where}: the page is {overflow} px wider than the window")

            shot = browser.call("Page.captureScreenshot", session=True, format="png",
                                captureBeyondViewport=True)
            import base64
            with open(os.path.join(OUT, f"{chart}-{lang}-{width}-{scheme}.png"), "wb") as f:
                f.write(base64.b64decode(shot["data"]))

            # Every element by Tab, each with its tooltip, then the button.
            expected = browser.js("""[...document.querySelectorAll('svg.ot-chart')]
                .filter(s => getComputedStyle(s).display !== 'none')
                .flatMap(s => [...s.querySelectorAll('.ot-el')])
                .map(e => e.getAttribute('data-tip'))""")
            check(len(expected) > 0, f"{where}: no element to reach")
            reached = []
            for _ in range(len(expected) + 1):
                browser.key("Tab", "Tab", 9)
                state = browser.js("""(() => { const a = document.activeElement,
                    t = document.getElementById('ot-tip');
                    return { el: a.classList.contains('ot-el'), id: a.id,
                             tip: a.getAttribute('data-tip'), shown: !t.hidden,
                             text: [...t.children].map(c => c.textContent).join('\\n'),
                             described: a.getAttribute('aria-describedby') }; })()""")
                if not state["el"]:
                    check(state["id"] == "ot-toggle",
                          f"{where}: Tab went to {state['id']!r} after the elements")
                    break
                check(state["shown"] and state["text"] == state["tip"],
                      f"{where}: the tooltip says {state['text']!r}, not {state['tip']!r}")
                check(state["described"] == "ot-tip", f"{where}: tooltip not announced")
                check("“" in state["tip"] or "\n" not in state["tip"],
                      f"{where}: tooltip without its sentence")
                reached.append(state["tip"])
            check(reached == expected, f"{where}: Tab reached {len(reached)} of "
                  f"{len(expected)} elements")

            browser.key("Enter", "Enter", 13, text="\r")
            opened = browser.js("""(() => { const d = document.getElementById('ot-data');
                return [document.getElementById('ot-toggle').getAttribute('aria-expanded'),
                        d.getBoundingClientRect().height > 20]; })()""")
            check(opened == ["true", True], f"{where}: the table did not open: {opened}")

            browser.js(axe)
            violations = browser.js("""axe.run(document).then(r => r.violations.map(v =>
                v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))""",
                                    promise=True)
            check(violations == [], f"{where}: axe: {violations}")

            for event in browser.events:
                method = event.get("method")
                params = event.get("params", {})
                if method == "Network.requestWillBeSent":
                    request = params["request"]["url"]
                    check(request == url or request.startswith("data:"),
                          f"{where}: the page asked for {request}")
                elif method == "Runtime.exceptionThrown":
                    check(False, f"{where}: {params['exceptionDetails']}")
                elif method == "Runtime.consoleAPICalled" and params["type"] == "error":
                    check(False, f"{where}: console error {params['args']}")
                elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                    check(False, f"{where}: {params['entry']['text']}")


def test_hostile(browser, tmp):
    """Labels and sentences that are markup stay text."""
    figures = os.path.join(tmp, "hostile.csv")
    label = HOSTILE.replace('"', '""')
    with open(figures, "w", encoding="utf-8") as f:
        f.write("id,value,unit,label_nl,label_en,parent,source\n")
        f.write(f'world,100000000,people,"{label}","{label}",,"{label} </svg>"\n')
        f.write(f'north,40000000,people,"{label} N","{label} N",world,"&amp; ]]> <!--"\n')
        f.write(f'south,60000000,people,South,South,world,"<![CDATA[ x"\n')
    path = os.path.join(OUT, "hostile.html")
    subprocess.run([PROGRAM, "--data", figures, "--chart", "breakdown", "--lang", "en",
                    "--export", path], check=True)
    url = "file://" + path
    browser.events.clear()
    browser.call("Page.navigate", session=True, url=url)
    browser.wait_for("Page.loadEventFired")
    state = browser.js("""({ owned: window.owned === 1,
        scripts: document.scripts.length, images: document.images.length,
        cells: [...document.querySelectorAll('#ot-data td')].map(c => c.textContent) })""")
    check(not state["owned"] and state["scripts"] == 1 and state["images"] == 0,
          f"hostile labels ran or made elements: {state}")
    check(any(HOSTILE in cell for cell in state["cells"]),
          f"hostile label not shown as text: {state['cells'][:2]}")
    for event in browser.events:
        if event.get("method") == "Network.requestWillBeSent":
            request = event["params"]["request"]["url"]
            check(request == url, f"hostile page asked for {request}")


def main():
    if PROGRAM is None:
        axe_source()
        return 0
    if shutil.which("chromium") is None:
        print("chromium is not installed (./run test installs it)")
        return 77
    os.makedirs(OUT, exist_ok=True)
    axe = axe_source()
    with tempfile.TemporaryDirectory() as tmp:
        browser = Browser(os.path.join(tmp, "profile"))
        try:
            test_hostile(browser, tmp)
            charts = subprocess.run([PROGRAM, "--list-charts"], check=True, text=True,
                                    stdout=subprocess.PIPE).stdout.splitlines()
            for chart in (line.split("\t")[0] for line in charts):
                for lang in ("en", "nl"):
                    path = os.path.join(OUT, f"{chart}-{lang}.html")
                    subprocess.run([PROGRAM, "--chart", chart, "--lang", lang,
                                    "--export", path], check=True)
                    test_page(browser, path, chart, lang, axe)
        finally:
            browser.close()
    print(f"{len(failures)} failures; screenshots in {OUT}")
    return 1 if failures else 0


sys.exit(main())
