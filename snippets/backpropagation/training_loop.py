# A training loop written out: batches, forward pass, loss, gradients,
# update, with the step compiled into a graph by tf.function.
import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10),  # logits
    ]
)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = keras.optimizers.SGD(learning_rate=0.3)
optimizer.build(model.trainable_variables)  # its variables, outside the graph
traces = []


@tf.function
def train_step(xb, yb):
    traces.append(tuple(xb.shape))  # Python code: runs only while tracing
    with tf.GradientTape() as tape:
        loss = loss_fn(yb, model(xb, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply(grads, model.trainable_variables)
    return loss


dataset = (
    tf.data.Dataset.from_tensor_slices((X_tr, y_tr))
    .shuffle(len(X_tr), seed=0)  # a new order every epoch
    .batch(64)
)
epoch_loss = []
for epoch in range(10):
    losses = [float(train_step(xb, yb)) for xb, yb in dataset]
    epoch_loss.append(np.mean(losses))
    if epoch in (0, 4, 9):
        print(f"epoch {epoch + 1:>2}: mean batch loss {epoch_loss[-1]:.3f}")

accuracy = np.mean(np.argmax(model(X_te), axis=1) == y_te)
print(f"steps: {int(optimizer.iterations)}, traces: {traces}")
print(f"test accuracy: {accuracy:.2f}")
assert int(optimizer.iterations) == 10 * int(np.ceil(len(X_tr) / 64))
assert epoch_loss[-1] < epoch_loss[0] / 4  # the loop learns
assert accuracy > 0.9
# Traced once per input shape: 64 per batch, and the last, smaller batch.
assert [s[0] for s in traces] == [64, len(X_tr) % 64]
