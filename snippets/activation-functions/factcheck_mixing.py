# Mixing activation functions is the rule, not the exception.
import keras
import numpy as np

# 1. An ordinary classifier: ReLU in the hidden layer, softmax at the output.
clf = keras.Sequential(
    [
        keras.Input((64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
used = [layer.activation.__name__ for layer in clf.layers]
assert used == ["relu", "softmax"]

# 2. LSTM and GRU: sigmoid gates and tanh candidates, by default.
for rnn in [keras.layers.LSTM(8), keras.layers.GRU(8)]:
    acts = (rnn.activation.__name__, rnn.recurrent_activation.__name__)
    print(type(rnn).__name__, acts)
    assert acts == ("tanh", "sigmoid")

# 3. SwiGLU feed-forward block (Shazeer 2020): (Swish(x W) * x V) W2.
d_model, d_ff = 16, 32
inputs = keras.Input((d_model,))
gate = keras.layers.Dense(d_ff, activation="silu", use_bias=False)(inputs)
value = keras.layers.Dense(d_ff, use_bias=False)(inputs)  # linear
hidden = keras.layers.Multiply()([gate, value])
outputs = keras.layers.Dense(d_model, use_bias=False)(hidden)
ffn = keras.Model(inputs, outputs)
assert tuple(ffn(np.ones((2, d_model), "float32")).shape) == (2, d_model)
