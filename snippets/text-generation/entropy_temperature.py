# dH/dT = Var_p(z) / T^3 for p = softmax(z / T): autodiff against the formula.
import numpy as np
import tensorflow as tf

z = np.random.default_rng(0).normal(0, 2, 8)  # 8 logits, float64


def entropy(z, T):  # in nats, along the last axis
    log_p = tf.nn.log_softmax(z / T)
    return -tf.reduce_sum(tf.exp(log_p) * log_p, axis=-1)


for T in [0.25, 0.5, 1.0, 2.0, 4.0]:
    T = tf.constant(T, tf.float64)
    with tf.GradientTape() as tape:
        tape.watch(T)
        H = entropy(z, T)
    slope = float(tape.gradient(H, T))
    p = tf.nn.softmax(z / T).numpy()
    variance = np.sum(p * z**2) - np.sum(p * z) ** 2  # of the logits, under p
    print(f"T={float(T)}: H={float(H):.3f}  dH/dT={slope:.4f}")
    assert np.isclose(slope, variance / float(T) ** 3, rtol=1e-8)

# Never decreasing: H rises on a grid of T, for many random logit vectors
rng = np.random.default_rng(1)
Ts = np.geomspace(0.2, 20, 200)
for _ in range(50):
    logits = rng.normal(0, 3, size=rng.integers(2, 30))
    H = entropy(logits, Ts[:, None]).numpy()  # one row per T
    assert np.all(np.diff(H) > 0)
    assert H[-1] < np.log(len(logits))  # below the uniform's ln V

# All logits equal: the variance is 0, so H stays at ln V for every T
same = np.full(8, 1.5)
for T in [0.25, 1.0, 4.0]:
    T = tf.constant(T, tf.float64)
    with tf.GradientTape() as tape:
        tape.watch(T)
        H = entropy(same, T)
    assert (
        np.isclose(float(H), np.log(8))
        and abs(float(tape.gradient(H, T))) < 1e-12
    )
