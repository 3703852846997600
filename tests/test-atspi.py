#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-atspi.py ONTHEEMD [CHECK]: the real window as a screen reader meets it.

A D-Bus session bus and the accessibility bus (at-spi2-core) of its own,
the window on the X display the suite runs under, keys from xdotool, and
Debian's pyatspi asking what Orca would ask: every object's name and role,
the letter's text and its attributes at every offset, and where focus is
after each key. Everything started here is ended here, by process id.

CHECK is "window" (the default), "dutch" (the same window in Dutch) or
"hypertext" (GTK 4.8 has no Hypertext interface: skips, saying so).
Exit 0 passed, 1 failed, 77 skipped.
"""

import ctypes
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
BINARY = sys.argv[1]
CHECK = sys.argv[2] if len(sys.argv) > 2 else "window"

# A GTK type name read out as a name: "GtkImage", "AdwGizmo", "OtFigureTable".
TYPE_NAME = re.compile(r"^(Gtk|Gdk|Adw|Ot)[A-Z][A-Za-z]+$")
# A mnemonic's underscore left in a name: "_Export…".
MNEMONIC = re.compile(r"(^|\s)_\w")

failures = []
started = []     # Popen objects we started, in order


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


def become_subreaper():
    """Daemons the buses start are reparented to us, so we can end them."""
    PR_SET_CHILD_SUBREAPER = 36
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def our_children():
    pids = []
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me:
            pids.append(int(entry))
    return pids


def cleanup():
    for process in reversed(started):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    # What the buses started (the accessibility bus, its registry), by pid.
    deadline = time.time() + 5
    while time.time() < deadline:
        pids = our_children()
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        time.sleep(0.2)
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
    for pid in our_children():
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def start_session_bus():
    read, write = os.pipe()
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            f"--print-address={write}"], pass_fds=[write],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started.append(bus)
    os.close(write)
    with os.fdopen(read) as stream:
        address = stream.readline().strip()
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address

    # The accessibility bus, asked for as a screen reader's session would.
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started.append(launcher)
    for _ in range(100):
        result = subprocess.run(["dbus-send", "--session", "--print-reply=literal",
                                 "--dest=org.a11y.Bus", "/org/a11y/bus",
                                 "org.a11y.Bus.GetAddress"], capture_output=True, text=True)
        if result.returncode == 0 and result.stdout.strip():
            # Not the X root window's, which another session may have left.
            os.environ["AT_SPI_BUS_ADDRESS"] = result.stdout.strip()
            return
        time.sleep(0.1)
    raise RuntimeError("the accessibility bus did not start")


def start_app(lang):
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env["GTK_A11Y"] = "atspi"
    env["LANGUAGE"] = lang
    env["LC_ALL"] = "C.UTF-8"
    app = subprocess.Popen([BINARY], env=env, stdout=subprocess.DEVNULL,
                           stderr=open(os.path.join(tempfile.gettempdir(),
                                                    f"ot-atspi-{os.getpid()}.log"), "w"))
    started.append(app)
    return app


# ---------------------------------------------------------------------------

def find_app(pyatspi, app_process, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        check_alive(app_process)
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            try:
                if app.get_process_id() != app_process.pid:
                    continue
            except Exception:
                continue
            for j in range(app.childCount):
                frame = app.getChildAtIndex(j)
                if frame is not None and frame.getRole() == pyatspi.ROLE_FRAME \
                   and frame.getState().contains(pyatspi.STATE_SHOWING):
                    return app, frame
        time.sleep(0.3)
    raise RuntimeError("the window did not appear on the accessibility bus")


def check_alive(app_process):
    if app_process.poll() is not None:
        raise RuntimeError(f"the program died (exit status {app_process.returncode})")


def walk(pyatspi, obj, only_showing=False):
    """Every object under @obj; one that goes away while we look (a toast
    that ends, a dialog that closes) is passed over."""
    stack = [obj]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            node.name
        except Exception:
            continue
        yield node
        try:
            if only_showing and not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            children = [node.getChildAtIndex(i) for i in range(node.childCount - 1, -1, -1)]
        except Exception:
            continue
        stack.extend(children)


def focused(pyatspi, frame):
    for node in walk(pyatspi, frame):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node
        except Exception:
            continue
    return None


def speech(pyatspi, obj):
    """What Orca says on focus: name, role, then description."""
    if obj is None:
        return "(nothing has focus)"
    parts = [obj.name, obj.getRoleName()]
    if obj.description:
        parts.append(obj.description.replace("\n", " / "))
    return ", ".join(p for p in parts if p)


def press(keys, settle=0.6):
    subprocess.run(["xdotool", "key", "--delay", "80"] + keys.split(), check=True)
    time.sleep(settle)


def wait_focus(pyatspi, frame, predicate, what, timeout=5):
    deadline = time.time() + timeout
    node = None
    while time.time() < deadline:
        node = focused(pyatspi, frame)
        if node is not None and predicate(node):
            print(f"  focus: {speech(pyatspi, node)}", flush=True)
            return node
        time.sleep(0.2)
    fail(f"{what}: focus is on {speech(pyatspi, node)}")
    return node


def focus_window(app_process):
    for _ in range(50):
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                 str(app_process.pid), "--name", "^Ontheemd$"],
                                capture_output=True, text=True)
        windows = []
        for window in result.stdout.split():
            geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                      capture_output=True, text=True).stdout
            size = dict(line.split("=", 1) for line in geometry.split())
            windows.append((int(size["WIDTH"]) * int(size["HEIGHT"]), window))
        if windows:
            # The window itself, not a popover's surface.
            window = max(windows)[1]
            subprocess.run(["xdotool", "windowsize", window, "1280", "800"])
            subprocess.run(["xdotool", "windowfocus", "--sync", window])
            return
        time.sleep(0.2)
    raise RuntimeError("xdotool found no window of the program")


def letter_text(pyatspi, frame):
    for node in walk(pyatspi, frame):
        if node.getRole() == pyatspi.ROLE_TEXT and "Text" in pyatspi.listInterfaces(node) \
           and node.queryText().characterCount > 5000:
            return node
    return None


# ---------------------------------------------------------------------------

def ancestry(node, depth=5):
    """Where an object is, as a screen reader user would hear it: its
    parents' roles and names, nearest first."""
    parts = []
    parent = node.parent
    while parent is not None and len(parts) < depth:
        try:
            parts.append(f"{parent.getRoleName()} {parent.name or ''!r}")
            parent = parent.parent
        except Exception:
            break
    return " < ".join(parts)


