# Draws attention weights with and without the causal mask into
# attention_weights.svg. LANG ("ko" or "en") is set on the line before.
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
TEXT = {
    "ko": {
        "words": "모델 은 글 을 읽고 모델 은 답 한다".split(),
        "repeated": "모델",
        "full": "마스크 없음: 모든 토큰을 본다",
        "causal": "인과 마스크: 앞의 토큰만 본다",
        "query": "쿼리 (이 토큰이)",
        "key": "키 (이 토큰을 본다)",
        "weight": "어텐션 가중치",
    },
    "en": {
        "words": "the model reads the text and the model answers".split(),
        "repeated": "model",
        "full": "no mask: every token is seen",
        "causal": "causal mask: earlier tokens only",
        "query": "query (this token ...)",
        "key": "key (... looks at this token)",
        "weight": "attention weight",
    },
}[LANG]
words = TEXT["words"]
T, d = len(words), 16

# One random vector per distinct word; queries = keys = that vector,
# so a word attends to itself and to earlier copies of itself.
rng = np.random.default_rng(0)
table = {w: rng.normal(size=d) for w in dict.fromkeys(words)}
q = k = np.array([table[w] for w in words])
scores = q @ k.T / np.sqrt(d)


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


full = softmax(scores)
causal = softmax(np.where(np.tril(np.ones((T, T), bool)), scores, -np.inf))
assert np.allclose(causal.sum(axis=1), 1) and np.all(np.triu(causal, 1) == 0)
first = words.index(TEXT["repeated"])
second = words.index(TEXT["repeated"], first + 1)
print(f"second copy -> first copy: {causal[second, first]:.2f}")
print(f"second copy -> itself: {causal[second, second]:.2f}")
print(f"first copy -> second copy, no mask: {full[first, second]:.2f}")
assert causal[second, first] > 0.3 and causal[second, second] > 0.3
assert full[first, second] > 0.3  # unmasked, it sees its later copy
assert causal[first, second] == 0  # masked, it cannot

fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), layout="constrained")
for ax, w, title in zip(axes, [full, causal], [TEXT["full"], TEXT["causal"]]):
    im = ax.imshow(w, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(T), words, rotation=60, ha="right")
    ax.set_yticks(range(T), words)
    ax.set(title=title, xlabel=TEXT["key"])
axes[0].set_ylabel(TEXT["query"])
fig.colorbar(im, ax=axes, shrink=0.8, label=TEXT["weight"])
fig.savefig(
    "attention_weights.svg", metadata={"Date": None}, bbox_inches="tight"
)
assert Path("attention_weights.svg").stat().st_size > 10_000
