# The text-generation page's character model (same settings) on the same
# split, measured the same way: held-out loss per character.
keras.utils.set_random_seed(0)
mlp = keras.Sequential(
    [
        keras.Input((K,), dtype="int32"),
        keras.layers.Embedding(V, 32),
        keras.layers.Flatten(),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(V),
    ]
)
mlp.compile(
    optimizer=keras.optimizers.Adam(0.01),
    loss=loss_fn,
    steps_per_execution=16,
)
val_mlp = []
for _ in range(8):
    mlp.fit(X_train, Y_train[:, -1], batch_size=128, epochs=1, verbose=0)
    val_mlp.append(heldout_loss(mlp))
best_mlp = min(val_mlp)
print("held-out loss per epoch:", np.round(val_mlp, 2))
print(f"MLP parameters: {mlp.count_params()}")
print(f"MLP best held-out loss: {best_mlp:.2f}")
print(f"MLP held-out loss after 8 epochs: {val_mlp[-1]:.2f}")
ratio = mlp.count_params() / transformer.count_params()
print(f"parameter ratio: {ratio:.0f}")
assert abs(best_transformer - best_mlp) < 0.15  # about the same at best
assert ratio > 4  # ... with a fraction of the parameters
assert val_mlp[-1] > best_mlp + 1.5  # the MLP memorizes fast
assert val_transformer[-1] < best_transformer + 0.3  # the transformer less
