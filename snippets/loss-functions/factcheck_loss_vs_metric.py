# The loss is optimized (it has a gradient); a metric is only reported.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

keras.utils.set_random_seed(0)
X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(10)])  # logits
model.compile(
    optimizer="adam",
    # optimized
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    # only measured and reported
    metrics=["accuracy"],
)
scores = model.evaluate(X, y, verbose=0, return_dict=True)
assert set(scores) == {"loss", "accuracy"}  # evaluate() reports both

with tf.GradientTape(persistent=True) as tape:
    logits = model(X)
    loss = model.loss(y, logits)
    accuracy = tf.reduce_mean(tf.cast(tf.argmax(logits, 1) == y, "float32"))
assert tape.gradient(loss, model.trainable_variables)[0] is not None
assert tape.gradient(accuracy, model.trainable_variables)[0] is None  # (1)!

# Accuracy is a step function: a small change in the logits moves the loss,
# not the accuracy.
nudged = logits + 0.01 * tf.one_hot(y, 10)


def acc(z):
    return float(np.mean(np.argmax(z, 1) == y))


assert abs(acc(nudged) - acc(logits)) < 0.01
assert float(model.loss(y, nudged)) < float(loss) - 0.005
print(
    "loss",
    round(float(loss), 3),
    "->",
    round(float(model.loss(y, nudged)), 3),
    " accuracy",
    round(acc(logits), 3),
    "->",
    round(acc(nudged), 3),
)