def check_names(pyatspi, frame):
    """Every object a screen reader can land on is named, in words."""
    n_focusable = 0
    for node in walk(pyatspi, frame):
        try:
            name = node.name or ""
            role = node.getRoleName()
            states = node.getState()
        except Exception:
            continue
        check(not TYPE_NAME.match(name),
              f"a {role} is named by its GTK type: {name!r} (in {ancestry(node)})")
        check(not MNEMONIC.search(name), f"a {role} keeps a mnemonic in its name: {name!r}")
        if states.contains(pyatspi.STATE_FOCUSABLE):
            check(name == name.strip(), f"a {role}'s name has spaces around it: {name!r}")
        halves = name.split()
        check(len(halves) < 2 or len(halves) % 2 == 1
              or halves[:len(halves) // 2] != halves[len(halves) // 2:],
              f"a {role} says its name twice: {name!r}")
        if states.contains(pyatspi.STATE_FOCUSABLE) and role not in ("scroll pane", "list"):
            n_focusable += 1
            check(name.strip() != "", f"a focusable {role} has no name (in {ancestry(node)})")
    print(f"  {n_focusable} focusable objects, every one named", flush=True)


def check_attributes(pyatspi, text, app_process, lang):
    """GetAttributes at every offset, as a screen reader announcing
    formatting asks; the program must live through all of them."""
    interface = text.queryText()
    n = interface.characterCount
    languages = set()
    offset = 0
    for offset in range(n):
        attributes, start, end = interface.getAttributeRun(offset, False)
        for attribute in attributes:
            if attribute.startswith("language:"):
                languages.add(attribute.split(":", 1)[1])
        if offset % 2000 == 0:
            check_alive(app_process)
    check_alive(app_process)
    defaults = interface.getDefaultAttributes()
    check_alive(app_process)
    print(f"  GetAttributes at all {n} offsets; languages {sorted(languages)}", flush=True)
    check(languages == {lang}, f"the letter's text is not marked as {lang!r}: {languages}")
    return defaults


def check_links(pyatspi, text, expect):
    links = [node for node in walk(pyatspi, text) if node.getRole() == pyatspi.ROLE_LINK]
    names = [link.name for link in links]
    check(len(links) >= 20, f"the letter has {len(links)} links")
    for name, meaning in expect:
        matching = [link for link in links if link.name == name]
        if check(matching, f"no link reads {name!r}"):
            check(meaning in matching[0].description,
                  f"the link {name!r} says {matching[0].description!r}, not {meaning!r}")
    print(f"  {len(links)} links, e.g. {names[:4]}", flush=True)
    return links


def check_one_language(pyatspi, frame, strings):
    for node in walk(pyatspi, frame):
        for text in (node.name or "", node.description or ""):
            for word in strings.get("not", []):
                check(word not in text, f"{text!r} is not in {strings['lang']!r}")


def check_keyboard(pyatspi, frame, app_process, strings):
    """Tab from figure to figure, Enter to its bar, back with Enter."""
    focus_window(app_process)
    time.sleep(0.5)

    # Into the letter: Alt+1 puts focus on the text, Tab on its first link.
    press("alt+1")
    wait_focus(pyatspi, frame, lambda n: n.getRole() == pyatspi.ROLE_TEXT,
               "Alt+1 goes to the letter")
    press("Tab")
    wait_focus(pyatspi, frame, lambda n: n.getRole() == pyatspi.ROLE_LINK
               and n.name == strings["first_link"], "Tab goes to the letter's first link")
    for name in strings["next_links"]:
        press("Tab")
        wait_focus(pyatspi, frame, lambda n, name=name: n.getRole() == pyatspi.ROLE_LINK
                   and n.name == name, f"Tab goes on to the link {name!r}")
    press("shift+Tab")
    wait_focus(pyatspi, frame, lambda n: n.getRole() == pyatspi.ROLE_LINK
               and n.name == strings["next_links"][-2], "Shift+Tab goes back a link")
    press("Tab")

    # Enter follows the figure: focus on its bar, read with value and source.
    press("Return", settle=1.0)
    element = wait_focus(pyatspi, frame, lambda n: n.name == strings["element"],
                         "Enter on a figure focuses its bar")
    if element is not None:
        for part in strings["element_description"]:
            check(part in element.description,
                  f"the bar's description lacks {part!r}: {element.description!r}")

    press("Right")
    element = wait_focus(pyatspi, frame, lambda n: n.name == strings["next_element"],
                         "Right goes to the next bar")

    # Enter on a bar: focus on its sentence in the letter, read out.
    press("Return", settle=1.0)
    sentence = wait_focus(pyatspi, frame, lambda n: strings["sentence"] in (n.name or ""),
                          "Enter on a bar focuses its sentence")
    # From the sentence, Tab goes on to the next figure.
    press("Tab")
    wait_focus(pyatspi, frame, lambda n: n.getRole() == pyatspi.ROLE_LINK,
               "Tab from the sentence goes to a link")
    return sentence


def check_table(pyatspi, frame, strings):
    """The table, row by row: each row reads as a sentence."""
    press("ctrl+t", settle=1.0)
    press("alt+2", settle=1.0)
    row = wait_focus(pyatspi, frame, lambda n: n.getRole() in (pyatspi.ROLE_TABLE_ROW,
                                                               pyatspi.ROLE_LIST_ITEM,
                                                               pyatspi.ROLE_TABLE_CELL)
                     or n.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE,
                                        pyatspi.ROLE_TREE_TABLE), "Alt+2 goes to the table")
    if row is not None and row.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE,
                                             pyatspi.ROLE_TREE_TABLE):
        press("Down")
    row = wait_focus(pyatspi, frame, lambda n: n.getRole() == pyatspi.ROLE_TABLE_ROW
                     and strings["row"] in n.name, "the first row reads as a sentence")
    press("Down")
    wait_focus(pyatspi, frame, lambda n: n.getRole() == pyatspi.ROLE_TABLE_ROW
               and strings["next_row"] in n.name, "Down reads the next row")

    # GTK 4.8's column view has no Table interface; its header row is a row
    # whose children are the column titles.
    table = row.parent
    while table is not None and table.getRole() != pyatspi.ROLE_TREE_TABLE \
            and table.getRole() != pyatspi.ROLE_TABLE:
        table = table.parent
    headers = []
    if check(table is not None, "the rows are in no table"):
        header_row = table.getChildAtIndex(0)
        headers = [header_row.getChildAtIndex(i).name for i in range(header_row.childCount)]
        print(f"  header row: {header_row.name}", flush=True)
    check(strings["header"] in headers, f"the table's headers are {headers}")
    press("ctrl+t", settle=0.8)


