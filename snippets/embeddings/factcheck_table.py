# "An embedding mapping table": the layer holds one trainable (V, d) matrix,
# and a lookup equals a bias-free Dense layer applied to one-hot vectors,
# outputs and gradients alike.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
V, d = 6, 3
embedding = keras.layers.Embedding(V, d)
dense = keras.layers.Dense(d, use_bias=False)
ids = tf.constant([0, 2, 2, 5])
embedding(ids), dense(tf.one_hot(ids, V))  # build both
# the same (V, d) matrix in both layers
dense.kernel.assign(embedding.embeddings)

# the whole layer: one table
assert [w.shape for w in embedding.weights] == [(V, d)]
with tf.GradientTape(persistent=True) as tape:
    out_lookup = embedding(ids)
    out_dense = dense(tf.one_hot(ids, V))
    loss_lookup = tf.reduce_sum(out_lookup**3)
    loss_dense = tf.reduce_sum(out_dense**3)
assert np.array_equal(out_lookup.numpy(), out_dense.numpy())

# IndexedSlices, 4 rows
g_lookup = tape.gradient(loss_lookup, embedding.embeddings)
# a dense (V, d) tensor, mostly zeros
g_dense = tape.gradient(loss_dense, dense.kernel)
print(type(g_lookup).__name__, type(g_dense).__name__)
assert np.allclose(tf.convert_to_tensor(g_lookup).numpy(), g_dense.numpy())
assert np.all(g_dense.numpy()[[1, 3, 4]] == 0)  # ids not in the batch
