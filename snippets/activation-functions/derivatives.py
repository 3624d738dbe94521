# The formulas of the table, checked against TensorFlow's autodiff.
import math

import keras
import numpy as np
import tensorflow as tf


def sig(x):
    return 1 / (1 + tf.exp(-x))


def Phi(x):  # normal CDF
    return 0.5 * (1 + tf.math.erf(x / math.sqrt(2)))


def phi(x):  # normal PDF
    return tf.exp(-(x**2) / 2) / math.sqrt(2 * math.pi)


a = 0.2  # Keras' default negative_slope for leaky_relu


def step(x, low):
    return tf.where(x > 0, 1.0, low)


# Keras name: (formula f(x), formula f'(x))
table = {
    "sigmoid": (sig, lambda x: sig(x) * (1 - sig(x))),
    "tanh": (tf.tanh, lambda x: 1 - tf.tanh(x) ** 2),
    "relu": (lambda x: tf.maximum(x, 0.0), lambda x: step(x, 0.0)),
    "leaky_relu": (lambda x: tf.where(x > 0, x, a * x), lambda x: step(x, a)),
    "silu": (lambda x: x * sig(x), lambda x: sig(x) * (1 + x * (1 - sig(x)))),
    "gelu": (lambda x: x * Phi(x), lambda x: Phi(x) + x * phi(x)),
}

x = tf.constant(np.linspace(-4, 4, 80), tf.float32)  # 0 is not among them
for name, (f, df) in table.items():
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = keras.activations.get(name)(x)
    autodiff = tape.gradient(y, x)
    assert np.allclose(y, f(x), atol=1e-5), name
    assert np.allclose(autodiff, df(x), atol=1e-5), name

# The largest slopes: sigmoid'(0) = 1/4, tanh'(0) = 1.
d_sig0 = float(table["sigmoid"][1](tf.constant(0.0)))
d_tanh0 = float(table["tanh"][1](tf.constant(0.0)))
print("sigmoid'(0) =", round(d_sig0, 3), " tanh'(0) =", round(d_tanh0, 3))
assert np.isclose(d_sig0, 0.25) and np.isclose(d_tanh0, 1.0)
