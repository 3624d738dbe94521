# The same linear stack, with keras.Sequential and with the functional API.
import keras
import numpy as np

keras.utils.set_random_seed(0)
seq = keras.Sequential(
    [
        keras.Input((16,)),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(3, activation="softmax"),
    ]
)

inputs = keras.Input((16,))  # a symbolic tensor
# call a layer on it...
h = keras.layers.Dense(8, activation="relu")(inputs)
outputs = keras.layers.Dense(3, activation="softmax")(h)  # ...and on the result
func = keras.Model(inputs, outputs)

print(type(inputs).__name__, inputs.shape, "->", outputs.shape)
# None: any batch size
assert inputs.shape == (None, 16) and outputs.shape == (None, 3)
assert seq.count_params() == func.count_params() == 16 * 8 + 8 + 8 * 3 + 3

# Same weights -> same function: the two styles build the same model.
func.set_weights(seq.get_weights())
x = np.random.default_rng(0).normal(size=(5, 16)).astype("float32")
assert np.allclose(seq(x), func(x), atol=1e-6)
