# Standardizing the inputs of the wine data (13 features, 0.1 to 1,680):
# the same MLP, the same 100 Adam steps, with and without it.
import keras
import numpy as np
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split

X, y = load_wine(return_X_y=True)
X = X.astype("float32")
X_train, X_val, y_train, y_val = train_test_split(
    X, y, test_size=0.4, random_state=0, stratify=y
)
lo, hi = X_train.min(), X_train.max()
print(f"feature values: {lo:.2f} to {hi:.0f}")


def curvature_ratio(A):  # condition number of E[x x^T] (with a bias)
    A = np.c_[A, np.ones(len(A))].astype("float64")
    eig = np.linalg.eigvalsh(A.T @ A / len(A))
    return eig.max() / eig.min()


norm = keras.layers.Normalization()  # (x - mean) / std, per feature
norm.adapt(X_train)  # statistics from the training set only
Z_train = keras.ops.convert_to_numpy(norm(X_train))
assert np.allclose(Z_train.mean(0), 0, atol=1e-4)
assert np.allclose(Z_train.std(0), 1, atol=1e-3)
raw, std = curvature_ratio(X_train), curvature_ratio(Z_train)
print(f"condition number, raw: {raw:.1e}")
print(f"condition number, standardized: {std:.0f}")


def train(standardize, seed):
    keras.utils.set_random_seed(seed)
    layers = [keras.Input((13,))] + ([norm] if standardize else [])
    model = keras.Sequential(
        layers
        + [keras.layers.Dense(32, activation="relu"), keras.layers.Dense(3)]
    )
    model.compile(
        keras.optimizers.Adam(0.01),
        keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        steps_per_execution=100,
    )
    model.fit(  # 100 full-batch steps
        np.tile(X_train, (100, 1)),
        np.tile(y_train, 100),
        batch_size=len(X_train),
        shuffle=False,
        verbose=0,
    )
    logits = model.predict(X_val, verbose=0)
    return float(np.mean(np.argmax(logits, 1) == y_val))


raw_acc = [train(False, seed) for seed in range(3)]
std_acc = [train(True, seed) for seed in range(3)]
print(f"val accuracy, raw: {np.mean(raw_acc):.2f}")
print(f"val accuracy, standardized: {np.mean(std_acc):.2f}")
assert raw > 1e6 * std  # the raw loss surface is a very narrow valley
assert min(std_acc) > max(raw_acc) + 0.05  # every seed: better, faster
