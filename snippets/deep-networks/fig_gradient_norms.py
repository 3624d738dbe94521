# Gradient norm per layer of a 20-layer MLP: sigmoid with Keras' default
# initializer vs ReLU with He initialization. Writes gradient_norms.svg.
import matplotlib

matplotlib.use("Agg")
import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
X, y = load_digits(return_X_y=True)
X, y = (X[:512] / 16.0).astype("float32"), y[:512]
DEPTH = 20


def layer_gradient_norms(activation, initializer):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input((64,))]
        + [
            keras.layers.Dense(64, activation, kernel_initializer=initializer)
            for _ in range(DEPTH)
        ]
        + [keras.layers.Dense(10, activation="softmax")]
    )
    with tf.GradientTape() as tape:
        loss = keras.ops.mean(
            keras.losses.sparse_categorical_crossentropy(y, model(X))
        )
    kernels = [layer.kernel for layer in model.layers[:DEPTH]]
    return np.array([float(tf.norm(g)) for g in tape.gradient(loss, kernels)])


# Keras' default initializer
sig = layer_gradient_norms("sigmoid", "glorot_uniform")
relu = layer_gradient_norms("relu", "he_normal")
print(f"sigmoid: layer 1 / layer {DEPTH} = {sig[0] / sig[-1]:.1e}")
print(f"ReLU+He: layer 1 / layer {DEPTH} = {relu[0] / relu[-1]:.1f}")
assert sig[0] / sig[-1] < 1e-4  # the first layers barely learn
assert 0.1 < relu[0] / relu[-1] < 10  # same order of magnitude everywhere

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
layers_ = np.arange(1, DEPTH + 1)
ax.semilogy(
    layers_, sig, "o-", label="sigmoid + Glorot uniform (Keras default)"
)
ax.semilogy(layers_, relu, "s-", label="ReLU + He normal")
ax.set(
    xlabel="layer (1 = next to the input)",
    ylabel="‖∂L/∂W‖ at initialization",
    title=f"Gradient norm per layer, {DEPTH}-layer MLP on load_digits",
)
ax.set_xticks(layers_[::2])
ax.grid(alpha=0.3, which="both")
ax.legend()
fig.savefig("gradient_norms.svg", metadata={"Date": None})
