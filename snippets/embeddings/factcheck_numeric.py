# Embedding vs numeric input: y = 3x/100 + 1 for x = 0..99, trained on even x.
# A number fed to Dense generalises to odd x; a table has no row learned
# for unseen ids.
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.arange(100)
y = (3 * x / 100 + 1).astype("float32")
train, test = x % 2 == 0, x % 2 == 1
steps = 100


def fit(model, inputs):
    model.compile(
        optimizer=keras.optimizers.Adam(0.1),
        loss="mse",
        steps_per_execution=100,
    )
    model.fit(
        np.concatenate([inputs[train]] * steps),
        np.tile(y[train], steps),
        batch_size=int(train.sum()),
        verbose=0,
        shuffle=False,
    )
    pred = keras.ops.convert_to_numpy(model(inputs[test])).ravel()
    return float(np.sqrt(np.mean((pred - y[test]) ** 2)))


numeric = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
# scaled number
rmse_numeric = fit(numeric, ((x - 50) / 50).astype("float32")[:, None])
table = keras.Sequential(
    [
        keras.Input((1,), dtype="int32"),
        keras.layers.Embedding(100, 4),
        keras.layers.Flatten(),
        keras.layers.Dense(1),
    ]
)
rmse_table = fit(table, x[:, None])
print(
    f"test RMSE on odd x: numeric {rmse_numeric:.3f}, "
    f"embedding table {rmse_table:.3f}"
)
assert rmse_numeric < 0.05  # the ordering of numbers is built into the input
# odd ids kept their random rows: worse than guessing the mean
assert rmse_table > np.std(y[test])
