# BatchNormalization at inference is a fixed affine map: reproduce it by hand.
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(loc=2.0, scale=3.0, size=(64, 4)).astype("float32")
bn = keras.layers.BatchNormalization(momentum=0.9)
for _ in range(50):
    # moves the moving averages toward the batch statistics
    bn(x, training=True)
bn.gamma.assign([1.0, 2.0, 0.5, 1.0])
bn.beta.assign([0.0, 1.0, -1.0, 0.5])

mean, var = (
    keras.ops.convert_to_numpy(bn.moving_mean),
    keras.ops.convert_to_numpy(bn.moving_variance),
)
gamma, beta = (
    keras.ops.convert_to_numpy(bn.gamma),
    keras.ops.convert_to_numpy(bn.beta),
)
by_hand = gamma * (x - mean) / np.sqrt(var + bn.epsilon) + beta
assert np.allclose(
    keras.ops.convert_to_numpy(bn(x, training=False)), by_hand, atol=1e-4
)
assert np.allclose(mean, x.mean(0), atol=0.05)  # 0.9**50 < 0.01: caught up
