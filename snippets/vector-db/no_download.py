# chromadb 1.5.9: what embedding_function=None does, and does not, switch off.
import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb

client = chromadb.EphemeralClient()


def text_embedder(collection):
    """The embedding function Chroma would run on text (from the schema)."""
    index = collection.schema.defaults.float_list.vector_index
    return index.config.embedding_function


careless = client.get_or_create_collection("careless", embedding_function=None)
safe = client.get_or_create_collection(
    "safe", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
)

# Without a configuration the schema still names the default model
# (all-MiniLM-L6-v2, ONNX): a text query here would start a download.
# We do not try it.
assert type(text_embedder(careless)).__name__ == "DefaultEmbeddingFunction"
# With a configuration the schema has no embedder: text is refused right away.
assert text_embedder(safe) is None
try:
    safe.query(query_texts=["a handwritten three"], n_results=1)
    raise AssertionError("expected an error")
except ValueError as error:
    print(str(error).split("https")[0])
    assert "You must provide an embedding function" in str(error)

# Our own vectors need no embedder at all.
safe.upsert(ids=["a", "b"], embeddings=[[1.0, 0.0], [0.0, 1.0]])
assert safe.query(query_embeddings=[[0.9, 0.1]], n_results=1)["ids"] == [["a"]]
