# Why transformers normalize with LayerNormalization, not batch norm:
# in training, batch norm mixes statistics across positions and samples,
# so an early position's output depends on later tokens (and other texts).
import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(4, 6, 8)).astype("float32")  # (texts, positions, d)
future = x.copy()
future[:, 4:] = rng.normal(size=(4, 2, 8))  # change positions 4 and 5
other = x.copy()
other[1:] = rng.normal(size=(3, 6, 8))  # change the other texts


def run(norm, a):
    return norm(a, training=True).numpy()  # training: batch statistics


layers = [keras.layers.BatchNormalization(), keras.layers.LayerNormalization()]
for norm in layers:
    name = type(norm).__name__
    by_future = np.abs(run(norm, x)[:, :4] - run(norm, future)[:, :4]).max()
    by_others = np.abs(run(norm, x)[0] - run(norm, other)[0]).max()
    print(f"{name}: positions 0-3 moved by {by_future:.2f} (later tokens)")
    print(f"{name}: text 0 moved by {by_others:.2f} (other texts)")
    if name == "BatchNormalization":
        assert by_future > 0.05 and by_others > 0.05  # it leaks
    else:
        assert by_future < 1e-6 and by_others < 1e-6  # per token only
