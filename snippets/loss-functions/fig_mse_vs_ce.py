# Plots MSE and cross-entropy for a sigmoid output (true class 1)
# LANG ("ko" or "en") is set on the line before this file.
# into mse_vs_ce.svg.
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

TEXT = {
    "ko": {
        "mse": "MSE  $(1 - p)^2$",  # (NanumGothic's ² is tiny)
        "ce": "교차 엔트로피  -log p",
        "loss_title": "정답 클래스가 1일 때의 손실",
        "p": "예측 확률 p",
        "g_mse": "|dMSE/dz| = 2(1-p)·p(1-p)",
        "g_ce": "|dCE/dz| = 1 - p",
        "grad_title": "로짓 z에 대한 기울기",
        "z": "로짓 z (z < 0: 틀린 쪽)",
        "note": "자신 있게 틀림:\nMSE의 기울기 ≈ 0",
    },
    "en": {
        "mse": "MSE  (1 - p)²",
        "ce": "cross-entropy  -log p",
        "loss_title": "Loss when the true class is 1",
        "p": "predicted p",
        "g_mse": "|dMSE/dz| = 2(1-p)·p(1-p)",
        "g_ce": "|dCE/dz| = 1 - p",
        "grad_title": "Gradient w.r.t. the logit z",
        "z": "logit z (z < 0: wrong side)",
        "note": "confidently wrong:\nMSE gradient ≈ 0",
    },
}[LANG]

z = np.linspace(-8, 8, 801)  # logit
p = 1 / (1 + np.exp(-z))  # predicted probability of class 1
mse, ce = (1 - p) ** 2, np.log1p(np.exp(-z))  # -log p, computed stably
g_mse, g_ce = 2 * (p - 1) * p * (1 - p), p - 1  # derivatives w.r.t. z

# The formulas match finite differences.
assert np.allclose(np.gradient(mse, z), g_mse, atol=1e-3)
assert np.allclose(np.gradient(ce, z), g_ce, atol=1e-3)

fig, (ax_l, ax_g) = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained")
ax_l.plot(p, mse, lw=2, label=TEXT["mse"])
ax_l.plot(p, ce, "--", lw=2, label=TEXT["ce"])
ax_l.set(title=TEXT["loss_title"], xlabel=TEXT["p"], ylim=(0, 5))
ax_g.plot(z, np.abs(g_mse), lw=2, label=TEXT["g_mse"])
ax_g.plot(z, np.abs(g_ce), "--", lw=2, label=TEXT["g_ce"])
ax_g.set(title=TEXT["grad_title"], xlabel=TEXT["z"])
ax_g.annotate(
    TEXT["note"],
    xy=(-6, 0.01),
    xytext=(-7.5, 0.45),
    arrowprops={"arrowstyle": "->"},
)
for ax in (ax_l, ax_g):
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right")
fig.savefig("mse_vs_ce.svg", metadata={"Date": None})
assert Path("mse_vs_ce.svg").stat().st_size > 10_000
