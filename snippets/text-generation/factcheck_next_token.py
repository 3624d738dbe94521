# A language model maps a token sequence to a distribution over the next
# token; generating is that step in a loop, whether tokens are characters
# or words.
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

path = Path("docs/assets/corpus/ko.txt")
corpus = path.read_text(encoding="utf-8").splitlines()


class BigramLM:
    """p(next token | previous token), counted from token sequences."""

    def __init__(self, sequences):
        tokens = {t for s in sequences for t in s}
        self.vocab = sorted(tokens | {"<s>", "</s>"})
        self.counts = defaultdict(Counter)
        for s in sequences:
            for prev, nxt in zip(["<s>"] + s, s + ["</s>"]):
                self.counts[prev][nxt] += 1
        self.calls = 0

    def __call__(self, tokens):  # tokens in, one probability per entry out
        self.calls += 1
        seen = self.counts[tokens[-1] if tokens else "<s>"]
        p = np.array([seen[t] for t in self.vocab], dtype=float)
        return p / p.sum()


for name, tokenize, sep in [("chars", list, ""), ("words", str.split, " ")]:
    lm = BigramLM([tokenize(line) for line in corpus])
    p = lm(tokenize("언어 모델은"))
    assert p.shape == (len(lm.vocab),) and np.isclose(p.sum(), 1.0)

    tokens = tokenize("언어")
    lm.calls = 0
    while tokens[-1] != "</s>" and len(tokens) < 30:  # predict, pick, append
        tokens.append(lm.vocab[int(np.argmax(lm(tokens)))])
    assert lm.calls == len(tokens) - len(tokenize("언어"))  # one call per token
    print(f"{name}: {len(lm.vocab)} tokens; greedy:", sep.join(tokens))

# The output is a distribution; the decoding rule picks the token.
lm = BigramLM([line.split() for line in corpus])
p = lm(["모델은"])
rng = np.random.default_rng(0)
picks = {lm.vocab[rng.choice(len(p), p=p)] for _ in range(200)}
assert lm.vocab[int(np.argmax(p))] in picks and len(picks) > 1
