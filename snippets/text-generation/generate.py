# Decoding with the trained model: greedy, temperature and top-k sampling.
emb = model.layers[0].get_weights()[0]  # (vocabulary, 32)
W1, b1 = model.layers[2].get_weights()
W2, b2 = model.layers[3].get_weights()


def context_ids(text):  # the last K characters, padded with "\n"
    ids = [char_id.get(ch, char_id[" "]) for ch in text]
    return ([char_id["\n"]] * K + ids)[-K:]


def next_logits(text):  # model(x) in NumPy: fast for one context at a time
    h = np.maximum(emb[context_ids(text)].reshape(-1) @ W1 + b1, 0)
    return (h @ W2 + b2).astype("float64")


check = [lines[0][:i] for i in range(1, 30)]
same = model.predict(np.array([context_ids(c) for c in check]), verbose=0)
assert np.allclose([next_logits(c) for c in check], same, atol=1e-3)


def generate(prompt, temperature=0.0, top_k=None, seed=0, max_new=80):
    rng = np.random.default_rng(seed)
    text = prompt
    for _ in range(max_new):
        z = next_logits(text)
        if temperature == 0:
            i = int(np.argmax(z))  # greedy: always the most likely character
        else:
            z = z / temperature
            if top_k is not None:  # keep only the k largest logits
                z[z < np.sort(z)[-top_k]] = -np.inf
            p = np.exp(z - z.max())
            i = int(rng.choice(len(vocab), p=p / p.sum()))
        if vocab[i] == "\n":
            break
        text += vocab[i]
    return text


prompts = ["언어 모델은", "A language model"]
for prompt in prompts:
    print("greedy :", generate(prompt))
    for T in [0.5, 1.0, 1.5]:
        print(f"T={T:<5}:", generate(prompt, temperature=T, seed=1))

greedy = generate("언어 모델은")
assert greedy == generate("언어 모델은")  # deterministic
sentence = "언어 모델은 앞의 토큰을 보고 다음 토큰을 예측한다."
assert greedy.startswith(sentence)  # it recites its training text
assert generate("언어 모델은", 1.5, top_k=1, seed=3) == greedy  # top-1 = greedy
assert generate(prompts[1], 1.0, seed=7) == generate(prompts[1], 1.0, seed=7)


def novelty(T, n=6):  # share of generated n-grams the corpus never contains
    corpus = "\n".join(lines)
    grams = []
    for seed in range(4):
        for prompt in prompts:
            s = generate(prompt, T, seed=seed)[len(prompt) - 2 :]
            grams += [s[i : i + n] for i in range(len(s) - n + 1)]
    return np.mean([g not in corpus for g in grams])


scores = {T: novelty(T) for T in [0.3, 1.5]}
print("novel 6-grams:", {T: round(float(v), 2) for T, v in scores.items()})
assert scores[1.5] > scores[0.3] + 0.1  # hotter sampling leaves the corpus

# The same knob on the trained model: higher T, flatter distributions.
logits = model.predict(X[::8], verbose=0).astype("float64")


def mean_entropy(T):  # average entropy (nats) of the next-character p(T)
    z = logits / T
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    return float(np.mean(-np.sum(p * np.log(np.maximum(p, 1e-300)), axis=1)))


H = {T: mean_entropy(T) for T in [0.3, 1.0, 1.5]}
print("mean entropy:", {T: round(h, 2) for T, h in H.items()})
assert H[0.3] < H[1.0] < H[1.5] < np.log(len(vocab))
