# Gradient descent on L(w) = w^2 (gradient 2w) with four learning rates.
# Each step multiplies w by (1 - 2 * lr): it converges only if 0 < lr < 1.
import keras
import numpy as np
import tensorflow as tf


def run(lr, steps=20):
    w = keras.Variable(1.0)
    optimizer = keras.optimizers.SGD(learning_rate=lr)
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = w**2
        optimizer.apply_gradients([(tape.gradient(loss, w), w)])
    return float(w.numpy())


final = {lr: run(lr) for lr in [0.01, 0.4, 0.9, 1.1]}
print({lr: round(w, 4) for lr, w in final.items()})
for lr, w in final.items():
    assert np.isclose(w, (1 - 2 * lr) ** 20, rtol=1e-4)  # (1)!

assert final[0.01] > 0.6  # too small: after 20 steps, still far away
assert abs(final[0.4]) < 1e-10  # well chosen: practically at the minimum
assert 0 < final[0.9] < 0.02  # large: jumps across the valley, yet converges
assert final[1.1] > 30  # too large: every step overshoots more, diverges
