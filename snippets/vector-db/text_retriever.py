# A LangChain retriever over Chroma on the project corpus (Korean + English),
# with an embedding model trained here in well under a second.
import os

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
import chromadb
import numpy as np
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer


def read(lang):
    with open(f"docs/assets/corpus/{lang}.txt", encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


ko, en = read("ko"), read("en")  # line i of one translates line i of the other
assert len(ko) == len(en) == 30


def unit(vectors):
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-12)


class CharTfidf(Embeddings):
    "Baseline: TF-IDF of character n-grams; nothing learned across languages."

    def __init__(self, texts):
        self.tfidf = TfidfVectorizer(
            analyzer="char", ngram_range=(1, 4), sublinear_tf=True
        ).fit(texts)

    def embed_documents(self, texts):
        return unit(self.tfidf.transform(texts).toarray()).tolist()

    def embed_query(self, text):
        return self.embed_documents([text])[0]


class PairedLSA(CharTfidf):  # (1)!
    "Cross-language LSA: an SVD of Korean+English pairs, one shared space."

    def __init__(self, pairs, dim=20):
        joined = [a + " " + b for a, b in pairs]  # one document per pair
        super().__init__(joined)
        self.svd = TruncatedSVD(dim, algorithm="arpack", random_state=0)
        self.svd.fit(self.tfidf.transform(joined))

    def embed_documents(self, texts):
        topics = self.svd.transform(self.tfidf.transform(texts))
        return unit(topics).tolist()


texts = ko + en
metadatas = [
    {"lang": lang, "line": i} for lang in ("ko", "en") for i in range(30)
]
ids = [f"{m['lang']}-{m['line']}" for m in metadatas]
embedders = {"chars": CharTfidf(texts), "lsa": PairedLSA(zip(ko, en))}
client = chromadb.EphemeralClient()
stores = {}
for name, embedder in embedders.items():
    stores[name] = Chroma(
        f"corpus-{name}",
        embedding_function=embedder,  # (2)!
        client=client,
        collection_configuration={"hnsw": {"space": "cosine"}},
    )
    stores[name].add_texts(texts, metadatas=metadatas, ids=ids)

retriever = stores["lsa"].as_retriever(search_kwargs={"k": 4})
docs = retriever.invoke("드롭아웃은 학습 중에 무엇을 하나요?")
for d in docs:
    print(d.id, d.page_content[:40])
top2 = docs[:2]
assert {d.metadata["line"] for d in top2} == {7}  # the dropout line...
assert {d.metadata["lang"] for d in top2} == {"ko", "en"}  # ...in both

# Held-out questions (never trained on) -> the corpus line that answers them.
QUESTIONS = {
    "활성화 함수가 없으면 어떻게 되나요?": 1,
    "What happens without an activation function?": 1,
    "소프트맥스는 무엇을 하나요?": 3,
    "What does softmax output?": 3,
    "학습률을 너무 크게 잡으면 어떻게 되나요?": 5,
    "What happens when the learning rate is too big?": 5,
    "에포크와 배치는 어떻게 다른가요?": 6,
    "Difference between an epoch and a batch": 6,
    "드롭아웃은 학습 중에 무엇을 하나요?": 7,
    "How does dropout fight overfitting?": 7,
    "검증 데이터는 어디에 쓰나요?": 9,
    "What is validation data for?": 9,
    "유넷의 구조는?": 11,
    "How is U-Net built?": 11,
    "언어 모델은 무엇을 예측하나요?": 14,
    "What does a language model predict?": 14,
    "온도를 높이면 생성 결과가 어떻게 달라지나요?": 15,
    "What does a high temperature do when sampling?": 15,
    "벡터 데이터베이스는 무엇을 저장하나요?": 16,
    "What does a vector database store?": 16,
    "가중치는 기울기의 어느 방향으로 움직이나요?": 24,
    "Which way do the weights move relative to the gradient?": 24,
    "텐서의 랭크란?": 28,
    "What is the rank of a tensor?": 28,
}


def hit_at_k(store, k, cross):
    "Share of questions whose answering line is among the k passages found."
    hits = []
    for question, line in QUESTIONS.items():
        lang = "en" if question.isascii() else "ko"
        if cross:  # search only the passages in the other language
            lang = {"ko": "en", "en": "ko"}[lang]
        search = {"k": k, "filter": {"lang": lang}}
        found = store.as_retriever(search_kwargs=search).invoke(question)
        hits.append(line in [d.metadata["line"] for d in found])
    return float(np.mean(hits))


table = {
    (name, setting, k): hit_at_k(store, k, cross=setting == "cross")
    for name, store in stores.items()
    for setting in ("same", "cross")
    for k in (1, 3)
}
for (name, setting, k), value in table.items():
    print(f"{name} {setting}-language hit@{k}: {value:.2f}")

assert table["chars", "same", 1] >= 0.9  # shared characters: a strong baseline
assert table["lsa", "same", 1] >= table["chars", "same", 1] - 0.05
assert (
    table["chars", "cross", 3] <= 0.2
)  # near chance (3 of 30) across languages
assert table["lsa", "cross", 1] >= 0.8  # the pairs taught it which words match
assert table["lsa", "cross", 3] > table["chars", "cross", 3] + 0.6
