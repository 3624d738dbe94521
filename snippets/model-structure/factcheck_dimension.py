# A layer changes the representation; its width is a free choice,
# and "dimension" is ambiguous.
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(4, 2)).astype("float32")

same_width = keras.layers.Dense(2, activation="tanh")  # 2 features in, 2 out
h = keras.ops.convert_to_numpy(same_width(x))
# same size, new representation
assert h.shape == x.shape and not np.allclose(h, x)

wider, narrower = keras.layers.Dense(16), keras.layers.Dense(1)
# width: your choice
assert wider(x).shape == (4, 16) and narrower(x).shape == (4, 1)

# Dense acts on the LAST axis only:
# the tensor's rank (number of axes) stays the same
seq = np.zeros((4, 7, 2), dtype="float32")  # 4 sequences, 7 steps, 2 features
assert keras.layers.Dense(16)(seq).shape == (4, 7, 16)
# Flatten changes the rank (3 -> 2) but not the number of values per example
flat = keras.layers.Flatten()(seq)
assert flat.shape == (4, 14) and len(flat.shape) == 2
print(
    "Dense:",
    (4, 7, 2),
    "->",
    (4, 7, 16),
    "| Flatten:",
    (4, 7, 2),
    "->",
    tuple(flat.shape),
)
