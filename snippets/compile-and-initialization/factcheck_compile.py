# "The model is initialized only at compile()":
# initialized before, and never by, compile().
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.ones((2, 3), dtype="float32")

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
before = model.get_weights()  # random Glorot weights already, no compile() yet
assert np.abs(before[0]).sum() > 0
# a model can predict without ever being compiled
pred = model.predict(x, verbose=0)

model.compile(optimizer="adam", loss="mse")
model.compile(optimizer="sgd", loss="mae")  # twice, with other settings
assert all(np.array_equal(a, b) for a, b in zip(before, model.get_weights()))
# same weights, same outputs
assert np.array_equal(model.predict(x, verbose=0), pred)

# no Input: nothing to initialize yet
lazy = keras.Sequential([keras.layers.Dense(2)])
lazy.compile(optimizer="adam", loss="mse")
assert len(lazy.weights) == 0  # compile() does not create weights either
lazy(x)
assert len(lazy.weights) == 2  # the first call builds and initializes them
print(
    "weights exist before compile() and survive it; "
    "the first call builds a lazy model"
)
