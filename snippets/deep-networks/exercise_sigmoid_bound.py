# Upper bound on the gradient through L sigmoid layers: (1/4)^L * prod ||W_l||.
import numpy as np

rng = np.random.default_rng(0)
L, d = 10, 16
Ws = [rng.normal(0, 1 / np.sqrt(d), size=(d, d)) for _ in range(L)]
h, J = rng.normal(size=d), np.eye(d)
for W in Ws:
    z = W @ h
    s = 1 / (1 + np.exp(-z))
    J = (s * (1 - s))[:, None] * W @ J  # chain rule: diag(sigma'(z)) W J
    h = s
bound = 0.25**L * np.prod([np.linalg.norm(W, 2) for W in Ws])
print(f"||dh_L/dh_0|| = {np.linalg.norm(J, 2):.1e} <= bound {bound:.1e}")
assert np.linalg.norm(J, 2) <= bound
assert bound < 1e-3
