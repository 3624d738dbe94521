# BPE, WordPiece and Unigram tokenizers learned from the English corpus.
import re
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
special = ["[UNK]", "[PAD]"]
kinds = {
    "BPE": (models.BPE(unk_token="[UNK]"), trainers.BpeTrainer),
    "WordPiece": (
        models.WordPiece(unk_token="[UNK]"),
        trainers.WordPieceTrainer,
    ),
    "Unigram": (models.Unigram(), trainers.UnigramTrainer),
}
tokenizers = {}
for name, (model, trainer_class) in kinds.items():
    tokenizer = Tokenizer(model)
    # split at spaces and punctuation
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    options = {"unk_token": "[UNK]"} if name == "Unigram" else {}
    trainer = trainer_class(
        vocab_size=300, special_tokens=special, show_progress=False, **options
    )
    tokenizer.train_from_iterator(en, trainer)
    tokenizers[name] = tokenizer

sentence = "The tokenizer splits unseen words."
for name, tokenizer in tokenizers.items():
    tokens = tokenizer.encode(sentence).tokens
    assert "[UNK]" not in tokens  # unseen words become known pieces
    assert 8 < len(tokens) < len(sentence)  # between words and characters
    if name != "WordPiece":  # its pieces of "unseen" vary: see below
        print(f"{name} tokens: {len(tokens)} {tokens}")
# WordPiece marks each piece inside a word with ##
print("WordPiece:", tokenizers["WordPiece"].encode("tokenizer words").tokens)

# An unseen character is still out of vocabulary for these tokenizers ...
print(tokenizers["BPE"].encode("café 😀").tokens)
assert "[UNK]" in tokenizers["BPE"].encode("café 😀").tokens

# ... but not for a byte-level BPE (GPT-2 style): its alphabet is the 256 bytes.
byte_bpe = Tokenizer(models.BPE())
byte_bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
byte_bpe.decoder = decoders.ByteLevel()
trainer = trainers.BpeTrainer(
    vocab_size=400,
    show_progress=False,
    initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
)
byte_bpe.train_from_iterator(en, trainer)
for text in ["café 😀", "한국어 토큰화", sentence]:
    encoding = byte_bpe.encode(text)
    # lossless: any text in, same text out
    assert byte_bpe.decode(encoding.ids) == text
print(byte_bpe.encode("café 😀").tokens)
assert len(byte_bpe.encode("😀").ids) == 4  # an emoji is 4 bytes in UTF-8

# Tokens per line over the whole corpus: BPE sits between characters and words.
splits = {
    "char": list,
    "BPE": lambda line: tokenizers["BPE"].encode(line).tokens,
    "word": lambda line: re.findall(r"\w+|[^\w\s]", line),
}
length = {
    name: sum(len(split(line)) for line in en) / len(en)
    for name, split in splits.items()
}
for name, n in length.items():
    print(f"en {name} per line: {n:.1f}")
assert length["char"] > 2 * length["BPE"] and length["BPE"] > length["word"]
