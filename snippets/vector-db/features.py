# Vectors from a hidden layer: train a small classifier, cut before the output.
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, digits 0-9
X = (X / 16.0).astype("float32")
# The database ("gallery") holds the training images; test images are queries.
X_db, X_q, y_db, y_q = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y
)


def build():
    return keras.Sequential(
        [
            keras.Input((64,)),
            keras.layers.Dense(64, activation="relu"),
            # stored vectors
            keras.layers.Dense(32, activation="relu", name="features"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


keras.utils.set_random_seed(0)
untrained = build()  # same architecture, random initial weights, never trained
model = build()
model.compile(
    optimizer=keras.optimizers.Adam(0.003),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
    steps_per_execution=32,
)
model.fit(X_db, y_db, epochs=10, batch_size=64, verbose=0)
accuracy = model.evaluate(X_q, y_q, verbose=0)[1]

# A feature extractor shares the trained layers and stops at the hidden layer.
extractor = keras.Model(model.inputs, model.get_layer("features").output)
assert model.layers[-2] is model.get_layer("features")
random_extractor = keras.Model(untrained.inputs, untrained.layers[-2].output)


def embed(net, images):
    return keras.ops.convert_to_numpy(
        net.predict(images, batch_size=512, verbose=0)
    )


def top_k(db, queries, k):
    """Exact (brute-force) cosine top-k: the ground truth for any index."""
    db = db / np.linalg.norm(db, axis=1, keepdims=True).clip(1e-12)
    queries = queries / np.linalg.norm(queries, axis=1, keepdims=True).clip(
        1e-12
    )
    return np.argsort(-(queries @ db.T), axis=1, kind="stable")[:, :k]


def precision_at_k(db, queries, k):
    """Share of the k neighbours that have the query's label."""
    return float((y_db[top_k(db, queries, k)] == y_q[:, None]).mean())


spaces = {
    "pixels": (X_db, X_q),
    "trained": (embed(extractor, X_db), embed(extractor, X_q)),
    "untrained": (embed(random_extractor, X_db), embed(random_extractor, X_q)),
}
F_db, F_q = spaces["trained"]
assert F_db.shape == (1347, 32) and F_q.shape == (450, 32)
table = {
    (name, k): precision_at_k(db, q, k)
    for name, (db, q) in spaces.items()
    for k in (1, 10, 50)
}
print("test accuracy", round(accuracy, 3))
for (name, k), value in table.items():
    print(f"{name} precision@{k}: {value:.3f}")

assert accuracy > 0.93
# classes form tight groups
assert table["trained", 50] > table["pixels", 50] + 0.05
assert table["trained", 50] > table["untrained", 50] + 0.2  # training made them
# pixels: a strong baseline
assert table["pixels", 1] > table["trained", 1] - 0.02
