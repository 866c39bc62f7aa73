#!/usr/bin/python3
"""The bundled chart drawn by matplotlib, for comparison with
`versus --export-chart out.png --size 800x800`. The Caffe and Theano ratings of
resources/frameworks.json are written here, so the script needs no other file.

    python3 bench/peers/radar.py            writes radar-matplotlib.png in the current folder
"""
import math

import matplotlib

matplotlib.use("Agg")  # no display: draw straight into a PNG
import matplotlib.pyplot as plt  # noqa: E402

METRICS = ["Performance", "Scalability", "Ease of Use", "Ecosystem"]
FRAMEWORKS = [("Caffe", "#0072B2", [4, 3, 3, 5]), ("Theano", "#D55E00", [3, 4, 4, 3])]
LEVELS = 5

angles = [2 * math.pi * i / len(METRICS) for i in range(len(METRICS))]
figure = plt.figure(figsize=(8, 8), dpi=100)  # 800 x 800 pixels
axes = figure.add_subplot(polar=True)
axes.set_theta_offset(math.pi / 2)
axes.set_theta_direction(-1)
axes.set_xticks(angles, METRICS)
axes.set_ylim(0, LEVELS)
axes.set_yticks(range(1, LEVELS + 1))
for name, colour, scores in FRAMEWORKS:
    closed_angles = angles + angles[:1]
    closed_scores = scores + scores[:1]
    axes.fill(closed_angles, closed_scores, color=colour, alpha=0.22)
    axes.plot(closed_angles, closed_scores, color=colour, linewidth=2.5, marker="o", label=name)
axes.set_title("Caffe vs. Theano")
axes.legend(loc="lower center", bbox_to_anchor=(0.5, -0.12), ncol=2)
figure.savefig("radar-matplotlib.png")
