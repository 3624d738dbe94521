# batch_size decides how many samples one gradient estimate uses,
# and so how many steps (updates) one epoch makes.
import math

import keras
import numpy as np

rng = np.random.default_rng(0)
N = 96
X = rng.normal(size=(N, 5)).astype("float32")
y = (X @ rng.normal(size=5) + 0.1 * rng.normal(size=N)).astype("float32")


def train(batch_size, epochs=1):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(1)])
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.02),
        loss="mse",
        steps_per_execution=32,
    )
    model.fit(X, y, batch_size=batch_size, epochs=epochs, verbose=0)
    steps = int(model.optimizer.iterations)
    pred = keras.ops.convert_to_numpy(model(X))[:, 0]
    return steps, float(np.mean((pred - y) ** 2))


results = {}
for batch_size in [N, 16, 1]:  # full batch, mini-batch, one sample
    steps, loss = train(batch_size)
    results[batch_size] = loss
    print(
        f"batch_size={batch_size:>3}: {steps:>3} step(s) in one epoch, "
        f"loss {loss:.3f}"
    )
    assert steps == math.ceil(N / batch_size)  # (1)!

# Same number of epochs, same learning rate: more (noisier) steps get further.
assert results[1] < results[16] < results[N]
