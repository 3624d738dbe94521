# A digit, two edge filters' feature maps and their max pooling,
# into feature_maps.svg. LANG ("ko" or "en") is set on the line before.
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import keras
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

if LANG == "ko":
    import koreanize_matplotlib

    koreanize_matplotlib.koreanize()  # Hangul font (NanumGothic)
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]

plt.rcParams["svg.hashsalt"] = "dl-kb"  # same SVG on every run

TEXT = {
    "ko": {
        "input": "입력 8×8×1",
        "vertical": "세로 경계 필터\n특징 맵 8×8",
        "horizontal": "가로 경계 필터\n특징 맵 8×8",
        "pooled": "최대 풀링 2×2\n4×4",
    },
    "en": {
        "input": "input 8×8×1",
        "vertical": "vertical-edge filter\nfeature map 8×8",
        "horizontal": "horizontal-edge filter\nfeature map 8×8",
        "pooled": "max pooling 2×2\n4×4",
    },
}[LANG]

image = (load_digits().images[0] / 16.0).astype("float32")
sobel = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype="float32")
conv = keras.layers.Conv2D(2, 3, padding="same", use_bias=False)
conv.build((None, 8, 8, 1))
conv.set_weights([np.stack([sobel, sobel.T], axis=-1)[:, :, None, :]])
maps = keras.ops.convert_to_numpy(conv(image[None, :, :, None]))
pooled = keras.ops.convert_to_numpy(keras.layers.MaxPooling2D(2)(maps))
assert maps.shape == (1, 8, 8, 2) and pooled.shape == (1, 4, 4, 2)

panels = [
    (image, TEXT["input"], "gray_r"),
    (maps[0, :, :, 0], TEXT["vertical"], "RdBu_r"),
    (maps[0, :, :, 1], TEXT["horizontal"], "RdBu_r"),
    (pooled[0, :, :, 0], TEXT["pooled"], "RdBu_r"),
]
fig, axes = plt.subplots(1, 4, figsize=(10, 3), layout="constrained")
for ax, (values, title, cmap) in zip(axes, panels):
    limit = np.abs(values).max()
    vmin = 0 if cmap == "gray_r" else -limit
    ax.imshow(values, cmap=cmap, vmin=vmin, vmax=limit)
    ax.set_title(title, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
fig.savefig("feature_maps.svg", metadata={"Date": None})
assert Path("feature_maps.svg").stat().st_size > 5_000
