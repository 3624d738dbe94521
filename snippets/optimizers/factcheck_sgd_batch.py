# Keras' SGD is only the update rule:
# with batch_size=N it is full-batch gradient descent.
import keras
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
N = 64
X = rng.normal(size=(N, 3)).astype("float32")
y = (X @ np.array([1.0, -2.0, 0.5]) + 0.3 * rng.normal(size=N)).astype(
    "float32"
)

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
w0 = [v.numpy().copy() for v in model.trainable_variables]

# Full-batch gradient descent by hand:
# one step with the gradient over all N samples.
with tf.GradientTape() as tape:
    loss = keras.losses.MeanSquaredError()(y[:, None], model(X))
full = [
    w - 0.1 * g.numpy()
    for w, g in zip(w0, tape.gradient(loss, model.trainable_variables))
]

# "SGD", one epoch
model.fit(X, y, batch_size=N, epochs=1, shuffle=False, verbose=0)
assert int(model.optimizer.iterations) == 1  # one step per epoch
for w_fit, w_gd in zip(model.get_weights(), full):
    assert np.allclose(w_fit, w_gd, atol=1e-6)  # identical to full-batch GD

# The "stochastic" part: a mini-batch gradient estimates the full gradient.
w = np.zeros(3)
# gradient of each sample's squared error
per_sample = 2 * (X @ w - y)[:, None] * X
full_grad = per_sample.mean(axis=0)
spread = {}
for B in [1, 4, 16]:
    # 4000 mini-batches drawn at random, as a shuffled epoch would draw them
    draws = np.array([rng.choice(N, B, replace=False) for _ in range(4000)])
    batches = per_sample[draws].mean(axis=1)
    spread[B] = float(np.linalg.norm(batches - full_grad, axis=1).mean())
    bias = float(np.linalg.norm(batches.mean(axis=0) - full_grad))
    print(f"B={B}: bias {bias:.3f}, spread {spread[B]:.2f}")
    # unbiased: the average estimate sits within noise of the full gradient
    assert bias < 0.05 * spread[B]
# bigger batches, less noisy estimates
assert spread[1] > spread[4] > spread[16]
