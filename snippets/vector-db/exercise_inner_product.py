# Exercise: on unit vectors, "ip" (inner product) ranks like "cosine".
import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb
import numpy as np
from sklearn.datasets import load_digits

X, _ = load_digits(return_X_y=True)
X = X / np.linalg.norm(X, axis=1, keepdims=True)  # unit length
queries, vectors = X[:20], X[20:]
client = chromadb.EphemeralClient()
results = {}
for space in ["ip", "cosine"]:
    col = client.get_or_create_collection(
        f"unit-{space}",
        embedding_function=None,
        configuration={"hnsw": {"space": space}},
    )
    col.upsert(ids=[str(i) for i in range(len(vectors))], embeddings=vectors)
    results[space] = col.query(query_embeddings=queries, n_results=5)

assert results["ip"]["ids"] == results["cosine"]["ids"]
# Chroma's "ip" distance is 1 - u.v: the cosine distance for unit vectors.
first = int(results["ip"]["ids"][0][0])
ip, cos = results["ip"]["distances"], results["cosine"]["distances"]
assert np.isclose(ip[0][0], 1 - queries[0] @ vectors[first], atol=1e-4)
assert np.allclose(ip, cos, atol=1e-4)
