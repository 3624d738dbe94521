# Rewrite a small subclassed model as a functional model and check they agree.
import keras
import numpy as np


class TwoLayer(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(8, activation="tanh")
        self.head = keras.layers.Dense(2)

    def call(self, inputs):
        return self.head(self.hidden(inputs))


sub = TwoLayer()
x = np.random.default_rng(0).normal(size=(5, 4)).astype("float32")
sub(x)  # build it

inputs = keras.Input((4,))
outputs = keras.layers.Dense(2)(
    keras.layers.Dense(8, activation="tanh")(inputs)
)
func = keras.Model(inputs, outputs)
# same order: hidden, then head
func.set_weights(sub.get_weights())
np.testing.assert_allclose(np.asarray(func(x)), np.asarray(sub(x)), atol=1e-6)
# and now the shapes are known statically
assert func.output_shape == (None, 2)
