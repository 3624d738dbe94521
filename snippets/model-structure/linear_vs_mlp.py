# Concentric circles: no straight line separates them;
# one hidden layer with ReLU does.
import keras
import numpy as np
from sklearn.datasets import make_circles
from sklearn.linear_model import LogisticRegression

X, y = make_circles(n_samples=400, noise=0.05, factor=0.5, random_state=0)
X = X.astype("float32")

logreg = LogisticRegression().fit(X, y)  # a linear model: one straight line


def train(activation):
    keras.utils.set_random_seed(0)
    inputs = keras.Input((2,))
    hidden = keras.layers.Dense(16, activation=activation)(inputs)
    output = keras.layers.Dense(1, activation="sigmoid")(hidden)
    model = keras.Model(inputs, output)
    model.compile(
        optimizer=keras.optimizers.Adam(0.05),
        loss="binary_crossentropy",
        steps_per_execution=50,
    )
    # 50 passes over the 400 points as one epoch:
    # same steps as epochs=50, less overhead
    model.fit(
        np.tile(X, (50, 1)),
        np.tile(y, 50),
        batch_size=400,
        shuffle=False,
        verbose=0,
    )
    prob = keras.ops.convert_to_numpy(model(X))[:, 0]
    features = keras.ops.convert_to_numpy(keras.Model(inputs, hidden)(X))
    return float(((prob > 0.5) == y).mean()), features


acc_linear_stack, _ = train(None)  # same layers, no activation
acc_mlp, H = train("relu")
# a straight line in hidden space
probe = LogisticRegression(max_iter=1000).fit(H, y)

print("logistic regression :", round(logreg.score(X, y), 3))
print("Dense-Dense, linear :", round(acc_linear_stack, 3))
print("Dense-Dense, ReLU   :", round(acc_mlp, 3))
print("line on hidden H    :", round(probe.score(H, y), 3), H.shape)
# no better than guessing
assert logreg.score(X, y) < 0.6 and acc_linear_stack < 0.6
assert acc_mlp == 1.0  # the nonlinearity makes the difference
# in the 16-d hidden space one hyperplane suffices
assert probe.score(H, y) == 1.0
