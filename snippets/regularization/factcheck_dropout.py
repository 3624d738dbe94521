# An MLP overfits 100 digits; the same MLP with Dropout(0.5) generalises better.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, X_val, y_train, y_val = train_test_split(
    X, y, train_size=100, test_size=500, random_state=0, stratify=y
)
ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def train(rate, steps=200):
    keras.utils.set_random_seed(0)
    layers = [keras.Input((64,))]
    for _ in range(2):
        layers.append(keras.layers.Dense(128, activation="relu"))
        if rate:
            layers.append(keras.layers.Dropout(rate))
    model = keras.Sequential(layers + [keras.layers.Dense(10)])
    model.compile(keras.optimizers.Adam(0.003), ce, steps_per_execution=steps)
    # 200 full-batch steps in one call: the 100 samples repeated 200 times.
    model.fit(
        np.tile(X_train, (steps, 1)),
        np.tile(y_train, steps),
        batch_size=100,
        shuffle=False,
        verbose=0,
    )
    result = {}
    for name, (Xs, ys) in {
        "train": (X_train, y_train),
        "val": (X_val, y_val),
    }.items():
        logits = model(Xs)  # inference mode: no dropout
        result[name] = (
            float(ce(ys, logits)),
            float(np.mean(np.argmax(logits, 1) == ys)),
        )
    return result


plain, dropout = train(0.0), train(0.5)
for name, r in [("no dropout", plain), ("dropout 0.5", dropout)]:
    print(f"{name}, train accuracy: {r['train'][1]:.3f}")
    print(f"{name}, val loss: {r['val'][0]:.2f}")
    print(f"{name}, val accuracy: {r['val'][1]:.3f}")
# both memorise the 100 samples
assert plain["train"][1] == 1.0 == dropout["train"][1]
assert dropout["val"][0] < plain["val"][0] - 0.05  # lower validation loss
assert dropout["val"][1] > plain["val"][1] + 0.005  # higher validation accuracy
