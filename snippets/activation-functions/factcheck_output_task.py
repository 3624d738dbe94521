# The hidden activation is a free choice; the output activation is not.
# Train the same regression with a linear and with a sigmoid output.
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.uniform(-1, 1, size=(512, 1)).astype("float32")
y = 5 * x + 2  # regression targets between -3 and 7
floor = float(np.mean((y - np.clip(y, 0, 1)) ** 2))  # best possible in [0, 1]


def trained_mse(output_activation):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((1,)),
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(1, activation=output_activation),
        ]
    )
    model.compile(keras.optimizers.Adam(0.02), "mse", steps_per_execution=50)
    model.fit(
        np.tile(x, (50, 1)), np.tile(y, (50, 1)), batch_size=64, verbose=0
    )
    return float(model.evaluate(x, y, verbose=0))


mse = {act: trained_mse(act) for act in ["linear", "sigmoid"]}
print(f"linear output, MSE: {mse['linear']:.3f}")
print(f"sigmoid output, MSE: {mse['sigmoid']:.2f}")
print(f"lowest MSE any output in [0, 1] can reach: {floor:.2f}")
assert mse["linear"] < 0.05  # a linear output reaches the targets
assert mse["sigmoid"] > 0.9 * floor  # a sigmoid output stays near its floor
