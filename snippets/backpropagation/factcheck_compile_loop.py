# A model trained by a hand-written loop is never compiled:
# its weights are created (and initialized) when it is built.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.layers.Dense(32, activation="relu"), keras.layers.Dense(10)]
)
print("weights before the first call:", len(model.weights))
assert len(model.weights) == 0  # no input shape yet: nothing to initialize
model(X[:1])  # the first call builds the layers
kernel = model.weights[0].numpy()
print("weights after the first call:", len(model.weights))
print(f"first kernel: std {kernel.std():.3f}, compiled: {model.compiled}")
assert len(model.weights) == 4 and kernel.std() > 0.05  # random, not zeros
assert not model.compiled

loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = keras.optimizers.SGD(0.3)
start = float(loss_fn(y, model(X)))
for _ in range(5):
    for b in np.array_split(np.arange(len(X)), len(X) // 64):
        with tf.GradientTape() as tape:
            loss = loss_fn(y[b], model(X[b], training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply(grads, model.trainable_variables)
end = float(loss_fn(y, model(X)))
accuracy = np.mean(np.argmax(model(X), axis=1) == y)
print(
    f"loss {start:.2f} -> {end:.2f}, accuracy {accuracy:.2f}, "
    f"compiled: {model.compiled}"
)
assert not model.compiled  # compile() was never called ...
assert end < start / 5 and accuracy > 0.9  # ... and the model trained
