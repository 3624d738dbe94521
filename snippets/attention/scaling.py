# Why divide by sqrt(d_k): dot products of random vectors grow with d_k,
# and large scores saturate the softmax (one weight near 1, gradients near 0).
import numpy as np

rng = np.random.default_rng(0)
n_keys = 16


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def jacobian_size(p):
    """Mean Frobenius norm of the softmax Jacobian diag(p) - p p^T."""
    J = np.einsum("ni,ij->nij", p, np.eye(p.shape[-1]))
    J = J - np.einsum("ni,nj->nij", p, p)
    return float(np.linalg.norm(J, axis=(1, 2)).mean())


for d_k in [4, 64, 512]:
    q = rng.normal(size=(2000, 1, d_k))  # unit-variance entries
    k = rng.normal(size=(2000, n_keys, d_k))
    dots = np.einsum("nqd,nkd->nk", q, k)  # 2000 queries x 16 keys
    var = dots.var()
    raw = softmax(dots)
    scaled = softmax(dots / np.sqrt(d_k))
    print(
        f"d_k={d_k}: var(q.k)={var:.0f}",
        f"max weight {raw.max(-1).mean():.2f} -> {scaled.max(-1).mean():.2f}",
        f"jacobian {jacobian_size(raw):.2f} -> {jacobian_size(scaled):.2f}",
    )
    assert 0.9 < var / d_k < 1.1  # the variance is d_k
    assert 0.9 < (dots / np.sqrt(d_k)).var() < 1.1  # scaled: about 1
    if d_k == 512:
        print(f"max weight without scaling: {raw.max(-1).mean():.2f}")
        print(f"max weight with scaling: {scaled.max(-1).mean():.2f}")
        assert raw.max(-1).mean() > 0.9  # nearly all on one key
        ratio = jacobian_size(raw) / jacobian_size(scaled)
        print(f"gradient size without / with scaling: {ratio:.2f}")
        assert ratio < 0.35  # the softmax passes back much less gradient
