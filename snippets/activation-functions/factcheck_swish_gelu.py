# ReLU, Swish/SiLU and GELU differ only near 0; GELU ~ x * sigmoid(1.702 x).
import keras
import numpy as np

x = np.linspace(-6, 6, 12001).astype("float32")
f = {
    name: keras.ops.convert_to_numpy(keras.activations.get(name)(x))
    for name in ["relu", "silu", "gelu"]
}

gap_silu = np.abs(f["silu"] - f["relu"])
gap_gelu = np.abs(f["gelu"] - f["relu"])
print(
    "max |silu - relu|:",
    round(float(gap_silu.max()), 3),
    " max |gelu - relu|:",
    round(float(gap_gelu.max()), 3),
)
assert 0.27 < gap_silu.max() < 0.29  # at |x| = 1.28
assert 0.16 < gap_gelu.max() < 0.18  # at x = -0.75
assert gap_gelu[np.abs(x) >= 3].max() < 0.005
assert gap_silu[np.abs(x) >= 5].max() < 0.04

swish_1702 = x / (1 + np.exp(-1.702 * x))  # Swish with beta = 1.702
assert np.abs(f["gelu"] - swish_1702).max() < 0.021
