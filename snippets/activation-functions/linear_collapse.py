# Without an activation, two Dense layers are just one Dense layer.
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(5, 4))  # 5 samples, 4 features
W1, b1 = rng.normal(size=(4, 8)), rng.normal(size=8)
W2, b2 = rng.normal(size=(8, 3)), rng.normal(size=3)

two_layers = (x @ W1 + b1) @ W2 + b2
W, b = W1 @ W2, b1 @ W2 + b2  # the equivalent single layer
assert np.allclose(two_layers, x @ W + b)


def relu(z):
    return np.maximum(z, 0.0)


with_relu = relu(x @ W1 + b1) @ W2 + b2  # a ReLU in between
gap = np.abs(with_relu - (x @ W + b)).max()
print("largest difference once ReLU is in between:", round(float(gap), 2))
assert gap > 0.1
