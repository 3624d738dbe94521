# A model written as a Python class: subclass keras.Model,
# create layers in __init__, say what to compute in call().
import keras
import numpy as np
from sklearn.datasets import load_iris


@keras.saving.register_keras_serializable(package="kb")
class MLP(keras.Model):
    def __init__(self, units=16, classes=3, rate=0.2, **kwargs):
        # first: sets up Keras' layer tracking
        super().__init__(**kwargs)
        self.units, self.classes, self.rate = units, classes, rate
        self.hidden = keras.layers.Dense(units, activation="relu")
        self.dropout = keras.layers.Dropout(rate)
        self.head = keras.layers.Dense(classes, activation="softmax")

    # optional: create the weights before any call
    def build(self, input_shape):
        self.hidden.build(input_shape)
        self.head.build((*input_shape[:-1], self.units))

    # plain Python: any control flow is allowed
    def call(self, inputs, training=False):
        h = self.hidden(inputs)
        if training:  # dropout only while training
            h = self.dropout(h, training=True)
        return self.head(h)

    # what from_config / load_model needs
    def get_config(self):
        return {
            **super().get_config(),
            "units": self.units,
            "classes": self.classes,
            "rate": self.rate,
        }


keras.utils.set_random_seed(0)
model = MLP(units=16)
# no input shape yet, so no weights
assert not model.built and model.weights == []
try:
    model.count_params()
    raise AssertionError("expected a ValueError")
except ValueError as err:
    assert "isn't built" in str(err)
model.build((None, 4))
assert model.count_params() == (4 * 16 + 16) + (16 * 3 + 3)

x, y = load_iris(return_X_y=True)
x = ((x - x.mean(0)) / x.std(0)).astype("float32")
model.compile(
    optimizer=keras.optimizers.Adam(0.02),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
    steps_per_execution=5,
)
history = model.fit(x, y, epochs=30, batch_size=32, verbose=0).history
print("accuracy:", round(history["accuracy"][-1], 3))
assert history["accuracy"][-1] > 0.9

# training=True takes the dropout branch: two calls differ;
# inference is deterministic.
assert not np.allclose(model(x, training=True), model(x, training=True))
assert np.allclose(model(x), model(x))
