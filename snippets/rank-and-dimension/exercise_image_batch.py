# 32 RGB images of 28x28 pixels, channels_last.
import keras
import numpy as np

batch = np.zeros((32, 28, 28, 3), dtype="float32")
assert batch.ndim == 4  # tensor rank 4: (batch, height, width, channels)
# one image as a vector lives in R^2352
assert batch[0].size == 28 * 28 * 3 == 2352

dense = keras.layers.Dense(10)
# acts on the channel axis of every pixel
assert dense(batch).shape == (32, 28, 28, 10)
flat = keras.layers.Flatten()(batch)
assert flat.shape == (32, 2352)  # one vector per image
# one score vector per image
assert keras.layers.Dense(10)(flat).shape == (32, 10)
