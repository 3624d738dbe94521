# Changing the initializer: He normal for ReLU layers (std = sqrt(2 / fan_in)).
import keras
import numpy as np

keras.utils.set_random_seed(0)
layer = keras.layers.Dense(
    256, activation="relu", kernel_initializer="he_normal"
)
layer.build((None, 512))
w = layer.kernel.numpy()
print(f"std {w.std():.4f}  expected {np.sqrt(2 / 512):.4f}")
# he_normal draws from a normal truncated at 2 std, rescaled to keep this std
assert abs(w.std() - np.sqrt(2 / 512)) < 0.03 * np.sqrt(2 / 512)
assert np.abs(w).max() <= 2 * np.sqrt(2 / 512) / 0.87962566103423978 + 1e-6
