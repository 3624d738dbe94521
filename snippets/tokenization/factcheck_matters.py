# Two consequences of the tokenizer: unknown words, and sequence length (cost).
import re
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

ko = Path("docs/assets/corpus/ko.txt").read_text(encoding="utf-8").splitlines()
en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()


def words(line):
    return re.findall(r"\w+|[^\w\s]", line)


def byte_bpe(lines, size=500):
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=size,
        show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tokenizer.train_from_iterator(lines, trainer)
    return tokenizer


# 1. Unknown words: a word vocabulary from 24 Korean lines misses half of the
# next 6 lines' words.
vocab = {w for line in ko[:24] for w in words(line)}
held_out = [w for line in ko[24:] for w in words(line)]
unknown = sum(w not in vocab for w in held_out) / len(held_out)
print(f"word-level [UNK] rate on new Korean lines: {unknown:.0%}")
assert unknown > 0.4
bpe = byte_bpe(ko[:24])
# nothing lost
assert all(bpe.decode(bpe.encode(line).ids) == line for line in ko[24:])

# 2. Length: the same content costs more tokens when the tokenizer was trained
# on another language.
english_only = byte_bpe(en)
n_en = sum(len(english_only.encode(line).ids) for line in en)
# ko.txt translates en.txt
n_ko = sum(len(english_only.encode(line).ids) for line in ko)
both = byte_bpe(en + ko, size=1000)
n_ko_both = sum(len(both.encode(line).ids) for line in ko)
print(f"tokens: English {n_en}, Korean {n_ko}, Korean (bilingual) {n_ko_both}")
print(f"Korean vs English tokens: {n_ko / n_en:.1f}")
assert n_ko > 2 * n_en  # Hangul falls apart into UTF-8 bytes (3 per syllable)
print(f"bilingual vs English-only, Korean tokens: {n_ko_both / n_ko:.2f}")
assert n_ko_both < 0.35 * n_ko  # about a quarter
# Self-attention compares every token with every other: cost grows with
# length squared.
print(f"attention cost, Korean vs English text: {(n_ko / n_en) ** 2:.1f}")
