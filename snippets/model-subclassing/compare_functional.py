# The same network as a functional and as a subclassed model:
# what each gives you.
import keras
import numpy as np

inputs = keras.Input((4,))
features = keras.layers.Dense(16, activation="relu")(inputs)
functional = keras.Model(inputs, keras.layers.Dense(3)(features))


class Subclassed(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(16, activation="relu")
        self.head = keras.layers.Dense(3)

    def call(self, inputs):
        return self.head(self.hidden(inputs))


subclassed = Subclassed()

# 1. Shapes and parameters: known at once for the functional model,
#    unknown for the subclassed one until it is built or called.
assert functional.output_shape == (None, 3) and functional.count_params() == 131
lines = []
subclassed.summary(print_fn=lambda text, **kwargs: lines.append(text))
assert "unbuilt" in "".join(lines)
subclassed(np.zeros((1, 4), "float32"))
assert subclassed.count_params() == 131

# 2. Intermediate outputs: the functional graph can be cut anywhere.
extractor = keras.Model(functional.input, functional.layers[1].output)
assert extractor(np.zeros((2, 4), "float32")).shape == (2, 16)
try:
    # call() is Python code, not a graph
    _ = subclassed.hidden.output
    raise AssertionError("expected an AttributeError")
except AttributeError as err:
    assert "has never been called" in str(err)
