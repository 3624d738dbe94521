# Two inputs, two outputs: a model that Sequential cannot express.
import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
n = 512
numbers = rng.normal(size=(n, 6)).astype("float32")  # e.g. measurements
category = rng.integers(0, 5, size=(n, 1))  # e.g. a product type
price = numbers[:, :1] + 0.5 * category.astype("float32")
is_cheap = (price < 0.5).astype("float32")

num_in = keras.Input((6,), name="numbers")
cat_in = keras.Input((1,), dtype="int32", name="category")
cat_vec = keras.layers.Flatten()(keras.layers.Embedding(5, 3)(cat_in))
h = keras.layers.Concatenate()([num_in, cat_vec])  # (None, 6 + 3)
h = keras.layers.Dense(16, activation="relu")(h)
price_out = keras.layers.Dense(1, name="price")(h)
cheap_out = keras.layers.Dense(1, activation="sigmoid", name="cheap")(h)
model = keras.Model(
    {"numbers": num_in, "category": cat_in},
    {"price": price_out, "cheap": cheap_out},
)

model.compile(
    optimizer=keras.optimizers.Adam(0.01),
    loss={"price": "mse", "cheap": "binary_crossentropy"},
    metrics={"cheap": ["accuracy"]},
    steps_per_execution=8,
)
inputs = {"numbers": numbers, "category": category}
targets = {"price": price, "cheap": is_cheap}
history = model.fit(
    inputs, targets, epochs=20, batch_size=64, verbose=0
).history
print({k: round(v[-1], 3) for k, v in history.items()})

out = model(inputs)  # a dict, like the outputs we passed to keras.Model
assert out["price"].shape == (n, 1) and out["cheap"].shape == (n, 1)
assert history["price_loss"][-1] < 0.5 * history["price_loss"][0]
assert history["cheap_accuracy"][-1] > 0.9
