# Add needs equal (or broadcastable) shapes: a skip connection around a layer
# that changes the width needs a projection first.
import keras

x = keras.Input((8,))
h = keras.layers.Dense(4, activation="relu")(x)  # (None, 4)
try:
    # (None, 8) + (None, 4)
    keras.layers.Add()([x, h])
    raise AssertionError("Add accepted (None, 8) + (None, 4)")
except ValueError as err:
    print(err)
    assert "Inputs have incompatible shapes" in str(err)

# project 8 -> 4 (He et al., 2016)
projected = keras.layers.Dense(4)(x)
assert keras.layers.Add()([projected, h]).shape == (None, 4)
# or concatenate instead
assert keras.layers.Concatenate()([x, h]).shape == (None, 12)
