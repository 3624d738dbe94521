# Top-p (nucleus) sampling: keep the fewest tokens whose probability sum
# reaches p.
import numpy as np


def top_p_filter(probs, top_p):
    order = np.argsort(probs)[::-1]  # most likely first
    cumulative = np.cumsum(probs[order])
    n_keep = int(np.searchsorted(cumulative, top_p)) + 1  # sum reaches top_p
    kept = np.zeros_like(probs)
    kept[order[:n_keep]] = probs[order[:n_keep]]
    return kept / kept.sum()


peaked = np.array([0.90, 0.05, 0.03, 0.01, 0.01])
flat = np.array([0.22, 0.21, 0.20, 0.19, 0.18])
for probs in [peaked, flat]:
    q = top_p_filter(probs, 0.9)
    kept = np.flatnonzero(q)
    print(probs.tolist(), "->", q.round(3).tolist())
    assert probs[kept].sum() >= 0.9  # enough mass...
    assert probs[kept].sum() - probs[kept].min() < 0.9  # ...none to spare
    assert np.argmax(probs) in kept and np.isclose(q.sum(), 1.0)

assert np.count_nonzero(top_p_filter(peaked, 0.9)) == 1  # sure: one token
assert np.count_nonzero(top_p_filter(flat, 0.9)) == 5  # unsure: all five
assert np.allclose(top_p_filter(flat, 1.0), flat)  # p = 1 changes nothing
