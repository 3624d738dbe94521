# Output shapes and parameter counts of two convolutions on 32x32 RGB.
import keras

model = keras.Sequential(
    [
        keras.Input((32, 32, 3)),
        keras.layers.Conv2D(8, 3),
        keras.layers.Conv2D(16, 5, strides=2),
    ]
)
for layer in model.layers:
    print(layer.name, layer.output.shape, layer.count_params())
first, second = model.layers
assert first.output.shape == (None, 30, 30, 8)  # (32 - 3) / 1 + 1
assert first.count_params() == 3 * 3 * 3 * 8 + 8 == 224
assert second.output.shape == (None, 13, 13, 16)  # floor((30 - 5) / 2) + 1
assert second.count_params() == 5 * 5 * 8 * 16 + 16 == 3216
