# A model that adds Gaussian noise to its inputs only while training.
import keras
import numpy as np


class NoisyLinear(keras.Model):
    def __init__(self, stddev=0.5, **kwargs):
        super().__init__(**kwargs)
        self.stddev = stddev
        self.dense = keras.layers.Dense(1)

    def call(self, inputs, training=False):
        if training:
            shape = keras.ops.shape(inputs)
            noise = keras.random.normal(shape, stddev=self.stddev)
            inputs = inputs + noise
        return self.dense(inputs)


keras.utils.set_random_seed(0)
model = NoisyLinear()
x = np.ones((256, 3), "float32")
clean = np.asarray(model(x))  # training=False: no noise
assert np.allclose(clean, clean[0])  # same input -> same output
noisy = np.asarray(model(x, training=True))
# same input -> different outputs
assert noisy.std() > 0.1
# noise has mean 0 (margin ~5 std errors)
assert abs(noisy.mean() - clean.mean()) < 0.2
