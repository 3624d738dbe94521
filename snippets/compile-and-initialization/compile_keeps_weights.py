# compile() sets optimizer, loss and metrics. It does not touch the weights.
import keras
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(256, 4)).astype("float32")
# a linear target
y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype="float32")

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])


def mse():
    return float(np.mean((keras.ops.convert_to_numpy(model(X)) - y) ** 2))


loss_at_start = mse()

model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
print(
    "optimizer variables before fit:",
    [v.name for v in model.optimizer.variables],
)
model.fit(X, y, epochs=30, batch_size=64, verbose=0)
trained, loss_trained, adam = model.get_weights(), mse(), model.optimizer
print(
    "after fit: iterations =",
    int(adam.iterations),
    " variables =",
    len(adam.variables),
)
assert (
    int(adam.iterations) == 30 * 4 and len(adam.variables) == 2 + 2 * 2
)  # (1)!

# again
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse", metrics=["mae"])
same = all(np.array_equal(a, b) for a, b in zip(trained, model.get_weights()))
print(
    "weights unchanged:",
    same,
    " new optimizer iterations =",
    int(model.optimizer.iterations),
)
assert same and mse() == loss_trained  # nothing was reset
assert (
    model.optimizer is not adam and int(model.optimizer.iterations) == 0
)  # (2)!

# continues from here
history = model.fit(X, y, epochs=1, batch_size=64, verbose=0)
assert sorted(history.history) == ["loss", "mae"]  # the new metric is reported
print(f"loss at start: {loss_at_start:.2f}")
print(f"loss after training: {loss_trained:.4f}")
print(f"loss after 1 more epoch: {mse():.4f}")
# a small bump from the fresh Adam, no restart: still 100+ times below the start
assert loss_trained < mse() < loss_at_start / 100
