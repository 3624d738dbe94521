# Sequential is a linear stack; the functional API (and subclassing)
# build any DAG of layers.
import keras
import numpy as np

# 1. In Sequential each layer receives exactly the previous layer's output,
#    so a merge layer gets one tensor instead of a list and cannot work.
try:
    keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(8), keras.layers.Add()]
    )
    raise AssertionError("Sequential accepted a merge layer")
except ValueError as err:
    print(err)
    assert "should be called on a list of inputs" in str(err)

# 2. Functional: two branches, two inputs, two outputs.
a, b = keras.Input((8,)), keras.Input((3,))
h = keras.layers.Dense(8)(a)
merged = keras.layers.Concatenate()([keras.layers.Add()([a, h]), b])
outputs = [keras.layers.Dense(1)(merged), keras.layers.Dense(2)(merged)]
model = keras.Model([a, b], outputs)
assert len(model.inputs) == 2 and len(model.outputs) == 2
assert merged.shape == (None, 11)


# 3. A subclassed model can run branches in parallel too (Python in call).
class TwoBranches(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.a = keras.layers.Dense(4)
        self.b = keras.layers.Dense(4)

    def call(self, x):
        return keras.layers.concatenate([self.a(x), self.b(x)])


y = TwoBranches()(np.ones((2, 8), "float32"))
assert tuple(y.shape) == (2, 8)
