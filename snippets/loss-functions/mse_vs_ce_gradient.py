# Gradient of MSE and of cross-entropy w.r.t. the logit z of a sigmoid output.
import keras
import numpy as np
import tensorflow as tf

y = tf.constant([[1.0]])  # the true class is 1
for z0 in [-8.0, -4.0, 0.0, 4.0]:  # -8: confidently wrong, 4: confidently right
    z = tf.Variable([[z0]])
    with tf.GradientTape(persistent=True) as tape:
        p = keras.activations.sigmoid(z)
        mse = keras.losses.mean_squared_error(y, p)  # (p - y)^2
        ce = keras.losses.binary_crossentropy(y, z, from_logits=True)  # -log p
    g_mse = float(tape.gradient(mse, z)[0, 0])
    g_ce = float(tape.gradient(ce, z)[0, 0])
    pv = float(p[0, 0])
    assert np.isclose(g_mse, 2 * (pv - 1) * pv * (1 - pv), atol=1e-6)
    assert np.isclose(g_ce, pv - 1, atol=1e-6)
    print(f"z={z0:+.0f}  p={pv:.4f}  dMSE/dz={g_mse:+.5f}  dCE/dz={g_ce:+.4f}")
    # confidently wrong: MSE barely pushes, CE pushes at full strength
    if z0 == -8.0:
        assert abs(g_mse) < 1e-3 and abs(g_ce) > 0.99
