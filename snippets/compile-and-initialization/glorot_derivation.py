# Glorot's derivation, measured: the forward variance is multiplied by
# n_in * Var(w) per layer, the backward variance by n_out * Var(w).
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)

# 1. GlorotUniform draws from U(-a, a), a = sqrt(6 / (n_in + n_out)).
n_in, n_out = 400, 100
w = keras.initializers.GlorotUniform(seed=0)(shape=(n_in, n_out)).numpy()
glorot = 2 / (n_in + n_out)
print(f"measured Var(w): {w.var():.5f}")
print(f"2/(n_in+n_out): {glorot:.5f}")
print(f"1/n_in, 1/n_out: {1 / n_in:.5f}, {1 / n_out:.5f}")
assert abs(w.var() / glorot - 1) < 0.03  # neither 1/n_in nor 1/n_out
assert np.abs(w).max() <= np.sqrt(6 / (n_in + n_out))


def ratios(widths, scale=1.0, mode="fan_avg", batch=1024):
    """Var(output)/Var(input) forward and Var(dL/dinput)/Var(dL/doutput)
    backward through a stack of linear layers (no activation)."""
    weights = [
        keras.initializers.VarianceScaling(
            scale, mode=mode, distribution="uniform", seed=i
        )(shape=(a, b))
        for i, (a, b) in enumerate(zip(widths[:-1], widths[1:]))
    ]
    x = tf.random.normal((batch, widths[0]), seed=1)
    g = tf.random.normal((batch, widths[-1]), seed=2)  # upstream gradient
    with tf.GradientTape() as tape:
        tape.watch(x)
        h = x
        for W in weights:
            h = h @ W
        loss = tf.reduce_sum(h * g)  # so that dL/dh = g
    dx = tape.gradient(loss, x)
    forward = tf.math.reduce_variance(h) / tf.math.reduce_variance(x)
    backward = tf.math.reduce_variance(dx) / tf.math.reduce_variance(g)
    return float(forward), float(backward)


# 2. 20 layers of width 256: scale c multiplies both variances by c per
# layer, c**20 in all. Glorot is c = 1 (GlorotUniform is this with c = 1).
width, depth = 256, 20
for c, name in ((0.5, "half"), (1.0, "Glorot"), (2.0, "double")):
    fwd, bwd = ratios([width] * (depth + 1), scale=c)
    print(f"{name}, forward ratio: {fwd:.3g}")
    print(f"{name}, backward ratio: {bwd:.3g}")
    for r in (fwd, bwd):  # within a factor 2 of c**20
        assert abs(np.log(r) - depth * np.log(c)) < np.log(2)
    if c == 1.0:
        assert 0.5 < fwd < 2 and 0.5 < bwd < 2  # kept
    else:
        assert min(fwd, bwd, 1 / fwd, 1 / bwd) < 1e-4  # vanished/exploded

# 3. Widths shrinking from 512 to 64: no single variance keeps both.
# fan_in (Var = 1/n_in) keeps the forward pass, fan_out the backward;
# Glorot's 2/(n_in + n_out) splits the difference (8 = 512/64).
funnel = np.round(512 * 8 ** (-np.arange(depth + 1) / depth)).astype(int)
funnel = list(funnel)
result = {m: ratios(funnel, mode=m) for m in ("fan_in", "fan_out", "fan_avg")}
for mode, (fwd, bwd) in result.items():
    print(f"funnel {mode}, forward ratio: {fwd:.2f}")
    print(f"funnel {mode}, backward ratio: {bwd:.2f}")
(fwd_in, bwd_in), (fwd_out, bwd_out), (fwd, bwd) = result.values()
assert abs(np.log(fwd_in)) < 0.3 and abs(np.log(bwd_in * 8)) < 0.3
assert abs(np.log(bwd_out)) < 0.3 and abs(np.log(fwd_out / 8)) < 0.3
# Glorot: off in both directions, by about sqrt(8) each, not 8
assert abs(np.log(fwd / np.sqrt(8))) < 0.3
assert abs(np.log(bwd * np.sqrt(8))) < 0.3
