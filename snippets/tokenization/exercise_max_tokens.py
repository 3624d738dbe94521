# A capped vocabulary: TextVectorization(max_tokens=...) maps every rarer word
# to 1 ([UNK]).
from pathlib import Path

import keras
import numpy as np

en = Path("docs/assets/corpus/en.txt").read_text(encoding="utf-8").splitlines()
unknown = {}
for max_tokens in [None, 100, 20]:
    vectorize = keras.layers.TextVectorization(max_tokens=max_tokens)
    vectorize.adapt(en)
    ids = keras.ops.convert_to_numpy(vectorize(en))
    ids = ids[ids > 0]  # drop the padding
    unknown[max_tokens] = float(np.mean(ids == 1))
    if max_tokens:
        # "" and "[UNK]" included
        assert len(vectorize.get_vocabulary()) == max_tokens
print({k: round(v, 2) for k, v in unknown.items()})  # share of [UNK]
print(f"covered with 100: {1 - unknown[100]:.0%}")
print(f"covered with 20: {1 - unknown[20]:.0%}")
assert unknown[None] == 0.0  # every training word has its own id
# frequent words cover much of the text
assert 0.2 < unknown[100] < unknown[20] < 0.75
