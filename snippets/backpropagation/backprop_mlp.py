# Backpropagation in matrix form for a two-layer network on load_digits,
# checked against the gradients Keras gets from tf.GradientTape.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X, y = (X[:32] / 16.0).astype("float32"), y[:32]
N = len(X)
Y = np.eye(10)[y]  # one-hot targets

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(16, activation="tanh"),
        keras.layers.Dense(10),  # logits
    ]
)
W1, b1, W2, b2 = [w.astype("float64") for w in model.get_weights()]

# Forward pass, keeping the intermediate values.
H = np.tanh(X @ W1 + b1)
Z2 = H @ W2 + b2
P = np.exp(Z2 - Z2.max(1, keepdims=True))
P /= P.sum(1, keepdims=True)  # softmax
loss = -np.mean(np.log(P[np.arange(N), y]))

# Backward pass: one matrix product per arrow, output to input.
dZ2 = (P - Y) / N  # softmax + cross-entropy, averaged over the batch
dW2, db2 = H.T @ dZ2, dZ2.sum(0)
dH = dZ2 @ W2.T
dZ1 = dH * (1 - H**2)  # through tanh, element by element
dW1, db1 = X.T @ dZ1, dZ1.sum(0)
by_hand = [dW1, db1, dW2, db2]

loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
with tf.GradientTape() as tape:
    loss_tf = loss_fn(y, model(X))
by_tape = [g.numpy() for g in tape.gradient(loss_tf, model.trainable_variables)]

print(f"loss: {loss:.4f} (Keras {float(loss_tf):.4f})")
for name, hand, auto in zip(["W1", "b1", "W2", "b2"], by_hand, by_tape):
    assert hand.shape == auto.shape
    assert np.allclose(hand, auto, rtol=1e-4, atol=1e-7)
    print(f"dL/d{name} {str(hand.shape):<8} by hand = tape (to 1e-4)")

# Spot-check some weights of W1 with central finite differences (float64).
rng = np.random.default_rng(0)


def loss_at(W1_):
    Z = np.tanh(X @ W1_ + b1) @ W2 + b2
    Z = Z - Z.max(1, keepdims=True)
    return -np.mean(Z[np.arange(N), y] - np.log(np.exp(Z).sum(1)))


for i, j in zip(rng.integers(0, 64, 5), rng.integers(0, 16, 5)):
    E = np.zeros_like(W1)
    E[i, j] = 1e-6
    numeric = (loss_at(W1 + E) - loss_at(W1 - E)) / 2e-6
    assert np.isclose(numeric, dW1[i, j], rtol=1e-5, atol=1e-9)

n = model.count_params()
print(
    f"{n} gradients from one backward pass; "
    f"finite differences would need {2 * n} forward passes"
)
