# Training success is not model success: an MLP fits random labels perfectly.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
rng = np.random.default_rng(0)
X_tr, X_te = X[:200], X[200:]
y_random = rng.integers(0, 10, size=200)  # labels that mean nothing

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
optimizer = keras.optimizers.Adam(1e-2)
# create its state outside tf.function
optimizer.build(model.trainable_variables)


# one traced full-batch step: much faster than fit() for 80 tiny epochs
@tf.function
def train_step(x, labels):
    with tf.GradientTape() as tape:
        loss = keras.ops.mean(
            keras.losses.sparse_categorical_crossentropy(labels, model(x))
        )
    optimizer.apply(
        tape.gradient(loss, model.trainable_variables),
        model.trainable_variables,
    )


for _ in range(80):  # 80 full-batch epochs on the 200 images
    train_step(X_tr, y_random)
train_acc = float(
    (keras.ops.convert_to_numpy(model(X_tr)).argmax(1) == y_random).mean()
)
y_test_random = rng.integers(0, 10, size=len(X_te))
test_acc = float(
    (keras.ops.convert_to_numpy(model(X_te)).argmax(1) == y_test_random).mean()
)
print(
    f"random labels: train accuracy {train_acc:.2f}, "
    f"test accuracy {test_acc:.2f}"
)
assert train_acc > 0.95  # training "succeeded"
assert test_acc < 0.2  # and learned nothing that generalizes (chance is 0.1)
