# Entity embedding (Guo & Berkhahn, 2016): the 7 weekdays as a category,
# moved into a 2-D space.
import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
day = rng.integers(0, 7, size=2000)
# weekend: busier
sales = np.where(day >= 5, 20.0, 10.0) + rng.normal(0, 1, size=day.shape)

model = keras.Sequential(
    [
        keras.Input((1,), dtype="int32"),
        keras.layers.Embedding(7, 2, name="day"),
        keras.layers.Flatten(),
        keras.layers.Dense(1),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(0.05), loss="mse", steps_per_execution=40
)
model.fit(day[:, None], sales, batch_size=200, epochs=5, verbose=0)

# the table: 7 rows, 2 columns
E = keras.ops.convert_to_numpy(model.get_layer("day").embeddings)
# a shift shared by all rows is absorbed by the Dense bias
centered = E - E.mean(axis=0)
unit = centered / np.linalg.norm(centered, axis=1, keepdims=True)
cosine = unit @ unit.T  # cosine similarity of every pair of days
np.fill_diagonal(cosine, -np.inf)
neighbour = {days[i]: days[int(cosine[i].argmax())] for i in range(7)}
print(E.shape, neighbour)
assert E.shape == (7, 2)
assert neighbour["Sat"] == "Sun" and neighbour["Sun"] == "Sat"
# weekdays stay with weekdays
assert all(neighbour[d] in days[:5] for d in days[:5])
# and point away from the weekend
assert cosine[days.index("Mon"), days.index("Sat")] < 0
