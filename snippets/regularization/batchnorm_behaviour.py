# BatchNormalization: batch statistics in training,
# moving averages at inference.
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(loc=[5.0, -3.0], scale=[2.0, 0.5], size=(256, 2)).astype(
    "float32"
)
bn = keras.layers.BatchNormalization()  # gamma=1, beta=0, momentum=0.99
assert bn.momentum == 0.99 and bn.epsilon == 1e-3

out = keras.ops.convert_to_numpy(bn(x, training=True))
print(
    "training mode: mean",
    np.round(out.mean(0), 3),
    " std",
    np.round(out.std(0), 3),
)
assert np.allclose(out.mean(0), 0, atol=1e-4)  # per feature, over the batch
assert np.allclose(out.std(0), 1, atol=1e-2)

# That one training-mode call moved the moving averages 1% of the way.
moving_mean = keras.ops.convert_to_numpy(bn.moving_mean)
assert np.allclose(moving_mean, 0.01 * x.mean(0), atol=1e-4)

# Inference uses the moving averages, which still sit near 0 and 1:
infer = keras.ops.convert_to_numpy(bn(x, training=False))
print("inference mode: mean", np.round(infer.mean(0), 3))
assert infer[:, 0].mean() > 4  # far from 0: not normalised yet

for _ in range(19):  # 19 more training-mode calls: 20 in all
    bn(x, training=True)
moving_mean = keras.ops.convert_to_numpy(bn.moving_mean)
# only 18% there
assert np.allclose(moving_mean, (1 - 0.99**20) * x.mean(0), atol=1e-3)
