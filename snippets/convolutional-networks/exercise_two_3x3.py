# Two 3x3 convolutions vs one 5x5: same output shape and receptive field,
# fewer parameters.
import keras
import numpy as np
import tensorflow as tf

C = 32
two = keras.Sequential(
    [
        keras.Input((16, 16, C)),
        keras.layers.Conv2D(C, 3),
        keras.layers.Conv2D(C, 3),
    ]
)
one = keras.Sequential([keras.Input((16, 16, C)), keras.layers.Conv2D(C, 5)])
print("two 3x3:", two.output_shape, two.count_params())
print("one 5x5:", one.output_shape, one.count_params())
assert two.output_shape == one.output_shape == (None, 12, 12, C)
assert two.count_params() == 2 * (9 * C * C + C) == 18_496
assert one.count_params() == 25 * C * C + C == 25_632


def receptive_field(model):
    x = tf.constant(np.random.default_rng(0).normal(size=(1, 16, 16, C)))
    with tf.GradientTape() as tape:
        tape.watch(x)
        centre = model(x)[0, 6, 6, 0]
    rows = np.nonzero(np.abs(tape.gradient(centre, x).numpy()[0]).sum(-1))[0]
    return rows.max() - rows.min() + 1


assert receptive_field(two) == receptive_field(one) == 5
