# WordPiece trained five times on the same corpus with the same settings.
from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
vocabularies = set()
for _ in range(5):
    wordpiece = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    wordpiece.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.WordPieceTrainer(
        vocab_size=300, special_tokens=["[UNK]", "[PAD]"], show_progress=False
    )
    wordpiece.train_from_iterator(en, trainer)
    vocabularies.add(frozenset(wordpiece.get_vocab()))
print("the same vocabulary every time:", len(vocabularies) == 1)
# fails once tokenizers trains WordPiece reproducibly (issue #1794)
assert len(vocabularies) > 1

# To get the same vocabulary again, save the trained tokenizer and load it.
wordpiece.save("wordpiece.json")
again = Tokenizer.from_file("wordpiece.json")
assert again.get_vocab() == wordpiece.get_vocab()
assert again.encode("unseen").tokens == wordpiece.encode("unseen").tokens
