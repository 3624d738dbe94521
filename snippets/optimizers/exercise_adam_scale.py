# Scale the loss by 1000: SGD's step grows 1000 times,
# Adam's step barely changes.
import keras
import numpy as np
import tensorflow as tf


def first_step(optimizer, scale):
    w = keras.Variable(np.array([1.0, -2.0, 3.0], dtype="float32"))
    with tf.GradientTape() as tape:
        loss = scale * tf.reduce_sum(w**2)
    optimizer.apply_gradients([(tape.gradient(loss, w), w)])
    return w.numpy() - np.array([1.0, -2.0, 3.0])


for make in [
    lambda: keras.optimizers.SGD(1e-3),
    lambda: keras.optimizers.Adam(1e-3),
]:
    small, big = first_step(make(), 1.0), first_step(make(), 1000.0)
    ratio = np.linalg.norm(big) / np.linalg.norm(small)
    print(type(make()).__name__, "step ratio:", round(float(ratio), 3))
    if isinstance(make(), keras.optimizers.Adam):
        assert abs(ratio - 1) < 1e-3  # Adam divides by the gradient's own scale
        assert np.allclose(np.abs(big), 1e-3, rtol=1e-3)  # ~lr per coordinate
    else:
        assert abs(ratio - 1000) < 1  # SGD: step = -lr * gradient
