# Save the trained model to a .keras file and load it back:
# same class, same predictions.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mlp.keras")
    model.save(path)
    restored = keras.models.load_model(path)  # finds "kb>MLP" in the registry

assert type(restored) is MLP
assert restored.get_config()["units"] == 16
np.testing.assert_allclose(restored(x), model(x), atol=1e-6)
