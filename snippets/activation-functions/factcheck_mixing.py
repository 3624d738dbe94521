# Mixing activation functions is the rule, not the exception.
from collections import Counter

import keras

# 1. A published architecture as Keras builds it (no weights downloaded):
#    count the activation function of every layer of EfficientNet-B0.
net = keras.applications.EfficientNetB0(weights=None)
used = Counter(
    layer.activation.__name__
    for layer in net.layers
    if hasattr(layer, "activation")
)
used.pop("linear", None)  # layers without a nonlinearity
print("EfficientNet-B0:", dict(used))
# swish in the body, sigmoid in the squeeze-and-excitation gates, softmax out
assert {"silu", "sigmoid", "softmax"} <= set(used)

# 2. LSTM and GRU: sigmoid gates and tanh candidates, by default.
for rnn in [keras.layers.LSTM(8), keras.layers.GRU(8)]:
    acts = (rnn.activation.__name__, rnn.recurrent_activation.__name__)
    print(type(rnn).__name__, acts)
    assert acts == ("tanh", "sigmoid")
