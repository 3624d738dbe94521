# Tensor rank = number of axes.
# It says nothing about how many entries there are.
import numpy as np
import tensorflow as tf

examples = {
    "scalar": np.float32(3.0),
    "vector": np.zeros(1000),
    "matrix": np.zeros((100, 64)),
    "image batch": np.zeros((32, 8, 8, 1)),
    "one entry, three axes": np.zeros((1, 1, 1)),
}
for name, a in examples.items():
    rank = int(tf.rank(a))
    print(
        f"{name:<22} shape {str(np.shape(a)):<16} rank {rank}  "
        f"entries {np.size(a)}"
    )
    assert rank == np.ndim(a) == len(np.shape(a))

assert (
    int(tf.rank(examples["vector"])) == 1
    and np.size(examples["vector"]) == 1000
)
assert int(tf.rank(examples["one entry, three axes"])) == 3
