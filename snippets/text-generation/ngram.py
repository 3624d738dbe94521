# The simplest language model: count which character follows each context.
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

lines = []
for lang in ["ko", "en"]:
    raw = Path(f"docs/assets/corpus/{lang}.txt").read_text(encoding="utf-8")
    lines += [line for line in raw.splitlines() if line]
text = "\n" + "\n".join(lines) + "\n"  # "\n" marks where a line starts and ends
vocab = sorted(set(text))
ORDER = 4  # look back at most 4 characters

counts = defaultdict(Counter)  # context -> counts of the characters after it
for i in range(1, len(text)):
    for n in range(min(ORDER, i) + 1):
        counts[text[i - n : i]][text[i]] += 1


def next_distribution(history):
    """p(next character | last characters); back off to shorter contexts."""
    for n in range(ORDER, -1, -1):
        context = history[len(history) - n :]
        if context in counts:
            break
    seen = counts[context]
    p = np.array([seen[ch] for ch in vocab], dtype=float)
    return p / p.sum()


def greedy(prompt, max_new=100):
    out = prompt
    for _ in range(max_new):
        ch = vocab[int(np.argmax(next_distribution("\n" + out)))]
        if ch == "\n":  # the model predicts the end of the line
            break
        out += ch
    return out


p = next_distribution("\nThe gradient points in the ")
top = np.argsort(p)[::-1][:4]
print(
    len(vocab),
    "symbols; after 'the ':",
    {vocab[i]: round(float(p[i]), 2) for i in top},
)
assert p.shape == (len(vocab),) and np.isclose(p.sum(), 1.0)  # a distribution

for prompt in ["소프트맥스는", "Softmax"]:
    line = greedy(prompt)
    print(line)
    assert line == greedy(prompt)  # argmax every step: the same text every time
    padded = "\n" + line
    pieces = [padded[i : i + 5] for i in range(len(padded) - 4)]
    assert all(piece in text for piece in pieces)  # stitched from seen pieces
    assert line not in lines  # ... into a line the corpus does not have
