# How four architecture families merge skips: Add, Concatenate, residual stream.
import keras
from keras import layers

keras.utils.set_random_seed(0)
x = keras.Input((16, 16, 32))

# ResNet: add. The channel count stays 32.
resnet = layers.Add()([x, layers.Conv2D(32, 3, padding="same")(x)])
assert resnet.shape[-1] == 32

# DenseNet: concatenate every earlier map; channels grow by k per layer.
k, h = 12, x  # growth rate k
for _ in range(4):
    new = layers.Conv2D(k, 3, padding="same", activation="relu")(h)
    h = layers.Concatenate()([h, new])
assert h.shape[-1] == 32 + 4 * k  # 80: nothing is summed away

# Transformer: a residual stream of shape (tokens, d) that every block adds to.
tokens = keras.Input((10, 64))
s = tokens
for _ in range(3):
    a = layers.LayerNormalization()(s)
    # attention
    s = s + layers.MultiHeadAttention(num_heads=4, key_dim=16)(a, a)
    m = layers.LayerNormalization()(s)
    s = s + layers.Dense(64)(layers.Dense(256, activation="gelu")(m))  # MLP
# the stream keeps its shape through every block
assert s.shape == (None, 10, 64)

# U-Net: a long skip concatenates an encoder map with the upsampled decoder map.
enc = layers.Conv2D(16, 3, padding="same")(x)  # 16x16x16, kept for later
# 8x8x32
bottom = layers.Conv2D(32, 3, padding="same")(layers.MaxPooling2D()(enc))
up = layers.Conv2DTranspose(16, 2, strides=2)(bottom)  # 16x16x16
merged = layers.Concatenate()([enc, up])
assert merged.shape == (None, 16, 16, 32)  # both kept side by side
print(
    "ResNet",
    resnet.shape[-1],
    "| DenseNet",
    h.shape[-1],
    "| Transformer",
    tuple(s.shape[1:]),
    "| U-Net",
    merged.shape[-1],
)
