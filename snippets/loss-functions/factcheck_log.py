# Why the log: likelihood, products -> sums, surprise in nats, dynamic range.
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

# 3. The log is monotone: maximising the likelihood = minimising the NLL.
coin = rng.random(50) < 0.7  # 50 coin flips
grid = np.linspace(0.01, 0.99, 99)
lik = [np.prod(np.where(coin, q, 1 - q)) for q in grid]
nll_grid = [-np.sum(np.log(np.where(coin, q, 1 - q))) for q in grid]
assert np.argmax(lik) == np.argmin(nll_grid)
# MLE = share of heads
assert abs(grid[np.argmin(nll_grid)] - coin.mean()) <= 0.005

# 4. Surprise: -ln p in nats. A fair coin flip carries ln 2 nats = 1 bit.
assert np.isclose(-np.log(0.5), np.log(2)) and np.isclose(-np.log2(0.5), 1.0)

# 5. Dynamic range near p -> 0: p changes by < 0.1, -log p by almost 14.
p = np.array([1e-1, 1e-3, 1e-5, 1e-7])
print("1 - p:", np.round(1 - p, 7), " -log p:", np.round(-np.log(p), 2))
assert np.ptp(1 - p) < 0.1 and np.ptp(-np.log(p)) > 13
