# Dense on a rank-3 input acts on the last axis only,
# with the same weights at every position.
import keras
import numpy as np

keras.utils.set_random_seed(0)
# (batch, time, features)
x = np.random.default_rng(0).normal(size=(2, 5, 3)).astype("float32")
dense = keras.layers.Dense(4)
y = keras.ops.convert_to_numpy(dense(x))

kernel, bias = dense.get_weights()
assert kernel.shape == (3, 4)  # (features, units): the time axis plays no part
assert y.shape == (2, 5, 4)  # only the last axis changes: 3 -> 4
# the same matrix at each (batch, time)
assert np.allclose(y, x @ kernel + bias, atol=1e-5)
assert np.allclose(y[1, 2], x[1, 2] @ kernel + bias, atol=1e-5)
print("input", x.shape, "-> output", y.shape, "| kernel", kernel.shape)
