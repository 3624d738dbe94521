# A model with two parallel branches, merged with Add and with Concatenate.
import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((16,), name="x")
h = keras.layers.Dense(8, activation="relu", name="branch_a")(inputs)
h1 = keras.layers.Dense(8, activation="relu", name="branch_b")(inputs)
h2 = keras.layers.Dense(4, activation="relu", name="branch_c")(inputs)
# (None, 8) + (None, 8)
added = keras.layers.Add(name="add")([h, h1])
# (None, 8) ++ (None, 4)
merged = keras.layers.Concatenate(name="concat")([added, h2])
outputs = keras.layers.Dense(3, activation="softmax", name="out")(merged)
model = keras.Model(inputs, outputs, name="two_branches")

assert added.shape == (None, 8)
assert merged.shape == (None, 12)
assert model.output_shape == (None, 3)  # known before any data has been seen

# Add really adds, Concatenate really stacks side by side.
x = np.random.default_rng(0).normal(size=(4, 16)).astype("float32")
probe = keras.Model(inputs, [h, h1, h2, added, merged])
a, b, c, s, m = (np.asarray(t) for t in probe(x))
assert np.allclose(s, a + b)
assert np.allclose(m, np.concatenate([a + b, c], axis=-1))
print("params:", model.count_params())
