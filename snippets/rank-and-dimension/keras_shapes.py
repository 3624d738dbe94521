# Shapes of typical Keras inputs.
# keras.Input(shape=...) leaves out the batch axis.
import keras
import numpy as np
from sklearn.datasets import load_digits

assert keras.config.image_data_format() == "channels_last"  # Keras' default

# name: (per-sample shape, layer, expected output with batch axis None)
cases = {
    "tabular (batch, features)": ((64,), keras.layers.Dense(10), (None, 10)),
    "images (batch, height, width, channels)": (
        (8, 8, 1),
        keras.layers.Conv2D(4, 3),
        (None, 6, 6, 4),
    ),
    "sequences (batch, time, features)": (
        (20, 3),
        keras.layers.LSTM(5),
        (None, 5),
    ),
    "token ids (batch, time)": (
        (20,),
        keras.layers.Embedding(1000, 16),
        (None, 20, 16),
    ),
}
for name, (shape, layer, out_shape) in cases.items():
    inputs = keras.Input(
        shape=shape, dtype="int32" if "token" in name else "float32"
    )
    outputs = layer(inputs)
    print(f"{name:<40} input {str(inputs.shape):<18} output {outputs.shape}")
    assert inputs.shape == (None, *shape)  # None = any batch size
    # tensor rank includes the batch axis
    assert len(inputs.shape) == len(shape) + 1
    assert outputs.shape == out_shape

# A real batch: 32 digit images as (batch, height, width, channels).
images = load_digits().images[:32, :, :, np.newaxis].astype("float32")
assert images.shape == (32, 8, 8, 1) and images.ndim == 4
assert keras.layers.Conv2D(4, 3)(images).shape == (32, 6, 6, 4)
