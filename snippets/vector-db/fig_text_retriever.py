# Continues text_retriever.py: one question, the 5 passages each embedding
# finds in the mixed Korean + English collection. Writes text_retriever.svg.
# LANG ("ko" or "en") is set on the line before this file.
from pathlib import Path

import koreanize_matplotlib
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

koreanize_matplotlib.koreanize()  # the passages hold Hangul on both pages
# Latin text in DejaVu Sans; Hangul from NanumGothic
plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]
plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

TEXT = {
    "ko": {
        "question": "드롭아웃은 학습 중에 무엇을 하나요?",
        "chars": "글자 n-그램 TF-IDF (기준선)",
        "lsa": "짝지은 문장으로 학습한 LSA",
        "x": "코사인 유사도",
        "answer": "답이 있는 줄 (7번 줄)",
        "other": "다른 줄",
    },
    "en": {
        "question": "What does dropout do during training?",
        "chars": "character n-gram TF-IDF (baseline)",
        "lsa": "LSA trained on sentence pairs",
        "x": "cosine similarity",
        "answer": "the answering line (line 7)",
        "other": "other lines",
    },
}[LANG]


def label(doc):
    text = doc.page_content
    short = text[:16] if not text.isascii() else text[:28]
    return f"{doc.id}: {short}…"


found = {
    name: store.similarity_search_with_score(TEXT["question"], k=5)
    for name, store in stores.items()
}
asked = "en" if TEXT["question"].isascii() else "ko"
# the baseline stays in the question's language ...
assert all(d.metadata["lang"] == asked for d, _ in found["chars"])
# and finds line 7 in it only once; the trained embedding finds line 7 in
# both languages
answers = {
    name: [d.id for d, _ in hits if d.metadata["line"] == 7]
    for name, hits in found.items()
}
assert answers["chars"] == [f"{asked}-7"]
assert sorted(answers["lsa"]) == ["en-7", "ko-7"]
print("LSA top 5:", ", ".join(d.id for d, _ in found["lsa"]))

fig, axes = plt.subplots(2, 1, figsize=(6.4, 5.2), layout="constrained")
for ax, (name, hits) in zip(axes, found.items()):
    docs = [d for d, _ in hits][::-1]  # best at the top
    similarity = [1 - distance for _, distance in hits][::-1]
    colors = ["C3" if d.metadata["line"] == 7 else "0.7" for d in docs]
    ax.barh(range(len(docs)), similarity, color=colors)
    ax.set_yticks(range(len(docs)), [label(d) for d in docs], fontsize=9)
    ax.set(title=TEXT[name], xlim=(0, 1))
axes[1].set_xlabel(TEXT["x"])
fig.suptitle(f"“{TEXT['question']}”", fontsize=11)
handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in ("C3", "0.7")]
fig.legend(
    handles,
    [TEXT["answer"], TEXT["other"]],
    loc="outside lower center",
    ncol=2,
    fontsize=9,
    frameon=False,
)
fig.savefig("text_retriever.svg", metadata={"Date": None})
assert Path("text_retriever.svg").stat().st_size > 10_000
