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
            inputs = inputs + keras.random.normal(keras.ops.shape(inputs), stddev=self.stddev)
        return self.dense(inputs)


keras.utils.set_random_seed(0)
model = NoisyLinear()
x = np.ones((256, 3), "float32")
clean = np.asarray(model(x))                       # training=False: no noise
assert np.allclose(clean, clean[0])                # same input -> same output
noisy = np.asarray(model(x, training=True))
assert noisy.std() > 0.1                           # same input -> different outputs
assert abs(noisy.mean() - clean.mean()) < 0.2      # noise has mean 0 (margin ~5 std errors)
