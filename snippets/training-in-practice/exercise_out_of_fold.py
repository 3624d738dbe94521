# Out-of-fold losses: score every sample with a model that never saw it.
# Each half of the data is fitted to 100%, yet the flipped labels show.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import KFold

X, y_true = load_digits(return_X_y=True)
X, y_true = (X[:600] / 16.0).astype("float32"), y_true[:600]
rng = np.random.default_rng(0)
n_bad = len(X) // 10
bad = rng.choice(len(X), n_bad, replace=False)
y = y_true.copy()
y[bad] = (y[bad] + rng.integers(1, 10, n_bad)) % 10
is_bad = np.zeros(len(X), bool)
is_bad[bad] = True
per_sample = keras.losses.SparseCategoricalCrossentropy(
    from_logits=True, reduction=None
)
loss = np.zeros(len(X))
for fit_on, score in KFold(2, shuffle=True, random_state=0).split(X):
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
    epochs = 100  # as long as the fact check's model
    model.fit(
        np.tile(X[fit_on], (epochs, 1)),
        np.tile(y[fit_on], epochs),
        batch_size=50,
        verbose=0,
    )
    own = np.argmax(model.predict(X[fit_on], verbose=0), 1)
    fit = np.mean(own == y[fit_on])
    print(f"train accuracy on its own half: {fit:.3f}")
    assert fit > 0.97  # it memorized (nearly) all of its half
    logits = model.predict(X[score], verbose=0)
    loss[score] = keras.ops.convert_to_numpy(per_sample(y[score], logits))
found = is_bad[np.argsort(loss)[-n_bad:]].mean()
print(f"flipped found, out of fold: {found:.0%}")
assert found > 0.85
