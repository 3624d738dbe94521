# What happens without super().__init__() in a Keras model,
# and why it is needed.
import keras
import numpy as np


class Forgetful(keras.Model):
    def __init__(self):
        self.dense = keras.layers.Dense(3)  # no super().__init__()

    def call(self, inputs):
        return self.dense(inputs)


model = Forgetful()  # constructing it still works...
try:
    model(np.ones((2, 4), "float32"))  # ...the first call does not
    raise AssertionError("expected a RuntimeError")
except RuntimeError as err:
    print(err)
    assert "you forgot to call `super().__init__()`" in str(err)


class Careful(keras.Model):
    def __init__(self, **kwargs):
        # Model/Layer set up their state here
        super().__init__(**kwargs)
        self.dense = keras.layers.Dense(3)

    def call(self, inputs):
        return self.dense(inputs)


# **kwargs passes name, dtype, ... upward
model = Careful(name="careful")
model(np.ones((2, 4), "float32"))
assert model.name == "careful"
# the attribute was tracked as a sub-layer
assert model.layers == [model.dense]
# its kernel and bias belong to the model
assert len(model.trainable_weights) == 2
