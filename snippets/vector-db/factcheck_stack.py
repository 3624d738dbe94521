# LangChain orchestrates; Chroma is one vector store;
# the embedder is any function.
import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import InMemoryVectorStore
from sklearn.feature_extraction.text import TfidfVectorizer

with open("docs/assets/corpus/en.txt", encoding="utf-8") as f:
    notes = [line.strip() for line in f if line.strip()]


class Tfidf(Embeddings):
    "An embedding model that is not a Hugging Face model: TF-IDF word counts."

    def __init__(self, texts):
        self.vectorizer = TfidfVectorizer().fit(texts)

    def embed_documents(self, texts):
        return self.vectorizer.transform(texts).toarray().tolist()

    def embed_query(self, text):
        return self.embed_documents([text])[0]


embedder = Tfidf(notes)
question = "What does dropout do during training?"
client = chromadb.EphemeralClient()

# The same LangChain code on two different vector stores.
stores = {
    "chroma": Chroma(
        "course-notes",
        embedder,
        client=client,
        collection_configuration={"hnsw": {"space": "cosine"}},
    ),
    # plain NumPy, part of langchain-core
    "in-memory": InMemoryVectorStore(embedder),
}
answers = {}
for name, store in stores.items():
    store.add_texts(notes, ids=[str(i) for i in range(len(notes))])
    answers[name] = [
        d.page_content for d in store.similarity_search(question, k=2)
    ]
print(answers["chroma"][0])
assert answers["chroma"] == answers["in-memory"]
assert answers["chroma"][0].startswith("Dropout")

# LangChain stored nothing itself: the texts and vectors are in the Chroma
# collection.
assert client.get_collection("course-notes").count() == len(notes)

# Without an embedding function nothing is downloaded; the search fails clearly.
bare = Chroma(
    "no-embedder",
    client=client,
    collection_configuration={"hnsw": {"space": "cosine"}},
)
try:
    bare.similarity_search(question, k=1)
    raise AssertionError("expected an error")
except ValueError as error:
    assert "embedding function" in str(error)
