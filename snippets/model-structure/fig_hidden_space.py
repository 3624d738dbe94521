# Draws hidden_space.svg: the circles in input space
# and in a 2-unit hidden layer.
# LANG ("ko" or "en") is set on the line before this file.
import keras
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_circles

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

TEXT = {
    "ko": {
        "class": "클래스 {}",
        "line": "출력 유닛: w·h + b = 0",
        "input": "입력 x (2차원): 선형 분리 불가능",
        "hidden": "은닉 h = tanh(...) (2차원): 선형 분리 가능",
    },
    "en": {
        "class": "class {}",
        "line": "output unit: w·h + b = 0",
        "input": "input x (2-d): not linearly separable",
        "hidden": "hidden h = tanh(...) (2-d): separable",
    },
}[LANG]

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
X, y = make_circles(n_samples=400, noise=0.05, factor=0.5, random_state=0)
X = X.astype("float32")

keras.utils.set_random_seed(0)
inputs = keras.Input((2,))
h1 = keras.layers.Dense(8, activation="relu")(inputs)
# 2 units: we can plot this space
h2 = keras.layers.Dense(2, activation="tanh")(h1)
out_layer = keras.layers.Dense(1, activation="sigmoid")
model = keras.Model(inputs, out_layer(h2))
model.compile(
    optimizer=keras.optimizers.Adam(0.05),
    loss="binary_crossentropy",
    steps_per_execution=100,
)
model.fit(
    np.tile(X, (30, 1)),
    np.tile(y, 30),
    batch_size=400,
    shuffle=False,
    verbose=0,
)

H = keras.ops.convert_to_numpy(keras.Model(inputs, h2)(X))
w, b = out_layer.get_weights()  # the output unit is a straight line in H-space
pred = (H @ w + b)[:, 0] > 0
print("train accuracy:", (pred == y).mean())
assert (pred == y).mean() == 1.0

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4.8))
g = np.linspace(-1.4, 1.4, 200, dtype="float32")
gx, gy = np.meshgrid(g, g)
grid = np.c_[gx.ravel(), gy.ravel()]
p = keras.ops.convert_to_numpy(model(grid))[:, 0].reshape(gx.shape)
ax1.contourf(
    gx, gy, p > 0.5, levels=[-0.5, 0.5, 1.5], colors=["#dbe7f5", "#f8dccb"]
)
for ax, pts in [(ax1, X), (ax2, H)]:
    ax.scatter(*pts[y == 0].T, s=8, c="#1f77b4", label=TEXT["class"].format(0))
    ax.scatter(
        *pts[y == 1].T,
        s=8,
        c="#d62728",
        marker="^",
        label=TEXT["class"].format(1),
    )
    ax.set_aspect("equal")
t = np.linspace(-1.1, 1.1, 2)  # w1*h1 + w2*h2 + b = 0
ax2.plot(t, -(w[0, 0] * t + b[0]) / w[1, 0], "k--", label=TEXT["line"])
ax2.set_xlim(-1.1, 1.1), ax2.set_ylim(-1.1, 1.1)
ax1.set_title(TEXT["input"])
ax2.set_title(TEXT["hidden"])
ax2.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), fontsize=8, ncol=3)
fig.tight_layout()
plt.savefig("hidden_space.svg", metadata={"Date": None})
