# A tiny causal transformer (one block) trained on the site's corpus;
# loss measured on held-out lines, one character at a time.
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
V, K = len(vocab), 12  # vocabulary size, context length


def windows(some_lines):
    """Every K-character window and the same window shifted by one."""
    X, Y = [], []
    for line in some_lines:
        ids = [char_id["\n"]] * K + [char_id[c] for c in line]
        ids += [char_id["\n"]]
        for t in range(K, len(ids)):
            X.append(ids[t - K : t])
            Y.append(ids[t - K + 1 : t + 1])  # the next character everywhere
    return np.array(X), np.array(Y)


held_out = lines[5::6]  # one line in six is never trained on
X_train, Y_train = windows([s for i, s in enumerate(lines) if i % 6 != 5])
X_val, Y_val = windows(held_out)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def heldout_loss(model):
    """Mean loss on each held-out character, seen after its K characters."""
    logits = model.predict(X_val, verbose=0, batch_size=1024)
    if logits.ndim == 3:  # one prediction per position: keep the last
        logits = logits[:, -1]
    return float(loss_fn(Y_val[:, -1], logits))


D, HEADS = 32, 2
ids = keras.Input((K,), dtype="int32")
tokens = keras.layers.Embedding(V, D)(ids)  # what each character is
positions = keras.layers.Embedding(K, D)(keras.ops.arange(K))  # where it is
x = tokens + positions
a = keras.layers.MultiHeadAttention(HEADS, D // HEADS)(
    x, x, use_causal_mask=True
)
x = keras.layers.LayerNormalization()(x + a)  # residual, then normalize
f = keras.layers.Dense(4 * D, activation="relu")(x)  # feed-forward
x = keras.layers.LayerNormalization()(x + keras.layers.Dense(D)(f))
transformer = keras.Model(ids, keras.layers.Dense(V)(x))  # (batch, K, V)
transformer.compile(
    optimizer=keras.optimizers.Adam(0.003),
    loss=loss_fn,
    steps_per_execution=16,
)

val_transformer = []
for _ in range(6):
    transformer.fit(X_train, Y_train, batch_size=128, epochs=1, verbose=0)
    val_transformer.append(heldout_loss(transformer))
best_transformer = min(val_transformer)
print("held-out loss per epoch:", np.round(val_transformer, 2))
print(f"transformer parameters: {transformer.count_params()}")
print(f"transformer best held-out loss: {best_transformer:.2f}")
print(f"transformer perplexity: {np.exp(best_transformer):.0f}")
assert val_transformer[0] > best_transformer + 0.2  # it learned
assert best_transformer < 0.65 * np.log(V)  # far better than guessing
