# Images: a random forest on raw pixels learns 8x8 digits; what a CNN
# adds is structure (local filters shared over the image, pooling).
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

X = (load_digits().images / 16.0).astype("float32")[..., None]
y = load_digits().target
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)


def shifted(images, dx):  # dx pixels to the right, filled with 0
    out = np.zeros_like(images)
    out[:, :, dx:] = images[:, :, : 8 - dx]
    return out


forest = RandomForestClassifier(n_estimators=200, random_state=0)
forest.fit(X_tr.reshape(len(X_tr), -1), y_tr)
rf = [
    forest.score(shifted(X_te, dx).reshape(len(X_te), -1), y_te)
    for dx in [0, 2]
]

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((8, 8, 1)),
        keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(
    keras.optimizers.Adam(1e-2),
    "sparse_categorical_crossentropy",
    metrics=["accuracy"],
    steps_per_execution=22,
)
model.fit(X_tr, y_tr, epochs=20, batch_size=64, verbose=0)
cnn = [model.evaluate(shifted(X_te, dx), y_te, verbose=0)[1] for dx in [0, 2]]
print(f"random forest: test {rf[0]:.2f}, shifted 2 px {rf[1]:.2f}")
print(f"CNN:           test {cnn[0]:.2f}, shifted 2 px {cnn[1]:.2f}")
assert rf[0] > 0.95 and rf[0] >= cnn[0]  # the ensemble learns the digits
assert rf[1] < 0.3  # shifted 2 px, the forest all but collapses
assert cnn[1] > rf[1] + 0.2  # the CNN's structure copes with the shift
