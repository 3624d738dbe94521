# Vocabulary size vs sequence length for BPE on both corpora: vocab_length.svg.
# LANG ("ko" or "en") is set on the line before this file.
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.ticker
from tokenizers import Tokenizer, models, pre_tokenizers, trainers

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run
TEXT = {
    "ko": {
        "characters": "글자 (공백 제외)",
        "words": "단어 통째로",
        "xlabel": "어휘 크기 (로그 눈금)",
        "ylabel": "줄당 토큰 수 (평균)",
        "title": "어휘가 클수록 시퀀스가 짧다",
    },
    "en": {
        "characters": "characters (no spaces)",
        "words": "whole words",
        "xlabel": "vocabulary size (log scale)",
        "ylabel": "tokens per line (average)",
        "title": "Bigger vocabulary, shorter sequences",
    },
}[LANG]


def bpe_curve(lines, sizes):
    points = []
    for size in sizes:
        tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
        tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
        trainer = trainers.BpeTrainer(
            vocab_size=size, special_tokens=["[UNK]"], show_progress=False
        )
        tokenizer.train_from_iterator(lines, trainer)
        tokens = sum(len(tokenizer.encode(line).ids) for line in lines)
        points.append((tokenizer.get_vocab_size(), tokens / len(lines)))
    return points, tokenizer


fig, ax = plt.subplots(figsize=(7, 4.2), layout="constrained")
for lang, color, offset in [("en", "C0", (-45, 20)), ("ko", "C3", (-70, -16))]:
    lines = (
        Path(f"docs/assets/corpus/{lang}.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    # 1: no merges at all
    points, largest = bpe_curve(lines, [1, 300, 400, 500, 600, 700, 800, 1000])
    vocab, length = zip(*points)
    # more merges, shorter sequences
    assert all(a >= b for a, b in zip(length, length[1:]))
    assert length[0] > 2.5 * length[-1]
    # asked for 1000, it ran out of pairs: every word is one token
    print(f"{lang} vocabulary with no pair left: {vocab[-1]}")
    pieces = sum(len(largest.pre_tokenizer.pre_tokenize_str(s)) for s in lines)
    assert vocab[-1] < 1000 and length[-1] == pieces / len(lines)
    ax.plot(vocab, length, "o-", color=color, label=f"BPE, {lang}.txt")
    ax.annotate(
        TEXT["characters"],
        (vocab[0], length[0]),
        xytext=(8, 0),
        textcoords="offset points",
    )
    ax.annotate(
        TEXT["words"],
        (vocab[-1], length[-1]),
        xytext=offset,  # clear of both lines
        textcoords="offset points",
    )
ticks = [50, 100, 200, 300, 500, 700]
ax.set(
    xscale="log",
    xticks=ticks,
    xticklabels=ticks,
    xlabel=TEXT["xlabel"],
    ylabel=TEXT["ylabel"],
    title=TEXT["title"],
)
ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
ax.set_ylim(0, 95)
ax.grid(alpha=0.3)
ax.legend()
fig.savefig("vocab_length.svg", metadata={"Date": None})
assert Path("vocab_length.svg").stat().st_size > 10_000
