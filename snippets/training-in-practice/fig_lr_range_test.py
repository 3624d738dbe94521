# Learning-rate range test (Smith, 2017): raise the learning rate every
# batch, watch the loss, pick a rate a bit below where it blows up.
# Draws lr_range_test.svg; LANG ("ko" or "en") is set before this file.
from pathlib import Path

import keras
import matplotlib
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

matplotlib.use("Agg")
import matplotlib.pyplot as plt

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]
plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
TEXT = {
    "ko": {
        "title": "학습률 범위 테스트 (SGD, 모멘텀 0.9)",
        "raw": "배치 손실",
        "smooth": "지수 이동 평균",
        "lowest": "손실 최소: {lr:.2g}",
        "pick": "고른 학습률: {lr:.2g}",
        "lr": "학습률 (로그 눈금)",
        "loss": "훈련 손실",
    },
    "en": {
        "title": "Learning-rate range test (SGD, momentum 0.9)",
        "raw": "batch loss",
        "smooth": "exponential moving average",
        "lowest": "lowest loss: {lr:.2g}",
        "pick": "chosen rate: {lr:.2g}",
        "lr": "learning rate (log scale)",
        "loss": "training loss",
    },
}[LANG]

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, X_val, y_train, y_val = train_test_split(
    X, y, train_size=1000, test_size=500, random_state=0, stratify=y
)


def build(lr):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dense(10),
        ]
    )
    model.compile(
        keras.optimizers.SGD(lr, momentum=0.9),
        keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    return model


# The test: 120 batches, the rate growing geometrically from 1e-4 to 10.
model = build(1e-4)
rates = np.geomspace(1e-4, 10, 120)
rng = np.random.default_rng(0)
losses = []
for lr in rates:
    model.optimizer.learning_rate.assign(lr)
    batch = rng.choice(len(X_train), 50, replace=False)
    losses.append(float(model.train_on_batch(X_train[batch], y_train[batch])))
losses = np.array(losses)
smooth, avg = [], 0.0
for i, loss in enumerate(losses):
    avg = 0.9 * avg + 0.1 * loss
    smooth.append(avg / (1 - 0.9 ** (i + 1)))  # bias-corrected EMA
smooth = np.array(smooth)
lowest = rates[np.argmin(smooth)]
chosen = lowest / 10  # Smith's rule of thumb: an order of magnitude lower
print(f"lowest smoothed loss at: {lowest:.2g}")
print(f"chosen learning rate: {chosen:.2g}")


def val_accuracy(lr):  # a fresh model, 5 epochs at a constant rate
    model = build(lr)
    model.fit(X_train, y_train, batch_size=50, epochs=5, verbose=0)
    logits = model.predict(X_val, verbose=0)
    return float(np.mean(np.argmax(logits, 1) == y_val))


results = {lr: val_accuracy(lr) for lr in [chosen / 10, chosen, chosen * 10]}
for lr, acc in results.items():
    print(f"learning rate {lr:.2g}, val accuracy: {acc:.3f}")

fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
ax.semilogx(rates, losses, color="C0", alpha=0.35, label=TEXT["raw"])
ax.semilogx(rates, smooth, color="C0", lw=2, label=TEXT["smooth"])
ax.axvline(lowest, color="C3", ls="--", label=TEXT["lowest"].format(lr=lowest))
ax.axvline(chosen, color="C2", lw=2, label=TEXT["pick"].format(lr=chosen))
ax.set(title=TEXT["title"], xlabel=TEXT["lr"], ylabel=TEXT["loss"], ylim=(0, 4))
ax.grid(alpha=0.3)
ax.legend(loc="upper left")
fig.savefig("lr_range_test.svg", metadata={"Date": None})

# the loss falls, bottoms out, then blows up past the lowest point
assert smooth[-1] > 2 * smooth.min() and smooth[0] > 2 * smooth.min()
accs = list(results.values())
assert accs[1] > accs[0] + 0.03  # 10x smaller: too slow in 5 epochs
assert accs[1] > accs[2] + 0.3  # 10x larger: training breaks down
assert Path("lr_range_test.svg").stat().st_size > 10_000
