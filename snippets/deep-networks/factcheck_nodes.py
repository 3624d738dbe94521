# "Many nodes" means many parameters: a Dense layer has (n_in + 1) * n_out.
import keras


def mlp(width, depth):
    return keras.Sequential(
        [keras.Input((64,))]
        + [keras.layers.Dense(width, activation="relu") for _ in range(depth)]
        + [keras.layers.Dense(10)]
    )


for width in [64, 128, 256]:
    print(
        f"width {width:3d}, 4 hidden layers: "
        f"{mlp(width, 4).count_params():7d} parameters"
    )
# Doubling the hidden width about quadruples the weights between them...
assert mlp(128, 4).layers[1].count_params() == 129 * 128
assert mlp(256, 4).layers[1].count_params() == 257 * 256
# ...while adding layers grows the count only linearly.
assert mlp(64, 8).count_params() - mlp(64, 4).count_params() == 4 * 65 * 64
