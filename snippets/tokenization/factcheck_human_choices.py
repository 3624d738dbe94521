# A "learned" tokenizer still rests on human choices: normalization,
# pre-tokenization, size.
from pathlib import Path

from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
ko = Path("docs/assets/corpus/ko.txt").read_text(encoding="utf-8").splitlines()


def train_bpe(lines, size, lowercase=False, split_words=True):
    tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
    if lowercase:
        tokenizer.normalizer = normalizers.Lowercase()
    # split at spaces and punctuation first, or let merges cross word boundaries
    if split_words:
        tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    else:
        tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(split=False)
    tokenizer.train_from_iterator(
        lines,
        trainers.BpeTrainer(
            vocab_size=size, special_tokens=["[UNK]"], show_progress=False
        ),
    )
    return tokenizer


sentence = "The model predicts the next token."
variants = {
    "size 300": train_bpe(en, 300),
    "size 600": train_bpe(en, 600),
    "lowercase": train_bpe(en, 300, lowercase=True),
    "no word split": train_bpe(en, 600, split_words=False),
}
outputs = {
    name: tuple(t.encode(sentence).tokens) for name, t in variants.items()
}
for name, tokens in outputs.items():
    print(f"{name:14} {len(tokens):2} {tokens}")
# same data, same algorithm, four segmentations
assert len(set(outputs.values())) == 4
# tokens across words
assert any("▁" in token[1:] for token in outputs["no word split"])

# Left to frequency alone, BPE fuses a Korean noun with its particle:
# "모델이" and "모델을" get two unrelated ids, with nothing saying both are
# 모델 (model).
bpe = train_bpe(ko, 500)
print(bpe.encode("모델이 모델을").tokens)
assert bpe.encode("모델이 모델을").tokens == ["모델이", "모델을"]
