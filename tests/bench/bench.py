# bench.py: runs every benchmark of issues 7 and 16 and prints one table
#
#   python3 bench.py --build BUILD_BENCH [--rounds N] [--frames N] [--only ROWS]
#
# tests/bench/run builds BUILD_BENCH and runs this under Xvfb and a D-Bus
# session. Every pair is measured in the same run, alternating A B A B ...
# after a warm-up; a figure is the median of its runs. Nothing here fails on
# a slow machine: a target that is missed is marked, not raised.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"  # Debian's, which has python3-matplotlib


def log(message):
    print(message, file=sys.stderr, flush=True)


class Run:
    """One finished process: wall time, peak memory, its output."""

    def __init__(self, argv, env, timeout, memory=False):
        # A child's ru_maxrss counts the forked Python's pages before exec;
        # GNU time, small, forks the program itself and reports its own.
        usage_file = tempfile.NamedTemporaryFile(mode="r") if memory else None
        if usage_file:
            argv = ["/usr/bin/time", "-f", "%M", "-o", usage_file.name] + list(argv)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            self.start_ns = time.monotonic_ns()
            process = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
            deadline = time.monotonic() + timeout
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid != 0:
                    break
                if time.monotonic() > deadline:
                    process.kill()
                    pid, status, usage = os.wait4(process.pid, 0)
                    break
                time.sleep(0.0005)
            self.end_ns = time.monotonic_ns()
            process.returncode = os.waitstatus_to_exitcode(status)
            self.timed_out = time.monotonic() > deadline
            self.status = process.returncode
            self.seconds = (self.end_ns - self.start_ns) / 1e9
            self.max_rss_mb = None
            if usage_file:
                kilobytes = usage_file.read().split()
                self.max_rss_mb = int(kilobytes[-1]) / 1024 if kilobytes else None
                usage_file.close()
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode(errors="replace")
            self.stderr = err.read().decode(errors="replace")

    @property
    def ok(self):
        return self.status == 0 and not self.timed_out


def alternate(commands, rounds, warm_up=2, timeout=300, memory=False):
    """Runs each command warm_up times, then rounds times, A B A B ...

    commands: {name: (argv, env)}; returns {name: [Run]} (measured runs)."""
    for _ in range(warm_up):
        for name, (argv, env) in commands.items():
            run = Run(argv, env, timeout, memory)
            if not run.ok:
                log(f"  {name}: failed in the warm-up ({run.status}): {run.stderr.strip()[-300:]}")
    runs = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (argv, env) in commands.items():
            runs[name].append(Run(argv, env, timeout, memory))
    return runs


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt_ms(seconds):
    if seconds is None:
        return "–"
    ms = seconds * 1000
    return f"{ms:.0f} ms" if ms >= 100 else f"{ms:.1f} ms" if ms >= 10 else f"{ms:.2f} ms"


def fmt_ratio(value):
    return "–" if value is None else f"{value:.2f}×"


def fmt_count(count):
    return "–" if count is None else f"{count / 1e6:.1f} M"


def verdict(met_time, met_count):
    """met, not met, or which of the two measures met it."""
    if met_count is None or met_time is None:
        met = met_time if met_count is None else met_count
        return "" if met is None else ("met" if met else "**not met**")
    if met_time and met_count:
        return "met"
    if not met_time and not met_count:
        return "**not met**"
    return ("met in instructions, **not in time**" if met_count
            else "met in time, **not in instructions**")


class Table:
    """One row a measure: ours, the peer (what it is compared with), the
    floor (what the libraries alone take, where one is known), the target
    and whether it is met, in time (medians of alternating runs) and in
    instructions (callgrind)."""

    HEAD = ["measure", "Ontheemd", "instructions", "compared with", "its figure",
            "its instructions", "ratio", "ratio (instructions)", "floor", "target", "result",
            "note"]

    def __init__(self):
        self.rows = []

    def add(self, what, ours, peer_name="", peer="", ratio=None, target="", met=None, note="",
            count=None, peer_count=None, count_ratio=None, count_met=None, floor=""):
        if count_ratio is None and count and peer_count:
            count_ratio = count / peer_count
        self.rows.append([what, ours, fmt_count(count) if count else "", peer_name, peer,
                          fmt_count(peer_count) if peer_count else "",
                          fmt_ratio(ratio) if ratio is not None else "",
                          fmt_ratio(count_ratio) if count_ratio is not None else "",
                          floor, target, verdict(met, count_met), note])

    def markdown(self):
        lines = ["| " + " | ".join(self.HEAD) + " |", "|" + "---|" * len(self.HEAD)]
        for row in self.rows:
            lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
        return "\n".join(lines)


