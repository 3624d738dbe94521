# The order of the recipe: first make the training accuracy reach 100%,
# then fight overfitting.
from sklearn.datasets import load_digits
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

X, y = load_digits(return_X_y=True)
X_train, X_val, y_train, y_val = train_test_split(
    X, y, test_size=0.3, random_state=0
)


def score(m):
    return (m.score(X_train, y_train), m.score(X_val, y_val))


too_small = DecisionTreeClassifier(max_depth=3, random_state=0).fit(
    X_train, y_train
)
big = DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
regularised = RandomForestClassifier(n_estimators=100, random_state=0).fit(
    X_train, y_train
)
for name, m in [
    ("too small", too_small),
    ("big", big),
    ("big + averaging", regularised),
]:
    print(f"{name:16s} train {score(m)[0]:.3f}  val {score(m)[1]:.3f}")

# step 1 fails: fix the model/pipeline, not the data
assert score(too_small)[0] < 0.6
assert score(big)[0] == 1.0  # step 1 passes: the model can learn the task
# step 2: now the gap (overfitting) is the problem
assert score(big)[1] < score(big)[0] - 0.1
# and regularisation closes part of it
assert score(regularised)[1] > score(big)[1] + 0.05
