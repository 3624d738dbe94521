# Fit 600 digits with 10% flipped labels to 100% and watch the per-sample
# loss lose the flipped ones: memorized, they look like good data.
import keras
import numpy as np
from sklearn.datasets import load_digits

X, y_true = load_digits(return_X_y=True)
X, y_true = (X[:600] / 16.0).astype("float32"), y_true[:600]
rng = np.random.default_rng(0)
n_bad = len(X) // 10
bad = rng.choice(len(X), n_bad, replace=False)
y = y_true.copy()
y[bad] = (y[bad] + rng.integers(1, 10, n_bad)) % 10
is_bad = np.zeros(len(X), bool)
is_bad[bad] = True

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dense(10),
    ]
)
model.compile(
    keras.optimizers.Adam(0.003),
    keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    steps_per_execution=60,
)
per_sample = keras.losses.SparseCategoricalCrossentropy(
    from_logits=True, reduction=None
)
found, fit, done = {}, {}, 0
for epochs in [5, 20, 50, 100]:
    model.fit(  # continue training up to `epochs` epochs in all
        np.tile(X, (epochs - done, 1)),
        np.tile(y, epochs - done),
        batch_size=50,
        verbose=0,
    )
    done = epochs
    logits = model.predict(X, verbose=0)
    loss = keras.ops.convert_to_numpy(per_sample(y, logits))
    found[epochs] = is_bad[np.argsort(loss)[-n_bad:]].mean()
    fit[epochs] = np.mean(np.argmax(logits, 1) == y)
    print(
        f"epoch {epochs:3d}: train accuracy {fit[epochs]:.3f}, "
        f"flipped found {found[epochs]:.0%}"
    )
print(f"found after 5 epochs: {found[5]:.0%}")
print(f"found at 100% train accuracy: {found[100]:.0%}")
assert fit[100] == 1.0  # the flipped labels are memorized too
assert found[5] > 0.85  # early, the loss points at them
assert found[100] < found[5] - 0.2  # after fitting 100%, much less so
