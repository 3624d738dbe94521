# Add needs equal (or broadcastable) shapes: a skip connection around a layer that changes
# the width needs a projection first.
import keras

x = keras.Input((8,))
h = keras.layers.Dense(4, activation="relu")(x)            # (None, 4)
try:
    keras.layers.Add()([x, h])                              # (None, 8) + (None, 4)
    raise AssertionError("Add accepted (None, 8) + (None, 4)")
except ValueError as err:
    print(err)
    assert "Inputs have incompatible shapes" in str(err)

projected = keras.layers.Dense(4)(x)                        # project 8 -> 4 (He et al., 2016)
assert keras.layers.Add()([projected, h]).shape == (None, 4)
assert keras.layers.Concatenate()([x, h]).shape == (None, 12)  # or concatenate instead
