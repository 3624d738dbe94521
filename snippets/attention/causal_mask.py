# The causal mask: position t may attend to positions <= t only. Measured:
# changing the later tokens leaves the earlier outputs exactly as they were.
import keras
import numpy as np

keras.utils.set_random_seed(0)
T, d = 6, 8
rng = np.random.default_rng(0)
x = rng.normal(size=(1, T, d)).astype("float32")
mask = np.tril(np.ones((T, T), dtype=bool))  # row t: True up to column t
print(mask.astype(int))

mha = keras.layers.MultiHeadAttention(num_heads=2, key_dim=4)
_, w = mha(x, x, use_causal_mask=True, return_attention_scores=True)
assert np.all(w.numpy()[0][:, ~mask] == 0)  # no weight on any later token

x2 = x.copy()
x2[:, 4:] = rng.normal(size=(1, T - 4, d))  # new tokens at positions 4 and 5
causal = [mha(a, a, use_causal_mask=True).numpy() for a in (x, x2)]
full = [mha(a, a).numpy() for a in (x, x2)]  # no mask
early = np.abs(causal[0][:, :4] - causal[1][:, :4]).max()
late = np.abs(causal[0][:, 4:] - causal[1][:, 4:]).max()
leak = np.abs(full[0][:, :4] - full[1][:, :4]).max()
print(f"causal, positions 0-3 moved by: {early:.1e}")
print(f"causal, positions 4-5 moved by: {late:.2f}")
print(f"no mask, positions 0-3 moved by: {leak:.2f}")
assert early < 1e-6  # the past does not see the future
assert late > 0.01  # the changed positions do change
assert leak > 0.01  # without the mask, every position sees the future
