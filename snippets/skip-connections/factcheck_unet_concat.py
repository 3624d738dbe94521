# U-Net's merge: valid convolutions, copy-and-crop, then concatenation.
import keras
import numpy as np
from keras import layers


def conv_twice(h, filters):  # two unpadded ("valid") 3x3 convolutions
    h = layers.Conv2D(filters, 3, activation="relu")(h)
    return layers.Conv2D(filters, 3, activation="relu")(h)


def unet(stages, filters):
    """A U-Net with valid convolutions; returns its output and its crops."""
    h, skips, crops = keras.Input((572, 572, 1)), [], []  # the paper's input
    for _ in range(stages):  # contracting path
        h = conv_twice(h, filters)
        skips.append(h)
        h = layers.MaxPooling2D()(h)
    h = conv_twice(h, filters)
    for skip in reversed(skips):  # expanding path
        h = layers.Conv2DTranspose(filters, 2, strides=2)(h)  # up-conv 2x2
        crops.append((skip.shape[1], h.shape[1]))
        cut = (skip.shape[1] - h.shape[1]) // 2
        skip = layers.Cropping2D(cut)(skip)  # "copy and crop" the centre
        merged = layers.Concatenate()([skip, h])  # channels side by side
        h = conv_twice(merged, filters)
    return (
        layers.Conv2D(2, 1)(h),
        crops,
        merged,
    )  # 1x1 conv: 2 classes per pixel


# The paper's network (4 poolings); spatial sizes do not depend on the
# number of filters, so 1 filter per layer keeps this cheap.
paper_out, paper_crops, _ = unet(stages=4, filters=1)
print("paper, output map:", paper_out.shape[1])
print("paper, top-level crop:", "{} -> {}".format(*paper_crops[-1]))
assert paper_out.shape[1] == 388  # Ronneberger et al., Fig. 1: 572 -> 388
assert paper_crops[-1] == (568, 392)

# A cut-down version (1 pooling, 64 filters): the maps it merges.
_, small_crops, merged = unet(stages=1, filters=64)
print("1-pooling version, crop:", "{} -> {}".format(*small_crops[0]))
assert small_crops[0] == (568, 560)  # sizes differ: Add is impossible
assert merged.shape == (None, 560, 560, 128)  # 64 + 64 channels
# Concatenation is the more general merge. Fit a linear layer (least squares)
# on each merge and measure what it can learn from the two inputs a and c.
rng = np.random.default_rng(0)
a, c = rng.normal(size=(200, 8)), rng.normal(size=(200, 8))
W = rng.normal(size=(8, 3))


def fit_error(merged, target):  # smallest mean squared error of a linear fit
    coef = np.linalg.lstsq(merged, target, rcond=None)[0]
    return float(np.mean((merged @ coef - target) ** 2))


added, concatenated = a + c, np.concatenate([a, c], axis=1)
# a target that Add can express: concat learns it too (it finds tied weights)
assert fit_error(concatenated, (a + c) @ W) < 1e-20
# a target that tells the inputs apart: only concat can learn it
error_add = fit_error(added, (a - c) @ W)
error_concat = fit_error(concatenated, (a - c) @ W)
print(f"error on (a - c) W after Add: {error_add:.1f}")
print(f"error on (a - c) W after concat: {error_concat:.1f}")
assert error_concat < 1e-20
assert error_add > 0.5 * np.var((a - c) @ W)  # Add lost which input was which
print("U-Net merge:", tuple(merged.shape[1:]))
