# Large logits: probabilities saturate in float32; from_logits=True stays exact.
import keras
import numpy as np
import tensorflow as tf

# the model is very sure of the wrong class
z = tf.constant([[0.0, 120.0, -50.0]])
y = tf.constant([[1.0, 0.0, 0.0]])  # the true class is 0
exact = float(tf.reduce_logsumexp(z) - z[0, 0])  # -log softmax(z)_0 = 120
probs = tf.nn.softmax(z)  # float32: probability of class 0 rounds to 0.0
assert float(probs[0, 0]) == 0.0

from_probs = float(keras.losses.categorical_crossentropy(y, probs)[0])
from_logits = float(
    keras.losses.categorical_crossentropy(y, z, from_logits=True)[0]
)
print(
    "epsilon",
    keras.config.epsilon(),
    " loss from probs",
    round(from_probs, 3),
    " from logits",
    round(from_logits, 3),
    " exact",
    round(exact, 3),
)
assert np.isclose(
    from_probs, -np.log(keras.config.epsilon()), atol=1e-3
)  # (1)!
assert np.isclose(from_logits, exact, atol=1e-3)

with tf.GradientTape(persistent=True) as tape:
    tape.watch(z)
    loss_p = keras.losses.categorical_crossentropy(y, tf.nn.softmax(z))
    loss_z = keras.losses.categorical_crossentropy(y, z, from_logits=True)
grad_p, grad_z = tape.gradient(loss_p, z), tape.gradient(loss_z, z)
assert np.allclose(grad_p, 0.0)  # (2)!
# p - y = [-1, 1, 0]
assert np.allclose(grad_z, tf.nn.softmax(z) - y, atol=1e-6)

# Keras' own softmax keeps its logits on the TensorFlow backend.
cached = keras.activations.softmax(z)  # (3)!
assert np.isclose(
    float(keras.losses.categorical_crossentropy(y, cached)[0]), exact, atol=1e-3
)
copied = np.array(cached)  # the same numbers, but the logits are gone
assert np.isclose(
    float(keras.losses.categorical_crossentropy(y, copied)[0]), from_probs
)
