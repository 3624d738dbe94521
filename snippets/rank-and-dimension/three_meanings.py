# Three different numbers for the same data:
# tensor rank, vector-space dimension, matrix rank.
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X = load_digits().data[:100]  # 100 images of 8x8 pixels, flattened
x = X[0]  # one image as a vector

# 1. Tensor rank = number of axes.
assert x.ndim == len(x.shape) == int(tf.rank(x)) == 1  # a vector: one axis
assert X.ndim == len(X.shape) == int(tf.rank(X)) == 2  # a matrix: two axes

# 2. Dimension of the vector space the vector lives in = number of entries.
assert x.shape == (64,)  # x is a point of R^64: dimension 64, tensor rank 1

# 3. Matrix rank = number of linearly independent rows (or columns).
r = np.linalg.matrix_rank(X)
# pixels that are 0 in all 100 images
always_zero = int((X == 0).all(axis=0).sum())
print(
    "shape",
    X.shape,
    "| tensor rank",
    X.ndim,
    "| matrix rank",
    r,
    "| always-zero pixels",
    always_zero,
)
assert always_zero > 0  # e.g. the left and right border columns
assert r <= 64 - always_zero < 64  # the rows span less than all of R^64
assert always_zero == 11 and r == 64 - always_zero == 53  # exactly 64 - 11
