# Temperature and top-k on one vector of logits.
import numpy as np


def softmax(z, T=1.0):
    z = np.asarray(z, dtype=float) / T
    e = np.exp(z - z.max())
    return e / e.sum()


def entropy(p):  # in nats
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)))


z = np.array([3.0, 2.0, 1.0, 0.5, -1.0])  # logits for five candidate tokens
for T in [0.25, 1.0, 4.0]:
    p = softmax(z, T)
    print(f"T={T}: p={p.round(3).tolist()}  H={entropy(p):.2f}")

assert np.allclose(softmax(z, 1.0), np.exp(z) / np.exp(z).sum())  # as trained
assert np.allclose(softmax(z, 0.01), np.eye(5)[np.argmax(z)])  # T -> 0: argmax
assert np.allclose(softmax(z, 1e4), 1 / 5, atol=1e-3)  # T -> infinity: uniform
for T in [0.3, 1.0, 3.0]:  # the ranking never changes
    assert (np.argsort(softmax(z, T)) == np.argsort(z)).all()

# Top-k: keep the k largest logits, renormalise; the kept ratios stay.
k = 2
kept = np.where(z >= np.sort(z)[-k], z, -np.inf)
p_k = softmax(kept)
assert np.count_nonzero(p_k) == k and np.isclose(p_k.sum(), 1.0)
assert np.isclose(p_k[0] / p_k[1], softmax(z)[0] / softmax(z)[1])

# Sampling draws each token as often as its probability says.
rng = np.random.default_rng(0)
p = softmax(z, 1.0)
draws = rng.choice(len(z), size=20_000, p=p)
assert np.allclose(np.bincount(draws, minlength=len(z)) / 20_000, p, atol=0.01)
