# Why exp in softmax: more than "no negative numbers".
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def squared(z):  # another way to get rid of negative numbers
    return z**2 / (z**2).sum()


z = np.array([3.0, -3.0, 0.5])
p_exp, p_sq = softmax(z), squared(z)
print("exp:", p_exp.round(3).tolist(), " square:", p_sq.round(3).tolist())

# Logits 3 and -3 get the same squared "probability": the order is lost.
# If removing negatives were all that mattered, squaring would train as
# well as exp. Train the same linear classifier on digits with three ways
# of turning logits into probabilities, and measure the test accuracy.
X, labels = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, y_train = tf.constant(X[:1200]), tf.constant(labels[:1200])
normalize = {
    "exp": tf.nn.softmax,
    "square": lambda v: v**2 / tf.reduce_sum(v**2, 1, keepdims=True),
    "abs": lambda v: tf.abs(v) / tf.reduce_sum(tf.abs(v), 1, keepdims=True),
}


def test_accuracy(name):
    keras.utils.set_random_seed(0)
    w = keras.Variable(keras.initializers.GlorotUniform(0)((64, 10)))
    optimizer = keras.optimizers.Adam(0.01)

    @tf.function
    def step():
        with tf.GradientTape() as tape:
            p = normalize[name](tf.matmul(X_train, w))
            p_true = tf.gather(p, y_train, batch_dims=1)
            loss = -tf.reduce_mean(tf.math.log(p_true + 1e-7))
        optimizer.apply([tape.gradient(loss, w)], [w])

    for _ in range(300):
        step()
    p_test = normalize[name](tf.matmul(X[1200:], w)).numpy()
    return float(np.mean(np.argmax(p_test, 1) == labels[1200:]))


acc = {name: test_accuracy(name) for name in normalize}
for name, value in acc.items():
    print(f"{name} normalization, test accuracy: {value:.3f}")
assert acc["exp"] > max(acc["square"], acc["abs"]) + 0.01

# With cross-entropy (a log), the gradient wrt the logits is simply p - y.
y = np.array([0.0, 0.0, 1.0])
logits = tf.Variable(z)
with tf.GradientTape() as tape:
    loss = -tf.reduce_sum(y * tf.math.log(tf.nn.softmax(logits)))
grad = tape.gradient(loss, logits).numpy()
print("gradient:", grad.round(3).tolist())
assert np.allclose(grad, p_exp - y)
