# Gradient norm per layer of a 20-layer MLP: sigmoid with Keras' default
# initializer vs ReLU with He initialization. Writes gradient_norms.svg.
# LANG ("ko" or "en") is set on the line before this file.
import matplotlib

matplotlib.use("Agg")
import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib.ticker import FuncFormatter
from sklearn.datasets import load_digits

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
X, y = load_digits(return_X_y=True)
X, y = (X[:512] / 16.0).astype("float32"), y[:512]
DEPTH = 20
TEXT = {
    "ko": {
        "sigmoid": "시그모이드 + Glorot 균등 분포 (Keras 기본값)",
        "relu": "ReLU + He 정규 분포",
        "xlabel": "층 (1 = 입력 바로 다음 층)",
        "ylabel": "초기화 직후의 ‖∂L/∂W‖",
        "title": f"층별 기울기 노름: load_digits, {DEPTH}층 MLP",
    },
    "en": {
        "sigmoid": "sigmoid + Glorot uniform (Keras default)",
        "relu": "ReLU + He normal",
        "xlabel": "layer (1 = next to the input)",
        "ylabel": "‖∂L/∂W‖ at initialization",
        "title": f"Gradient norm per layer, {DEPTH}-layer MLP on load_digits",
    },
}[LANG]


def layer_gradient_norms(activation, initializer):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input((64,))]
        + [
            keras.layers.Dense(64, activation, kernel_initializer=initializer)
            for _ in range(DEPTH)
        ]
        + [keras.layers.Dense(10, activation="softmax")]
    )
    with tf.GradientTape() as tape:
        loss = keras.ops.mean(
            keras.losses.sparse_categorical_crossentropy(y, model(X))
        )
    kernels = [layer.kernel for layer in model.layers[:DEPTH]]
    return np.array([float(tf.norm(g)) for g in tape.gradient(loss, kernels)])


# Keras' default initializer
sig = layer_gradient_norms("sigmoid", "glorot_uniform")
relu = layer_gradient_norms("relu", "he_normal")
print(f"sigmoid: layer 1 / layer {DEPTH} = {sig[0] / sig[-1]:.1e}")
print(f"ReLU+He: layer 1 / layer {DEPTH} = {relu[0] / relu[-1]:.1f}")
# the ratio's order of magnitude, as the page quotes it: 10 to this power
print(f"sigmoid first/last, power of ten: {np.log10(sig[0] / sig[-1]):.0f}")
assert sig[0] / sig[-1] < 1e-4  # the first layers barely learn
assert 0.1 < relu[0] / relu[-1] < 10  # same order of magnitude everywhere

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
layers_ = np.arange(1, DEPTH + 1)
ax.semilogy(layers_, sig, "o-", label=TEXT["sigmoid"])
ax.semilogy(layers_, relu, "s-", label=TEXT["relu"])
ax.set(xlabel=TEXT["xlabel"], ylabel=TEXT["ylabel"], title=TEXT["title"])
ax.set_xticks(layers_[::2])
# 10^k in plain mathtext: the default \mathdefault labels would take their
# minus sign from the Hangul font, which has none
ax.yaxis.set_major_formatter(
    FuncFormatter(lambda v, _: f"$10^{{{np.log10(v):.0f}}}$")
)
ax.grid(alpha=0.3, which="both")
ax.legend()
fig.savefig("gradient_norms.svg", metadata={"Date": None})
