# Only the rows of the ids in the batch get a gradient;
# TensorFlow returns them as IndexedSlices.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
embedding = keras.layers.Embedding(input_dim=10, output_dim=3)
ids = tf.constant([[1, 4, 4]])  # id 4 appears twice

with tf.GradientTape() as tape:
    loss = tf.reduce_sum(embedding(ids) ** 2)
grad = tape.gradient(loss, embedding.trainable_variables)[0]
print(
    type(grad).__name__,
    grad.indices.numpy(),
    grad.values.shape,
    grad.dense_shape.numpy(),
)
assert isinstance(grad, tf.IndexedSlices)  # not a dense (10, 3) tensor
# one row of values per id in the batch
assert grad.indices.numpy().tolist() == [1, 4, 4]

dense = tf.convert_to_tensor(grad).numpy()  # (10, 3); repeated ids are summed
E = embedding.embeddings.numpy()
untouched = [i for i in range(10) if i not in (1, 4)]
assert np.all(dense[untouched] == 0)  # rows not in the batch: exactly zero
# d(x^2) = 2x
assert np.allclose(dense[1], 2 * E[1]) and np.allclose(dense[4], 2 * (2 * E[4]))

# One SGD step therefore changes only rows 1 and 4 of the table.
before = embedding.embeddings.numpy().copy()
keras.optimizers.SGD(learning_rate=0.1).apply([grad], [embedding.embeddings])
changed = np.flatnonzero(np.any(embedding.embeddings.numpy() != before, axis=1))
print("rows changed:", changed)
assert changed.tolist() == [1, 4]
