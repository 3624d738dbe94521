# Batch normalization from scratch in NumPy, checked against Keras.
import keras
import numpy as np

m, d = 8, 256  # batch size, features
momentum, epsilon = 0.9, 1e-3
rng = np.random.default_rng(0)
mu = rng.uniform(-3, 3, size=d)  # each feature's true mean
sigma = rng.uniform(0.5, 2, size=d)  # and true standard deviation
gamma = rng.uniform(0.5, 2, size=d).astype("float32")
beta = rng.uniform(-1, 1, size=d).astype("float32")


def batch_norm_train(x, gamma, beta, epsilon):
    mean = x.mean(axis=0)  # over the batch, per feature
    var = x.var(axis=0)  # biased: divides by m
    return gamma * (x - mean) / np.sqrt(var + epsilon) + beta, mean, var


def batch_norm_infer(x, gamma, beta, epsilon, moving_mean, moving_var):
    return gamma * (x - moving_mean) / np.sqrt(moving_var + epsilon) + beta


bn = keras.layers.BatchNormalization(momentum=momentum, epsilon=epsilon)
bn.build((None, d))
bn.gamma.assign(gamma)
bn.beta.assign(beta)

moving_mean = np.zeros(d)  # Keras starts them at 0 and 1
moving_biased, moving_unbiased = np.ones(d), np.ones(d)
batch_vars = []
train_gap = 0.0
for _ in range(200):
    x = rng.normal(mu, sigma, size=(m, d)).astype("float32")
    y_keras = keras.ops.convert_to_numpy(bn(x, training=True))
    y_ours, mean, var = batch_norm_train(x, gamma, beta, epsilon)
    train_gap = max(train_gap, np.abs(y_keras - y_ours).max())
    moving_mean = momentum * moving_mean + (1 - momentum) * mean
    moving_biased = momentum * moving_biased + (1 - momentum) * var
    unbiased = var * m / (m - 1)
    moving_unbiased = momentum * moving_unbiased + (1 - momentum) * unbiased
    batch_vars.append(var)

print(f"training mode, largest |Keras - ours|: {train_gap:.1e}")
assert train_gap < 1e-5

# The normalization divides by m: dividing by m - 1 gives other outputs.
std_unbiased = np.sqrt(x.var(axis=0, ddof=1) + epsilon)
y_unbiased = gamma * (x - x.mean(axis=0)) / std_unbiased + beta
assert np.abs(y_keras - y_unbiased).max() > 1e-2

keras_mean = keras.ops.convert_to_numpy(bn.moving_mean)
keras_var = keras.ops.convert_to_numpy(bn.moving_variance)
assert np.allclose(keras_mean, moving_mean, rtol=1e-5, atol=1e-5)
to_biased = (keras_var / moving_biased).mean()
to_unbiased = (keras_var / moving_unbiased).mean()
print(f"moving_variance / biased recursion: {to_biased:.4f}")
print(f"moving_variance / unbiased recursion: {to_unbiased:.4f}")
print(f"(m - 1) / m: {(m - 1) / m:.4f}")
assert np.allclose(keras_var, moving_biased, rtol=1e-5)  # the biased one
assert not np.allclose(keras_var, moving_unbiased, rtol=0.05)
assert abs(to_unbiased - (m - 1) / m) < 1e-3

# Inference mode: the moving averages, nothing from the batch.
x = rng.normal(mu, sigma, size=(m, d)).astype("float32")
y_keras = keras.ops.convert_to_numpy(bn(x, training=False))
y_ours = batch_norm_infer(x, gamma, beta, epsilon, moving_mean, moving_biased)
infer_gap = np.abs(y_keras - y_ours).max()
print(f"inference mode, largest |Keras - ours|: {infer_gap:.1e}")
assert infer_gap < 1e-5

# Against the true variance: a biased batch variance is (m - 1)/m too small
# on average; the paper's m/(m - 1) (Algorithm 2) undoes it.
paper = np.mean(batch_vars, axis=0) * m / (m - 1)
keras_to_true = (keras_var / sigma**2).mean()
paper_to_true = (paper / sigma**2).mean()
print(f"Keras moving_variance / true variance: {keras_to_true:.3f}")
print(f"Algorithm 2 estimate / true variance: {paper_to_true:.3f}")
assert abs(keras_to_true - (m - 1) / m) < 0.04
assert abs(paper_to_true - 1) < 0.04

# So at inference a fresh batch from the same distribution comes out
# sqrt(m / (m - 1)) times too wide instead of with standard deviation 1.
x = rng.normal(mu, sigma, size=(4096, d)).astype("float32")
z = (keras.ops.convert_to_numpy(bn(x, training=False)) - beta) / gamma
print(f"inference output std: {z.std(axis=0).mean():.3f}")
print(f"sqrt(m / (m - 1)): {np.sqrt(m / (m - 1)):.3f}")
assert abs(z.std(axis=0).mean() - np.sqrt(m / (m - 1))) < 0.03
