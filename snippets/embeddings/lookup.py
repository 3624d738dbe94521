# An Embedding layer is a lookup table: token id i picks row i
# of a trainable (V, d) matrix.
import keras
import numpy as np

keras.utils.set_random_seed(0)
V, d = 10, 4  # vocabulary size, embedding dimension
embedding = keras.layers.Embedding(input_dim=V, output_dim=d)
# a batch of 2 sequences of 4 token ids
ids = np.array([[3, 1, 4, 1], [5, 9, 2, 6]])

out = keras.ops.convert_to_numpy(embedding(ids))
E = keras.ops.convert_to_numpy(embedding.embeddings)  # the table itself
print(ids.shape, "->", out.shape, "| table", E.shape)
assert out.shape == (2, 4, d) and E.shape == (V, d)
assert embedding.count_params() == V * d and embedding.embeddings.trainable
assert np.abs(E).max() <= 0.05  # default initializer: uniform in [-0.05, 0.05]

assert np.array_equal(out, E[ids])  # lookup: row ids[b, t] of the table
one_hot = np.eye(V, dtype="float32")[ids]  # (2, 4, V)
# the same, exactly, as one-hot times the table
assert np.array_equal(out, one_hot @ E)
# same id, same vector, wherever it appears
assert np.array_equal(out[0, 1], out[0, 3])
