# Same small network on load_digits; only the hidden activation changes.
import keras
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)  # 1797 images, 8x8 pixels, digits 0-9
X = (X / 16.0).astype("float32")  # pixel values 0..16 -> 0..1
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y
)


def test_accuracy(activation):
    keras.utils.set_random_seed(0)  # same start and batch order for all
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(64, activation=activation),
            keras.layers.Dense(64, activation=activation),
            keras.layers.Dense(10, activation="softmax"),  # (1)!
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(0.003),
        loss="sparse_categorical_crossentropy",
        steps_per_execution=32,
    )  # (2)!
    model.fit(X_train, y_train, epochs=10, batch_size=64, verbose=0)
    probs = keras.ops.convert_to_numpy(model(X_test))
    return float((probs.argmax(axis=1) == y_test).mean())


names = ["relu", "silu", "gelu", "tanh", "sigmoid"]
acc = {name: test_accuracy(name) for name in names}
for name, a in acc.items():
    print(f"{name} test accuracy: {a:.3f}")

modern = [acc["relu"], acc["silu"], acc["gelu"]]
assert min(acc.values()) > 0.8  # every activation learns the task
assert min(modern + [acc["tanh"]]) > 0.93
assert max(modern) - min(modern) < 0.04  # (3)!
assert acc["sigmoid"] < min(modern) - 0.02  # (4)!
