# Splitting d_model into h heads of size d_model/h: the same number of
# parameters, but h separate attention patterns.
import keras
import numpy as np

keras.utils.set_random_seed(0)
D, T = 32, 7
x = np.random.default_rng(0).normal(size=(1, T, D)).astype("float32")
for h in [1, 2, 4, 8]:
    mha = keras.layers.MultiHeadAttention(num_heads=h, key_dim=D // h)
    _, w = mha(x, x, return_attention_scores=True)  # (1, h, T, T)
    print(f"{h} heads: {mha.count_params()} parameters, weights {w.shape}")
    assert mha.count_params() == 4 * D * D + 4 * D  # Q, K, V, output
    if h > 1:  # heads look at different places
        assert np.abs(w[0, 0] - w[0, 1]).max() > 0.05
