# Each digit image is a point of R^64,
# yet the 1797 images span a smaller subspace.
import numpy as np
from sklearn.datasets import load_digits

X = load_digits().data  # (1797, 64)
assert X.shape[1] == 64  # every sample has 64 entries: the space is R^64

span = np.linalg.matrix_rank(X)  # dimension of the subspace the samples span
always_zero = int((X == 0).all(axis=0).sum())
s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
# variance kept by the first k directions
share = np.cumsum(s**2) / np.sum(s**2)
k95 = int(np.searchsorted(share, 0.95) + 1)
print(f"space R^64 | span {span} (pixels always 0: {always_zero})")
print(f"directions for 95% of the variance: {k95}")
assert span == 64 - always_zero == 61
assert 20 < k95 < 40  # most of the variation lives in far fewer directions
