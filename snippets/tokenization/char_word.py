# Character- and word-level tokenizers in plain Python: vocabularies and [UNK].
import re
from pathlib import Path

ko = Path("docs/assets/corpus/ko.txt").read_text(encoding="utf-8").splitlines()
en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()


def chars(text):
    return list(text)  # every character, spaces included


def words(text):
    # runs of letters, or punctuation
    return re.findall(r"\w+|[^\w\s]", text.lower())


def build_vocab(lines, split):
    vocab = {"[PAD]": 0, "[UNK]": 1}
    for line in lines:
        for token in split(line):
            vocab.setdefault(token, len(vocab))
    return vocab


def encode(text, vocab, split):
    return [vocab.get(token, vocab["[UNK]"]) for token in split(text)]


sizes = {
    (lang, name): len(build_vocab(lines, split))
    for lang, lines in [("ko", ko), ("en", en)]
    for name, split in [("char", chars), ("word", words)]
}
print(sizes)  # [PAD] and [UNK] included
print(f"en character vocabulary: {sizes['en', 'char']}")
print(f"en characters: {sizes['en', 'char'] - 2}")
print(f"en word vocabulary: {sizes['en', 'word']}")
syllables = {ch for line in ko for ch in line if "가" <= ch <= "힣"}
print(f"Hangul syllables: {len(syllables)}")
assert sizes["en", "char"] < 60 < 250 < sizes["en", "word"]  # letters vs words
assert sizes["ko", "char"] > 4 * sizes["en", "char"]  # Hangul: many syllables

# Distinct words per running word: Korean repeats far fewer of its words.
for lang, lines in [("ko", ko), ("en", en)]:
    print(f"{lang} words: {sum(len(words(line)) for line in lines)}")
    print(f"{lang} distinct words: {sizes[lang, 'word'] - 2}")
assert (sizes["ko", "word"] - 2) / sum(len(words(line)) for line in ko) > 0.5
assert (sizes["en", "word"] - 2) / sum(len(words(line)) for line in en) < 0.45

en_words = build_vocab(en, words)
ids = encode("The tokenizer splits unseen words.", en_words, words)
print(ids)
print(f"word tokens: {len(ids)}")
# "tokenizer", "unseen", and "words" (only "word" was seen)
assert ids.count(1) == 3

en_chars = build_vocab(en, chars)
assert 1 not in encode("The tokenizer splits unseen words.", en_chars, chars)

# The same Korean noun with different particles: separate, unrelated words.
ko_words = build_vocab(ko, words)
forms = sorted(w for w in ko_words if w.startswith("모델"))
print(forms)
assert {"모델을", "모델이", "모델은", "모델도"} <= set(forms)
