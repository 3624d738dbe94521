# Three correct ways to train again from fresh weights (compile() is not one).
import keras
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(256, 4)).astype("float32")
y = X @ np.array([[1.0], [-2.0], [0.5], [3.0]], dtype="float32")


def make_model():  # 1) a function that builds a new model each time
    return keras.Sequential(
        [
            keras.Input((4,)),
            keras.layers.Dense(8, activation="relu"),
            keras.layers.Dense(1),
        ]
    )


def mse(m):
    return float(np.mean((keras.ops.convert_to_numpy(m(X)) - y) ** 2))


keras.utils.set_random_seed(0)
model = make_model()
initial = model.get_weights()  # 3) save the initial weights ...
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
model.fit(X, y, epochs=20, batch_size=64, verbose=0)
trained, loss_trained = model.get_weights(), mse(model)
print(f"trained loss {loss_trained:.3f}")

fresh = make_model()  # 1) new layers, new random weights
# 2) same architecture, weights re-initialised
clone = keras.models.clone_model(model)


def kernels(ws):
    return [w for w in ws if w.ndim == 2]  # biases start at zero in all of them


def differs(a, b):
    return not any(np.array_equal(u, v) for u, v in zip(kernels(a), kernels(b)))


assert differs(clone.get_weights(), trained) and differs(
    clone.get_weights(), initial
)
assert differs(fresh.get_weights(), trained)

model.set_weights(initial)  # 3) ... and put them back
assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), initial))
assert int(model.optimizer.iterations) > 0  # the old Adam state is still there,
# so: a new optimizer
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
for name, m in [
    ("make_model()", fresh),
    ("clone_model", clone),
    ("set_weights", model),
]:
    print(f"{name:13s} loss {mse(m):.2f}")
    assert mse(m) > 20 * loss_trained  # back to an untrained model's loss
