# patience larger than the epochs: training never stops early.
# Which weights does the model end with?
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, X_val, y_train, y_val = train_test_split(
    X, y, train_size=200, test_size=500, random_state=0, stratify=y
)
keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(10),
    ]
)
model.compile(
    keras.optimizers.Adam(0.01),  # a large rate: a bumpy validation loss
    keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    steps_per_execution=4,
)
snapshots = []
keep = keras.callbacks.LambdaCallback(
    on_epoch_end=lambda epoch, logs: snapshots.append(model.get_weights())
)
stop = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=100, restore_best_weights=True
)
history = model.fit(
    X_train,
    y_train,
    batch_size=50,
    epochs=25,
    validation_data=(X_val, y_val),
    callbacks=[keep, stop],
    verbose=0,
)
val = history.history["val_loss"]
best = int(np.argmin(val))
print(f"ran all {len(val)} epochs; the best was epoch {best + 1}")
assert len(val) == 25 and stop.stopped_epoch == 0  # it never stopped
assert best < 24  # the last epoch was not the best
# Keras 3 restores the best weights anyway (Keras 2 did so only on a stop)
for w, w_best in zip(model.get_weights(), snapshots[best]):
    np.testing.assert_array_equal(w, w_best)