def check_export_dialog(pyatspi, app, app_process, strings):
    """The export dialog: its buttons said once, its drop-downs' items named."""
    focus_window(app_process)
    press("ctrl+e", settle=1.5)
    dialog = None
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None and window.name == strings["export_title"]:
            dialog = window
    if not check(dialog is not None, "Ctrl+E opened no export dialog"):
        return
    check_names(pyatspi, dialog)
    buttons = [n.name for n in walk(pyatspi, dialog) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON]
    for name in strings["export_buttons"]:
        check(name in buttons, f"the export dialog has no button {name!r}: {buttons}")
    combo = wait_focus(pyatspi, dialog, lambda n: True, "the dialog has focus")
    for _ in range(6):
        if combo is not None and combo.name == strings["size_row"]:
            break
        press("Tab", settle=0.4)
        combo = focused(pyatspi, dialog)
    press("space", settle=1.0)
    item = None
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        node = focused(pyatspi, window) if window is not None else None
        if node is not None:
            item = node
    print(f"  in the size list: {speech(pyatspi, item)}", flush=True)
    check(item is not None and item.name == strings["size_item"],
          f"the size list's item is read as {speech(pyatspi, item)}")
    press("Escape", settle=0.5)
    press("Escape", settle=1.0)


def check_announcement(pyatspi, frame, app_process, strings):
    """An export is announced where a screen reader hears it: on the
    object that has focus once the file is written."""
    folder = tempfile.mkdtemp(prefix="ot-atspi-")
    path = os.path.join(folder, "table.csv")
    focus_window(app_process)
    press("alt+2", settle=0.8)
    before = focused(pyatspi, frame)
    press("ctrl+shift+e", settle=2.0)
    # The file chooser: its name field has focus; a whole path is a name.
    press("ctrl+a")
    subprocess.run(["xdotool", "type", "--delay", "20", path], check=True)
    time.sleep(0.3)
    press("Return", settle=1.5)
    check_alive(app_process)
    # Without a window manager nothing gives the window focus back.
    focus_window(app_process)
    time.sleep(1.5)
    check(os.path.exists(path), f"the table was not written to {path}")
    node = focused(pyatspi, frame)
    message = strings["exported"]
    check(node is not None and message in (node.description or ""),
          f"the export is not announced on the focus ({speech(pyatspi, node)}); "
          f"before it was {speech(pyatspi, before)}")
    print(f"  after the export: {speech(pyatspi, node)}", flush=True)
    try:
        os.unlink(path)
        os.rmdir(folder)
    except OSError:
        pass


