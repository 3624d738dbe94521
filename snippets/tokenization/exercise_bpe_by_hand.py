# BPE by hand (Sennrich et al., 2016): merge the most frequent adjacent pair,
# again and again.
from collections import Counter

corpus = {"low": 5, "lower": 2, "newest": 6, "widest": 3}  # word: count
# </w>: end of word
words = {tuple(word) + ("</w>",): n for word, n in corpus.items()}


def pair_counts(words):
    counts = Counter()
    for symbols, n in words.items():
        for pair in zip(symbols, symbols[1:]):
            counts[pair] += n
    return counts


def merge(symbols, pair):
    out, i = [], 0
    while i < len(symbols):
        if tuple(symbols[i : i + 2]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


merges = []
for _ in range(10):
    counts = pair_counts(words)
    # the most frequent pair (the first one on ties)
    best = max(counts, key=counts.get)
    merges.append(best)
    words = {merge(symbols, best): n for symbols, n in words.items()}
print(merges[:5])
assert merges[:3] == [("e", "s"), ("es", "t"), ("est", "</w>")]
print(list(words))
assert ("wi", "d", "est</w>") in words and ("newest</w>",) in words


def tokenize(word):
    symbols = tuple(word) + ("</w>",)
    # apply the learned merges in the order they were learned
    for pair in merges:
        symbols = merge(symbols, pair)
    return symbols


print(tokenize("lowest"))
# an unseen word, from two known pieces
assert tokenize("lowest") == ("low", "est</w>")
