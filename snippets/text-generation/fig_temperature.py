# Draws how temperature reshapes a distribution into temperature.svg.
# LANG ("ko" or "en") is set on the line before this file.
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

    # Latin text, symbols and math in DejaVu Sans; Hangul from NanumGothic
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
TEXT = {
    "ko": {
        "bar_title": "T = {T}   (H = {H:.2f} 내트)",
        "next": "'t' 다음 글자",
        "probability": "확률",
        "uniform": "균등 분포: ln {n} = {H:.2f}",
        "curve_title": "온도에 따른 엔트로피",
        "temperature": "온도 T (로그 눈금)",
        "entropy": "엔트로피 H (내트)",
    },
    "en": {
        "bar_title": "T = {T}   (H = {H:.2f} nats)",
        "next": "next character after 't'",
        "probability": "probability",
        "uniform": "uniform: ln {n} = {H:.2f}",
        "curve_title": "Entropy vs temperature",
        "temperature": "temperature T (log scale)",
        "entropy": "entropy H (nats)",
    },
}[LANG]

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
assert chars[0] == "h"  # the most common character after "t"
share = softmax(z, 0.5)[0]
print(f"share of h at T=0.5: {share:.2f}")
assert 0.4 < share < 0.5  # almost half
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
        title=TEXT["bar_title"].format(T=T, H=entropy(p)),
        ylim=(0, 0.7),
        xlabel=TEXT["next"],
    )
    ax.grid(axis="y", alpha=0.3)
axes[0].set_ylabel(TEXT["probability"])

Ts = np.geomspace(0.05, 20, 200)
H = np.array([entropy(softmax(z, T)) for T in Ts])
assert np.all(np.diff(H) > 0)  # entropy rises with temperature
ax = axes[3]
ax.semilogx(Ts, H, lw=2)
ax.axhline(np.log(len(z)), color="gray", ls="--", lw=1)
ax.annotate(
    TEXT["uniform"].format(n=len(z), H=np.log(len(z))),
    xy=(0.06, np.log(len(z)) + 0.04),  # above the line: clear of the curve
    va="bottom",
)
for T, color in zip(temperatures, colors):
    ax.plot([T], [entropy(softmax(z, T))], "o", color=color)
ax.set(
    title=TEXT["curve_title"],
    xlabel=TEXT["temperature"],
    ylabel=TEXT["entropy"],
    ylim=(0, 2.6),
)
ax.grid(alpha=0.3)
fig.savefig("temperature.svg", metadata={"Date": None})
assert Path("temperature.svg").stat().st_size > 10_000
