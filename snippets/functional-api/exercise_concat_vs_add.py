# Concatenate + Dense can do all that Add + Dense does:
# W [h; h1] = W_a h + W_b h1.
import keras
import numpy as np

h_in, h1_in = keras.Input((8,)), keras.Input((8,))
after_add = keras.layers.Dense(3)
after_cat = keras.layers.Dense(3)
added = keras.layers.Add()([h_in, h1_in])
add_model = keras.Model([h_in, h1_in], after_add(added))
joined = keras.layers.Concatenate()([h_in, h1_in])
cat_model = keras.Model([h_in, h1_in], after_cat(joined))
assert after_cat.kernel.shape == (16, 3) and after_add.kernel.shape == (8, 3)

# Stack the Add model's kernel twice: W_a = W_b = W gives exactly W (h + h1).
kernel, bias = after_add.get_weights()
after_cat.set_weights([np.vstack([kernel, kernel]), bias])
rng = np.random.default_rng(0)
h = rng.normal(size=(5, 8)).astype("float32")
h1 = rng.normal(size=(5, 8)).astype("float32")
assert np.allclose(add_model([h, h1]), cat_model([h, h1]), atol=1e-5)
