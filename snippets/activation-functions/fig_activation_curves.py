# Plots the activations and their derivatives into activation_curves.svg.
# LANG ("ko" or "en") is set on the line before this file.
import math
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
        "f": "활성화 함수 f(x)",
        "df": "도함수 f'(x)",
        "x": "x",
        "tf": "TensorFlow의 ReLU'(0) = 0",
        "sigmoid": "시그모이드",
    },
    "en": {
        "f": "Activation f(x)",
        "df": "Derivative f'(x)",
        "x": "x",
        "tf": "TF: ReLU'(0) = 0",
        "sigmoid": "sigmoid",
    },
}[LANG]

x = np.linspace(-4, 4, 801)
sig = 1 / (1 + np.exp(-x))
Phi = 0.5 * (1 + np.vectorize(math.erf)(x / math.sqrt(2)))  # normal CDF
phi = np.exp(-(x**2) / 2) / math.sqrt(2 * math.pi)  # normal PDF
a = 0.2  # Keras' default negative_slope

curves = {  # name: (f(x), f'(x))
    "sigmoid": (sig, sig * (1 - sig)),
    "tanh": (np.tanh(x), 1 - np.tanh(x) ** 2),
    "ReLU": (np.maximum(x, 0), np.where(x > 0, 1.0, 0.0)),
    f"Leaky ReLU (α={a})": (np.where(x > 0, x, a * x), np.where(x > 0, 1.0, a)),
    "Swish / SiLU": (x * sig, sig * (1 + x * (1 - sig))),
    "GELU": (x * Phi, Phi + x * phi),
}

# The derivative formulas match finite differences (away from the kink at 0).
smooth = np.abs(x) > 0.02
for name, (f, df) in curves.items():
    assert np.allclose(np.gradient(f, x)[smooth], df[smooth], atol=1e-3), name

styles = ["-", "--", "-", "-.", "-", ":"]
fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained")
for (name, (f, df)), ls in zip(curves.items(), styles):
    label = TEXT.get(name, name)  # only "sigmoid" is translated
    ax_f.plot(x, f, ls, lw=2, label=label)
    ax_d.plot(x, df, ls, lw=2, label=label)
ax_f.set(title=TEXT["f"], xlabel=TEXT["x"], ylim=(-1.5, 4))
ax_d.set(title=TEXT["df"], xlabel=TEXT["x"], ylim=(-0.3, 1.3))
for ax in (ax_f, ax_d):
    ax.axhline(0, color="gray", lw=0.6)
    ax.axvline(0, color="gray", lw=0.6)
    ax.grid(alpha=0.3)
ax_d.plot([0], [0], "o", color="C2")  # the value TensorFlow uses at 0
ax_d.annotate(TEXT["tf"], xy=(0, 0), xytext=(0.4, -0.22))
ax_f.legend(loc="upper left")
fig.savefig("activation_curves.svg", metadata={"Date": None})
assert Path("activation_curves.svg").stat().st_size > 10_000