# The build folder's compiled settings schema, which the window needs (set by main).
SCHEMA_DIR = None


def base_env(**extra):
    env = dict(os.environ)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "", "GSETTINGS_BACKEND": "memory"})
    if SCHEMA_DIR is not None:
        env["GSETTINGS_SCHEMA_DIR"] = SCHEMA_DIR
    env.update(extra)
    return env


def callgrind_total(argv, env, timeout=600, out_file="/dev/null"):
    """All the instructions a process runs, every thread, under callgrind."""
    run = Run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}"] + list(argv),
              env, timeout)
    match = re.search(r"Collected : (\d+)", run.stderr)
    return int(match.group(1)) if run.ok and match else None


def callgrind_inclusive(out_file, function):
    """The inclusive instructions of @function in a callgrind profile."""
    try:
        out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100",
                              out_file], capture_output=True, text=True, timeout=300).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in out.splitlines():
        match = re.match(r"\s*([\d,]+) .*:" + re.escape(function) + r" \[", line)
        if match:
            return int(match.group(1).replace(",", ""))
    return None


# What the libraries alone take for each export (issue 16's measurements,
# not made again here, except zlib's share of our own PNG, which is).
EXPORT_FLOORS = {
    "svg": "7.7 M: HarfBuzz and FreeType alone (issue 16)",
    "pdf": "36.9 M: the same libraries (issue 16)",
}


def bench_export(args, table, workdir):
    ontheemd = os.path.join(args.build, "app", "ontheemd")
    env = base_env(MPLCONFIGDIR=os.path.join(workdir, "matplotlib"))
    gnuplot_terms = {"png": "pngcairo", "svg": "svg", "pdf": "pdfcairo"}
    targets = {"png": 0.35, "svg": 0.6, "pdf": 0.5}  # issue 16
    for fmt in ("png", "svg", "pdf"):
        log(f"export {fmt}: ontheemd, gnuplot, matplotlib, {args.rounds} rounds each")
        out = os.path.join(workdir, "breakdown")
        commands = {
            "ontheemd": ([ontheemd, "--export", f"{out}-ontheemd.{fmt}", "--lang", "en"], env),
            "gnuplot": (["gnuplot", "-e", f"term='{gnuplot_terms[fmt]}'; out='{out}-gnuplot.{fmt}'",
                         os.path.join(HERE, "peers", "breakdown.gp")], env),
            "matplotlib": ([PYTHON, os.path.join(HERE, "peers", "breakdown.py"),
                            f"{out}-matplotlib.{fmt}"], env),
        }
        runs = alternate(commands, args.rounds)
        times = {name: median([r.seconds for r in rs if r.ok]) for name, rs in runs.items()}
        ours = times["ontheemd"]
        # Instructions do not vary with the machine's load (matplotlib is
        # too slow under callgrind to count).
        profile = os.path.join(workdir, f"export-{fmt}.callgrind")
        counts = {"ontheemd": callgrind_total(commands["ontheemd"][0], env, out_file=profile),
                  "gnuplot": callgrind_total(commands["gnuplot"][0], env)}
        floor = EXPORT_FLOORS.get(fmt, "")
        if fmt == "png":
            deflate = callgrind_inclusive(profile, "deflate")
            floor = f"{fmt_count(deflate)}: zlib's deflate in ours" if deflate else ""
        for peer, label, target in (("gnuplot", f"gnuplot {gnuplot_terms[fmt]}", targets[fmt]),
                                    ("matplotlib", f"matplotlib {'Agg' if fmt == 'png' else fmt}",
                                     0.1)):
            ratio = ours / times[peer] if ours and times[peer] else None
            count, peer_count = counts["ontheemd"], counts.get(peer)
            table.add(f"export {fmt.upper()} 1920×1080", fmt_ms(ours), label, fmt_ms(times[peer]),
                      ratio, f"≤ {target}×", ratio is not None and ratio <= target,
                      count=count if peer == "gnuplot" else None, peer_count=peer_count,
                      count_met=(count / peer_count <= target if count and peer_count else None),
                      floor=floor if peer == "gnuplot" else "")


