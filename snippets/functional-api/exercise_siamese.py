# A siamese model: one encoder shared by both inputs,
# compared with two separate encoders.
import keras
import numpy as np


def build(shared):
    left, right = keras.Input((10,)), keras.Input((10,))
    enc_l = keras.layers.Dense(4, activation="tanh")
    enc_r = enc_l if shared else keras.layers.Dense(4, activation="tanh")
    diff = keras.layers.Subtract()([enc_l(left), enc_r(right)])
    dist = keras.ops.sum(keras.ops.abs(diff), axis=-1, keepdims=True)
    return keras.Model([left, right], dist)


shared, separate = build(True), build(False)
assert shared.count_params() == 10 * 4 + 4
assert separate.count_params() == 2 * (10 * 4 + 4)

# With a shared encoder, identical inputs are always at distance 0.
x = np.random.default_rng(0).normal(size=(3, 10)).astype("float32")
assert np.allclose(shared.predict([x, x], verbose=0), 0.0)
assert not np.allclose(separate.predict([x, x], verbose=0), 0.0)
