# Self-attention without positions cannot tell word order: permuting the
# tokens permutes the outputs. Adding position embeddings breaks that.
import keras
import numpy as np

keras.utils.set_random_seed(0)
V, T, D = 20, 6, 16
tokens = np.array([[3, 7, 1, 9, 4, 12]])
perm = np.array([5, 4, 3, 2, 1, 0])  # reverse the sentence
init = keras.initializers.RandomNormal(stddev=1.0)
embed = keras.layers.Embedding(V, D, embeddings_initializer=init)
position = keras.layers.Embedding(T, D, embeddings_initializer=init)
mha = keras.layers.MultiHeadAttention(num_heads=2, key_dim=8)


def block(ids, with_positions):
    x = embed(ids)
    if with_positions:
        x = x + position(keras.ops.arange(T))
    return mha(x, x).numpy()[0]  # no mask: every token sees every token


for with_positions in [False, True]:
    out = block(tokens, with_positions)
    out_perm = block(tokens[:, perm], with_positions)
    # permuted input -> the same outputs, reordered? (relative gap)
    gap = np.abs(out_perm - out[perm]).max() / np.abs(out).max()
    print(f"positions={with_positions}: relative gap {gap:.2f}")
    if with_positions:
        assert gap > 0.05  # order now matters
    else:
        assert gap < 1e-5  # same vectors, only reordered
