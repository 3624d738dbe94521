# Two limits of language models that are known, not unknown: they recite
# training text, and they answer fluently whether or not they know.
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

lines = []
for lang in ["ko", "en"]:
    raw = Path(f"docs/assets/corpus/{lang}.txt").read_text(encoding="utf-8")
    lines += [line for line in raw.splitlines() if line]
text = "\n" + "\n".join(lines) + "\n"
vocab = sorted(set(text))
ORDER = 10
counts = defaultdict(Counter)
for i in range(1, len(text)):
    for n in range(min(ORDER, i) + 1):
        counts[text[i - n : i]][text[i]] += 1


def next_distribution(history):
    for n in range(ORDER, -1, -1):
        if history[len(history) - n :] in counts:
            seen = counts[history[len(history) - n :]]
            p = np.array([seen[ch] for ch in vocab], dtype=float)
            return p / p.sum()


def greedy(prompt, max_new=60):
    out = prompt
    while len(out) < len(prompt) + max_new:
        ch = vocab[int(np.argmax(next_distribution("\n" + out)))]
        if ch == "\n":
            break
        out += ch
    return out


# 1. Memorisation: from a line's first 10 characters, the next 40 come back.
verbatim = np.mean([greedy(line[:10], 40) == line[:50] for line in lines])
print(f"lines whose next 40 characters are recited verbatim: {verbatim:.0%}")
assert verbatim > 0.6

# 2. No "I don't know": prompts about things the corpus never mentions get
# a confident, fluent continuation stitched from training text.
unseen = {"양자 컴퓨터의 큐비트는": ["양자", "큐비트"], "The moon is": ["moon"]}
for prompt, words in unseen.items():
    assert not any(word in text for word in words)
    answer = greedy(prompt)
    p = next_distribution("\n" + prompt)
    print(answer, f"(first step: p = {p.max():.2f})")
    assert np.isclose(p.sum(), 1.0) and p.max() > 0.9  # sure of itself
    assert len(answer) > len(prompt) + 20  # a full answer...
    assert answer[len(prompt) :][:12] in text  # ... made of training text
