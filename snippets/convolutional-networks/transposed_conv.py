# Transposed convolution: each input pixel stamps a scaled copy of the
# kernel onto a larger output. It is the transpose (adjoint) of the
# strided convolution with the same kernel.
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(1, 4, 4, 1)).astype("float32")
kernel = rng.normal(size=(2, 2, 1, 1)).astype("float32")

up = keras.layers.Conv2DTranspose(1, 2, strides=2, use_bias=False)
up.build((None, 4, 4, 1))
up.set_weights([kernel])
y = keras.ops.convert_to_numpy(up(x))
print("4x4 ->", y.shape[1:3])
assert y.shape == (1, 8, 8, 1)  # (n - 1) * s + k = 3 * 2 + 2

# By hand: pixel (i, j) stamps value * kernel at (2i, 2j).
stamp = np.zeros((8, 8), dtype="float32")
for i in range(4):
    for j in range(4):
        stamp[2 * i : 2 * i + 2, 2 * j : 2 * j + 2] += (
            x[0, i, j, 0] * kernel[:, :, 0, 0]
        )
assert np.allclose(y[0, :, :, 0], stamp, atol=1e-6)

# The adjoint: <conv(a), b> == <a, conv_transpose(b)> for every a and b.
down = keras.layers.Conv2D(1, 2, strides=2, use_bias=False)
down.build((None, 8, 8, 1))
down.set_weights([kernel])
a = rng.normal(size=(1, 8, 8, 1)).astype("float32")
lhs = float(np.sum(keras.ops.convert_to_numpy(down(a)) * x))
rhs = float(np.sum(a * y))
print(f"<conv(a), x> = {lhs:.4f}, <a, convT(x)> = {rhs:.4f}")
assert np.isclose(lhs, rhs, rtol=1e-5)
