# One next-token model, several tasks: the prompt says which one.
from collections import Counter, defaultdict
from pathlib import Path

ko = Path("docs/assets/corpus/ko.txt").read_text(encoding="utf-8").splitlines()
en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
pairs = list(zip(ko, en))  # line i of ko.txt says what line i of en.txt says
train, held_out = pairs[:24], pairs[24:]

# Every task is written as plain text: input, task marker, answer.
docs = []
for k, e in train:
    docs += [f"{k} =언어=> ko", f"{e} =언어=> en", f"{k} =영어로=> {e}"]
text = "".join(f"\n{doc}\n" for doc in docs)

ORDER = 24
counts = defaultdict(Counter)  # a character n-gram model, as above
for i in range(1, len(text)):
    for n in range(min(ORDER, i) + 1):
        counts[text[i - n : i]][text[i]] += 1


def complete(prompt, stop=("\n", " ="), max_new=200):  # greedy decoding
    out = "\n" + prompt
    for _ in range(max_new):
        n = next(
            n for n in range(ORDER, -1, -1) if out[len(out) - n :] in counts
        )
        out += counts[out[len(out) - n :]].most_common(1)[0][0]
        for s in stop:  # like the API's stop sequences
            if out.endswith(s):
                return out[len(prompt) + 1 : -len(s)]
    return out[len(prompt) + 1 :]


# Classification: one model, and it generalizes to sentences it never saw.
tests = [(k, "ko") for k, _ in held_out] + [(e, "en") for _, e in held_out]
right = sum(complete(f"{s} =언어=> ") == y for s, y in tests)
print(f"unseen sentences: {len(tests)}")
print(f"languages right: {right}")
assert right > 0.8 * len(tests)  # nearly all

# Translation: the same model and the same loop, another prompt.
recited = [complete(f"{k} =영어로=> ") == e for k, e in train]
print(
    f"translations of training sentences recited: {sum(recited)}/{len(train)}"
)
assert all(recited)
k, e = held_out[0]
answer = complete(f"{k} =영어로=> ")
print("unseen:", k, "->", answer)
assert answer != e and answer in en  # fluent, but a sentence it memorised
