# Plots MSE and cross-entropy for a sigmoid output (true class 1)
# into mse_vs_ce.svg.
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

z = np.linspace(-8, 8, 801)  # logit
p = 1 / (1 + np.exp(-z))  # predicted probability of class 1
mse, ce = (1 - p) ** 2, np.log1p(np.exp(-z))  # -log p, computed stably
g_mse, g_ce = 2 * (p - 1) * p * (1 - p), p - 1  # derivatives w.r.t. z

# The formulas match finite differences.
assert np.allclose(np.gradient(mse, z), g_mse, atol=1e-3)
assert np.allclose(np.gradient(ce, z), g_ce, atol=1e-3)

fig, (ax_l, ax_g) = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained")
ax_l.plot(p, mse, lw=2, label="MSE  (1 - p)²")
ax_l.plot(p, ce, "--", lw=2, label="cross-entropy  -log p")
ax_l.set(
    title="Loss when the true class is 1", xlabel="predicted p", ylim=(0, 5)
)
ax_g.plot(z, np.abs(g_mse), lw=2, label="|dMSE/dz| = 2(1-p)·p(1-p)")
ax_g.plot(z, np.abs(g_ce), "--", lw=2, label="|dCE/dz| = 1 - p")
ax_g.set(
    title="Gradient w.r.t. the logit z", xlabel="logit z (z < 0: wrong side)"
)
ax_g.annotate(
    "confidently wrong:\nMSE gradient ≈ 0",
    xy=(-6, 0.01),
    xytext=(-7.5, 0.45),
    arrowprops={"arrowstyle": "->"},
)
for ax in (ax_l, ax_g):
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right")
fig.savefig("mse_vs_ce.svg", metadata={"Date": None})
assert Path("mse_vs_ce.svg").stat().st_size > 10_000
