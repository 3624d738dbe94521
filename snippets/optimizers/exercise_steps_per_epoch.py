# load_digits: 1797 samples, 20% held out for validation,
# batch_size=64, 3 epochs.
import math

import keras
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input((64,)), keras.layers.Dense(10, activation="softmax")]
)
model.compile(
    optimizer="sgd",
    loss="sparse_categorical_crossentropy",
    steps_per_execution=23,
)
model.fit(X, y, validation_split=0.2, batch_size=64, epochs=3, verbose=0)

# Keras holds out the last 20% before batching
n_train = int(len(X) * (1 - 0.2))
print(n_train, "training samples ->", int(model.optimizer.iterations), "steps")
assert n_train == 1437
assert int(model.optimizer.iterations) == 3 * math.ceil(n_train / 64) == 69
