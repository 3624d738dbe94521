# Forward differences err in proportion to h, central differences to h^2.
import numpy as np


def f(x):
    return np.tanh(x) ** 2


x0 = 0.7
exact = 2 * np.tanh(x0) * (1 - np.tanh(x0) ** 2)  # the chain rule
hs = np.array([1e-2, 1e-3, 1e-4])
forward = np.abs((f(x0 + hs) - f(x0)) / hs - exact)
central = np.abs((f(x0 + hs) - f(x0 - hs)) / (2 * hs) - exact)
for h, e_f, e_c in zip(hs, forward, central):
    print(f"h={h:.0e}: forward error {e_f:.1e}, central error {e_c:.1e}")

# the slope of log(error) against log(h) is the order of the error
order_f = np.polyfit(np.log10(hs), np.log10(forward), 1)[0]
order_c = np.polyfit(np.log10(hs), np.log10(central), 1)[0]
print(f"order: forward {order_f:.1f}, central {order_c:.1f}")
assert abs(order_f - 1) < 0.15 and abs(order_c - 2) < 0.15
