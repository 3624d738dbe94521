# 8 sigmoid layers, plain SGD, 3 short epochs: with and without BatchNorm.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_train, X_val, y_train, y_val = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y
)


def train(batchnorm):
    keras.utils.set_random_seed(0)
    layers = [keras.Input((64,))]
    for _ in range(8):
        layers.append(keras.layers.Dense(32, use_bias=not batchnorm))  # (1)!
        if batchnorm:
            layers.append(keras.layers.BatchNormalization())
        layers.append(keras.layers.Activation("sigmoid"))
    model = keras.Sequential(layers + [keras.layers.Dense(10)])
    model.compile(
        keras.optimizers.SGD(0.5),
        keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        steps_per_execution=100,
    )
    history = model.fit(X_train, y_train, epochs=3, batch_size=64, verbose=0)

    def accuracy(logits):
        return float(np.mean(np.argmax(logits, 1) == y_val))

    val_acc = accuracy(model(X_val))  # inference mode: moving averages
    val_acc_batch = accuracy(model(X_val, training=True))  # batch statistics
    steps = int(model.optimizer.iterations)  # 3 epochs of 22 batches
    return history.history["loss"][-1], val_acc, val_acc_batch, steps


loss_plain, acc_plain, _, steps = train(False)
loss_bn, acc_bn, acc_bn_batch, _ = train(True)
print(f"training steps: {steps}")
# the share of each moving average that is still its initial value
print(f"0.99 ** steps: {0.99**steps:.2f}")
print(f"no BN: train loss {loss_plain:.2f}, val acc {acc_plain:.2f}")
print(f"BN train loss: {loss_bn:.2f}")
print(f"BN val acc, moving averages: {acc_bn:.2f}")
print(f"BN val acc, batch statistics: {acc_bn_batch:.2f}")
assert loss_plain > 2.2  # stuck near ln 10 = 2.30: chance level
assert loss_bn < 1.2  # (2)!
assert acc_bn < 0.2 < acc_bn_batch  # (3)!
assert 0.99**steps > 0.5  # over half of each moving average: initial value
