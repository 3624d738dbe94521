# A 3x3 convolution by hand on an 8x8 digit, checked against Conv2D.
import keras
import numpy as np
from sklearn.datasets import load_digits

image = (load_digits().images[0] / 16.0).astype("float32")  # a "0", 8x8
kernel = np.array(
    [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype="float32"
)  # Sobel: responds to left-to-right increases (vertical edges)


def conv2d(x, k):
    """Slide k over x (no padding, stride 1): one dot product per place."""
    kh, kw = k.shape
    out = np.zeros((x.shape[0] - kh + 1, x.shape[1] - kw + 1), "float32")
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(x[i : i + kh, j : j + kw] * k)
    return out


by_hand = conv2d(image, kernel)

layer = keras.layers.Conv2D(1, kernel_size=3, use_bias=False)
layer.build((None, 8, 8, 1))
layer.set_weights([kernel[:, :, None, None]])  # (height, width, in, out)
out = layer(image[None, :, :, None])  # (batch, height, width, channels)
by_keras = keras.ops.convert_to_numpy(out)[0, :, :, 0]

print("output shape:", by_hand.shape)
print(by_hand.round(1))
assert by_hand.shape == by_keras.shape == (6, 6)  # 8 - 3 + 1
assert np.allclose(by_hand, by_keras, atol=1e-5)
# Left side of the "0": ink starts (positive); right side: ink ends.
assert by_hand[:, 0].max() > 2 and by_hand[:, -1].min() < -2
# Keras does not flip the kernel (cross-correlation); a flipped one differs.
flipped = conv2d(image, kernel[::-1, ::-1])
assert np.allclose(flipped, -by_hand)
