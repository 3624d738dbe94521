# Paths of SGD, momentum and Adam on an ill-conditioned quadratic,
# into optimizer_paths.svg. The update rules are the Keras ones
# (checked against Keras in momentum_adam.py).
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

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
    "SGD, lr=0.038": sgd(0.038),  # lr < 2/50 = 0.04, or w2 diverges
    "momentum 0.8, lr=0.038": momentum(0.038),
    "Adam, lr=0.2": adam(0.2),
}
final = {name: loss(p[-1]) for name, p in paths.items()}
print({name: f"{v:.1e}" for name, v in final.items()})
# about 1/1000
assert final["momentum 0.8, lr=0.038"] < final["SGD, lr=0.038"] / 500
# first step ~lr each
assert np.allclose(np.abs(paths["Adam, lr=0.2"][1] - start), 0.2, rtol=1e-3)

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
    ax_p.plot(p[:, 0], p[:, 1], style, ms=3, lw=1.2, label=name)
    ax_l.semilogy(loss(p), style, ms=3, lw=1.2, label=name)
ax_p.plot(0, 0, "k*", ms=12)
ax_p.set(title="Paths in weight space (w1, w2)", xlabel="w1", ylabel="w2")
ax_l.set(title="Loss per step", xlabel="step", ylabel="loss (log scale)")
for ax in (ax_p, ax_l):
    ax.grid(alpha=0.3)
ax_p.legend(loc="lower right", fontsize=8)
fig.savefig("optimizer_paths.svg", metadata={"Date": None})
assert Path("optimizer_paths.svg").stat().st_size > 10_000
