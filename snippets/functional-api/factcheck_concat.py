# Only the concatenation axis may differ, and which axis that is
# depends on the rank.
import keras

# (None, 8), (None, 4)
vec_a, vec_b = keras.Input((8,)), keras.Input((4,))
# channels last
img_a, img_b = keras.Input((32, 32, 16)), keras.Input((32, 32, 8))

# Vectors: axis=1 and axis=-1 are the same axis (the features).
assert keras.layers.Concatenate(axis=1)([vec_a, vec_b]).shape == (None, 12)
assert keras.layers.Concatenate(axis=-1)([vec_a, vec_b]).shape == (None, 12)

# Images: axis=-1 stacks channels (what U-Net does); axis=1 is the height.
stacked = keras.layers.Concatenate(axis=-1)([img_a, img_b])
assert stacked.shape == (None, 32, 32, 24)
for axis in (1, 2):
    try:
        keras.layers.Concatenate(axis=axis)([img_a, img_b])
        raise AssertionError(f"axis={axis} should fail: the channels differ")
    except ValueError as err:
        assert "matching shapes except for the concatenation axis" in str(err)

# "The shapes need not be the same" holds only for the concatenation axis.
try:
    keras.layers.Concatenate(axis=-1)([img_a, keras.Input((16, 16, 8))])
    raise AssertionError("height 32 vs 16 should fail")
except ValueError as err:
    print(err)
