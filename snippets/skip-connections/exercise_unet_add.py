# U-Net merge by Concatenate (as published) vs Add (ResNet style).
import keras
from keras import layers

enc = keras.Input((16, 16, 8))  # encoder map kept for the skip
up = keras.Input((16, 16, 8))  # upsampled decoder map, same shape here
conv_cat, conv_add = (
    layers.Conv2D(8, 3, padding="same"),
    layers.Conv2D(8, 3, padding="same"),
)
out_cat = conv_cat(layers.Concatenate()([enc, up]))  # sees 16 channels
# sees 8 channels: the two are mixed
out_add = conv_add(layers.Add()([enc, up]))
assert conv_cat.count_params() == 3 * 3 * 16 * 8 + 8  # 1,160
assert conv_add.count_params() == 3 * 3 * 8 * 8 + 8  # 584
print(
    "next conv after concat:",
    conv_cat.count_params(),
    "after add:",
    conv_add.count_params(),
)

# Add also needs the decoder map to have exactly the encoder's channels.
try:
    layers.Add()([enc, keras.Input((16, 16, 16))])
    raise AssertionError("Add accepted 8 + 16 channels")
except ValueError:
    pass
assert layers.Concatenate()([enc, keras.Input((16, 16, 16))]).shape[-1] == 24
