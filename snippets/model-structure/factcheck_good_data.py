# 100% training accuracy says nothing about how good the data is.
import numpy as np
from sklearn.datasets import load_digits
from sklearn.tree import DecisionTreeClassifier

X, y = load_digits(return_X_y=True)
X, y = X[:500], y[:500]
rng = np.random.default_rng(0)


def train_acc(X_, y_):
    return DecisionTreeClassifier(random_state=0).fit(X_, y_).score(X_, y_)


# 1) Good data that cannot be fit: the same image twice, with two
#    different labels (a labelling mistake, or a truly ambiguous image).
#    No function maps one input to two outputs.
X_dup = np.vstack([X, X[:50]])
y_dup = np.concatenate([y, (y[:50] + 1) % 10])  # 50 conflicting copies
print("conflicting duplicates:", round(train_acc(X_dup, y_dup), 3))
assert train_acc(X_dup, y_dup) <= 1 - 50 / len(y_dup) + 1e-9  # at most 500/550

# 2) Bad data that is fit perfectly: labels shuffled, so they mean nothing.
y_random = rng.permutation(y)
print("random labels:", train_acc(X, y_random))
# enough capacity memorises anything consistent
assert train_acc(X, y_random) == 1.0

# 3) Noisy labels: a model that reaches 100% has memorised the mistakes too.
y_noisy = y.copy()
flip = rng.random(len(y)) < 0.2  # 20% of the labels are wrong
y_noisy[flip] = (y[flip] + rng.integers(1, 10, flip.sum())) % 10
tree = DecisionTreeClassifier(random_state=0).fit(X, y_noisy)
print(
    "noisy labels: train",
    tree.score(X, y_noisy),
    " agrees with wrong labels on",
    round(float((tree.predict(X[flip]) == y_noisy[flip]).mean()), 3),
)
assert (
    tree.score(X, y_noisy) == 1.0
    and (tree.predict(X[flip]) == y_noisy[flip]).all()
)
