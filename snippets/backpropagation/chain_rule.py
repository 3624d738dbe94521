# Backpropagation by hand on a small graph, checked against
# tf.GradientTape and against finite differences.
import numpy as np
import tensorflow as tf

x, y = 1.5, 0.5  # one input and its target
params = {"w1": 0.8, "b1": -0.2, "w2": -1.3, "b2": 0.4}


def forward(w1, b1, w2, b2):
    z = w1 * x + b1
    h = np.tanh(z)
    p = w2 * h + b2
    return z, h, p, (p - y) ** 2


# Forward pass: keep every intermediate value.
z, h, p, loss = forward(**params)
# Backward pass: the chain rule, from the loss back to each weight.
dp = 2 * (p - y)  # dL/dp
dw2, db2 = dp * h, dp  # p = w2 * h + b2
dh = dp * params["w2"]  # dL/dh = dL/dp * dp/dh
dz = dh * (1 - h**2)  # tanh'(z) = 1 - tanh(z)^2
dw1, db1 = dz * x, dz  # z = w1 * x + b1
by_hand = {"w1": dw1, "b1": db1, "w2": dw2, "b2": db2}

# Automatic differentiation: the same graph, recorded by a tape.
v = {k: tf.Variable(val, dtype=tf.float64) for k, val in params.items()}
with tf.GradientTape() as tape:
    p_tf = v["w2"] * tf.tanh(v["w1"] * x + v["b1"]) + v["b2"]
    loss_tf = (p_tf - y) ** 2
grads = tape.gradient(loss_tf, list(v.values()))
by_tape = {k: float(g) for k, g in zip(v, grads)}


# Finite differences: nudge one weight up and down, no calculus at all.
def numeric(name, eps=1e-6):
    up = dict(params, **{name: params[name] + eps})
    down = dict(params, **{name: params[name] - eps})
    return (forward(**up)[-1] - forward(**down)[-1]) / (2 * eps)


print(f"loss: {loss:.4f}")
print("weight   by hand     tape   finite diff.")
for name in params:
    hand, auto, num = by_hand[name], by_tape[name], numeric(name)
    print(f"{name:>6} {hand:9.4f} {auto:8.4f} {num:13.4f}")
    assert np.isclose(hand, auto, rtol=1e-12)  # the tape did the same sums
    assert np.isclose(hand, num, rtol=1e-7)  # and they are the derivative
