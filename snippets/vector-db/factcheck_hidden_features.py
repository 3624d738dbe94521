# Hidden features are tuned to the training task: train on digits 0-6 only.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = (X / 16.0).astype("float32")
X_db, X_q, y_db, y_q = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y
)

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(32, activation="relu", name="features"),
        keras.layers.Dense(7, activation="softmax"),  # only 7 classes: 0-6
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(0.003),
    loss="sparse_categorical_crossentropy",
    steps_per_execution=32,
)
seen = y_db < 7
model.fit(X_db[seen], y_db[seen], epochs=10, batch_size=64, verbose=0)
extractor = keras.Model(model.inputs, model.get_layer("features").output)


def features(images):
    vectors = extractor.predict(images, batch_size=512, verbose=0)
    return keras.ops.convert_to_numpy(vectors)


def top_k(db, queries, k):
    db = db / np.linalg.norm(db, axis=1, keepdims=True).clip(1e-12)
    queries = queries / np.linalg.norm(queries, axis=1, keepdims=True).clip(
        1e-12
    )
    return np.argsort(-(queries @ db.T), axis=1, kind="stable")[:, :k]


def precision(digits, embed, k=10):
    """precision@k when both the database and the queries hold only `digits`."""
    d, q = np.isin(y_db, digits), np.isin(y_q, digits)
    hits = y_db[d][top_k(embed(X_db[d]), embed(X_q[q]), k)]
    return float((hits == y_q[q][:, None]).mean())


def pixels(images):
    return images


result = {
    (name, group): precision(digits, embed)
    for name, embed in [("pixels", pixels), ("hidden", features)]
    for group, digits in [("0-6", range(7)), ("7-9", [7, 8, 9])]
}
for (name, group), value in result.items():
    print(f"{name}, digits {group}: {value:.3f}")  # precision@10
assert result["hidden", "0-6"] > 0.95  # good for the trained classes
# worse for new ones
assert result["hidden", "7-9"] < result["hidden", "0-6"] - 0.05
# worse than pixels
assert result["hidden", "7-9"] < result["pixels", "7-9"] - 0.05


# Within a class the features drop detail: the top-1 neighbour found with the
# hidden features looks less like the query (pixel distance) than the pixel one.
def pixel_gap(embed):
    """Mean pixel distance between each 0-6 query and its top-1 neighbour."""
    d, q = y_db < 7, y_q < 7
    nearest = X_db[d][top_k(embed(X_db[d]), embed(X_q[q]), 1)[:, 0]]
    return np.linalg.norm(X_q[q] - nearest, axis=1).mean()


gap = {"pixels": pixel_gap(pixels), "hidden": pixel_gap(features)}
for name, value in gap.items():
    print(f"top-1 pixel distance, {name}: {value:.3f}")
assert gap["hidden"] > 1.1 * gap["pixels"]
