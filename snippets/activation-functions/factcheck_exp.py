# Why exp in softmax: more than "no negative numbers".
import numpy as np
import tensorflow as tf


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def squared(z):  # another way to get rid of negative numbers
    return z**2 / (z**2).sum()


z = np.array([3.0, -3.0, 0.5])
p_exp, p_sq = softmax(z), squared(z)
print("exp:", p_exp.round(3).tolist(), " square:", p_sq.round(3).tolist())

# Both give non-negative numbers that sum to 1 ...
assert (p_sq >= 0).all() and np.isclose(p_sq.sum(), 1.0)
# ... but squaring loses the order: logits 3 and -3 get the same probability.
assert np.isclose(p_sq[0], p_sq[1]) and p_sq[2] < p_sq[1]
assert p_exp[0] > p_exp[2] > p_exp[1]  # exp is increasing: order kept
# exp turns differences into ratios: adding a constant changes nothing.
assert np.allclose(softmax(z + 5.0), p_exp)
assert not np.allclose(squared(z + 5.0), p_sq)

# With cross-entropy (a log), the gradient wrt the logits is simply p - y.
y = np.array([0.0, 0.0, 1.0])
logits = tf.Variable(z)
with tf.GradientTape() as tape:
    loss = -tf.reduce_sum(y * tf.math.log(tf.nn.softmax(logits)))
grad = tape.gradient(loss, logits).numpy()
print("gradient:", grad.round(3).tolist())
assert np.allclose(grad, p_exp - y)
