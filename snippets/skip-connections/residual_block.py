# Residual blocks y = F(x) + shortcut(x): identity and projection shortcuts.
import keras
import numpy as np
from keras import layers

keras.utils.set_random_seed(0)


def residual_block(x, filters, stride=1):
    """Basic block of He et al. (2016): two 3x3 convolutions plus a shortcut."""
    f = layers.Conv2D(
        filters, 3, strides=stride, padding="same", activation="relu"
    )(x)
    f = layers.Conv2D(filters, 3, padding="same")(f)
    shortcut = x  # identity shortcut: no parameters
    # shapes differ: projection shortcut
    if stride != 1 or x.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1, strides=stride)(x)
    return layers.Activation("relu")(layers.Add()([f, shortcut]))


inputs = keras.Input((16, 16, 8))
same = residual_block(inputs, 8)  # identity shortcut
# 1x1 conv, stride 2, 8 -> 16 channels
down = residual_block(same, 16, stride=2)
assert same.shape == (None, 16, 16, 8) and down.shape == (None, 8, 8, 16)

# Add needs equal shapes: without the projection the sum is not defined.
try:
    layers.Add()(
        [layers.Conv2D(16, 3, strides=2, padding="same")(inputs), inputs]
    )
    raise AssertionError("Add accepted different shapes")
except ValueError as err:
    print("Add refuses (8, 8, 16) + (16, 16, 8):", type(err).__name__)

# A residual block learns identity for free: if F's last kernel is 0, y = x.
x = np.random.default_rng(0).normal(size=(4, 32)).astype("float32")
f1 = layers.Dense(32, activation="relu")
f2 = layers.Dense(32, kernel_initializer="zeros")
y = x + f2(f1(x))
assert np.allclose(y, x)  # the block passes x through unchanged
# A plain layer must *learn* W = I to do the same; at zero weights it outputs 0.
assert np.allclose(f2(f1(x)), 0.0)
