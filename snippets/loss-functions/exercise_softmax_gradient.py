# Softmax + categorical cross-entropy: the gradient w.r.t. the logits is p - y.
import keras
import numpy as np
import tensorflow as tf

z = tf.Variable([[2.0, -1.0, 0.5], [0.0, 3.0, -2.0]])  # 2 samples, 3 classes
y = tf.constant([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(
        keras.losses.categorical_crossentropy(y, z, from_logits=True)
    )
grad = tape.gradient(loss, z).numpy()
p = keras.ops.convert_to_numpy(keras.activations.softmax(z))
print(np.round(grad, 3))
assert np.allclose(grad, p - y.numpy(), atol=1e-6)
assert np.allclose(grad.sum(axis=1), 0.0, atol=1e-6)  # each row sums to 0
