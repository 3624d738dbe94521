# The notes' app, fixed: openai>=1.0 client, key from the environment,
# the instruction in the messages. (Runs after local_api.py, above.)
import os
from unittest import mock

from openai import OpenAI


def translate_to_english(client, model, text):
    response = client.chat.completions.create(
        model=model,  # only a model name goes here
        messages=[
            {
                "role": "system",
                "content": "You translate Korean into natural English. "
                "Reply with the translation only.",
            },
            {"role": "user", "content": text},
        ],
        temperature=0.2,
        max_tokens=256,
    )
    # attributes, not ['...']
    return response.choices[0].message.content.strip()


# For real use: client = OpenAI() reads OPENAI_API_KEY from the environment,
# and the model name comes from configuration, e.g. os.environ["OPENAI_MODEL"].
# Here the same SDK talks to the local stand-in, with a dummy key.
DUMMY = "test-key-not-secret"  # a placeholder the stand-in accepts
with mock.patch.dict(os.environ, {"OPENAI_API_KEY": DUMMY}):  # as if exported
    client = OpenAI(base_url=BASE_URL, max_retries=0)
assert client.api_key == DUMMY  # taken from the environment

answer = translate_to_english(client, "test-chat-model", "안녕, 세상아.")
print(answer)
assert answer == "Hello, world."

path, headers, body = received[-1]  # exactly what the SDK sent
assert path == "/v1/chat/completions"
assert headers["Authorization"] == f"Bearer {DUMMY}"
assert body == {
    "model": "test-chat-model",
    "messages": [
        {
            "role": "system",
            "content": "You translate Korean into natural "
            "English. Reply with the translation only.",
        },
        {"role": "user", "content": "안녕, 세상아."},
    ],
    "temperature": 0.2,
    "max_tokens": 256,
}
server.shutdown()
server.server_close()
