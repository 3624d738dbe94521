# Training success is not model success: an MLP fits random labels perfectly.
import keras
import numpy as np
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
rng = np.random.default_rng(0)
X_tr, X_te = X[:200], X[200:]
y_random = rng.integers(0, 10, size=200)  # labels that mean nothing

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(512, activation="relu"),
                          keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer=keras.optimizers.Adam(1e-2), loss="sparse_categorical_crossentropy",
              metrics=["accuracy"], steps_per_execution=80)
model.fit(X_tr, y_random, epochs=80, batch_size=200, verbose=0)
_, train_acc = model.evaluate(X_tr, y_random, verbose=0)
_, test_acc = model.evaluate(X_te, rng.integers(0, 10, size=len(X_te)), verbose=0)
print(f"random labels: train accuracy {train_acc:.2f}, test accuracy {test_acc:.2f}")
assert train_acc > 0.95  # training "succeeded"
assert test_acc < 0.2  # and learned nothing that generalizes (chance is 0.1)
