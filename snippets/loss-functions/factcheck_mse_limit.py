# Logistic regression started confidently wrong: MSE vs cross-entropy.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import make_blobs

keras.utils.set_random_seed(0)
X, y = make_blobs(n_samples=200, centers=2, random_state=1)  # two clusters
X = ((X - X.mean(0)) / X.std(0)).astype("float32")
y = y.astype("float32")[:, None]
# A good direction (least squares), flipped and scaled: |z| is about 8.
w_good = np.linalg.lstsq(np.c_[X, np.ones(200)], 2 * y - 1, rcond=None)[0][:2]
w_bad = (-8 * w_good / np.linalg.norm(w_good)).astype("float32")


def train(loss_name, steps=50, lr=1.0):
    w, b = tf.Variable(w_bad), tf.Variable([[0.0]])

    @tf.function
    def step():
        with tf.GradientTape() as tape:
            z = X @ w + b
            if loss_name == "mse":
                loss = keras.losses.mean_squared_error(
                    y, keras.activations.sigmoid(z)
                )
            else:
                loss = keras.losses.binary_crossentropy(y, z, from_logits=True)
            loss = tf.reduce_mean(loss)
        gw, gb = tape.gradient(loss, [w, b])
        w.assign_sub(lr * gw)
        b.assign_sub(lr * gb)
        return tf.norm(gw)

    first_grad = float(step())
    for _ in range(steps - 1):
        step()
    accuracy = float(np.mean(((X @ w.numpy() + b.numpy()) > 0) == (y > 0.5)))
    return first_grad, accuracy


start_accuracy = float(np.mean(((X @ w_bad) > 0) == (y > 0.5)))
g_mse, acc_mse = train("mse")
g_ce, acc_ce = train("ce")
print(f"start accuracy: {start_accuracy:.2f}")
print(f"MSE first gradient: {g_mse:.1e}")
print(f"MSE accuracy after 50 steps: {acc_mse:.2f}")
print(f"CE first gradient: {g_ce:.1e}")
print(f"CE accuracy after 50 steps: {acc_ce:.2f}")
assert start_accuracy < 0.05  # almost every point on the wrong side
assert g_mse < 1e-2 < 0.5 < g_ce  # MSE's gradient has all but vanished
assert acc_mse < 0.2 and acc_ce > 0.95  # CE recovers, MSE is still stuck
