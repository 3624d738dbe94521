# Debugging check: a correct model + pipeline drives the loss
# on ONE small batch to ~0.
import keras
import numpy as np
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
X, y = (X[:32] / 16.0).astype("float32"), y[:32]  # one batch of 32 images


def overfit(output_activation, from_logits):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(10, activation=output_activation),
        ]
    )
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits)
    model.compile(
        optimizer=keras.optimizers.Adam(0.01),
        loss=loss,
        steps_per_execution=100,
    )
    # the same batch 100 times: 100 gradient steps
    model.fit(
        np.tile(X, (100, 1)),
        np.tile(y, 100),
        batch_size=32,
        shuffle=False,
        verbose=0,
    )
    out = keras.ops.convert_to_numpy(model(X))
    return float(loss(y, out)), float((out.argmax(axis=1) == y).mean())


# logits + from_logits: correct
loss_ok, acc_ok = overfit(None, from_logits=True)
# bug: softmax applied twice
loss_bug, acc_bug = overfit("softmax", from_logits=True)
print(
    "correct:",
    round(loss_ok, 4),
    acc_ok,
    "| double softmax:",
    round(loss_bug, 3),
    acc_bug,
)
print(f"double softmax, accuracy: {acc_bug:.0%}")

assert acc_ok == 1.0 and loss_ok < 0.01  # the model can learn: pipeline OK
# softmax outputs lie in [0, 1], so a second softmax gives the true class
# at most e / (e + 9): the loss can never go below -log(e / (e + 9)) = 1.46
floor = -np.log(np.e / (np.e + 9))
# stuck above 1.46 although accuracy looks fine
assert loss_bug > floor - 1e-3 and acc_bug > 0.9
