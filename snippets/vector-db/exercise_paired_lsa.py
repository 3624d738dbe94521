# Exercise: what did the paired LSA learn? Break the pairs, or hold one out.
import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from threadpoolctl import threadpool_limits

threadpool_limits(1)  # 32 SVDs of tiny matrices: extra BLAS threads only cost


def read(lang):
    with open(f"docs/assets/corpus/{lang}.txt", encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


ko, en = read("ko"), read("en")


def fit(pairs, dim=20):
    "The same recipe as PairedLSA: char n-gram TF-IDF, then a truncated SVD."
    joined = [a + " " + b for a, b in pairs]
    tfidf = TfidfVectorizer(
        analyzer="char", ngram_range=(1, 4), sublinear_tf=True
    ).fit(joined)
    svd = TruncatedSVD(dim, algorithm="arpack", random_state=0).fit(
        tfidf.transform(joined)
    )

    def embed(texts):
        z = svd.transform(tfidf.transform(texts))
        return z / np.linalg.norm(z, axis=1, keepdims=True).clip(1e-12)

    return embed


def finds_translation(embed, i):
    "Is English line i the nearest English line to Korean line i?"
    return int(np.argmax(embed(en) @ embed([ko[i]])[0]) == i)


def without(i, lines):
    return lines[:i] + lines[i + 1 :]


aligned = fit(zip(ko, en))
shifted = fit(zip(ko, en[1:] + en[:1]))  # every Korean line paired wrongly
found = {
    "aligned pairs": [finds_translation(aligned, i) for i in range(30)],
    "shifted pairs": [finds_translation(shifted, i) for i in range(30)],
    # train without pair i, then look for the translation of its Korean line
    "held-out pair": [
        finds_translation(fit(zip(without(i, ko), without(i, en))), i)
        for i in range(30)
    ],
}
score = {name: float(np.mean(hits)) for name, hits in found.items()}
for name, value in score.items():
    print(f"{name}: {value:.2f}")  # chance: 1 in 30 = 0.03
assert score["aligned pairs"] >= 0.95
assert score["shifted pairs"] <= 0.15  # no alignment, no translation
# words shared with other lines carry over, but far less is found
assert 0.1 <= score["held-out pair"] < score["aligned pairs"] - 0.3
