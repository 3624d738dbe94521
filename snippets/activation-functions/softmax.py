# A numerically stable softmax, its properties, and Keras' version.
import keras
import numpy as np


def softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(axis=-1, keepdims=True))  # minus the max: no overflow
    return e / e.sum(axis=-1, keepdims=True)


z = np.array([2.0, 1.0, -1.0])
p = softmax(z)
print("softmax:", p.round(3).tolist())

assert np.all(p > 0) and np.isclose(p.sum(), 1.0)  # a distribution
assert np.argsort(p).tolist() == np.argsort(z).tolist()  # order kept
assert np.allclose(softmax(z + 100.0), p)  # shift invariance
assert np.isclose(p[0] / p[1], np.exp(z[0] - z[1]))  # ratio = e^(difference)

with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(z + 1000.0) / np.exp(z + 1000.0).sum()  # inf / inf
assert np.isnan(naive).all()
assert np.allclose(softmax(z + 1000.0), p)  # the stable version is fine

batch = z[None, :].astype("float32")
p_keras = keras.ops.convert_to_numpy(keras.activations.softmax(batch))
assert np.allclose(p_keras[0], p, atol=1e-6)
