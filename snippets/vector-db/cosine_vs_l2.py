# Cosine or L2: same vectors, two distance spaces, in two Chroma collections.
import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb
import numpy as np
from sklearn.datasets import load_digits

X, _ = load_digits(return_X_y=True)
X = X.astype("float32")  # raw pixels: images with more ink have longer vectors
queries, vectors = X[:20], X[20:]
ids = [str(i) for i in range(len(vectors))]
client = chromadb.EphemeralClient()


def search(name, space, db, q, k=10):
    col = client.get_or_create_collection(
        name, embedding_function=None, configuration={"hnsw": {"space": space}}
    )
    col.upsert(ids=ids, embeddings=db)
    found = col.query(query_embeddings=q, n_results=k)
    return [[int(i) for i in row] for row in found["ids"]], np.array(
        found["distances"]
    )


def same_top_k(a, b):
    return np.mean([set(x) == set(y) for x, y in zip(a, b)])


# Unnormalised: the two spaces rank neighbours differently.
l2_ids, l2_dist = search("raw-l2", "l2", vectors, queries)
cos_ids, cos_dist = search("raw-cosine", "cosine", vectors, queries)
print(f"same top-10, raw vectors: {same_top_k(l2_ids, cos_ids):.0%}")
assert same_top_k(l2_ids, cos_ids) < 0.8
# Chroma's "l2" distance is the SQUARED Euclidean distance.
nearest = vectors[l2_ids[0][0]]
assert np.isclose(l2_dist[0, 0], ((queries[0] - nearest) ** 2).sum(), rtol=1e-4)


# Unit-normalised: ||u - v||^2 = 2 - 2 cos(u, v), so the rankings agree.
def unit(a):
    return a / np.linalg.norm(a, axis=1, keepdims=True)


l2_ids, l2_dist = search("unit-l2", "l2", unit(vectors), unit(queries))
cos_ids, cos_dist = search(
    "unit-cosine", "cosine", unit(vectors), unit(queries)
)
print(f"same top-10, unit vectors: {same_top_k(l2_ids, cos_ids):.0%}")
assert same_top_k(l2_ids, cos_ids) == 1.0
assert np.allclose(l2_dist, 2 * cos_dist, atol=1e-4)  # 2 - 2cos = 2 (1 - cos)
