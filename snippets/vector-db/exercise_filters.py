# Exercise: combine metadata conditions, and check Chroma against NumPy.
import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb
import numpy as np
from sklearn.datasets import load_digits

X, y = load_digits(return_X_y=True)
ink = X.sum(axis=1)  # how much ink each image has
client = chromadb.EphemeralClient()
col = client.get_or_create_collection(
    "digits-filters",
    embedding_function=None,
    configuration={"hnsw": {"space": "l2"}},
)
col.upsert(
    ids=[str(i) for i in range(len(X))],
    embeddings=X,
    metadatas=[{"label": int(t), "ink": float(s)} for t, s in zip(y, ink)],
)

where = {"$and": [{"label": {"$in": [3, 8]}}, {"ink": {"$gte": 300.0}}]}
found = col.query(query_embeddings=X[:1], n_results=5, where=where)
got = [int(i) for i in found["ids"][0]]

# the same filter in NumPy
allowed = np.flatnonzero(np.isin(y, [3, 8]) & (ink >= 300))
exact = allowed[
    np.argsort(((X[allowed] - X[0]) ** 2).sum(axis=1), kind="stable")[:5]
]
print("found", got, "labels", y[got].tolist())
assert got == exact.tolist()
assert all(
    m["label"] in (3, 8) and m["ink"] >= 300 for m in found["metadatas"][0]
)
