# Greedy decoding with a bigram model must end or loop: its state is one
# token.
from collections import Counter, defaultdict
from pathlib import Path

path = Path("docs/assets/corpus/en.txt")
words = [line.split() for line in path.read_text(encoding="utf-8").splitlines()]
counts = defaultdict(Counter)
for line in words:
    for prev, nxt in zip(["<s>"] + line, line + ["</s>"]):
        counts[prev][nxt] += 1


def greedy_next(word):
    return counts[word].most_common(1)[0][0]  # ties: the first one counted


out, first_seen = ["The"], {}
while out[-1] != "</s>" and out[-1] not in first_seen:
    first_seen[out[-1]] = len(out) - 1
    out.append(greedy_next(out[-1]))
start = first_seen[out[-1]]
cycle = out[start:-1]
print("greedy:", " ".join(out), "...")
print(f"a loop of {len(cycle)} words, entered after {start} words")
assert out[-1] != "</s>"  # it never ends...
assert greedy_next(cycle[-1]) == cycle[0]  # ... the loop closes on itself
