# ReLU halves the second moment; He's variance 2/n puts the factor 2 back.
import numpy as np

rng = np.random.default_rng(0)
n, depth = 256, 20
x = rng.normal(size=(1000, n))
for name, var in [("1/n", 1 / n), ("2/n (He)", 2 / n)]:
    h = x
    for _ in range(depth):
        h = np.maximum(h @ rng.normal(0, np.sqrt(var), size=(n, n)), 0)
    ms = np.mean(h**2)  # second moment after 20 layers (input: 1)
    print(f"{name:9s} mean square after {depth} layers: {ms:.2e}")
    if var == 1 / n:
        assert ms < 2 * 0.5**depth  # halves at every layer: 0.5**20 ~ 1e-6
    else:
        assert 0.5 < ms < 2  # stays about 1
