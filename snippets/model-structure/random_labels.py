# Zhang et al. (2017) in miniature: a small MLP memorises labels
# that mean nothing.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=300, test_size=500, random_state=0, stratify=y
)
y_random = np.random.default_rng(0).permutation(y_train)  # labels shuffled


def fit(labels):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(256, activation="relu"),
            keras.layers.Dense(10),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(0.01),
        steps_per_execution=200,
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    # 200 full-batch steps
    model.fit(
        np.tile(X_train, (200, 1)),
        np.tile(labels, 200),
        batch_size=300,
        shuffle=False,
        verbose=0,
    )

    def acc(X_, y_):
        return float(
            (keras.ops.convert_to_numpy(model(X_)).argmax(1) == y_).mean()
        )

    return acc(X_train, labels), acc(X_test, y_test)


true_train, true_test = fit(y_train)
rand_train, rand_test = fit(y_random)
print(f"true labels, train accuracy: {true_train:.0%}")
print(f"true labels, test accuracy: {true_test:.0%}")
print(f"random labels, train accuracy: {rand_train:.0%}")
print(f"random labels, test accuracy: {rand_test:.0%}")
assert true_train == 1.0 and true_test > 0.9  # fits and generalises
assert rand_train > 0.97  # fits noise almost perfectly too ...
assert rand_test < 0.2  # ... and knows nothing: chance is 0.1
