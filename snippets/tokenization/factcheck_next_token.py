# A language model's training pairs: every token is the target for the tokens
# before it.
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

ids = tokenizer.encode("Softmax turns scores into probabilities.").ids
inputs, targets = ids[:-1], ids[1:]  # shift by one token
for t in range(len(targets)):
    context = ids[: t + 1]  # what the model sees ...
    # ... and the token it predicts
    assert targets[t] == ids[t + 1] and context[-1] == inputs[t]
print(tokenizer.encode("Softmax turns scores into probabilities.").tokens)
print(f"next-token predictions: {len(targets)}")  # from one sentence
assert len(targets) == len(ids) - 1
