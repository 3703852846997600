#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-window.py ONTHEEMD WINDOW_PROGRAM: `ontheemd` without options opens the
window: the command line execs the window program (the same process, its
name kept), which maps a window titled Ontheemd at its default size and
quits cleanly on Ctrl+Q. Needs an X display and xdotool; exit 77 without."""

import os
import shutil
import subprocess
import sys
import time


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def xdotool(*args):
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True)
    return result.stdout.split() if result.returncode == 0 else []


def main():
    program, window_program = sys.argv[1], sys.argv[2]
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        print("SKIP: no X display or no xdotool")
        return 77

    # A key another test left pressed on this X server (a client that died
    # between press and release) would reach the new window: none is.
    subprocess.run(["xdotool", "keyup", "Control_L", "Control_R", "Shift_L", "Alt_L", "q"],
                   capture_output=True)
    # Xvfb now and then refuses a client that connects while others do: the
    # program is started again, a few times, when that is why it stopped.
    for attempt in range(4):
        app = subprocess.Popen([program], stderr=subprocess.PIPE, text=True)
        windows = []
        deadline = time.monotonic() + 45
        while not windows and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.2)
            windows = xdotool("search", "--onlyvisible", "--pid", str(app.pid),
                              "--name", "^Ontheemd$")
        if windows or app.poll() is None:
            break
        err = app.stderr.read()
        if "cannot open display" not in err.lower() or attempt == 3:
            fail(f"no window mapped (exit status {app.returncode}): {err}")
        time.sleep(0.5)
    try:
        if not windows:
            fail("no window mapped within 45 s")

        # One process: the command line replaced itself with the window program.
        exe = os.path.realpath(f"/proc/{app.pid}/exe")
        if exe != os.path.realpath(window_program):
            fail(f"the window runs {exe}, not {window_program}")
        with open(f"/proc/{app.pid}/cmdline", "rb") as f:
            argv0 = f.read().split(b"\0")[0].decode()
        if argv0 != program:
            fail(f"argv[0] is {argv0}, not {program}: the program's name would change")

        window = windows[-1]
        names = subprocess.run(["xdotool", "getwindowname", window], capture_output=True,
                               text=True).stdout.strip()
        if names != "Ontheemd":
            fail(f"the window is titled {names!r}")
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                  capture_output=True, text=True).stdout
        size = dict(line.split("=", 1) for line in geometry.split())
        if int(size["WIDTH"]) < 360 or int(size["HEIGHT"]) < 300:
            fail(f"the window is {size['WIDTH']}x{size['HEIGHT']}")

        # Keys as a person types them (XTest), to the window with the focus.
        subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], check=True)
        try:
            status = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            fail("Ctrl+Q did not quit the window")
        if status != 0:
            fail(f"the window exited {status}: {app.stderr.read()}")
        print(f"window {size['WIDTH']}x{size['HEIGHT']} 'Ontheemd' from {exe}, quit with Ctrl+Q")
        return 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


if __name__ == "__main__":
    sys.exit(main())
