# A causal transformer predicts the next token at every position in one
# pass; each prediction equals running the model on that prefix alone.
import keras
import numpy as np

keras.utils.set_random_seed(0)
V, T, D = 50, 10, 16


class GPTLike(keras.Model):
    """One causal transformer block: token ids -> next-token logits."""

    def __init__(self, causal):
        super().__init__()
        self.causal = causal
        self.tok = keras.layers.Embedding(V, D)
        self.pos = keras.layers.Embedding(T, D)  # up to T positions
        self.mha = keras.layers.MultiHeadAttention(2, D // 2)
        self.norm = keras.layers.LayerNormalization()
        self.out = keras.layers.Dense(V)

    def call(self, ids):  # any length up to T
        n = ids.shape[1]
        x = self.tok(ids) + self.pos(keras.ops.arange(n))
        a = self.mha(x, x, use_causal_mask=self.causal)
        return self.out(self.norm(x + a))


tokens = np.random.default_rng(0).integers(0, V, size=(1, T))
for causal in [True, False]:
    model = GPTLike(causal)
    at_once = model(tokens).numpy()[0]  # (T, V): T predictions, one pass
    prefix = np.array(  # T separate runs, each on the first t+1 tokens
        [model(tokens[:, : t + 1]).numpy()[0, -1] for t in range(T)]
    )
    gap = np.abs(at_once - prefix).max(axis=1)
    same = int((gap < 1e-5).sum())
    print(f"causal={causal}: {same} of {T} positions match their prefix")
    if causal:
        assert same == T  # one pass = T next-token predictions
    else:
        assert same == 1  # only the last one: the others saw the future
