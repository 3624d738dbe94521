# Continues the code above: the same search via LangChain's Chroma integration.
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings


class KerasFeatures(Embeddings):
    "LangChain embeds text, so an image travels as text: its 64 pixel values."

    def __init__(self, extractor):
        self.extractor = extractor
        self.images_embedded = 0

    def _embed(self, texts):
        pixels = [[float(p) for p in text.split()] for text in texts]
        images = np.array(pixels, "float32") / 16
        self.images_embedded += len(images)
        # the Keras model runs here
        return embed(self.extractor, images).tolist()

    def embed_documents(self, texts):
        return self._embed(texts)

    def embed_query(self, text):
        return self._embed([text])[0]


def as_text(image):
    return " ".join(str(int(round(p * 16))) for p in image)


embedder = KerasFeatures(extractor)
store = Chroma(
    collection_name="digits-langchain",
    embedding_function=embedder,
    client=client,  # the in-memory client from above
    collection_configuration={"hnsw": {"space": "cosine"}},
)
store.add_texts(
    [as_text(x) for x in X_db],
    metadatas=[{"label": int(t)} for t in y_db],
    ids=[f"db-{i}" for i in range(len(X_db))],
)
# every stored vector came from the model
assert embedder.images_embedded == 1347

hits = store.similarity_search_with_score(as_text(X_q[0]), k=k)
assert embedder.images_embedded == 1348  # the query went through the model too
print(
    "query label",
    y_q[0],
    "neighbour labels",
    [d.metadata["label"] for d, _ in hits],
)
# same as chromadb
assert [d.metadata["label"] for d, _ in hits] == list(labels[0])
assert np.allclose([s for _, s in hits], found["distances"][0], atol=1e-4)

retriever = store.as_retriever(search_kwargs={"k": 4, "filter": {"label": 3}})
docs = retriever.invoke(as_text(X_q[0]))
assert len(docs) == 4 and all(d.metadata["label"] == 3 for d in docs)
