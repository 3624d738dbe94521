# Parameters of a convolution vs a Dense layer making the same output,
# from model.count_params(), checked against the formulas.
import keras

H = W = 8  # an 8x8 image
c_in, c_out, k = 1, 16, 3

conv = keras.Sequential(
    [keras.Input((H, W, c_in)), keras.layers.Conv2D(c_out, k, padding="same")]
)
dense = keras.Sequential(
    [
        keras.Input((H, W, c_in)),
        keras.layers.Flatten(),
        keras.layers.Dense(H * W * c_out),  # the same 8x8x16 numbers out
        keras.layers.Reshape((H, W, c_out)),
    ]
)
assert conv.output_shape == dense.output_shape == (None, H, W, c_out)

conv_formula = k * k * c_in * c_out + c_out  # kernel + one bias per filter
dense_formula = (H * W * c_in) * (H * W * c_out) + H * W * c_out
print(f"Conv2D: {conv.count_params()} = {k}*{k}*{c_in}*{c_out} + {c_out}")
print(
    f"Dense:  {dense.count_params()} = {H * W * c_in}*{H * W * c_out} "
    f"+ {H * W * c_out}"
)
ratio = dense.count_params() / conv.count_params()
print(f"Dense / Conv2D: {ratio:.0f}")
assert conv.count_params() == conv_formula == 160
assert dense.count_params() == dense_formula
assert ratio > 400

# The conv's count does not depend on the image size, the Dense one's does.
for size in [8, 32, 224]:
    big = keras.Sequential(
        [keras.Input((size, size, c_in)), keras.layers.Conv2D(c_out, k)]
    )
    assert big.count_params() == conv_formula
