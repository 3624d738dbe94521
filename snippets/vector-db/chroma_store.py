# Continues features.py: store the hidden-layer vectors in Chroma, query them.
import os

# before importing chromadb
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb

client = chromadb.EphemeralClient()  # in memory, inside this Python process
collection = client.get_or_create_collection(
    "digits-features",  # names need 3 or more characters
    embedding_function=None,  # our own vectors; never embed text for us
    configuration={"hnsw": {"space": "cosine"}},  # (1)!
)
collection.upsert(  # (2)!
    ids=[f"db-{i}" for i in range(len(F_db))],
    embeddings=F_db,
    metadatas=[{"label": int(label)} for label in y_db],
)
assert collection.count() == 1347

k = 10
found = collection.query(query_embeddings=F_q, n_results=k)  # one row per query
labels = np.array([[m["label"] for m in row] for row in found["metadatas"]])
chroma_precision = float((labels == y_q[:, None]).mean())

# Approximate (HNSW) against exact (NumPy brute force) on the same vectors.
exact = top_k(F_db, F_q, k)
approx = np.array([[int(i[3:]) for i in row] for row in found["ids"]])
agreement = np.mean([len(set(a) & set(e)) / k for a, e in zip(approx, exact)])
print(f"Chroma precision@10: {chroma_precision:.3f}")
print(f"HNSW agreement: {agreement:.2f}")  # share of the exact top-10 found
assert abs(chroma_precision - table["trained", 10]) < 0.01
assert agreement > 0.97  # (3)!

# Cosine distance = 1 - cosine similarity; check the nearest one by hand.
u, v = F_q[0], F_db[int(found["ids"][0][0][3:])]
cosine = u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
assert np.isclose(found["distances"][0][0], 1 - cosine, atol=1e-4)

# Metadata filter: search only among the stored 3s.
threes = collection.query(
    query_embeddings=F_q[:5], n_results=5, where={"label": 3}
)
assert all(m["label"] == 3 for row in threes["metadatas"] for m in row)
