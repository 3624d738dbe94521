# The same MLP with 2 and 12 hidden layers: accuracy, parameters, time.
import time

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.3, random_state=0)


def train(model, epochs=10, batch=64):
    """Adam on mini-batches with one traced step
    (for tiny models much faster than fit())."""
    optimizer = keras.optimizers.Adam(3e-3)
    # create its state outside tf.function
    optimizer.build(model.trainable_variables)

    @tf.function
    def step(xb, yb):
        with tf.GradientTape() as tape:
            loss = keras.ops.mean(
                keras.losses.sparse_categorical_crossentropy(yb, model(xb))
            )
        optimizer.apply(
            tape.gradient(loss, model.trainable_variables),
            model.trainable_variables,
        )

    rng = np.random.default_rng(0)
    steps = len(X_tr) // batch  # equal batches: the step is traced only once
    for _ in range(epochs):
        for b in rng.permutation(len(X_tr))[: steps * batch].reshape(
            steps, batch
        ):
            step(X_tr[b], y_tr[b])


results = {}
for depth in [2, 12]:
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input((64,))]
        + [
            keras.layers.Dense(64, "relu", kernel_initializer="he_normal")
            for _ in range(depth)
        ]
        + [keras.layers.Dense(10, activation="softmax")]
    )
    train(model)
    train_loss = float(
        keras.ops.mean(
            keras.losses.sparse_categorical_crossentropy(y_tr, model(X_tr))
        )
    )
    start = time.perf_counter()
    for _ in range(10):
        p_val = keras.ops.convert_to_numpy(model(X_val))  # forward pass only
    ms = (time.perf_counter() - start) / 10 * 1000
    val_acc = float((p_val.argmax(1) == y_val).mean())
    results[depth] = (train_loss, val_acc, model.count_params(), ms)
    print(
        f"{depth} hidden layers: train loss {train_loss:.2f}, "
        f"params {model.count_params()}, forward {ms:.1f} ms"
    )
    print(f"val accuracy, {depth} hidden: {val_acc:.3f}")

assert results[2][1] > 0.93  # a shallow MLP already does well
assert results[12][1] < results[2][1] + 0.01  # 12 layers: no better
assert results[12][2] > 5 * results[2][2]  # ...for over 5x the parameters
