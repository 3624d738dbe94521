# Padding: with mask_zero=True, id 0 is reserved, and the layer tells
# later layers to skip it.
import keras
import numpy as np

keras.utils.set_random_seed(0)
vocab_size = 5  # real tokens get ids 1..5; 0 is padding
embedding = keras.layers.Embedding(
    input_dim=vocab_size + 1, output_dim=3, mask_zero=True
)
# two sentences padded to length 5
ids = np.array([[4, 2, 5, 0, 0], [1, 3, 0, 0, 0]])
vectors = embedding(ids)
mask = keras.ops.convert_to_numpy(embedding.compute_mask(ids))
print(mask.astype(int))
assert mask.tolist() == (ids != 0).tolist()

# A masked average: the padding positions do not count.
pool = keras.layers.GlobalAveragePooling1D()
pooled = keras.ops.convert_to_numpy(pool(vectors, mask=mask))
table = keras.ops.convert_to_numpy(embedding.embeddings)
assert np.allclose(pooled[1], table[[1, 3]].mean(axis=0), atol=1e-6)
assert not np.allclose(
    pooled[1], table[[1, 3, 0, 0, 0]].mean(axis=0), atol=1e-6
)
