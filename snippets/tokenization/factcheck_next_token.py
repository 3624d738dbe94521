# A language model's training pairs: every token is the target for the tokens
# before it. The tokenizer decides what a token is, and so how many
# predictions the same text asks for.
from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
tokenizer.train_from_iterator(
    en,
    trainers.BpeTrainer(
        vocab_size=300, special_tokens=["[UNK]"], show_progress=False
    ),
)


def shifted_pairs(tokens):  # (tokens so far, next token) at every position
    return [(tokens[: t + 1], tokens[t + 1]) for t in range(len(tokens) - 1)]


sentence = "Softmax turns scores into probabilities."
print(tokenizer.encode(sentence).tokens)
ids = tokenizer.encode(sentence).ids
print(f"next-token predictions: {len(shifted_pairs(ids))}")
print(f"next-character predictions: {len(shifted_pairs(sentence))}")

# The whole corpus, three tokenizers: how many predictions to train on.
per_unit = {
    "characters": sum(len(shifted_pairs(line)) for line in en),
    "BPE (300)": sum(
        len(shifted_pairs(tokenizer.encode(line).ids)) for line in en
    ),
    "words": sum(len(shifted_pairs(line.split())) for line in en),
}
print(per_unit)
chars, bpe, words = per_unit.values()
assert chars > 2 * bpe and bpe > words  # BPE: between characters and words
