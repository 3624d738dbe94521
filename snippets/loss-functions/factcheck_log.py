# Why the log: likelihood, products -> sums, surprise in nats, dynamic range.
import lzma

import keras
import numpy as np

rng = np.random.default_rng(0)
# prob. of each correct answer
p_true = rng.uniform(0.5, 0.99, size=2000).astype("float32")

# 1. Likelihood = product of probabilities: far below float32's range (1e-45);
#    the sum of logs is an ordinary number.
likelihood = np.prod(p_true)  # float32: stuck at the smallest subnormal
log_likelihood = np.sum(np.log(p_true))  # likelihood = e^(sum of logs)
print("product:", likelihood)
print(f"sum of logs: {log_likelihood:.0f}")
assert likelihood < 1e-44 and -700 < log_likelihood < -550
# the product is off by 10^200+
assert np.log(likelihood) > log_likelihood + 500

# 2. Mean negative log-likelihood of the labels IS the cross-entropy loss.
K = 3
labels = rng.integers(0, K, size=2000)
probs = rng.dirichlet(np.ones(K), size=2000).astype("float32")
nll = -np.mean(np.log(probs[np.arange(2000), labels]))
keras_ce = float(keras.losses.SparseCategoricalCrossentropy()(labels, probs))
assert np.isclose(nll, keras_ce, rtol=1e-5)

# 3. Maximise the likelihood of 2000 coin flips over a grid of q: the
#    product underflows to 0 for every q, the sum of logs still finds the MLE.
coin = rng.random(2000) < 0.7
grid = np.linspace(0.01, 0.99, 99)
lik = [np.prod(np.where(coin, q, 1 - q)) for q in grid]
nll_grid = [-np.sum(np.log(np.where(coin, q, 1 - q))) for q in grid]
print(f"largest product over the grid: {max(lik)}")
assert max(lik) == 0.0  # the product cannot tell any q from another
# MLE = share of heads
assert abs(grid[np.argmin(nll_grid)] - coin.mean()) <= 0.005

# 4. Surprise -log2 p is the bits an optimal code spends (Shannon 1948):
#    measure it with a real compressor on 80,000 flips of two coins.
for p_heads in [0.5, 0.9]:
    flips = rng.random(80_000) < p_heads
    bits = 8 * len(lzma.compress(np.packbits(flips).tobytes())) / flips.size
    entropy = -sum(q * np.log2(q) for q in [p_heads, 1 - p_heads])
    print(f"coin {p_heads}: {bits:.3f} bits per flip, entropy {entropy:.3f}")
    assert entropy - 0.01 < bits < entropy + 0.1  # no code beats the entropy

# 5. Dynamic range near p -> 0 (the values the text quotes).
p = np.array([1e-1, 1e-3, 1e-5, 1e-7])
print("1 - p:", np.round(1 - p, 7), " -log p:", np.round(-np.log(p), 2))
print(f"-log 1e-3: {-np.log(1e-3):.1f}")
print(f"-log 1e-7: {-np.log(1e-7):.1f}")
