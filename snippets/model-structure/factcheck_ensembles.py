# Two moons: tree ensembles fit this nonlinear problem
# as well as a neural network.
from sklearn.datasets import make_moons
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

X, y = make_moons(n_samples=1000, noise=0.2, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.5, random_state=0
)
models = {
    "logistic regression": LogisticRegression(),
    "random forest": RandomForestClassifier(n_estimators=100, random_state=0),
    "gradient boosting": GradientBoostingClassifier(random_state=0),
    "MLP (32, 32)": MLPClassifier((32, 32), max_iter=2000, random_state=0),
}
acc = {
    name: m.fit(X_train, y_train).score(X_test, y_test)
    for name, m in models.items()
}
print({name: round(a, 3) for name, a in acc.items()})
# a straight line cannot follow the moons
assert acc["logistic regression"] < 0.9
for name in ["random forest", "gradient boosting"]:
    assert acc[name] > 0.93 and abs(acc[name] - acc["MLP (32, 32)"]) < 0.03
