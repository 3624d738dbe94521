# Mixing styles: a subclassed layer inside a functional model keeps the
# functional model's summary, shapes and save/load,
# with custom logic in a class.
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="kb")
class ResidualDense(keras.layers.Layer):
    """x + Dense(relu(Dense(x))): the output width equals the input width."""

    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden = hidden

    def build(self, input_shape):
        self.inner = keras.layers.Dense(self.hidden, activation="relu")
        self.outer = keras.layers.Dense(input_shape[-1])
        self.inner.build(input_shape)
        self.outer.build((*input_shape[:-1], self.hidden))

    def call(self, inputs):
        return inputs + self.outer(self.inner(inputs))

    def get_config(self):
        return {**super().get_config(), "hidden": self.hidden}


inputs = keras.Input((8,))
h = ResidualDense(hidden=32)(inputs)
model = keras.Model(inputs, keras.layers.Dense(2)(h))
assert h.shape == (None, 8)  # shape known before any data
assert model.count_params() == (8 * 32 + 32) + (32 * 8 + 8) + (8 * 2 + 2)

x = np.random.default_rng(0).normal(size=(4, 8)).astype("float32")
with tempfile.TemporaryDirectory() as tmp:
    model.save(os.path.join(tmp, "mixed.keras"))
    restored = keras.models.load_model(os.path.join(tmp, "mixed.keras"))
assert isinstance(restored.layers[1], ResidualDense)
assert restored.layers[1].hidden == 32
np.testing.assert_allclose(restored(x), model(x), atol=1e-6)
