# What each layer does to a batch: the shape (and the values)
# of the representation.
import keras
import numpy as np

keras.utils.set_random_seed(0)
# 32 points, 2 features
x = np.random.default_rng(0).normal(size=(32, 2)).astype("float32")

model = keras.Sequential(
    [
        keras.Input((2,)),
        keras.layers.Dense(16, activation="relu"),  # 2 features -> 16
        keras.layers.Dense(2, activation="relu"),  # 16 -> 2
        keras.layers.Dense(1, activation="sigmoid"),  # 2 -> 1 probability
    ]
)

h, shapes = x, []
for layer in model.layers:
    out = keras.ops.convert_to_numpy(layer(h))
    print(
        f"{layer.name:8s} {h.shape} -> {out.shape}  "
        f"params={layer.count_params()}"
    )
    shapes.append(out.shape)
    h = out

assert shapes == [(32, 16), (32, 2), (32, 1)]  # the batch axis never changes
assert [layer.count_params() for layer in model.layers] == [
    2 * 16 + 16,
    16 * 2 + 2,
    2 + 1,
]
kernel, bias = model.layers[0].get_weights()
# Keras stores W as (in, out)
assert kernel.shape == (2, 16) and bias.shape == (16,)
# one Dense layer is exactly relu(x @ W + b)
assert np.allclose(
    model.layers[0](x), np.maximum(x @ kernel + bias, 0), atol=1e-6
)
