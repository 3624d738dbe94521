# The "ensemble of paths" reading (Veit et al. 2016), checked on linear blocks.
import itertools
import math

import numpy as np

rng = np.random.default_rng(0)
d, n = 4, 3
A = [rng.normal(0, 0.3, size=(d, d)) for _ in range(n)]  # residual branches F_i
identity = np.eye(d)

# Three blocks x -> (I + A_i) x, composed, equal the sum of 2^3 = 8 paths:
# each path either skips block i or goes through it.
stacked = (identity + A[2]) @ (identity + A[1]) @ (identity + A[0])
paths = np.zeros((d, d))
for choice in itertools.product([False, True], repeat=n):
    P = identity
    for a, through in zip(A, choice):
        P = (a if through else identity) @ P
    paths += P
assert np.allclose(stacked, paths)

# A 110-layer ResNet has 54 blocks, hence 2^54 paths; path lengths are
# binomial, so most paths are far shorter than the network is deep.
n = 54
counts = [math.comb(n, k) for k in range(n + 1)]
middle = sum(counts[20:35]) / 2**n
print(f"2^54 = {2**n:.1e} paths; {middle:.0%} have 20 to 34 blocks")
assert middle > 0.95
