# Linear warm-up then cosine decay: Keras' CosineDecay against the formula,
# and why Adam's first steps need a warm-up.
import keras
import numpy as np

peak, warmup, decay = 0.01, 100, 900
schedule = keras.optimizers.schedules.CosineDecay(
    initial_learning_rate=0.0,
    decay_steps=decay,
    warmup_target=peak,
    warmup_steps=warmup,
)


def formula(t):
    if t < warmup:
        return peak * t / warmup  # linear ramp from 0
    s = min(t - warmup, decay) / decay  # 0 -> 1 over the decay
    return peak * 0.5 * (1 + np.cos(np.pi * s))


steps = np.arange(0, warmup + decay + 1)
keras_lr = np.array([float(schedule(t)) for t in steps])
assert np.allclose(keras_lr, [formula(t) for t in steps], atol=1e-7)
for t in [0, 50, 100, 550, 1000]:
    print(f"step {t:4d}: {keras_lr[t]:.4f}")

# Adam's first step: every weight moves by about the learning rate,
# whether its gradient is 1e-3 or 1e+2 (m/sqrt(v) = g/|g| at step 1).
w = keras.Variable(np.zeros(4, "float32"))
grad = np.array([1e-3, 1e-1, 1.0, 1e2], "float32")
adam = keras.optimizers.Adam(learning_rate=0.01)
adam.apply_gradients([(keras.ops.convert_to_tensor(grad), w)])
first_step = -keras.ops.convert_to_numpy(w)
print("first step:", np.round(first_step, 4))
# gradients five orders of magnitude apart, one step size
assert np.allclose(first_step, 0.01, rtol=0.02)
