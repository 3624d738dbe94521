# Receptive field: which input pixels can change one output unit.
# Measured from the gradient of the centre unit, against
# r = 1 + sum_l (k_l - 1) * (product of the strides before layer l).
import keras
import numpy as np
import tensorflow as tf


def measured(layers, size=32):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((size, size, 1)), *layers])
    x = tf.constant(np.random.default_rng(0).normal(size=(1, size, size, 1)))
    with tf.GradientTape() as tape:
        tape.watch(x)
        out = model(x)
        centre = out[0, out.shape[1] // 2, out.shape[2] // 2, 0]
    g = tape.gradient(centre, x).numpy()[0, :, :, 0]
    rows, cols = np.nonzero(g)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


def formula(kernels_and_strides):
    r, jump = 1, 1
    for k, s in kernels_and_strides:
        r += (k - 1) * jump
        jump *= s
    return r


def conv():
    return keras.layers.Conv2D(4, 3, activation="tanh")


def pool():  # average pooling: every input of a block gets a gradient
    return keras.layers.AveragePooling2D(2)


cases = {
    "3x3": ([conv()], [(3, 1)]),
    "3x3, 3x3": ([conv(), conv()], [(3, 1), (3, 1)]),
    "3x3, 3x3, 3x3": ([conv(), conv(), conv()], [(3, 1)] * 3),
    "3x3, pool 2, 3x3": ([conv(), pool(), conv()], [(3, 1), (2, 2), (3, 1)]),
}
for name, (layers, ks) in cases.items():
    h, w = measured(layers)
    print(f"{name:<17} receptive field {h}x{w}")
    assert h == w == formula(ks)
