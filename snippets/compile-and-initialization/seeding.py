# Same seed, same initial weights; Dense starts from Glorot-uniform kernels
# and zero biases.
import keras
import numpy as np


def initial_kernel(seed, fan_in=64, fan_out=32):
    keras.utils.set_random_seed(seed)  # seeds Python, NumPy and the backend
    layer = keras.layers.Dense(fan_out)
    layer.build((None, fan_in))
    return layer.kernel.numpy(), layer.bias.numpy()


k0, b0 = initial_kernel(0)
# same seed -> identical weights
assert np.array_equal(k0, initial_kernel(0)[0])
# other seed -> other weights
assert not np.array_equal(k0, initial_kernel(1)[0])

layer = keras.layers.Dense(32)
print(
    type(layer.kernel_initializer).__name__,
    type(layer.bias_initializer).__name__,
)
assert type(layer.kernel_initializer).__name__ == "GlorotUniform"
assert type(layer.bias_initializer).__name__ == "Zeros" and not b0.any()

# U(-limit, limit): variance 2 / (fan_in + fan_out)
limit = np.sqrt(6 / (64 + 32))
print(f"limit {limit:.3f}, largest |w| {np.abs(k0).max():.3f}")
print(f"kernel variance: {k0.var():.4f}")
print(f"Glorot variance: {2 / 96:.4f}")
assert np.abs(k0).max() <= limit and abs(k0.var() - 2 / 96) < 0.1 * 2 / 96
