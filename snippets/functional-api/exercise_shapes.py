# Predict each output shape (or error) first, then check.
import keras

# (batch, time, features)
seq_a, seq_b = keras.Input((10, 3)), keras.Input((10, 5))
assert keras.layers.Concatenate()([seq_a, seq_b]).shape == (None, 10, 8)
longer = keras.layers.Concatenate(axis=1)([seq_a, keras.Input((6, 3))])
assert longer.shape == (None, 16, 3)
# broadcast
assert keras.layers.Add()([seq_a, keras.Input((1, 3))]).shape == (None, 10, 3)
for layer in (keras.layers.Add(), keras.layers.Concatenate(axis=1)):
    try:
        layer([seq_a, seq_b])  # Add: 3 != 5; concat on time: features 3 != 5
        raise AssertionError(f"{type(layer).__name__} should fail")
    except ValueError:
        pass
