# A model that knows nothing (uniform over K classes) has cross-entropy ln K.
import keras
import numpy as np
from sklearn.datasets import load_digits

K = 10
labels = np.arange(100) % K
uniform = np.full((100, K), 1 / K, dtype="float32")
ce = float(keras.losses.SparseCategoricalCrossentropy()(labels, uniform))
assert np.isclose(ce, np.log(K), atol=1e-5)  # ln 10 = 2.303 nats

# An untrained model on load_digits starts close to that value.
keras.utils.set_random_seed(0)
X, y = load_digits(return_X_y=True)
model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(10)])
start = float(
    keras.losses.SparseCategoricalCrossentropy(from_logits=True)(
        y, model(X / 16.0)
    )
)
print("ln 10 =", round(np.log(K), 3), " untrained model:", round(start, 3))
assert abs(start - np.log(K)) < 0.5
