# Where BatchNormalization breaks: batch size 1;
# LayerNormalization does not care.
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(1, 8)).astype("float32")  # a "batch" of one sample
other = rng.normal(size=(1, 8)).astype("float32")

bn = keras.layers.BatchNormalization()
out_bn = keras.ops.convert_to_numpy(bn(x, training=True))
assert np.allclose(out_bn, 0.0)  # (1)!
assert np.allclose(bn(other, training=True), 0.0)  # every input looks the same

# statistics over the features of each sample
ln = keras.layers.LayerNormalization()
out_ln = keras.ops.convert_to_numpy(ln(x, training=True))
assert np.allclose(out_ln.mean(), 0, atol=1e-5) and out_ln.std() > 0.9
assert np.allclose(ln(x, training=True), ln(x, training=False))  # (2)!

# Batch statistics make a sample's output depend on the rest of its batch;
# LayerNormalization and GroupNormalization do not.
batch_a = np.concatenate([x, rng.normal(size=(3, 8))]).astype("float32")
batch_b = np.concatenate([x, rng.normal(loc=3.0, size=(3, 8))]).astype(
    "float32"
)
for layer, depends in [
    (keras.layers.BatchNormalization(), True),
    (keras.layers.LayerNormalization(), False),
    (keras.layers.GroupNormalization(groups=2), False),
]:
    first_a = keras.ops.convert_to_numpy(layer(batch_a, training=True))[0]
    first_b = keras.ops.convert_to_numpy(layer(batch_b, training=True))[0]
    print(
        type(layer).__name__,
        "depends on the batch:",
        not np.allclose(first_a, first_b),
    )
    assert (not np.allclose(first_a, first_b, atol=1e-4)) == depends
