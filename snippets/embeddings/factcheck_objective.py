# Same cities, same model, another target: east-west distance only.
# The embedding keeps exactly what the objective needs (one axis)
# and drops the rest of the map.
import keras
import numpy as np
from sklearn.decomposition import PCA

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
n_cities, dim = 20, 8
hidden_map = rng.uniform(0, 10, size=(n_cities, 2))
a, b = np.triu_indices(n_cities, k=1)
# ignores north-south
east_west = np.abs(hidden_map[a, 0] - hidden_map[b, 0]).astype("float32")

city_a = keras.Input(shape=(), dtype="int32")
city_b = keras.Input(shape=(), dtype="int32")
table = keras.layers.Embedding(
    n_cities,
    dim,
    embeddings_initializer=keras.initializers.RandomNormal(stddev=1.0),
)
diff = table(city_a) - table(city_b)
model = keras.Model(
    [city_a, city_b], keras.ops.sqrt(keras.ops.sum(diff**2, axis=-1) + 1e-6)
)
model.compile(
    optimizer=keras.optimizers.Adam(0.05), loss="mse", steps_per_execution=100
)
steps = 300
model.fit(
    [np.tile(a, steps), np.tile(b, steps)],
    np.tile(east_west, steps),
    batch_size=len(a),
    verbose=0,
    shuffle=False,
)

E = keras.ops.convert_to_numpy(table.embeddings)
pca = PCA(n_components=2).fit(E)
first = pca.transform(E)[:, 0]
print(
    "variance ratio of the 2 main axes:", pca.explained_variance_ratio_.round(3)
)
first_share = pca.explained_variance_ratio_[0]
print(f"east-west target, variance on the first axis: {first_share:.1%}")
assert pca.explained_variance_ratio_[0] > 0.95  # the cities now lie on a line
# ... the east-west axis
assert abs(np.corrcoef(first, hidden_map[:, 0])[0, 1]) > 0.99
# north-south is gone
assert abs(np.corrcoef(first, hidden_map[:, 1])[0, 1]) < 0.5


def nearest(points):
    dist = np.linalg.norm(points[:, None] - points[None], axis=-1)
    np.fill_diagonal(dist, np.inf)
    return dist.argmin(axis=1)


agree = float(np.mean(nearest(E) == nearest(hidden_map)))
print(f"east-west target, nearest city agreement: {agree:.0%}")
# far below the full-distance model of the figure above
assert agree < 0.5
