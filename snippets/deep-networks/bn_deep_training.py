# Batch normalization in a 60-layer plain sigmoid MLP, after a few seconds of
# training: does the gradient still reach the first layer, and does it learn
# as well as a shallow net? Written in plain TensorFlow (BN by hand, in
# training mode; tf.foldl over the layers) so that tracing stays fast.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X, y = tf.constant((X / 16.0).astype("float32")), tf.constant(y)
WIDTH, STEPS = 32, 150


def glorot(rng, *shape):
    limit = np.sqrt(6 / (shape[-2] + shape[-1]))  # Keras' default initializer
    return tf.Variable(rng.uniform(-limit, limit, shape).astype("float32"))


def train(depth, bn, skip=False):
    rng = np.random.default_rng(0)
    w_in, w_out = glorot(rng, 64, WIDTH), glorot(rng, WIDTH, 10)
    W = glorot(rng, depth, WIDTH, WIDTH)  # the hidden layers' kernels
    gamma = tf.Variable(tf.ones((depth, WIDTH)))
    beta = tf.Variable(tf.zeros((depth, WIDTH)))
    params = [w_in, W, w_out] + ([gamma, beta] if bn else [])

    def layer(h, p):
        w, g, b = p
        z = h @ w
        if bn:  # normalize with the batch's statistics, then scale and shift
            mean, var = tf.nn.moments(z, axes=[0])
            z = g * (z - mean) / tf.sqrt(var + 1e-3) + b
        return h + tf.sigmoid(z) if skip else tf.sigmoid(z)

    def loss_fn(xb, yb):
        h = tf.foldl(layer, (W, gamma, beta), initializer=xb @ w_in)
        logits = h @ w_out
        return tf.reduce_mean(
            tf.nn.sparse_softmax_cross_entropy_with_logits(yb, logits)
        )

    optimizer = keras.optimizers.Adam(3e-3)
    optimizer.build(params)

    @tf.function
    def step(xb, yb):
        with tf.GradientTape() as tape:
            loss = loss_fn(xb, yb)
        optimizer.apply(tape.gradient(loss, params), params)

    for _ in range(STEPS):  # mini-batches of 128
        idx = rng.integers(0, len(y), 128)
        step(tf.gather(X, idx), tf.gather(y, idx))
    with tf.GradientTape() as tape:  # measured on all 1797 images
        loss = loss_fn(X, y)
    g = tape.gradient(loss, W).numpy()
    first_to_last = np.linalg.norm(g[0]) / np.linalg.norm(g[-1])
    return float(first_to_last), float(loss)


runs = {
    "5 layers, BN": train(5, bn=True),
    "60 layers, plain": train(60, bn=False),
    "60 layers, BN": train(60, bn=True),
    "60 layers, BN + skip": train(60, bn=True, skip=True),
}
for name, (ratio, loss) in runs.items():
    print(f"{name}, first/last gradient: {ratio:.1e}")
    print(f"{name}, training loss: {loss:.2f}")
ratio_60, loss_60 = runs["60 layers, BN"]
assert runs["60 layers, plain"][0] < 1e-6  # no gradient reaches layer 1
assert runs["60 layers, plain"][1] > 2.2  # still at chance (ln 10 = 2.30)
assert 0.1 < ratio_60 < 10  # with BN the gradient still flows after training
assert loss_60 < 1.0  # and the 60-layer net learns
# ... but more slowly than the 5-layer net and than the same net with skips
assert loss_60 > 1.2 * runs["5 layers, BN"][1]
assert runs["60 layers, BN + skip"][1] < 0.5 * loss_60
