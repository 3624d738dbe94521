# The output activation follows from the task: what can each head produce?
import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(scale=10.0, size=(256, 8)).astype("float32")

heads = {
    "regression": keras.layers.Dense(1),  # (1)!
    "binary": keras.layers.Dense(1, activation="sigmoid"),
    "multiclass": keras.layers.Dense(4, activation="softmax"),
    "multilabel": keras.layers.Dense(4, activation="sigmoid"),
}
out = {t: keras.ops.convert_to_numpy(h(x)) for t, h in heads.items()}

reg = out["regression"]
assert reg.min() < 0 and reg.max() > 1  # any real number
for task in ["binary", "multiclass", "multilabel"]:
    assert ((out[task] >= 0) & (out[task] <= 1)).all()  # (2)!
rows = {t: out[t].sum(axis=1) for t in ["multiclass", "multilabel"]}
assert np.allclose(rows["multiclass"], 1.0, atol=1e-5)  # one distribution
assert not np.allclose(rows["multilabel"], 1.0)  # a yes/no per label

# Linear output + from_logits=True: the same loss as softmax + cross-entropy.
logits = np.array([[2.0, 1.0, 0.1, -1.0], [0.5, 0.2, 3.0, 1.0]], "float32")
y = np.array([[1, 0, 0, 0], [0, 0, 0, 1]], "float32")
cce = keras.losses.CategoricalCrossentropy
from_logits = float(cce(from_logits=True)(y, logits))
from_probs = float(cce()(y, keras.activations.softmax(logits)))
print("cross-entropy:", round(from_logits, 4), round(from_probs, 4))
assert np.isclose(from_logits, from_probs, atol=1e-5)  # (3)!
