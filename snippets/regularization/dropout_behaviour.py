# Dropout in training mode vs inference mode (inverted dropout).
import keras
import numpy as np

keras.utils.set_random_seed(0)
rate = 0.3
dropout = keras.layers.Dropout(rate)
x = np.ones((1000, 100), dtype="float32")

train_out = keras.ops.convert_to_numpy(dropout(x, training=True))
zeroed = np.mean(train_out == 0)
survivors = np.unique(train_out[train_out != 0])
print(
    "zeroed:",
    round(zeroed, 3),
    " survivors:",
    np.round(survivors, 4),
    " mean:",
    round(float(train_out.mean()), 3),
)
assert abs(zeroed - rate) < 0.01  # about 30% of the units are dropped
# the rest are scaled by 1/(1-rate)
assert np.allclose(survivors, 1 / (1 - rate))
assert abs(train_out.mean() - 1.0) < 0.01  # so the expected value stays 1

infer_out = keras.ops.convert_to_numpy(dropout(x, training=False))
assert np.array_equal(infer_out, x)  # inference: identity

# In a model, model(x) and predict() run in inference mode;
# fit() in training mode.
model = keras.Sequential([keras.Input((100,)), keras.layers.Dropout(rate)])
assert np.array_equal(keras.ops.convert_to_numpy(model(x)), x)
assert not np.array_equal(
    keras.ops.convert_to_numpy(model(x, training=True)), x
)
