# Draws how temperature reshapes a distribution into temperature.svg.
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

# Which character follows "t" in the English corpus: counts -> logits.
text = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8")
follow = Counter(text[i + 1] for i in range(len(text) - 1) if text[i] == "t")
chars, n = zip(*follow.most_common(10))
z = np.log(np.array(n, dtype=float))  # softmax(log counts) = frequencies
labels = [c if c != " " else "␣" for c in chars]


def softmax(z, T):
    e = np.exp((z - z.max()) / T)
    return e / e.sum()


def entropy(p):
    return float(-np.sum(p * np.log(p)))


assert np.allclose(softmax(z, 1.0), np.array(n) / sum(n))  # T = 1: the counts
temperatures = [0.5, 1.0, 2.0]
colors = ["C3", "C0", "C2"]
fig, axes = plt.subplots(
    1,
    4,
    figsize=(13, 3.4),
    layout="constrained",
    gridspec_kw={"width_ratios": [1, 1, 1, 1.25]},
)
for ax, T, color in zip(axes, temperatures, colors):
    p = softmax(z, T)
    ax.bar(labels, p, color=color)
    ax.set(
        title=f"T = {T}   (H = {entropy(p):.2f} nats)",
        ylim=(0, 0.7),
        xlabel="next character after 't'",
    )
    ax.grid(axis="y", alpha=0.3)
axes[0].set_ylabel("probability")

Ts = np.geomspace(0.05, 20, 200)
H = np.array([entropy(softmax(z, T)) for T in Ts])
assert np.all(np.diff(H) > 0)  # entropy rises with temperature
ax = axes[3]
ax.semilogx(Ts, H, lw=2)
ax.axhline(np.log(len(z)), color="gray", ls="--", lw=1)
ax.annotate(
    f"uniform: ln {len(z)} = {np.log(len(z)):.2f}",
    xy=(0.06, np.log(len(z)) - 0.25),
)
for T, color in zip(temperatures, colors):
    ax.plot([T], [entropy(softmax(z, T))], "o", color=color)
ax.set(
    title="Entropy vs temperature",
    xlabel="temperature T (log scale)",
    ylabel="entropy H (nats)",
    ylim=(0, 2.5),
)
ax.grid(alpha=0.3)
fig.savefig("temperature.svg", metadata={"Date": None})
assert Path("temperature.svg").stat().st_size > 10_000