ENGLISH = {
    "lang": "en",
    "links": [("65.3 million", "Forcibly displaced worldwide"),
              ("21.3 million", "Refugees"),
              ("19 September 2016", "UN")],
    "first_link": "19 September 2016",
    "next_links": ["20 September 2016", "65.3 million", "21.3 million"],
    "element": "Refugees: 21.3 million; 32.6% (calculated: 21.3 million of 65.3 million)",
    "element_description": ["21.3 million", "21,300,000 people in full (published as 21.3 million)",
                            "“21.3 million people are refugees"],
    "next_element": "Internally displaced: 40.8 million; 62.5% (calculated: 40.8 million of 65.3 million)",
    "sentence": "40.8 million people are internally displaced",
    "row": "Refugees: 21.3 million",
    "next_row": "Internally displaced: 40.8 million",
    "header": "Figure",
    "exported": "Exported “table.csv”",
    "export_title": "Export Chart",
    "export_buttons": ["Cancel", "Export…"],
    "size_row": "Size",
    "size_item": "Slide 16:9",
}

DUTCH = {
    "lang": "nl",
    "links": [("65,3 miljoen", "Wereldwijd ontheemd of op de vlucht"),
              ("21,3 miljoen", "Vluchtelingen")],
    "first_link": "19 september 2016",
    "next_links": ["20 september 2016", "65,3 miljoen", "21,3 miljoen"],
    "element": "Vluchtelingen: 21,3 miljoen; 32,6% (berekend: 21,3 miljoen van 65,3 miljoen)",
    "element_description": ["21,3 miljoen", "mensen zijn op de vlucht"],
    "next_element": "Ontheemd in eigen land: 40,8 miljoen; 62,5% (berekend: 40,8 miljoen van 65,3 miljoen)",
    "sentence": "40,8 miljoen mensen zijn ontheemd in eigen land",
    # One language at a time: none of these English words.
    "not": ["Enter shows", " in full", "published as", ", on "],
}


