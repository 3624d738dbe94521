# A derived feature adds a column (a new axis length) but no new direction.
import numpy as np
from sklearn.datasets import load_iris

X = load_iris().data  # (150, 4)
X5 = np.column_stack([X, X[:, 0] + X[:, 1]])  # add "sepal length + sepal width"

assert X.shape == (150, 4) and X5.shape == (150, 5)
assert X.ndim == X5.ndim == 2  # tensor rank unchanged
# matrix rank unchanged
assert np.linalg.matrix_rank(X) == np.linalg.matrix_rank(X5) == 4
print(
    "shape",
    X5.shape,
    "| tensor rank",
    X5.ndim,
    "| matrix rank",
    np.linalg.matrix_rank(X5),
)