def headless_libraries(args):
    """What the dynamic linker loads for an export: a count, and any GTK."""
    ontheemd = os.path.join(args.build, "app", "ontheemd")
    with tempfile.TemporaryDirectory() as tmp:
        run = Run([ontheemd, "--export", os.path.join(tmp, "x.svg")], base_env(LD_DEBUG="files"),
                  60)
    names = re.findall(r"file=(\S+) \[0\];  generating link map", run.stderr)
    gtk = [n for n in names if re.match(r"lib(gtk|adwaita|gdk)", n)]
    return (f"ontheemd --export loads {len(names)} shared libraries, "
            + (f"among them {', '.join(gtk)}" if gtk else "none of GTK or libadwaita"))


def bench_startup(args, table, workdir):
    ontheemd = os.path.join(args.build, "app", "ontheemd")
    floor = os.path.join(args.build, "tests", "bench", "bench-floor-window")
    env = base_env(NO_AT_BRIDGE="1", GDK_BACKEND="x11")
    log(f"start-up: ontheemd, bare libadwaita window, {args.rounds} rounds each")
    commands = {
        "ontheemd": ([ontheemd], dict(env, OT_QUIT_AFTER_FIRST_FRAME="1")),
        "floor": ([floor], env),
    }
    runs = alternate(commands, args.rounds, timeout=60, memory=True)

    def first_frame(run):
        match = re.search(r"^first-frame (\d+)$", run.stderr, re.M)
        return (int(match.group(1)) * 1000 - run.start_ns) / 1e9 if run.ok and match else None

    frame = {name: median([first_frame(r) for r in rs]) for name, rs in runs.items()}
    memory = {name: median([r.max_rss_mb for r in rs if r.ok]) for name, rs in runs.items()}
    ratio = frame["ontheemd"] / frame["floor"] if frame["ontheemd"] and frame["floor"] else None
    # Instructions: callgrind follows no exec into its summary, so the window
    # program (which `ontheemd` execs, app/cli/main.c) is counted on its own,
    # and the hop before it as `ontheemd --version`, which links the same
    # libraries and scans the options the same way before it exits. Both
    # windows land in one of two modes some 60 M apart: the median of three.
    window = os.path.join(args.build, "app", "gui", "ontheemd-window")
    cairo_env = dict(env, OT_QUIT_AFTER_FIRST_FRAME="1", GSK_RENDERER="cairo")
    counts = [c for c in (callgrind_total([window], cairo_env) for _ in range(3)) if c]
    floor_counts = [c for c in (callgrind_total([floor], dict(env, GSK_RENDERER="cairo"))
                                for _ in range(3)) if c]
    hop = callgrind_total([ontheemd, "--version"], env)
    count, floor_count = median(counts), median(floor_counts)
    note = (f"instructions: the window program (cairo renderer); {hop / 1e6:.0f} M more for the "
            "`ontheemd` that execs it" if hop else "")
    table.add("start-up to first frame (Xvfb)", fmt_ms(frame["ontheemd"]), "bare libadwaita window",
              fmt_ms(frame["floor"]), ratio, "≤ 1.1×", ratio is not None and ratio <= 1.1, note,
              count=count, peer_count=floor_count,
              count_met=count / floor_count <= 1.1 if count and floor_count else None,
              floor="the bare window (1.0×)")
    ratio = memory["ontheemd"] / memory["floor"] if memory["ontheemd"] and memory["floor"] else None
    table.add("start-up peak memory", f"{memory['ontheemd']:.0f} MB", "bare libadwaita window",
              f"{memory['floor']:.0f} MB", ratio, "≤ 1.25×", ratio is not None and ratio <= 1.25)


