# Common mix-ups with shapes, checked.
import keras
import numpy as np

# (64) is just the int 64; a one-element tuple needs a comma: (64,)
assert (64) == 64 and (64,) == tuple([64])
try:
    keras.Input(shape=(64))
    raise AssertionError("expected an error")
except ValueError as e:
    print("keras.Input(shape=(64)):", e)
assert keras.Input(shape=(64,)).shape == (None, 64)

# "3D tensor" (3 axes) is not "3-dimensional vector" (3 entries, 1 axis).
t, v = np.zeros((2, 3, 4)), np.array([1.0, 2.0, 3.0])
assert t.ndim == 3 and v.ndim == 1 and v.shape == (3,)

# reshape keeps the order of the entries; transpose swaps axes.
# Same shape, different data.
a = np.arange(6).reshape(2, 3)  # [[0 1 2] [3 4 5]]
assert a.reshape(3, 2).shape == a.T.shape == (3, 2)
assert a.reshape(3, 2).tolist() == [[0, 1], [2, 3], [4, 5]]
assert a.T.tolist() == [[0, 3], [1, 4], [2, 5]]

# A (N, 1) prediction minus (N,) labels broadcasts to (N, N), silently.
y_true = np.array([1.0, 2.0, 3.0])
y_pred = np.array([[1.0], [2.0], [3.0]])  # what Dense(1) returns
assert (y_pred - y_true).shape == (3, 3)
# wrong: a perfect prediction, nonzero error
assert np.mean((y_pred - y_true) ** 2) > 1
# squeeze the size-1 axis
assert np.mean((np.squeeze(y_pred, axis=-1) - y_true) ** 2) == 0
mse = keras.losses.MeanSquaredError()
# Keras' losses line the ranks up for you
assert float(mse(y_true, y_pred)) == 0

# Broadcasting matches axes from the right:
# (3, 4) + (4,) works, (3, 4) + (3,) does not.
m = np.ones((3, 4))
assert (m + np.arange(4)).shape == (3, 4)
# (3, 1) stretches along the last axis
assert (m + np.arange(3)[:, None]).shape == (3, 4)
try:
    m + np.arange(3)
    raise AssertionError("expected an error")
except ValueError as e:
    print("(3, 4) + (3,):", e)
