# A model does a task from a prompt only if its training covers that kind of
# prompt. A character n-gram model trained on one task format, in miniature.
from collections import Counter, defaultdict
from pathlib import Path

ko = Path("docs/assets/corpus/ko.txt").read_text(encoding="utf-8").splitlines()
en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
train = [(s, "ko") for s in ko[:24]] + [(s, "en") for s in en[:24]]
test = [(s, "ko") for s in ko[24:]] + [(s, "en") for s in en[24:]]

text = "".join(f"\n{s} =언어=> {label}\n" for s, label in train)
ORDER = 12
counts = defaultdict(Counter)
for i in range(1, len(text)):
    for n in range(min(ORDER, i) + 1):
        counts[text[i - n : i]][text[i]] += 1


def complete(prompt, max_new=20):  # greedy decoding until the end of line
    out = "\n" + prompt
    for _ in range(max_new):
        n = next(
            n for n in range(ORDER, -1, -1) if out[len(out) - n :] in counts
        )
        ch = counts[out[len(out) - n :]].most_common(1)[0][0]
        if ch == "\n":
            break
        out += ch
    return out[len(prompt) + 1 :]


def right(template):  # how many unseen sentences get the right language
    return sum(complete(template.format(s)) == y for s, y in test)


trained = right("{} =언어=> ")  # the format it was trained on
reworded = right("{} 이 문장의 언어는? ")  # the same request, other words
print(f"unseen sentences: {len(test)}")
print(f"right, trained format: {trained}")
print(f"right, reworded request: {reworded}")
assert trained > 0.8 * len(test) and reworded == 0  # nearly all, then none