def bench_redraw(args, table, workdir):
    redraw = os.path.join(args.build, "tests", "bench", "bench-redraw")
    # The top ten countries need a UNHCR export: the tests' own download.
    unhcr = ["--unhcr", os.path.join(HERE, "..", "data", "unhcr-download.zip")]
    log(f"redraw: every chart, {args.frames} frames each way, alternating")
    run = Run([redraw, "--frames", str(args.frames)] + unhcr, base_env(), 1800)
    if not run.ok:
        log(f"  bench-redraw failed: {run.stderr.strip()}")
        return
    medians = {}
    charts = []
    for line in run.stdout.splitlines():
        _, chart, mode, med, *_ = line.split()
        medians[chart, mode] = float(med) / 1000
        if chart not in charts:
            charts.append(chart)

    log("redraw: instructions per frame under callgrind")
    instructions = {}
    for chart in charts:
        for mode in ("layout+paint", "paint"):
            n = 10
            count = callgrind_total(["--collect-atstart=no", "--toggle-collect=bench_count",
                                     redraw, "--frames", str(n), "--chart", chart,
                                     "--count", mode] + unhcr, base_env())
            instructions[chart, mode] = count / n if count else None

    for chart in charts:
        paint, draw = medians.get((chart, "paint")), medians.get((chart, "layout+paint"))
        table.add(f"redraw {chart}: paint a kept layout, a frame", fmt_ms(paint),
                  "layout+paint (a new layout each frame)", fmt_ms(draw),
                  paint / draw if paint and draw else None, "≤ 1 ms",
                  paint is not None and paint <= 0.001,
                  count=instructions.get((chart, "paint")),
                  peer_count=instructions.get((chart, "layout+paint")))


