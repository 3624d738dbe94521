# A step is a displacement vector in weight space.
# Plain SGD moves along -gradient; momentum and Adam transform the gradient,
# so their steps point elsewhere.
import keras
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
A = rng.normal(size=(50, 10)).astype("float32") * np.geomspace(
    0.1, 10, 10
).astype("float32")
b = rng.normal(size=50).astype("float32")


def loss_fn(w):  # least squares in a 10-dimensional weight space
    return tf.reduce_mean((tf.linalg.matvec(A, w) - b) ** 2)


def fifth_step(optimizer):
    w = keras.Variable(np.ones(10, dtype="float32"))
    for _ in range(5):
        with tf.GradientTape() as tape:
            loss = loss_fn(w)
        g = tape.gradient(loss, w)
        before = w.numpy().copy()
        optimizer.apply_gradients([(g, w)])
    return w.numpy() - before, g.numpy()  # the last step and its gradient


def cosine(u, v):
    return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))


for name, optimizer in [
    ("SGD", keras.optimizers.SGD(3e-3)),
    ("momentum", keras.optimizers.SGD(3e-3, momentum=0.9)),
    ("Adam", keras.optimizers.Adam(1e-2)),
]:
    step, g = fifth_step(optimizer)
    c = cosine(step, -g)
    print(
        f"{name:>8}: |step| = {np.linalg.norm(step):.4f}, "
        f"cos(step, -grad) = {c:.3f}"
    )
    assert step.shape == (10,)  # one entry per weight
    if name == "SGD":
        assert c > 0.9999 and np.allclose(step, -3e-3 * g, rtol=1e-4, atol=1e-7)
    else:
        assert c < 0.99  # not the gradient direction any more
