# Parameters of Dense layers: (inputs + 1) * units each.
import keras

model = keras.Sequential(
    [
        keras.Input((64,)),  # an 8x8 digit, flattened
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
by_hand = (64 + 1) * 32 + (32 + 1) * 32 + (32 + 1) * 10
print("by hand:", by_hand, " Keras:", model.count_params())
assert model.count_params() == by_hand == 3466
assert model.output_shape == (None, 10)  # None: any batch size
