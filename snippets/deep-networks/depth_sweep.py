# The same MLP with 2 and 12 hidden layers: accuracy, parameters, time.
import time

import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.3, random_state=0)

results = {}
for depth in [2, 12]:
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((64,))]
                             + [keras.layers.Dense(64, "relu", kernel_initializer="he_normal")
                                for _ in range(depth)]
                             + [keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(3e-3), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"], steps_per_execution=32)
    hist = model.fit(X_tr, y_tr, epochs=10, batch_size=64, verbose=0)
    _, val_acc = model.evaluate(X_val, y_val, verbose=0)
    start = time.perf_counter()
    for _ in range(20):
        model(X_val)  # forward pass only
    ms = (time.perf_counter() - start) / 20 * 1000
    results[depth] = (hist.history["loss"][-1], val_acc, model.count_params(), ms)
    print(f"{depth:2d} hidden: train loss {results[depth][0]:.2f}  val acc {val_acc:.3f}  "
          f"params {model.count_params():6d}  forward {ms:.1f} ms")

assert results[2][1] > 0.93  # a shallow MLP already does well
assert results[12][1] < results[2][1] + 0.01  # 12 layers: no better
assert results[12][2] > 5 * results[2][2]  # ...for over 5x the parameters
