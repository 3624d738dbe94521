# A deep plain MLP vs the same MLP with identity shortcuts, on load_digits.
import keras
import numpy as np
import tensorflow as tf
from keras import layers
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
DEPTH, WIDTH = 20, 32


def mlp(residual):
    keras.utils.set_random_seed(0)  # same initial weights for both models
    inputs = keras.Input((64,))
    h = layers.Dense(WIDTH, activation="relu")(inputs)
    for _ in range(DEPTH):
        f = layers.Dense(WIDTH, activation="relu")(h)
        if residual:  # the only difference: h + F(h), branch scaled by 1/sqrt(depth)
            h = layers.Add()([h, layers.Rescaling(DEPTH**-0.5)(f)])
        else:
            h = f
    outputs = layers.Dense(10, activation="softmax")(h)
    return keras.Model(inputs, outputs)


results = {}
for name, residual in [("plain", False), ("residual", True)]:
    model = mlp(residual)
    with tf.GradientTape() as tape:  # gradient at the first layer, at init
        p = model(X[:256])
        loss = keras.ops.mean(keras.losses.sparse_categorical_crossentropy(y[:256], p))
    g = tape.gradient(loss, model.trainable_variables)[0]  # first layer's kernel
    model.compile(optimizer=keras.optimizers.Adam(3e-3),
                  loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"], steps_per_execution=32)
    hist = model.fit(X, y, epochs=4, batch_size=64, verbose=0)
    results[name] = (float(tf.norm(g)), hist.history["loss"][-1], hist.history["accuracy"][-1])
    print(f"{name:8s} first-layer |grad| {results[name][0]:.1e}  "
          f"train loss {results[name][1]:.2f}  train acc {results[name][2]:.2f}")

assert results["residual"][0] > 10 * results["plain"][0]  # gradients reach layer 1
assert results["residual"][1] < 0.5 * results["plain"][1]  # loss falls much faster
assert results["residual"][2] > results["plain"][2] + 0.2
