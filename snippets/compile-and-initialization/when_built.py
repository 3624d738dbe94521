# When does Keras create (and initialize) the weights? When a layer is built.
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.ones((8, 3), dtype="float32")  # 8 examples, 3 features

# Without an Input: Keras does not know the input size yet, so no weights.
model = keras.Sequential(
    [keras.layers.Dense(4, activation="relu"), keras.layers.Dense(1)]
)
print("no Input:   built =", model.built, " weights =", len(model.weights))
assert not model.built and model.weights == []  # an empty list, not an error

model.compile(optimizer="adam", loss="mse")
assert not model.built and len(model.weights) == 0  # compile() creates nothing

model(x)  # the first call (or fit/predict) builds every layer from x's shape
print(
    "after call: built =",
    model.built,
    " weights =",
    [tuple(w.shape) for w in model.weights],
)
assert model.built and [tuple(w.shape) for w in model.weights] == [
    (3, 4),
    (4,),
    (4, 1),
    (1,),
]

# With an Input: the shape is known, so weights exist right after construction.
with_input = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(1)]
)
print(
    "with Input: built =",
    with_input.built,
    " weights =",
    len(with_input.weights),
)
assert with_input.built and len(with_input.weights) == 4
# usable without compile()
assert with_input.predict(x, verbose=0).shape == (8, 1)
