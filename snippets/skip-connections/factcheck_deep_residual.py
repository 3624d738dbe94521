# Why skips help depth (the Jacobian I + dF/dx) and what they do not fix alone.
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
d, depth = 32, 50
Ws = [
    rng.normal(0, np.sqrt(2 / d), size=(d, d)).astype("float32")
    for _ in range(depth)
]

# One block y = x + relu(x W): its Jacobian is I + dF/dx, so signals and
# gradients always have the identity path, whatever F does.
x = tf.constant(rng.normal(size=(1, d)).astype("float32"))
with tf.GradientTape() as tape:
    tape.watch(x)
    y = x + tf.nn.relu(x @ Ws[0])
J = tape.batch_jacobian(y, x)[0].numpy()
mask = (x.numpy() @ Ws[0] > 0).astype("float32")[0]
assert np.allclose(J, np.eye(d) + (Ws[0] * mask).T, atol=1e-5)


def first_layer_grad_and_output(residual, scale=1.0):
    h0 = tf.constant(rng.normal(size=(64, d)).astype("float32"))
    with tf.GradientTape() as tape:
        tape.watch(h0)
        h = h0
        for W in Ws:
            f = tf.nn.relu(h @ W) if residual else tf.sigmoid(h @ W)
            h = h + scale * f if residual else f
        out = tf.reduce_sum(h)
    return float(tf.norm(tape.gradient(out, h0))), float(tf.math.reduce_std(h))


g_plain, _ = first_layer_grad_and_output(residual=False)  # 50 sigmoid layers
# 50 unscaled blocks
g_res, std_res = first_layer_grad_and_output(residual=True)
g_scaled, std_scaled = first_layer_grad_and_output(
    residual=True, scale=depth**-0.5
)
print(
    f"plain |grad| {g_plain:.1e}, residual {g_res:.1e}, scaled {g_scaled:.1e}"
)
print(f"output std: residual {std_res:.1e}, scaled {std_scaled:.1f}")
assert g_plain < 1e-6  # 50 sigmoid layers: the gradient vanishes
assert std_res > 1e6  # unscaled, unnormalised blocks: activations explode
assert 0.5 < std_scaled < 50  # scaled branch (or BN, as in ResNet): stays tame
