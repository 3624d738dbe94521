# The hidden activation is a free choice; the output activation is not.
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=(512, 1)).astype("float32")
y = 5 * x + 2  # regression targets between -3 and 7


def mse(pred):
    return float(np.mean((keras.ops.convert_to_numpy(pred) - y) ** 2))


linear_head = keras.layers.Dense(1)  # no activation
linear_head.build((None, 1))
linear_head.set_weights([np.array([[5.0]]), np.array([2.0])])
assert mse(linear_head(x)) < 1e-10  # a linear output can hit every target

sigmoid_head = keras.layers.Dense(1, activation="sigmoid")
sigmoid_head.build((None, 1))
floor = float(np.mean((y - np.clip(y, 0, 1)) ** 2))  # best possible in [0, 1]
best = np.inf
for scale in [0.1, 1.0, 10.0, 100.0]:  # small to huge weights
    for _ in range(25):
        w, b = rng.normal(size=(1, 1)) * scale, rng.normal(size=1) * scale
        sigmoid_head.set_weights([w, b])
        best = min(best, mse(sigmoid_head(x)))
print("best sigmoid-output MSE:", round(best, 2), " floor:", round(floor, 2))
assert best >= floor * 0.999  # no weights can go below the floor
