# Parameters of an identity vs a projection shortcut (64 -> 128, stride 2).
import keras
from keras import layers

x = keras.Input((32, 32, 64))
projection = layers.Conv2D(128, 1, strides=2)
assert projection(x).shape == (None, 16, 16, 128)
assert projection.count_params() == 64 * 128 + 128  # 8,320; identity has 0
branch = [
    layers.Conv2D(128, 3, strides=2, padding="same"),
    layers.Conv2D(128, 3, padding="same"),
]
h = x
for conv in branch:
    h = conv(h)
branch_params = sum(c.count_params() for c in branch)
print("projection", projection.count_params(), "branch", branch_params)
assert projection.count_params() < 0.05 * branch_params  # a small extra cost