def bench_loading(args, table, workdir):
    tools = os.path.join(args.build, "tests", "bench")
    data = os.path.join(args.build, "bench-data")
    os.makedirs(data, exist_ok=True)
    for megabytes in (10, 100):
        path = os.path.join(data, f"figures-{megabytes}mb.csv")
        if not os.path.exists(path):
            log(f"loading: writing {path}")
            subprocess.run([PYTHON, os.path.join(HERE, "gen-figures.py"), path, str(megabytes)],
                           check=True)
        size_mb = os.path.getsize(path) / 1e6
        rounds = max(args.rounds if megabytes <= 10 else args.rounds * 2 // 3, 10)
        log(f"loading {megabytes} MB: loader, reader alone, libcsv floor, {rounds} rounds each")
        commands = {
            "dataset": ([os.path.join(tools, "bench-load"), "dataset", path], base_env()),
            "reader": ([os.path.join(tools, "bench-load"), "reader", path], base_env()),
            "floor": ([os.path.join(tools, "bench-csv-floor"), path], base_env()),
        }
        runs = alternate(commands, rounds, warm_up=1, timeout=args.load_timeout, memory=True)

        def seconds(run):
            return float(run.stdout.split()[-1]) if run.ok and run.stdout.split() else None

        def failure(rs):
            bad = next((r for r in rs if not r.ok), None)
            if bad is None:
                return ""
            if bad.timed_out:
                return f"did not finish in {args.load_timeout} s"
            lines = bad.stderr.strip().splitlines()
            return lines[-1] if lines else f"exit {bad.status}"

        floor = median([seconds(r) for r in runs["floor"]])
        floor_rate = size_mb / floor if floor else None
        floor_memory = median([r.max_rss_mb for r in runs["floor"] if r.ok])
        for name, label in (("dataset", "loader (ot_dataset_new_from_file)"),
                            ("reader", "reader alone (ot_csv_read_stream)")):
            took = median([seconds(r) for r in runs[name]])
            rate = size_mb / took if took else None
            memory = median([r.max_rss_mb for r in runs[name] if r.ok])
            ratio = rate / floor_rate if rate and floor_rate else None
            table.add(f"load {megabytes} MB figures CSV: {label}",
                      f"{rate:.0f} MB/s, {memory:.0f} MB peak" if rate else "–",
                      "bare libcsv loop",
                      f"{floor_rate:.0f} MB/s, {floor_memory:.0f} MB peak" if floor_rate else "–",
                      ratio, "≥ 0.7×", ratio is not None and ratio >= 0.7, failure(runs[name]),
                      floor="the bare libcsv loop")

    # A UNHCR export through the import (detect, read, sum per year),
    # against the same bare libcsv loop on the same file.
    for megabytes in (10, 100):
        path = os.path.join(data, f"unhcr-{megabytes}mb.csv")
        if not os.path.exists(path):
            log(f"loading: writing {path}")
            subprocess.run([PYTHON, os.path.join(HERE, "gen-unhcr.py"), path, str(megabytes)],
                           check=True)
        size_mb = os.path.getsize(path) / 1e6
        rounds = max(args.rounds if megabytes <= 10 else args.rounds * 2 // 3, 10)
        log(f"loading {megabytes} MB UNHCR export: import, libcsv floor, {rounds} rounds each")
        commands = {
            "import": ([os.path.join(tools, "bench-load"), "import", path], base_env()),
            "floor": ([os.path.join(tools, "bench-csv-floor"), path], base_env()),
        }
        runs = alternate(commands, rounds, warm_up=1, timeout=args.load_timeout, memory=True)

        def seconds(run):
            return float(run.stdout.split()[-1]) if run.ok and run.stdout.split() else None

        floor = median([seconds(r) for r in runs["floor"]])
        floor_rate = size_mb / floor if floor else None
        floor_memory = median([r.max_rss_mb for r in runs["floor"] if r.ok])
        took = median([seconds(r) for r in runs["import"]])
        rate = size_mb / took if took else None
        memory = median([r.max_rss_mb for r in runs["import"] if r.ok])
        ratio = rate / floor_rate if rate and floor_rate else None
        bad = next((r for r in runs["import"] if not r.ok), None)
        note = ""
        if bad is not None:
            lines = bad.stderr.strip().splitlines()
            note = lines[-1] if lines else f"exit {bad.status}"
        elif megabytes == 10:
            # Instructions do not move with the machine's load.
            ours_count = callgrind_total(commands["import"][0], base_env())
            floor_count = callgrind_total(commands["floor"][0], base_env())
            if ours_count and floor_count:
                note = (f"instructions: {ours_count / 1e6:.0f} M against the loop's "
                        f"{floor_count / 1e6:.0f} M ({floor_count / ours_count:.2f}×)")
        table.add(f"load {megabytes} MB UNHCR-export CSV: import (ot_import_file)",
                  f"{rate:.0f} MB/s, {memory:.0f} MB peak" if rate else "–",
                  "bare libcsv loop",
                  f"{floor_rate:.0f} MB/s, {floor_memory:.0f} MB peak" if floor_rate else "–",
                  ratio, "≥ 0.7×", ratio is not None and ratio >= 0.7, note,
                  floor="the bare libcsv loop")


def bench_hostile(args, table, workdir):
    """The worst inputs the limits accept, and what they refuse (issue 13):
    every chart each can draw at 1920×1080, and the deck; the slowest
    chart's wall time and the largest peak memory of any run."""
    ontheemd = os.path.join(args.build, "app", "ontheemd")
    data = os.path.join(args.build, "bench-data", "hostile")
    subprocess.run([PYTHON, os.path.join(HERE, "gen-hostile.py"), data], check=True)
    env = base_env()
    rounds = max(args.rounds // 3, 3)

    def charts_of(path):
        out = subprocess.run([ontheemd, "--list-charts", "--data", path], capture_output=True,
                             text=True, env=env)
        return [line.split("\t")[0] for line in out.stdout.splitlines() if line]

    for name, what in (("figures-worst.csv", "100 figures, 100-character labels without a "
                        "break, 1000-character sources"),
                       ("unhcr-largest.csv", "UNHCR export at its limits: 1000 countries of "
                        "100 characters, 100 years, 100,000 sums")):
        path = os.path.join(data, name)
        charts = charts_of(path)
        log(f"hostile: {name}, {len(charts)} charts and the deck, {rounds} rounds each")
        commands = {c: ([ontheemd, "--export", os.path.join(workdir, "h.png"), "--data", path,
                         "--chart", c], env) for c in charts}
        commands["deck"] = ([ontheemd, "--export-deck", os.path.join(workdir, "h.pdf"), "--data",
                             path], env)
        runs = alternate(commands, rounds, warm_up=1, memory=True)
        times = {c: median([r.seconds for r in rs if r.ok]) for c, rs in runs.items()}
        failed = [c for c, rs in runs.items() if not all(r.ok for r in rs)]
        peak = max((r.max_rss_mb or 0) for rs in runs.values() for r in rs)
        slowest = max((c for c in charts if times[c] is not None), key=lambda c: times[c])
        table.add(f"worst accepted input: {what}; slowest chart at 1920×1080 ({slowest})",
                  f"{fmt_ms(times[slowest])}, {peak:.0f} MB peak", "", "", None, "< 1 s",
                  times[slowest] is not None and times[slowest] < 1 and not failed,
                  f"deck of {len(charts)} slides {fmt_ms(times['deck'])}"
                  + (f"; failed: {', '.join(failed)}" if failed else ""))

    for name, what in (("figures-long-label.csv", "one 10,000-character label"),
                       ("unhcr-distinct.csv", "UNHCR export naming two million countries "
                        "(60 MB)"),
                       ("zip-padding.zip", "zip with six 1 GiB entries of zeros before "
                        "population.csv (28 MB)")):
        path = os.path.join(data, name)
        log(f"hostile: {name}, refused, {rounds} rounds")
        runs = alternate({"refuse": ([ontheemd, "--export", os.path.join(workdir, "r.png"),
                                      "--data", path], env)}, rounds, warm_up=1, memory=True)
        took = median([r.seconds for r in runs["refuse"]])
        peak = max((r.max_rss_mb or 0) for r in runs["refuse"])
        refused = all(r.status == 1 for r in runs["refuse"])
        message = runs["refuse"][0].stderr.strip().splitlines()
        note = message[-1].split(": ", 2)[-1] if message else ""
        table.add(f"refused input: {what}", f"{fmt_ms(took)}, {peak:.0f} MB peak", "", "", None,
                  "< 1 s", took is not None and took < 1 and refused, note)


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        total = int(meminfo.readline().split()[1]) / 1024 / 1024
    load = os.getloadavg()
    return (f"{model}, {os.cpu_count()} cores, {total:.0f} GiB, Linux {platform.release()}, "
            f"load average {load[0]:.1f} at the start")


def versions():
    def first_line(argv):
        try:
            out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "not found"

    matplotlib = first_line([PYTHON, "-c", "import matplotlib; print(matplotlib.__version__)"])
    return f"{first_line(['gnuplot', '--version'])}, matplotlib {matplotlib}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", required=True, help="the optimised build folder")
    parser.add_argument("--rounds", type=int, default=15, help="runs of each command (≥ 10)")
    parser.add_argument("--frames", type=int, default=1000, help="redraw frames a chart and way")
    parser.add_argument("--load-timeout", type=int, default=300, help="seconds a load may take")
    parser.add_argument("--only", default="export,startup,redraw,loading,hostile",
                        help="comma-separated: export, startup, redraw, loading, hostile")
    args = parser.parse_args()
    global SCHEMA_DIR
    SCHEMA_DIR = os.path.join(os.path.abspath(args.build), "data")
    args.build = os.path.abspath(args.build)
    args.rounds = max(args.rounds, 10)

    header = (f"- Machine: {machine()}.\n- Peers: {versions()}.\n"
              f"- {headless_libraries(args)}.")
    log(header)
    table = Table()
    with tempfile.TemporaryDirectory(prefix="ot-bench-") as workdir:
        for part in args.only.split(","):
            {"export": bench_export, "startup": bench_startup, "redraw": bench_redraw,
             "loading": bench_loading, "hostile": bench_hostile}[part.strip()](args, table,
                                                                              workdir)

    report = header + "\n\n" + table.markdown() + "\n"
    with open(os.path.join(args.build, "bench-results.md"), "w") as f:
        f.write(report)
    print(report)


if __name__ == "__main__":
    main()
