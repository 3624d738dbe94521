# Output sizes under padding and stride, pooling, and channels,
# checked against floor((n + 2p - k) / s) + 1.
import keras
import numpy as np

x = np.random.default_rng(0).normal(size=(1, 8, 8, 1)).astype("float32")


def out_size(n, k, s, p):
    return (n + 2 * p - k) // s + 1


print("padding  stride  output")
for padding in ["valid", "same"]:
    for stride in [1, 2]:
        layer = keras.layers.Conv2D(4, 3, strides=stride, padding=padding)
        shape = tuple(layer(x).shape)
        p = 0 if padding == "valid" else 1  # "same" pads (3 - 1) / 2 = 1
        print(f"{padding:>7}  {stride:>6}  {shape}")
        n = out_size(8, 3, stride, p)
        assert shape == (1, n, n, 4)  # 4 filters -> 4 output channels

# Max pooling: the largest value of each 2x2 block.
pooled = keras.ops.convert_to_numpy(keras.layers.MaxPooling2D(2)(x))
blocks = x[0, :, :, 0].reshape(4, 2, 4, 2).max(axis=(1, 3))
assert pooled.shape == (1, 4, 4, 1) and np.allclose(pooled[0, :, :, 0], blocks)

# Channels: each filter spans all input channels.
conv = keras.layers.Conv2D(32, 3, padding="same")
y = conv(np.zeros((1, 8, 8, 16), dtype="float32"))
print("16 -> 32 channels, kernel", tuple(conv.kernel.shape), "output", y.shape)
assert tuple(conv.kernel.shape) == (3, 3, 16, 32)
