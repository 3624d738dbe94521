# What each remedy does to a 20-layer MLP at initialization: the ratio of the
# first layer's gradient norm to the last one's (1 is ideal).
import keras
import numpy as np
import tensorflow as tf
from keras import layers

X = np.random.default_rng(0).normal(size=(256, 32)).astype("float32")
DEPTH = 20


def deep_mlp(activation="sigmoid", init="glorot_uniform", bn=False, skip=False):
    keras.utils.set_random_seed(0)
    inputs = keras.Input((32,))
    h = inputs
    for _ in range(DEPTH):
        f = layers.Dense(32, kernel_initializer=init)(h)
        f = layers.BatchNormalization()(f) if bn else f
        f = layers.Activation(activation)(f)
        h = layers.Add()([h, layers.Rescaling(DEPTH**-0.5)(f)]) if skip else f
    return keras.Model(inputs, layers.Dense(1)(h))


def first_to_last(model):
    with tf.GradientTape() as tape:
        loss = keras.ops.mean(model(X, training=True) ** 2)
    kernels = [v for v in model.trainable_variables if "kernel" in v.path][
        :DEPTH
    ]
    norms = [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]
    return norms[0] / norms[-1]


ratios = {
    "sigmoid, Glorot (default)": first_to_last(deep_mlp()),
    "sigmoid + BatchNorm": first_to_last(deep_mlp(bn=True)),
    "sigmoid + skip": first_to_last(deep_mlp(skip=True)),
    "ReLU, He init": first_to_last(deep_mlp("relu", "he_normal")),
}
for name, r in ratios.items():
    print(f"{name:26s} first/last gradient = {r:.1e}")
default = ratios["sigmoid, Glorot (default)"]
remedied = [r for name, r in ratios.items() if "default" not in name]
# as the page quotes them: the default's order of magnitude, the remedies' range
print(f"default first/last, power of ten: {np.log10(default):.0f}")
print(f"lowest with a remedy: {min(remedied):.2f}")
print(f"highest with a remedy: {max(remedied):.2f}")
assert ratios["sigmoid, Glorot (default)"] < 1e-6  # vanishing
for name in ["sigmoid + BatchNorm", "sigmoid + skip", "ReLU, He init"]:
    # each remedy alone keeps it within ~2 orders
    assert ratios[name] > 1e-2, name
