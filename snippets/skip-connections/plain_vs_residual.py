# A deep plain MLP vs the same MLP with identity shortcuts, on load_digits.
import keras
import numpy as np
import tensorflow as tf
from keras import layers
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
DEPTH, WIDTH, EPOCHS, BATCH = 12, 32, 3, 64


def mlp(residual):
    keras.utils.set_random_seed(0)  # same initial weights for both models
    inputs = keras.Input((64,))
    h = layers.Dense(WIDTH, activation="relu")(inputs)
    for _ in range(DEPTH):
        f = layers.Dense(WIDTH, activation="relu")(h)
        # the only difference: h + F(h), branch scaled by 1/sqrt(depth)
        if residual:
            h = layers.Add()([h, layers.Rescaling(DEPTH**-0.5)(f)])
        else:
            h = f
    outputs = layers.Dense(10, activation="softmax")(h)
    return keras.Model(inputs, outputs)


def train(model):
    """Adam, one traced step per batch; returns layer 1's |grad| at init."""
    optimizer = keras.optimizers.Adam(3e-3)
    # create its state outside tf.function
    optimizer.build(model.trainable_variables)

    @tf.function
    def step(xb, yb):
        with tf.GradientTape() as tape:
            loss = keras.ops.mean(
                keras.losses.sparse_categorical_crossentropy(yb, model(xb))
            )
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply(grads, model.trainable_variables)
        return tf.norm(grads[0])  # first layer's kernel

    rng = np.random.default_rng(0)
    steps = len(X) // BATCH  # equal batches: the step is traced only once
    norms = [
        step(X[b], y[b])
        for _ in range(EPOCHS)
        for b in rng.permutation(len(X))[: steps * BATCH].reshape(steps, BATCH)
    ]
    return float(norms[0])  # the very first step: the initial weights


results = {}
for name, residual in [("plain", False), ("residual", True)]:
    model = mlp(residual)
    grad0 = train(model)
    p = keras.ops.convert_to_numpy(model(X))
    loss = float(
        keras.ops.mean(keras.losses.sparse_categorical_crossentropy(y, p))
    )
    results[name] = (grad0, loss, float((p.argmax(1) == y).mean()))
    print(f"{name} first-layer grad: {grad0:.2g}")
    print(f"{name} train loss: {loss:.2f}")
    print(f"{name} train acc: {results[name][2]:.2f}")

ratio = results["residual"][0] / results["plain"][0]
print(f"gradient ratio: {ratio:.0f}")
# gradients reach layer 1: hundreds of times larger
assert ratio > 100
# loss falls much faster
assert results["residual"][1] < 0.5 * results["plain"][1]
assert results["residual"][2] > results["plain"][2] + 0.2
