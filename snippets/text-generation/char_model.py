# A small neural language model: K characters in, the next character out.
from pathlib import Path

import keras
import numpy as np

keras.utils.set_random_seed(0)
lines = []
for lang in ["ko", "en"]:
    raw = Path(f"docs/assets/corpus/{lang}.txt").read_text(encoding="utf-8")
    lines += [line for line in raw.splitlines() if line]
vocab = sorted(set("".join(lines)) | {"\n"})  # "\n": padding and end of line
char_id = {ch: i for i, ch in enumerate(vocab)}
K = 12  # context length in characters

contexts, targets = [], []
for line in lines:
    ids = [char_id["\n"]] * K + [char_id[ch] for ch in line] + [char_id["\n"]]
    for t in range(K, len(ids)):
        contexts.append(ids[t - K : t])  # the K characters before position t
        targets.append(ids[t])  # the character at t
X, y = np.array(contexts), np.array(targets)

model = keras.Sequential(
    [
        keras.Input((K,), dtype="int32"),
        keras.layers.Embedding(len(vocab), 32),  # character -> learned vector
        keras.layers.Flatten(),  # the K vectors side by side
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(len(vocab)),  # one logit per character
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(0.01),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    steps_per_execution=16,
)
history = model.fit(X, y, batch_size=128, epochs=8, verbose=0)

loss = history.history["loss"][-1]
uniform = np.log(len(vocab))  # every character equally likely
freq = np.bincount(y, minlength=len(vocab)) / len(y)
unigram = -np.sum(freq[freq > 0] * np.log(freq[freq > 0]))  # frequencies only
print(f"examples: {len(X)}")
print(f"vocabulary: {len(vocab)}")
print(f"uniform baseline: {uniform:.2f}")  # nats
print(f"unigram baseline: {unigram:.2f}")
print(f"train loss: {loss:.2f}")  # after the last epoch
print(f"perplexity: {np.exp(loss):.1f}")
assert history.history["loss"][0] > 0.6 * uniform  # it starts near guessing
assert loss < 0.25 * uniform and loss < 0.4 * unigram  # the context helps
