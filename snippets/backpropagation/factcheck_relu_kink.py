# Where ReLU has a derivative, what the tape returns at its kink, and how
# often a trained network's pre-activations land exactly on the kink.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits


def relu(x):
    return np.maximum(x, 0.0)


h = 1e-6
points = np.array([-2.0, -0.5, -1e-3, 0.0, 0.5])
left = (relu(points) - relu(points - h)) / h  # slope from the left
right = (relu(points + h) - relu(points)) / h  # slope from the right
central = (relu(points + h) - relu(points - h)) / (2 * h)
xs = tf.constant(points)
with tf.GradientTape() as tape:
    tape.watch(xs)
    out = tf.nn.relu(xs)
tape_grad = tape.gradient(out, xs).numpy()
print("x        left  right  central  tape")
for row in zip(points, left, right, central, tape_grad):
    print("{:>6}  {:5.2f}  {:5.2f}  {:7.2f}  {:4.1f}".format(*row))

negative = points < 0
# Below 0 both one-sided slopes agree: the derivative exists, and it is 0.
assert np.allclose(left[negative], 0) and np.allclose(right[negative], 0)
# Only at 0 they disagree; the tape returns 0 there, a finite-difference
# check returns 0.5: the one place where a gradient check would fail.
assert left[3] == 0 and right[3] == 1 and tape_grad[3] == 0
assert central[3] == 0.5
assert np.allclose(central[~(points == 0)], tape_grad[~(points == 0)])

# A trained ReLU network: how many pre-activations sit exactly on 0?
X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
keras.utils.set_random_seed(0)
hidden = keras.layers.Dense(32)  # pre-activations, ReLU applied below
model = keras.Sequential(
    [keras.Input((64,)), hidden, keras.layers.ReLU(), keras.layers.Dense(10)]
)
model.compile(
    "adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True)
)
model.fit(X, y, epochs=3, batch_size=64, verbose=0)
z = keras.ops.convert_to_numpy(hidden(X))
print(
    f"pre-activations: {z.size}, exactly 0: {int(np.sum(z == 0))}, "
    f"below 0: {np.mean(z < 0):.0%}"
)
assert np.sum(z == 0) == 0  # the kink is never hit
assert np.mean(z < 0) > 1 / 3  # x < 0 is common: there the gradient is 0
