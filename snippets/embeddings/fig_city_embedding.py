# 20 "cities" with hidden map positions; a model that only sees city ids
# and travel distances learns an embedding table that redraws the map.
# Writes city_embedding.svg.
# LANG ("ko" or "en") is set on the line before this file.
from pathlib import Path

import keras
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.spatial import procrustes
from sklearn.decomposition import PCA

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

TEXT = {
    "ko": {
        "map": "숨겨진 지도",
        "learned": "학습된 임베딩 (PCA, 지도에 맞춤)",
        "title": "도시 번호 20개의 임베딩",
    },
    "en": {
        "map": "hidden map",
        "learned": "learned embedding (PCA, aligned)",
        "title": "Embedding of 20 city ids",
    },
}[LANG]

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

n_cities, dim = 20, 8
hidden_map = rng.uniform(0, 10, size=(n_cities, 2))  # the model never sees this
a, b = np.triu_indices(n_cities, k=1)  # all 190 pairs of cities
distance = np.linalg.norm(hidden_map[a] - hidden_map[b], axis=1)
# noisy
target = (distance + rng.normal(0, 0.1, size=distance.shape)).astype("float32")
test = rng.random(len(a)) < 0.2  # 20% of the pairs are never trained on

city_a = keras.Input(shape=(), dtype="int32")
city_b = keras.Input(shape=(), dtype="int32")
table = keras.layers.Embedding(
    n_cities,
    dim,
    embeddings_initializer=keras.initializers.RandomNormal(stddev=1.0),
)
diff = table(city_a) - table(city_b)
# distance of the two rows
predicted = keras.ops.sqrt(keras.ops.sum(diff**2, axis=-1) + 1e-6)
model = keras.Model([city_a, city_b], predicted)
model.compile(
    optimizer=keras.optimizers.Adam(0.05), loss="mse", steps_per_execution=100
)
steps = 300  # full-batch steps: the training pairs repeated, one batch each
train_a, train_b, train_y = (np.tile(x[~test], steps) for x in (a, b, target))
model.fit(
    [train_a, train_b],
    train_y,
    batch_size=int((~test).sum()),
    verbose=0,
    shuffle=False,
)

# 1. Pairs the model never saw: their distances come out right,
#    from the learned rows.
pred = keras.ops.convert_to_numpy(model([a[test], b[test]]))
rmse = float(np.sqrt(np.mean((pred - distance[test]) ** 2)))
print(
    f"held-out pairs: RMSE {rmse:.2f} "
    f"(distances range 0 to {distance.max():.1f})"
)
assert rmse < 0.4

# 2. The table itself: 8 numbers per city, but (almost) all of it lies
#    in a plane.
E = keras.ops.convert_to_numpy(table.embeddings)
pca = PCA(n_components=2).fit(E)
flat = pca.transform(E)
print(f"variance in 2 components: {pca.explained_variance_ratio_.sum():.0%}")
assert pca.explained_variance_ratio_.sum() > 0.97

# 3. Up to rotation, reflection and scale, the plane is the hidden map.
true_std, learned_aligned, disparity = procrustes(hidden_map, flat)
print(f"Procrustes disparity: {disparity:.4f}")
assert disparity < 0.01  # 0 = same shape, 1 = unrelated


def nearest(points):
    d = np.linalg.norm(points[:, None] - points[None], axis=-1)
    np.fill_diagonal(d, np.inf)
    return d.argmin(axis=1)


agree = float(np.mean(nearest(E) == nearest(hidden_map)))
print(f"nearest city agreement: {agree:.0%}")  # share of the 20 cities
assert agree >= 0.8

names = [chr(ord("A") + i) for i in range(n_cities)]
fig, ax = plt.subplots(figsize=(5.5, 5.5), layout="constrained")
ax.scatter(
    *true_std.T, s=120, facecolors="none", edgecolors="gray", label=TEXT["map"]
)
ax.scatter(
    *learned_aligned.T,
    s=25,
    color="C3",
    label=TEXT["learned"],
)
for name, (x, y) in zip(names, learned_aligned):
    ax.annotate(name, (x, y), xytext=(5, 4), textcoords="offset points")
ax.set(title=TEXT["title"], xticks=[], yticks=[], aspect="equal")
ax.legend(
    loc="upper center",
    bbox_to_anchor=(0.5, -0.01),
    ncol=2,
    fontsize=8,
    frameon=False,
)
fig.savefig("city_embedding.svg", metadata={"Date": None})
assert Path("city_embedding.svg").stat().st_size > 10_000
