# Gradient through 10 stacked sigmoids vs 10 stacked ReLUs, at x = 1.
import tensorflow as tf

x = tf.constant(1.0)
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    s, r = x, x
    for _ in range(10):
        s, r = tf.sigmoid(s), tf.nn.relu(r)
g_sigmoid, g_relu = float(tape.gradient(s, x)), float(tape.gradient(r, x))
print(f"10 sigmoids: {g_sigmoid:.1e}   10 ReLUs: {g_relu:.1f}")
assert g_sigmoid < 0.25**10  # each factor sigmoid'(.) is below 1/4
assert g_relu == 1.0  # each factor relu'(.) is 1 on the positive side
