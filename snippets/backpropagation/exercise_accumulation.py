# Gradient accumulation: four mini-batches of 16, averaged and applied once,
# make the same step as one batch of 64.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X, y = (X[:64] / 16.0).astype("float32"), y[:64]
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def fresh_model():
    keras.utils.set_random_seed(0)
    return keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(16, "tanh"),
            keras.layers.Dense(10),
        ]
    )


def gradients(model, xb, yb):
    with tf.GradientTape() as tape:
        loss = loss_fn(yb, model(xb, training=True))
    return tape.gradient(loss, model.trainable_variables)


big = fresh_model()  # one step on the whole batch of 64
keras.optimizers.SGD(0.5).apply(gradients(big, X, y), big.trainable_variables)

acc = fresh_model()  # four gradients of 16, averaged, one step
total = [tf.zeros_like(v) for v in acc.trainable_variables]
for part in range(4):
    sl = slice(16 * part, 16 * (part + 1))
    total = [t + g for t, g in zip(total, gradients(acc, X[sl], y[sl]))]
keras.optimizers.SGD(0.5).apply([t / 4 for t in total], acc.trainable_variables)

for a, b in zip(big.get_weights(), acc.get_weights()):
    assert np.allclose(a, b, atol=1e-6)
print("accumulated step == one step on the batch of 64")
