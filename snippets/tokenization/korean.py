# Korean: words, morphemes (Kiwi) and a learned BPE on the same corpus.
import re
from pathlib import Path

from kiwipiepy import Kiwi
from tokenizers import Tokenizer, models, pre_tokenizers, trainers

ko = Path("docs/assets/corpus/ko.txt").read_text(encoding="utf-8").splitlines()
# the model ships in kiwipiepy_model; the first call takes a few seconds
kiwi = Kiwi()

analysis = [(t.form, t.tag) for t in kiwi.tokenize("밥을 먹었다.")]
print(analysis)
assert analysis == [
    # noun, object particle
    ("밥", "NNG"),
    ("을", "JKO"),
    # stem, past, ending
    ("먹", "VV"),
    ("었", "EP"),
    ("다", "EF"),
    (".", "SF"),
]

# One noun with four particles: four different words, one shared morpheme.
for word in ["모델을", "모델이", "모델은", "모델도"]:
    (noun, noun_tag), (particle, particle_tag) = [
        (t.form, t.tag) for t in kiwi.tokenize(word)
    ]
    # J*: particle
    assert (noun, noun_tag) == ("모델", "NNG") and particle_tag.startswith("J")


def words(line):
    return re.findall(r"\w+|[^\w\s]", line)


def morphemes(line):
    return [f"{t.form}/{t.tag}" for t in kiwi.tokenize(line)]


# Out of vocabulary: vocabularies from the first 24 lines, tested on the last 6.
train, test = ko[:24], ko[24:]
oov = {}
for name, split in [("word", words), ("morpheme", morphemes)]:
    vocab = {token for line in train for token in split(line)}
    held_out = [token for line in test for token in split(line)]
    oov[name] = sum(token not in vocab for token in held_out) / len(held_out)
for name, rate in oov.items():
    print(f"{name} OOV: {rate:.0%}")
assert oov["word"] > 0.4 and oov["morpheme"] < 0.3

# Tokens per line, averaged over the corpus.
bpe = Tokenizer(models.BPE(unk_token="[UNK]"))
bpe.pre_tokenizer = pre_tokenizers.Whitespace()
bpe.train_from_iterator(
    ko,
    trainers.BpeTrainer(
        vocab_size=500, special_tokens=["[UNK]"], show_progress=False
    ),
)
splits = {
    "char": list,
    "morpheme": morphemes,
    "BPE": lambda line: bpe.encode(line).tokens,
    "word": words,
}
length = {
    name: sum(len(split(line)) for line in ko) / len(ko)
    for name, split in splits.items()
}
for name, n in length.items():
    print(f"ko {name} per line: {n:.1f}")
assert length["char"] > length["morpheme"] > length["BPE"] > length["word"]

# BPE knows no grammar: on this corpus it learned noun + particle as one token.
print(bpe.encode(ko[4]).tokens[:8])
assert {"모델이", "함수는"} <= set(bpe.get_vocab())
