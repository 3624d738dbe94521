# EarlyStopping(restore_best_weights=True) on the unregularized MLP:
# training stops `patience` epochs after the best one and the model
# ends with that epoch's weights.
import keras
import numpy as np
import tensorflow as tf
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
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(10),
    ]
)
model.compile(
    keras.optimizers.Adam(0.003),
    keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    steps_per_execution=4,
)
train = tf.data.Dataset.from_tensor_slices((X_train, y_train))
train = train.shuffle(200, seed=0).batch(50).repeat()

snapshots = []  # the weights at the end of every epoch, to check against
keep = keras.callbacks.LambdaCallback(
    on_epoch_end=lambda epoch, logs: snapshots.append(model.get_weights())
)
stop = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=8, restore_best_weights=True
)
history = model.fit(
    train,
    steps_per_epoch=4,
    epochs=100,
    validation_data=(X_val, y_val),
    validation_batch_size=len(X_val),
    callbacks=[keep, stop],
    verbose=0,
)
val = np.array(history.history["val_loss"])
best = int(np.argmin(val))
print(f"epochs run: {len(val)} of 100")
print(f"best epoch: {best + 1}")
print(f"best val loss: {val[best]:.3f}")
print(f"val loss at the last epoch: {val[-1]:.3f}")

assert len(val) == best + 1 + 8  # stopped 8 epochs after the best
assert stop.best_epoch == best
# the model now holds exactly the best epoch's weights, not the last's
for w, w_best in zip(model.get_weights(), snapshots[best]):
    np.testing.assert_array_equal(w, w_best)
assert not all(
    np.array_equal(w, w_last)
    for w, w_last in zip(model.get_weights(), snapshots[-1])
)
ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
restored = float(ce(y_val, model.predict(X_val, verbose=0)))
print(f"val loss after restoring: {restored:.3f}")
assert abs(restored - val[best]) < 1e-4 < val[-1] - restored
