# ReLU is differentiable except at 0; the real problem is a zero gradient.
import keras
import numpy as np
import tensorflow as tf


def relu(v):
    return max(v, 0.0)


h = 1e-4
for x0 in [-2.0, -0.5, -0.001]:  # x < 0: both one-sided slopes are 0
    assert (relu(x0) - relu(x0 - h)) / h == 0.0 == (relu(x0 + h) - relu(x0)) / h
left, right = (relu(0.0) - relu(-h)) / h, (relu(h) - relu(0.0)) / h
assert left == 0.0 and np.isclose(right, 1.0)  # they disagree only at 0

x = tf.constant(0.0)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.nn.relu(x)
assert float(tape.gradient(y, x)) == 0.0  # TF picks 0, a valid subgradient

# "Dying ReLU": a unit whose input is negative for every sample gets no
# gradient at all; Leaky ReLU still passes one.
X = np.random.default_rng(0).normal(size=(100, 4)).astype("float32")
very_negative = keras.initializers.Constant(-10.0)
for activation in ["relu", "leaky_relu"]:
    keras.utils.set_random_seed(0)
    dense = keras.layers.Dense(3, activation, bias_initializer=very_negative)
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(dense(X))
    grads = tape.gradient(loss, dense.trainable_variables)
    largest = max(float(tf.reduce_max(tf.abs(g))) for g in grads)
    print(activation, "largest gradient:", round(largest, 2))
    assert (largest == 0.0) == (activation == "relu")
