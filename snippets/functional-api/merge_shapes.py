# Shape rules of Add and Concatenate, on symbolic inputs (no data needed).
import keras


def shape_or_error(layer, *shapes):
    tensors = [keras.Input(s) for s in shapes]
    try:
        return layer(tensors).shape
    except ValueError as err:
        return f"ValueError: {err}"


add = keras.layers.Add
cat = keras.layers.Concatenate

# Add: element-wise, so the shapes must match (a dimension of 1 broadcasts).
assert shape_or_error(add(), (8,), (8,)) == (None, 8)
assert shape_or_error(add(), (8,), (1,)) == (None, 8)
msg = shape_or_error(add(), (8,), (4,))
print(msg)
assert msg.startswith("ValueError: Inputs have incompatible shapes")

# Concatenate: every axis except the concatenation axis must match.
assert shape_or_error(cat(axis=-1), (8,), (4,)) == (None, 12)
# rank 2: axis 1 is axis -1
assert shape_or_error(cat(axis=1), (8,), (4,)) == (None, 12)
# height, width, channels
images = (32, 32, 16), (32, 32, 8)
assert shape_or_error(cat(axis=-1), *images) == (None, 32, 32, 24)
# axis 1 is the height
msg = shape_or_error(cat(axis=1), *images)
print(msg)
assert "matching shapes except for the concatenation axis" in msg
taller = shape_or_error(cat(axis=1), (32, 32, 16), (16, 32, 16))
assert taller == (None, 48, 32, 16)
