# Paths of SGD, momentum and Adam on an ill-conditioned quadratic,
# into optimizer_paths.svg. The update rules are the Keras ones
# (checked against Keras in momentum_adam.py).
# LANG ("ko" or "en") is set on the line before this file.
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

    # The log axis labels its ticks in math text, which takes the minus sign
    # from the first font: NanumGothic has none, DejaVu Sans has.
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

TEXT = {
    "ko": {
        "SGD": "SGD, lr=0.038",
        "momentum": "모멘텀 0.8, lr=0.038",
        "Adam": "Adam, lr=0.2",
        "paths": "가중치 공간 (w1, w2)에서의 경로",
        "w1": "w1",
        "w2": "w2",
        "losses": "스텝마다의 손실",
        "step": "스텝",
        "loss": "손실 (로그 눈금)",
    },
    "en": {
        "SGD": "SGD, lr=0.038",
        "momentum": "momentum 0.8, lr=0.038",
        "Adam": "Adam, lr=0.2",
        "paths": "Paths in weight space (w1, w2)",
        "w1": "w1",
        "w2": "w2",
        "losses": "Loss per step",
        "step": "step",
        "loss": "loss (log scale)",
    },
}[LANG]

# L(w) = 0.5 * (w1^2 + 50 w2^2): a long, narrow valley
curv = np.array([1.0, 50.0])


def loss(w):
    return 0.5 * np.sum(curv * w**2, axis=-1)


def grad(w):
    return curv * w


start, steps = np.array([-4.0, 1.5]), 60


def sgd(lr):
    w, path = start.copy(), [start]
    for _ in range(steps):
        w = w - lr * grad(w)
        path.append(w)
    return np.array(path)


def momentum(lr, mu=0.8):
    w, v, path = start.copy(), np.zeros(2), [start]
    for _ in range(steps):
        v = mu * v - lr * grad(w)
        w = w + v
        path.append(w)
    return np.array(path)


def adam(lr, b1=0.9, b2=0.999, eps=1e-7):
    w, m, s, path = start.copy(), np.zeros(2), np.zeros(2), [start]
    for t in range(1, steps + 1):
        g = grad(w)
        m, s = b1 * m + (1 - b1) * g, b2 * s + (1 - b2) * g**2
        w = w - lr * np.sqrt(1 - b2**t) / (1 - b1**t) * m / (np.sqrt(s) + eps)
        path.append(w)
    return np.array(path)


paths = {
    "SGD": sgd(0.038),  # lr = 0.038 < 2/50 = 0.04, or w2 diverges
    "momentum": momentum(0.038),
    "Adam": adam(0.2),
}
final = {name: loss(p[-1]) for name, p in paths.items()}
for name, v in final.items():
    print(f"{name} loss after {steps} steps: {v:.1e}")
ratio = final["SGD"] / final["momentum"]
print(f"SGD loss / momentum loss: {round(ratio, -2):.0f}")
assert ratio > 500  # momentum ends far lower than SGD
# first step ~lr each
assert np.allclose(np.abs(paths["Adam"][1] - start), 0.2, rtol=1e-3)

fig, (ax_p, ax_l) = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained")
g1, g2 = np.meshgrid(np.linspace(-4.5, 1.5, 200), np.linspace(-2, 2, 200))
ax_p.contour(
    g1,
    g2,
    loss(np.stack([g1, g2], axis=-1)),
    levels=np.geomspace(0.05, 60, 12),
    colors="gray",
    linewidths=0.6,
)
for (name, p), style in zip(paths.items(), ["o-", "s-", "^-"]):
    ax_p.plot(p[:, 0], p[:, 1], style, ms=3, lw=1.2, label=TEXT[name])
    ax_l.semilogy(loss(p), style, ms=3, lw=1.2, label=TEXT[name])
ax_p.plot(0, 0, "k*", ms=12)
ax_p.set(title=TEXT["paths"], xlabel=TEXT["w1"], ylabel=TEXT["w2"])
ax_l.set(title=TEXT["losses"], xlabel=TEXT["step"], ylabel=TEXT["loss"])
for ax in (ax_p, ax_l):
    ax.grid(alpha=0.3)
ax_p.legend(loc="lower right", fontsize=8)
fig.savefig("optimizer_paths.svg", metadata={"Date": None})
assert Path("optimizer_paths.svg").stat().st_size > 10_000
