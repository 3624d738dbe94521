# Flip 10% of the digit labels on purpose, then find them again by their
# per-sample loss after a short training.
import keras
import numpy as np
from sklearn.datasets import load_digits

X, y_true = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
rng = np.random.default_rng(0)
n_bad = len(X) // 10
bad = rng.choice(len(X), n_bad, replace=False)
y = y_true.copy()
y[bad] = (y[bad] + rng.integers(1, 10, n_bad)) % 10  # a wrong class
is_bad = np.zeros(len(X), bool)
is_bad[bad] = True

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(10),
    ]
)
model.compile(
    keras.optimizers.Adam(0.003),
    keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    steps_per_execution=36,
)
model.fit(X, y, batch_size=50, epochs=5, verbose=0)  # short: no memorizing

per_sample = keras.losses.SparseCategoricalCrossentropy(
    from_logits=True,
    reduction=None,  # one loss per sample
)
logits = model.predict(X, verbose=0)
loss = keras.ops.convert_to_numpy(per_sample(y, logits))
suspects = np.argsort(loss)[-n_bad:]  # the n_bad highest losses
found = is_bad[suspects].mean()
fixed = np.mean(np.argmax(logits[suspects], 1) == y_true[suspects])
print(f"labels flipped: {n_bad} of {len(X)}")
fit = np.mean(np.argmax(logits, 1) == y)
print(f"train accuracy on the given labels: {fit:.3f}")
print(f"flipped among the top losses: {found:.0%}")
print(f"prediction is the true label: {fixed:.0%}")
assert found > 0.85  # most flipped labels are found (a random pick: 10%)
assert fixed > 0.85  # and the model's prediction says what they should be
