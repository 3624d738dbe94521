# The softmax Jacobian J = diag(p) - p p^T, measured with autodiff.
import keras
import numpy as np
import tensorflow as tf

z = tf.constant(np.random.default_rng(0).normal(0, 2, 6), tf.float32)
with tf.GradientTape() as tape:
    tape.watch(z)
    p = tf.exp(z) / tf.reduce_sum(tf.exp(z))  # softmax, written out
J = tape.jacobian(p, z).numpy().astype(np.float64)  # J[i, j] = dp_i / dz_j
p = p.numpy().astype(np.float64)
print("p:", p.round(3).tolist())

# The derived formula, against the Jacobian that autodiff computed
formula = np.diag(p) - np.outer(p, p)
print(f"largest |J - formula|: {np.abs(J - formula).max():.0e}")
assert np.allclose(J, formula, rtol=0, atol=1e-6)

# Rows sum to 0: moving every logit by the same amount changes nothing
print(f"largest |row sum|: {np.abs(J.sum(axis=1)).max():.0e}")
assert np.allclose(J.sum(axis=1), 0.0, rtol=0, atol=1e-7)

# Symmetric, and v^T J v is the variance of v under p: never negative
assert np.allclose(J, J.T, rtol=0, atol=1e-7)
v = np.random.default_rng(1).normal(size=(1000, 6))
quadratic = np.einsum("ni,ij,nj->n", v, J, v)
variance = v**2 @ p - (v @ p) ** 2
assert np.allclose(quadratic, variance, rtol=0, atol=1e-6)

# Eigenvalues: all >= 0, exactly one ~0, its eigenvector along (1, ..., 1)
eigenvalues, eigenvectors = np.linalg.eigh(J)  # in increasing order
print("eigenvalues:", (eigenvalues.round(4) + 0.0).tolist())
assert eigenvalues.min() >= -1e-7
assert np.sum(np.abs(eigenvalues) < 1e-6) == 1
assert eigenvalues[1] > 1e-3  # the other five are clearly positive
ones = np.ones(6) / np.sqrt(6)
assert np.isclose(abs(eigenvectors[:, 0] @ ones), 1.0, atol=1e-6)

# Cross-entropy: the chain rule through J gives p - y
y = np.eye(6)[np.argmin(p)]  # the answer: the least likely class
with tf.GradientTape() as outer:
    outer.watch(z)
    with tf.GradientTape() as inner:
        inner.watch(z)
        loss = keras.losses.categorical_crossentropy(y, z, from_logits=True)
    grad = inner.gradient(loss, z)
hessian = outer.jacobian(grad, z).numpy()
print("dL/dz:", grad.numpy().astype(np.float64).round(3).tolist())
chain = J.T @ (-y / p)  # dL/dp_i = -y_i / p_i, then through J
assert np.allclose(chain, p - y, rtol=0, atol=1e-5)
assert np.allclose(grad, p - y, rtol=0, atol=1e-6)
# Differentiating p - y once more: the loss's Hessian is J itself
assert np.allclose(hessian, J, rtol=0, atol=1e-6)
