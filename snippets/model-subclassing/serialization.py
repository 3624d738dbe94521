# Serialization: a functional model of built-in layers loads without code;
# a subclassed model needs its class registered and get_config written.
import os
import tempfile

import keras
import numpy as np

inputs = keras.Input((4,))
outputs = keras.layers.Dense(3)(keras.layers.Dense(8)(inputs))
functional = keras.Model(inputs, outputs)


class NoConfig(keras.Model):  # not registered, no get_config
    def __init__(self, units=16, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = keras.layers.Dense(units)

    def call(self, inputs):
        return self.hidden(inputs)


x = np.ones((2, 4), "float32")
sub = NoConfig(units=7)
sub(x)
with tempfile.TemporaryDirectory() as tmp:
    functional.save(os.path.join(tmp, "f.keras"))
    loaded = keras.models.load_model(os.path.join(tmp, "f.keras"))
    # rebuilt from the stored graph
    assert type(loaded).__name__ == "Functional"
    sub.save(os.path.join(tmp, "s.keras"))  # saving works...
    try:
        # ...loading does not
        keras.models.load_model(os.path.join(tmp, "s.keras"))
        raise AssertionError("expected a TypeError")
    except TypeError as err:
        assert "Could not locate class 'NoConfig'" in str(err)

# Keras 3.15.1 generates a config from __init__'s arguments, but for a
# keras.Model subclass it records the defaults, not the values passed:
# units=7 became 16.
print(sub.get_config())
assert sub.get_config()["units"] == 16
