# A small CNN and an MLP with about as many parameters, on load_digits
# (8x8), tested on the test images as they are and shifted sideways.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X = (load_digits().images / 16.0).astype("float32")[..., None]  # (n, 8, 8, 1)
y = load_digits().target
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)


def shifted(images, dx):
    """Move every image dx pixels right (left if dx < 0), filling with 0."""
    out = np.zeros_like(images)
    if dx >= 0:
        out[:, :, dx:] = images[:, :, : 8 - dx]
    else:
        out[:, :, :dx] = images[:, :, -dx:]
    return out


def cnn():
    return keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
            keras.layers.MaxPooling2D(2),  # 8x8 -> 4x4
            keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
            keras.layers.GlobalAveragePooling2D(),  # 4x4x32 -> 32
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


def mlp():
    return keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


acc = {}
for name, make in [("CNN", cnn), ("MLP", mlp)]:
    keras.utils.set_random_seed(0)
    model = make()
    model.compile(
        keras.optimizers.Adam(1e-2),
        "sparse_categorical_crossentropy",
        metrics=["accuracy"],
        steps_per_execution=22,
    )
    model.fit(X_tr, y_tr, epochs=20, batch_size=64, verbose=0)
    acc[name] = [
        model.evaluate(shifted(X_te, dx), y_te, verbose=0)[1]
        for dx in [0, 1, 2]
    ]
    print(
        f"{name}: {model.count_params()} parameters, test accuracy "
        f"{acc[name][0]:.2f}, shifted 1 px {acc[name][1]:.2f}, "
        f"2 px {acc[name][2]:.2f}"
    )

assert min(acc["CNN"][0], acc["MLP"][0]) > 0.9  # both learn the digits
assert abs(acc["CNN"][0] - acc["MLP"][0]) < 0.05  # about equally well
assert acc["CNN"][2] > acc["MLP"][2] + 0.2  # the CNN copes with the shift
assert acc["MLP"][2] < 0.3  # the MLP falls towards chance (0.1)
assert acc["CNN"][2] < acc["CNN"][0] - 0.3  # but the CNN drops a lot too
