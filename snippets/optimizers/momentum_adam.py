# Momentum and Adam by hand (NumPy), checked against Keras' optimizers.
import keras
import numpy as np

lr = 0.01
# three steps, very different scales
grads = [
    np.array([0.001, -5.0, 100.0]),
    np.array([0.002, -4.0, 90.0]),
    np.array([0.001, -3.0, 80.0]),
]


def keras_steps(optimizer):
    w = keras.Variable(np.zeros(3, dtype="float32"))
    steps = []
    for g in grads:
        before = w.numpy().copy()
        optimizer.apply([g.astype("float32")], [w])
        steps.append(w.numpy() - before)
    return np.array(steps)


# Momentum (Keras form): v <- mu * v - lr * g,  w <- w + v
mu, v, manual = 0.9, np.zeros(3), []
for g in grads:
    v = mu * v - lr * g
    manual.append(v)
sgd_m = keras_steps(keras.optimizers.SGD(learning_rate=lr, momentum=mu))
assert np.allclose(sgd_m, manual, rtol=1e-5, atol=1e-8)

# Adam (Kingma & Ba 2015, Algorithm 1)
b1, b2, eps = 0.9, 0.999, 1e-7
m, s, manual = np.zeros(3), np.zeros(3), []
for t, g in enumerate(grads, start=1):
    m = b1 * m + (1 - b1) * g  # running mean of gradients
    s = b2 * s + (1 - b2) * g**2  # running mean of squared gradients
    m_hat, s_hat = m / (1 - b1**t), s / (1 - b2**t)  # bias correction
    manual.append(
        -lr * m_hat / (np.sqrt(s_hat) + eps / np.sqrt(1 - b2**t))
    )  # (1)!
adam = keras_steps(keras.optimizers.Adam(learning_rate=lr))
print("Adam steps / lr:\n", (adam / lr).round(3))
assert np.allclose(adam, manual, rtol=1e-4, atol=1e-8)

# First step: about lr per coordinate, whatever the gradient's scale.
assert np.allclose(np.abs(adam[0]), lr, rtol=0.01)  # (2)!
print(f"first step / lr at gradient 0.001: {abs(adam[0, 0]) / lr:.3f}")
# Without bias correction the first step would be sqrt(1000)/10 = 3.16 times lr.
m1, s1 = (1 - b1) * grads[0], (1 - b2) * grads[0] ** 2
assert np.allclose(np.abs(m1 / np.sqrt(s1)), 3.162, atol=1e-3)
