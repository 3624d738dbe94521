# One layer object called on two inputs: both calls use the same weights.
import keras
import numpy as np

keras.utils.set_random_seed(0)
left = keras.Input((4,), name="left")
right = keras.Input((4,), name="right")
shared = keras.layers.Dense(3, name="shared")
merged = keras.layers.Concatenate()([shared(left), shared(right)])
model = keras.Model([left, right], merged)

# One kernel and one bias, not two of each.
assert [w.path for w in model.weights] == ["shared/kernel", "shared/bias"]
assert model.count_params() == 4 * 3 + 3
# the layer sits at two places in the graph
assert len(shared._inbound_nodes) == 2

# Same input on both sides -> identical halves;
# change the weights once and both halves change.
x = np.random.default_rng(0).normal(size=(2, 4)).astype("float32")
y = np.asarray(model([x, x]))
assert np.allclose(y[:, :3], y[:, 3:])
kernel = np.arange(12, dtype="float32").reshape(4, 3) / 10
shared.kernel.assign(kernel)
y = np.asarray(model([x, 2 * x]))
bias = shared.bias.numpy()
assert np.allclose(y[:, :3], x @ kernel + bias, atol=1e-5)
assert np.allclose(y[:, 3:], 2 * x @ kernel + bias, atol=1e-5)
