# "Fewer layers" is not the same as "fewer parameters": count them.
import keras


def mlp(hidden):
    return keras.Sequential(
        [keras.Input((64,))]
        + [keras.layers.Dense(n, activation="relu") for n in hidden]
        + [keras.layers.Dense(10)]
    )


shallow_wide = mlp([512])  # 1 hidden layer, 512 nodes
deep_narrow = mlp([64, 64, 64])  # 3 hidden layers, 64 nodes each
print(
    "1 x 512:",
    shallow_wide.count_params(),
    " 3 x 64:",
    deep_narrow.count_params(),
)
assert shallow_wide.count_params() == (64 + 1) * 512 + (512 + 1) * 10  # 38,410
assert deep_narrow.count_params() < shallow_wide.count_params() / 2  # 13,130
