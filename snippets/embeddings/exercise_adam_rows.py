# A row outside the batch has zero gradient, yet Adam still moves it
# if it was seen before.
import keras
import numpy as np
import tensorflow as tf

for name, optimizer in [
    ("SGD", keras.optimizers.SGD(0.1)),
    ("Adam", keras.optimizers.Adam(0.1)),
]:
    keras.utils.set_random_seed(0)
    embedding = keras.layers.Embedding(5, 2)
    embedding.build()
    for batch in ([1], [2]):  # step 1 sees id 1, step 2 sees only id 2
        before = embedding.embeddings.numpy().copy()
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(embedding(tf.constant(batch)) ** 2)
        grads = tape.gradient(loss, embedding.trainable_variables)
        optimizer.apply(grads, embedding.trainable_variables)
    moved = np.flatnonzero(
        np.any(embedding.embeddings.numpy() != before, axis=1)
    ).tolist()
    print(name, "step 2 moved rows", moved)
    # Adam's momentum keeps row 1 moving
    assert moved == ([2] if name == "SGD" else [1, 2])
