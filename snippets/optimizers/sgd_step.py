# One SGD step is the vector -learning_rate * gradient in weight space.
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
X = rng.normal(size=(32, 3)).astype("float32")
y = (X @ np.array([2.0, -1.0, 0.5]) + 1.0).astype("float32")[:, None]

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
lr = 0.1
optimizer = keras.optimizers.SGD(learning_rate=lr)
loss_fn = keras.losses.MeanSquaredError()

with tf.GradientTape() as tape:
    loss_before = loss_fn(y, model(X))
grads = tape.gradient(loss_before, model.trainable_variables)

w_before = [v.numpy().copy() for v in model.trainable_variables]
optimizer.apply_gradients(zip(grads, model.trainable_variables))
w_after = [v.numpy() for v in model.trainable_variables]

# The step: one vector with an entry per weight (3 kernel + 1 bias = 4).
step = np.concatenate([(a - b).ravel() for a, b in zip(w_after, w_before)])
grad = np.concatenate([g.numpy().ravel() for g in grads])
print("gradient:", grad.round(3), " step:", step.round(3))
assert step.shape == (model.count_params(),) == (4,)
assert np.allclose(step, -lr * grad, atol=1e-6)
assert np.isclose(np.linalg.norm(step), lr * np.linalg.norm(grad), rtol=1e-5)

loss_after = float(loss_fn(y, model(X)))
print("loss:", round(float(loss_before), 3), "->", round(loss_after, 3))
assert loss_after < float(loss_before)  # downhill, because lr is small enough
assert int(optimizer.iterations) == 1
