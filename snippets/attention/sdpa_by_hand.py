# Scaled dot-product attention written by hand in NumPy, checked against
# Keras' MultiHeadAttention with the layer's own weights.
import keras
import numpy as np

keras.utils.set_random_seed(0)
T, d_model, heads, d_k = 5, 16, 2, 8  # 5 tokens, 2 heads of size 8
x = np.random.default_rng(0).normal(size=(1, T, d_model)).astype("float32")


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def attention(q, k, v):
    """softmax(q k^T / sqrt(d_k)) v, for (..., T, d_k) arrays."""
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    weights = softmax(scores)  # each row: how much a query takes from each key
    return weights @ v, weights


mha = keras.layers.MultiHeadAttention(num_heads=heads, key_dim=d_k)
out, keras_weights = mha(x, x, return_attention_scores=True)  # self-attention
W = {w.path.split("/", 1)[1]: w.numpy() for w in mha.weights}
print({name: w.shape for name, w in W.items() if name.endswith("kernel")})


def project(name):  # (1, T, d_model) -> (1, heads, T, d_k)
    y = np.einsum("btd,dhk->bhtk", x, W[f"{name}/kernel"])
    return y + W[f"{name}/bias"][None, :, None, :]


heads_out, weights = attention(
    project("query"), project("key"), project("value")
)
mine = np.einsum("bhtk,hkd->btd", heads_out, W["attention_output/kernel"])
mine = mine + W["attention_output/bias"]
gap = float(np.abs(mine - out.numpy()).max())
print("largest difference from Keras below 1e-5:", gap < 1e-5)
assert np.allclose(weights, keras_weights.numpy(), atol=1e-6)
assert np.allclose(mine, out.numpy(), atol=1e-5)
assert np.allclose(weights.sum(axis=-1), 1.0)  # every row is a distribution
