# Inverted dropout by hand: drop with probability rate,
# scale survivors by 1/(1-rate).
import numpy as np

rng = np.random.default_rng(0)
rate = 0.5
h = rng.uniform(1, 2, size=(20000, 10))  # some activations
keep = rng.random(h.shape) >= rate
h_train = np.where(keep, h / (1 - rate), 0.0)
# E[h_train] = h: same expected value
assert abs(h_train.mean() / h.mean() - 1) < 0.01
h_test = h  # at inference: nothing to do

# Without the 1/(1-rate) scaling the next layer would see activations
# half as big in training as at test time.
h_unscaled = np.where(keep, h, 0.0)
assert abs(h_unscaled.mean() / h_test.mean() - (1 - rate)) < 0.01