def main():
    if not os.environ.get("DISPLAY"):
        print("SKIP: no X display")
        return SKIP
    try:
        subprocess.run(["xdotool", "version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        print("SKIP: xdotool is not installed")
        return SKIP
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        print("SKIP: at-spi2-core is not installed")
        return SKIP

    become_subreaper()
    start_session_bus()
    # The program keeps the suite's fatal criticals; pyatspi, whose own
    # warnings are not the program's, does not.
    app_debug = os.environ.pop("G_DEBUG", None)
    try:
        import pyatspi
    except ImportError:
        print("SKIP: python3-pyatspi is not installed")
        return SKIP

    strings = DUTCH if CHECK == "dutch" else ENGLISH
    if app_debug is not None:
        os.environ["G_DEBUG"] = app_debug
    app_process = start_app(strings["lang"])
    os.environ.pop("G_DEBUG", None)
    app, frame = find_app(pyatspi, app_process)
    time.sleep(1.0)
    text = letter_text(pyatspi, frame)
    if not check(text is not None, "the letter has no text object"):
        return 1

    if CHECK == "hypertext":
        if "Hypertext" not in pyatspi.listInterfaces(text):
            print("SKIP: GTK 4 gives a text view no Hypertext interface (none on GTK 4.8, "
                  "nor on 4.18 with GtkAccessibleText); the letter's figures are child "
                  "objects of role link instead, which test 'atspi' checks")
            return SKIP
        hypertext = text.queryHypertext()
        check(hypertext.getNLinks() >= 20, f"the letter has {hypertext.getNLinks()} hyperlinks")
        return 1 if failures else 0

    print("names:", flush=True)
    check_names(pyatspi, frame)
    print("attributes:", flush=True)
    check_attributes(pyatspi, text, app_process, strings["lang"])
    print("links:", flush=True)
    check_links(pyatspi, text, strings["links"])
    print("keyboard:", flush=True)
    check_keyboard(pyatspi, frame, app_process, strings)
    print("one language:", flush=True)
    check_one_language(pyatspi, frame, strings)
    if CHECK == "window":
        print("table:", flush=True)
        check_table(pyatspi, frame, strings)
        print("export dialog:", flush=True)
        check_export_dialog(pyatspi, app, app_process, strings)
        print("export:", flush=True)
        check_announcement(pyatspi, frame, app_process, strings)
        print("names, after all that:", flush=True)
        check_names(pyatspi, frame)
    check_alive(app_process)
    return 1 if failures else 0


if __name__ == "__main__":
    status = 1
    try:
        status = main()
    except Exception as error:  # a dead program, a bus that did not come
        print("FAIL:", error, flush=True)
        status = 1
    finally:
        cleanup()
    if status == 1:
        print(f"{len(failures)} failures")
    sys.exit(status)
