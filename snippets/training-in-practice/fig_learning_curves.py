# Learning curves of an MLP on 200 digits, with and without dropout,
# drawn into learning_curves.svg. LANG ("ko" or "en") is set before this file.
from pathlib import Path

import keras
import matplotlib
import numpy as np
import tensorflow as tf
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
        "plain": "규제 없음",
        "dropout": "드롭아웃 0.5",
        "train": "훈련 손실",
        "val": "검증 손실",
        "best": "검증 손실 최소",
        "epoch": "에포크",
        "loss": "교차 엔트로피",
    },
    "en": {
        "plain": "no regularization",
        "dropout": "dropout 0.5",
        "train": "training loss",
        "val": "validation loss",
        "best": "lowest validation loss",
        "epoch": "epoch",
        "loss": "cross-entropy",
    },
}[LANG]

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, X_val, y_train, y_val = train_test_split(
    X, y, train_size=200, test_size=500, random_state=0, stratify=y
)
EPOCHS, BATCH = 40, 50


def curves(rate):
    keras.utils.set_random_seed(0)
    layers = [keras.Input((64,))]
    for _ in range(2):
        layers.append(keras.layers.Dense(256, activation="relu"))
        if rate:
            layers.append(keras.layers.Dropout(rate))
    model = keras.Sequential(layers + [keras.layers.Dense(10)])
    model.compile(
        keras.optimizers.Adam(0.003),
        keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        steps_per_execution=4,
    )
    # One epoch = 4 batches of 50. A repeated dataset is built once,
    # not once per epoch: much faster for epochs this small.
    train = tf.data.Dataset.from_tensor_slices((X_train, y_train))
    train = train.shuffle(200, seed=0).batch(BATCH).repeat()
    history = model.fit(
        train,
        steps_per_epoch=len(X_train) // BATCH,
        epochs=EPOCHS,
        validation_data=(X_val, y_val),
        validation_batch_size=len(X_val),
        verbose=0,
    )
    return np.array(history.history["loss"]), np.array(
        history.history["val_loss"]
    )


runs = {"plain": curves(0.0), "dropout": curves(0.5)}
fig, axes = plt.subplots(
    1, 2, figsize=(10, 3.6), sharey=True, layout="constrained"
)
epochs = np.arange(1, EPOCHS + 1)
for ax, (name, (train, val)) in zip(axes, runs.items()):
    best = int(np.argmin(val))
    ax.plot(epochs, train, label=TEXT["train"], lw=2)
    ax.plot(epochs, val, label=TEXT["val"], lw=2)
    ax.plot([best + 1], [val[best]], "o", color="C3", label=TEXT["best"])
    ax.set(title=TEXT[name], xlabel=TEXT["epoch"], ylim=(0, 1.5))
    ax.grid(alpha=0.3)
    print(f"{name}, best epoch: {best + 1}")
    print(f"{name}, lowest val loss: {val[best]:.2f}")
    print(f"{name}, last val loss: {val[-1]:.2f}")
    print(f"{name}, last train loss: {train[-1]:.3f}")
    print(f"{name}, gap at the end: {val[-1] - train[-1]:.2f}")
axes[0].set_ylabel(TEXT["loss"])
axes[0].legend()
fig.savefig("learning_curves.svg", metadata={"Date": None})

(train, val), (train_d, val_d) = runs["plain"], runs["dropout"]
best = int(np.argmin(val))
assert best < EPOCHS - 10  # validation stops improving early...
assert train[-1] < train[best] / 5  # ...while the training loss keeps falling
assert val[-1] - train[-1] > 0.2  # a wide gap at the end: overfitting
# dropout: the minimum comes later and the gap stays narrower
assert int(np.argmin(val_d)) > best
assert val_d[-1] - train_d[-1] < val[-1] - train[-1] - 0.02
assert Path("learning_curves.svg").stat().st_size > 10_000
