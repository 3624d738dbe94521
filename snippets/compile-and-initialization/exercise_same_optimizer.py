# compile() with the SAME optimizer object keeps its state;
# a new object starts from zero.
import keras
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(64, 2)).astype("float32")
y = X.sum(axis=1, keepdims=True)

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
adam = keras.optimizers.Adam(0.01)
model.compile(optimizer=adam, loss="mse")
model.fit(X, y, epochs=2, batch_size=32, verbose=0)  # 4 steps

model.compile(optimizer=adam, loss="mae")  # same object, other loss
# moments and step count kept
assert model.optimizer is adam and int(adam.iterations) == 4
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")  # new object
assert int(model.optimizer.iterations) == 0
print(
    "same object: state kept; new object: iterations =",
    int(model.optimizer.iterations),
)
