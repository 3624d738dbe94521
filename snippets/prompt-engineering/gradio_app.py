# The notes' Gradio app, offline: a character n-gram model (see the
# text-generation page) answers instead of a remote API.
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no usage stats
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")  # gradio_client's too
from collections import Counter, defaultdict
from pathlib import Path

import gradio as gr
from gradio_client import Client

text = ""
for lang in ["ko", "en"]:
    raw = Path(f"docs/assets/corpus/{lang}.txt").read_text(encoding="utf-8")
    text += "".join(f"\n{line}" for line in raw.splitlines() if line)
text += "\n"
ORDER = 6
counts = defaultdict(Counter)  # context -> counts of the next character
for i in range(1, len(text)):
    for n in range(min(ORDER, i) + 1):
        counts[text[i - n : i]][text[i]] += 1


def generator(prompt):
    """Continue the prompt greedily until the model ends the line."""
    out = "\n" + prompt.strip()
    for _ in range(120):
        n = next(
            n for n in range(ORDER, -1, -1) if out[len(out) - n :] in counts
        )
        ch = counts[out[len(out) - n :]].most_common(1)[0][0]
        if ch == "\n":
            break
        out += ch
    return out[1:]


demo = gr.Interface(fn=generator, inputs="text", outputs="text")
# returns at once; the server runs on
_, url, _ = demo.launch(
    server_name="127.0.0.1", prevent_thread_lock=True, quiet=True
)
try:
    client = Client(url, verbose=False)
    answer = client.predict("소프트맥스는", api_name="/generator")
    print(url, "->", answer)
    assert answer == generator("소프트맥스는")  # the same function behind HTTP
    assert answer.startswith("소프트맥스는 점수를 확률로 바꾼다.")
finally:
    demo.close()
