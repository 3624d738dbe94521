# When binary, categorical and sparse categorical cross-entropy agree.
import keras
import numpy as np

rng = np.random.default_rng(0)
z = rng.normal(scale=2.0, size=(6, 2)).astype("float32")  # logits of 2 classes
labels = np.array([0, 1, 1, 0, 1, 0])
onehot = keras.utils.to_categorical(labels, 2)

p2 = keras.ops.convert_to_numpy(keras.activations.softmax(z))  # 2 columns
p1 = 1 / (1 + np.exp(-(z[:, 1] - z[:, 0])))  # 1 sigmoid unit: logit difference

cce = keras.ops.convert_to_numpy(
    keras.losses.categorical_crossentropy(onehot, p2)
)
scce = keras.ops.convert_to_numpy(
    keras.losses.sparse_categorical_crossentropy(labels, p2)
)
bce = keras.ops.convert_to_numpy(
    keras.losses.binary_crossentropy(labels[:, None], p1[:, None])
)
# -log(probability of the true class)
by_hand = -np.log(p2[np.arange(6), labels])

print(np.round(by_hand, 4))
# softmax(z0, z1)_1 = sigmoid(z1 - z0)
assert np.allclose(p2[:, 1], p1, atol=1e-6)
assert np.allclose(cce, by_hand, atol=1e-5)  # one-hot labels
assert np.allclose(scce, by_hand, atol=1e-5)  # integer labels: same number
assert np.allclose(bce, by_hand, atol=1e-5)  # 1 sigmoid unit: same number again
