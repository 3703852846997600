# breakdown.py: the breakdown chart drawn by matplotlib, as a peer for the
# export benchmark (tests/bench/run). Same title, subtitle, three labelled
# bars, value axis and source line as `ontheemd --export --lang en`.
#
#   python3 breakdown.py OUT.{png,svg,pdf}
#   PNG with the Agg backend at 1920x1080 pixels; SVG and PDF at
#   1920x1080 points, text as outlines in SVG as Ontheemd writes it.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import sys

import matplotlib

matplotlib.use("Agg")  # SVG and PDF pick their own backend by extension
import matplotlib.pyplot as plt  # noqa: E402

FOREGROUND, MUTED, GRID = "#1e1e22", "#5c5c64", "#dddde0"
S = 1.5  # Ontheemd's type scale at 1920x1080 (designed at 1280x720)

out = sys.argv[1] if len(sys.argv) > 1 else "breakdown.png"
plt.rcParams["font.family"] = ["Cantarell", "DejaVu Sans"]
plt.rcParams["svg.fonttype"] = "path"

fig = plt.figure(figsize=(1920 / 72, 1080 / 72), dpi=72)
ax = fig.add_axes((0.06, 0.2, 0.91, 0.6))
names = ["Refugees", "Internally displaced", "Asylum seekers"]
values = [21.3, 40.8, 3.2]
bars = ax.bar(names, values, width=0.62, color=["#0072b2", "#d55e00", "#009e73"], zorder=2)
for bar, value in zip(bars, values):
    ax.annotate(f"{value:.1f} million", (bar.get_x() + bar.get_width() / 2, value),
                xytext=(0, 10), textcoords="offset points", ha="center", va="bottom",
                fontsize=22 * S, fontweight="bold", color=FOREGROUND)
ax.set_ylim(0, 50)
ax.set_yticks(range(0, 51, 10))
ax.tick_params(axis="y", length=0, labelsize=16 * S, labelcolor=MUTED)
ax.tick_params(axis="x", length=0, labelsize=19 * S, labelcolor=FOREGROUND)
ax.grid(axis="y", color=GRID, linewidth=1.5, zorder=0)
for side in ("top", "right", "left"):
    ax.spines[side].set_visible(False)
ax.spines["bottom"].set_linewidth(3)
ax.spines["bottom"].set_color(FOREGROUND)
fig.text(0.028, 0.92, "Displaced or on the run worldwide: 65.3 million",
         fontsize=34 * S, fontweight="bold", color=FOREGROUND)
fig.text(0.028, 0.87, "Split into 3 groups", fontsize=21 * S, color=MUTED)
fig.text(0.028, 0.81, "million people", fontsize=16 * S, color=MUTED)
fig.text(0.028, 0.04, "Source: Kamerstuk 26 150, no. 155, 8 September 2016",
         fontsize=15 * S, color=MUTED)
fig.savefig(out, dpi=72, facecolor="white")
