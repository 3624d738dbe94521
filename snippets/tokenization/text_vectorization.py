# Keras' TextVectorization: a word tokenizer and vocabulary inside the model.
from pathlib import Path

import keras

en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()

vectorize = keras.layers.TextVectorization(
    output_mode="int", output_sequence_length=8
)
vectorize.adapt(en)  # lowercases, strips punctuation, splits on whitespace
vocab = vectorize.get_vocabulary()
print(len(vocab), [str(v) for v in vocab[:6]])
# 0: padding, 1: out of vocabulary
assert vocab[0] == "" and vocab[1] == "[UNK]"
assert vocab[2] == "the"  # then by frequency, most frequent first

ids = keras.ops.convert_to_numpy(
    vectorize(["The model learns tokenization quickly.", "A neural network"])
)
print(ids)
# every row padded (or cut) to output_sequence_length
assert ids.shape == (2, 8)
assert ids[0, 2] == 1  # "learns" was never seen ("learning" was)
assert vocab[ids[0, 3]] == "tokenization" and vocab[ids[0, 4]] == "quickly"
assert list(ids[1, 3:]) == [0] * 5  # three words, then padding

# Rows longer than output_sequence_length are cut at the end.
long = keras.ops.convert_to_numpy(vectorize([" ".join(en[:2])]))
assert long.shape == (1, 8)
assert [vocab[i] for i in long[0, :3]] == ["a", "neural", "network"]
