# What TensorFlow returns as the gradient of ReLU around 0 and exactly at 0.
import keras
import tensorflow as tf

x = tf.constant([-1.0, -1e-6, 0.0, 1e-6, 1.0])
with tf.GradientTape(persistent=True) as tape:  # (1)!
    tape.watch(x)  # (2)!
    relu = tf.nn.relu(x)
    relu_keras = keras.activations.relu(x)
    leaky = keras.activations.leaky_relu(x, negative_slope=0.2)


def grad(y):
    return tape.gradient(y, x).numpy().astype(float)


print("relu' :", grad(relu).round(2).tolist())
print("leaky':", grad(leaky).round(2).tolist())
assert grad(relu).tolist() == [0.0, 0.0, 0.0, 1.0, 1.0]  # (3)!
assert grad(relu_keras).tolist() == grad(relu).tolist()
assert grad(leaky).round(6).tolist() == [0.2, 0.2, 0.2, 1.0, 1.0]  # (4)!
