# "Dimension" in code often means an axis, or the length of one axis.
import keras
import numpy as np

# NumPy calls axes "dimensions":
# ndim is the number of array dimensions (the tensor rank).
assert "dimensions" in np.ndarray.ndim.__doc__

# Keras' *_dim and units are axis lengths, not ranks.
# vocabulary size, vector length
layer = keras.layers.Embedding(input_dim=1000, output_dim=16)
out = layer(np.zeros((2, 7), dtype="int32"))
# output_dim=16 is the length of the last axis; the rank is 3
assert out.shape == (2, 7, 16)
assert keras.layers.Dense(units=10)(np.zeros((2, 64))).shape == (2, 10)

# And "rank" has a third meaning: the rank of a matrix.
ones = np.ones((3, 3))
assert ones.ndim == 2  # tensor rank 2 (a matrix)
assert np.linalg.matrix_rank(ones) == 1  # matrix rank 1: all rows are the same
assert np.linalg.matrix_rank(np.eye(3)) == 3
