#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-include-cycles.py SRCDIR: no two files of app/ include each other,
directly or round about (docs/design.md, "Layers").

A file and its header are one unit (ot-x.c, ot-x.h and ot-x-private.h), so
the window and its actions, which share ot-window-private.h, are one; every
other circle of #include "..." between units fails, naming it. Includes
only: calls through a function pointer (the registry's chart kinds) or a
callback are no edges, which is what they are for."""

import os
import re
import sys


def unit(name):
    base = name.rsplit(".", 1)[0]
    return base[: -len("-private")] if base.endswith("-private") else base


def main():
    root = os.path.join(sys.argv[1], "app")
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith((".c", ".h")):
                files[os.path.join(folder, name)] = name
    units = {unit(n) for n in files.values()}
    edges = {u: set() for u in units}
    for path, name in files.items():
        with open(path, encoding="utf-8") as f:
            for include in re.findall(r'^#include "([^"]+)"', f.read(), re.M):
                target = unit(include)
                if target in units and target != unit(name):
                    edges[unit(name)].add(target)

    # Tarjan's strongly connected components.
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            circle = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                circle.append(w)
                if w == v:
                    break
            if len(circle) > 1:
                circles.append(sorted(circle))

    sys.setrecursionlimit(10000)
    for v in sorted(units):
        if v not in index:
            visit(v)

    for circle in circles:
        print("include circle: " + " -> ".join(circle))
    print(f"{len(units)} units of app/, {len(circles)} include circles")
    return 1 if circles else 0


if __name__ == "__main__":
    sys.exit(main())
