# U-Net as published: valid convolutions, copy-and-crop, then concatenation.
import keras
import numpy as np
from keras import layers

x = keras.Input((572, 572, 1))  # the paper's input size
e1 = layers.Conv2D(64, 3, activation="relu")(x)  # "valid": 570
e1 = layers.Conv2D(64, 3, activation="relu")(e1)  # 568x568x64
b = layers.Conv2D(128, 3, activation="relu")(layers.MaxPooling2D()(e1))  # 282
b = layers.Conv2D(128, 3, activation="relu")(b)  # 280x280x128
up = layers.Conv2DTranspose(64, 2, strides=2)(b)  # 560x560x64
# sizes differ: Add is impossible
assert e1.shape[1] == 568 and up.shape[1] == 560
crop = layers.Cropping2D(4)(e1)  # "copy and crop": centre 560x560
merged = layers.Concatenate()([crop, up])
assert merged.shape == (None, 560, 560, 128)  # 64 + 64 channels side by side

# Concatenation is the more general merge: a linear layer after concat can
# reproduce Add (tie both halves of its weights) but not the other way round.
rng = np.random.default_rng(0)
a, c = rng.normal(size=(5, 8)), rng.normal(size=(5, 8))
W = rng.normal(size=(8, 3))
assert np.allclose(
    np.concatenate([a, c], axis=1) @ np.vstack([W, W]), (a + c) @ W
)
# After Add, swapping the two inputs changes nothing; after concat it can.
assert np.allclose(a + c, c + a)
W2 = rng.normal(size=(16, 3))  # untied weights see a and c separately
assert not np.allclose(
    np.concatenate([a, c], 1) @ W2, np.concatenate([c, a], 1) @ W2
)
print("U-Net merge:", tuple(merged.shape[1:]))
