# Where binary and categorical cross-entropy give different numbers.
import keras
import numpy as np


def bce(y, p):
    return keras.ops.convert_to_numpy(keras.losses.binary_crossentropy(y, p))


def cce(y, p):
    return keras.ops.convert_to_numpy(
        keras.losses.categorical_crossentropy(y, p)
    )


# 1. Multi-label: labels 0 and 2 are both present; three independent sigmoids.
y = np.array([[1.0, 0.0, 1.0]])
p = np.array([[0.9, 0.2, 0.8]], dtype="float32")  # sums to 1.9, not 1
# one binary CE per column
per_column = -(y * np.log(p) + (1 - y) * np.log(1 - p))
assert np.isclose(bce(y, p)[0], per_column.mean(), atol=1e-6)  # (1)!
q = p / p.sum()  # categorical CE first rescales the outputs to sum to 1 ...
assert np.isclose(cce(y, p)[0], -(y * np.log(q)).sum(), atol=1e-5)  # (2)!
print(
    "multi-label: BCE",
    round(float(bce(y, p)[0]), 3),
    " CCE",
    round(float(cce(y, p)[0]), 3),
)
assert cce(y, p)[0] > 5 * bce(y, p)[0]  # not the same loss at all

# 2. binary_crossentropy on 10-class softmax outputs = mean of 10 column losses.
rng = np.random.default_rng(0)
probs = keras.ops.convert_to_numpy(
    keras.activations.softmax(rng.normal(size=(1000, 10)))
)
onehot = keras.utils.to_categorical(rng.integers(0, 10, 1000), 10)
cols = -(onehot * np.log(probs) + (1 - onehot) * np.log(1 - probs))
assert np.allclose(bce(onehot, probs), cols.mean(axis=1), atol=1e-5)
print(
    "10 columns: BCE",
    round(float(bce(onehot, probs).mean()), 3),
    " CCE",
    round(float(cce(onehot, probs).mean()), 3),
)

# 3. ... and "binary accuracy" on those 10 columns flatters a random model.
binary_acc = keras.metrics.BinaryAccuracy()(onehot, probs)
categorical_acc = keras.metrics.CategoricalAccuracy()(onehot, probs)
print(f"random model binary accuracy: {float(binary_acc):.3f}")
print(f"random model categorical accuracy: {float(categorical_acc):.3f}")
assert float(binary_acc) > 0.85 and float(categorical_acc) < 0.15  # (3)!

# Keras 3 picks the accuracy for the string "accuracy" by the output shape.
model = keras.Sequential(
    [keras.Input((10,)), keras.layers.Dense(10, activation="softmax")]
)
model.compile(loss="binary_crossentropy", metrics=["accuracy"])
reported = model.evaluate(probs, onehot, verbose=0, return_dict=True)[
    "accuracy"
]
pred = keras.ops.convert_to_numpy(model(probs))
assert np.isclose(
    reported, keras.metrics.CategoricalAccuracy()(onehot, pred), atol=1e-6
)  # (4)!
