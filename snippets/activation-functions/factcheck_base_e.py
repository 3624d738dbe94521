# Any base b works: b**z = e**(z ln b), so base-b softmax = softmax(z * ln b).
# (Adam, used below, hardly cares about the scale of a gradient.)
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits


def softmax_base(z, b):
    w = b ** (z - z.max())
    return w / w.sum()


z = np.array([2.0, 1.0, -1.0])
for name, b in [("2", 2.0), ("e", np.e), ("10", 10.0)]:
    print(f"base {name}:", softmax_base(z, b).round(3).tolist())

# Base b = base e with the logits scaled by ln b, and the layer before can
# absorb that scale: train the same softmax classifier with three bases.
X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, y_train = tf.constant(X[:1200]), tf.constant(y[:1200])


def test_accuracy(b):
    keras.utils.set_random_seed(0)
    w = keras.Variable(np.zeros((64, 10), "float32"))
    optimizer = keras.optimizers.Adam(0.01)

    @tf.function
    def step():
        with tf.GradientTape() as tape:
            logits = tf.matmul(X_train, w) * np.log(b)  # base-b softmax
            loss = tf.reduce_mean(
                tf.nn.sparse_softmax_cross_entropy_with_logits(y_train, logits)
            )
        optimizer.apply([tape.gradient(loss, w)], [w])

    for _ in range(300):
        step()
    return float(np.mean(np.argmax(X[1200:] @ w.numpy(), 1) == y[1200:]))


acc = {
    name: test_accuracy(b)
    for name, b in [("2", 2.0), ("e", np.e), ("10", 10.0)]
}
for name, value in acc.items():
    print(f"base {name} softmax, test accuracy: {value:.3f}")
assert max(acc.values()) - min(acc.values()) < 0.02  # the base does not matter

# Why e is convenient: d/dx b**x = ln(b) * b**x, and ln(e) = 1.
h = 1e-6
slope_at_0 = {b: (b**h - 1) / h for b in [2.0, np.e, 10.0]}
assert np.isclose(slope_at_0[2.0], np.log(2.0), atol=1e-5)
assert np.isclose(slope_at_0[np.e], 1.0, atol=1e-5)
assert np.isclose(slope_at_0[10.0], np.log(10.0), atol=1e-4)
