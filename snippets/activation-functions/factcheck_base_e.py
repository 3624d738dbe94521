# Any base b works: b**z = e**(z ln b), so base-b softmax = softmax(z * ln b).
import numpy as np


def softmax_base(z, b):
    w = b ** (z - z.max())
    return w / w.sum()


z = np.array([2.0, 1.0, -1.0])
for name, b in [("2", 2.0), ("e", np.e), ("10", 10.0)]:
    print(f"base {name}:", softmax_base(z, b).round(3).tolist())
for b in [2.0, 10.0]:  # base b = base e with the logits scaled by ln b
    assert np.allclose(softmax_base(z, b), softmax_base(z * np.log(b), np.e))

# Why e is convenient: d/dx b**x = ln(b) * b**x, and ln(e) = 1.
h = 1e-6
slope_at_0 = {b: (b**h - 1) / h for b in [2.0, np.e, 10.0]}
assert np.isclose(slope_at_0[2.0], np.log(2.0), atol=1e-5)
assert np.isclose(slope_at_0[np.e], 1.0, atol=1e-5)
assert np.isclose(slope_at_0[10.0], np.log(10.0), atol=1e-4)
