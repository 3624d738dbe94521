# Override train_step in a subclassed model: fit() then runs our step.
# Compared with the built-in fit() and with a loop written out by hand.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X, y = (X[:600] / 16.0).astype("float32"), y[:600]


class MyStepModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_mean = keras.metrics.Mean(name="loss")

    @property
    def metrics(self):
        return [self.loss_mean]  # fit() resets these at each epoch

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            logits = self(x, training=True)
            loss = keras.ops.mean(
                keras.losses.sparse_categorical_crossentropy(
                    y, logits, from_logits=True
                )
            )
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        # the epoch's loss is the mean over samples, as in Keras' own step
        self.loss_mean.update_state(loss, sample_weight=tf.shape(x)[0])
        return {"loss": self.loss_mean.result()}


def layers():
    inputs = keras.Input((64,))
    hidden = keras.layers.Dense(32, activation="relu")(inputs)
    return inputs, keras.layers.Dense(10)(hidden)


keras.utils.set_random_seed(0)
builtin = keras.Model(*layers())
ours = MyStepModel(*layers())
ours.set_weights(builtin.get_weights())  # the same starting point
by_hand = keras.Model(*layers())
by_hand.set_weights(builtin.get_weights())

builtin.compile(
    optimizer=keras.optimizers.SGD(0.1),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
ours.compile(optimizer=keras.optimizers.SGD(0.1))  # no loss: our step has it
kw = dict(batch_size=64, epochs=3, shuffle=False, verbose=0)
h_builtin = builtin.fit(X, y, **kw).history["loss"]
h_ours = ours.fit(X, y, **kw).history["loss"]

# The same three epochs by hand: what fit() did for us.
optimizer = keras.optimizers.SGD(0.1)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
h_hand = []
for _ in range(3):
    losses, sizes = [], []
    for start in range(0, len(X), 64):  # batches, in order (shuffle=False)
        xb, yb = X[start : start + 64], y[start : start + 64]
        with tf.GradientTape() as tape:
            loss = loss_fn(yb, by_hand(xb, training=True))
        grads = tape.gradient(loss, by_hand.trainable_variables)
        optimizer.apply(grads, by_hand.trainable_variables)
        losses.append(float(loss))
        sizes.append(len(xb))
    h_hand.append(np.average(losses, weights=sizes))  # per-sample mean

print("epoch loss, built-in fit:", np.round(h_builtin, 4))
print("epoch loss, our step:    ", np.round(h_ours, 4))
print("epoch loss, by hand:     ", np.round(h_hand, 4))
assert np.allclose(h_builtin, h_ours, rtol=1e-5)
assert np.allclose(h_builtin, h_hand, rtol=1e-5)
for a, b, c in zip(
    builtin.get_weights(), ours.get_weights(), by_hand.get_weights()
):
    assert np.allclose(a, b, atol=1e-5) and np.allclose(a, c, atol=1e-5)
assert int(ours.optimizer.iterations) == 3 * 10  # 600 / 64 -> 10 steps
assert h_builtin[-1] < h_builtin[0]
