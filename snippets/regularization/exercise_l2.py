# L2 regularisation: Keras adds l2 * sum(w**2) to the loss,
# per regularised layer.
import keras
import numpy as np

keras.utils.set_random_seed(0)
dense = keras.layers.Dense(3, kernel_regularizer=keras.regularizers.L2(0.01))
model = keras.Sequential([keras.Input((4,)), dense])
penalty = float(sum(model.losses))
w = keras.ops.convert_to_numpy(dense.kernel)
assert np.isclose(penalty, 0.01 * np.sum(w**2), rtol=1e-5)

# Gradient of the penalty is 2 * l2 * w: every step pulls each weight toward 0.
# AdamW applies this "weight decay" directly in the update instead.
opt = keras.optimizers.AdamW(learning_rate=1e-3, weight_decay=0.004)
assert opt.weight_decay == 0.004
