# The same translation with the Responses API. (Runs after local_api.py.)
from openai import OpenAI


def translate_to_english(client, model, text):
    response = client.responses.create(
        model=model,
        instructions="You translate Korean into natural English. "
        "Reply with the translation only.",
        input=text,
        temperature=0.2,
        max_output_tokens=256,
    )
    return response.output_text.strip()


DUMMY = "test-key-not-secret"  # a placeholder the stand-in accepts
client = OpenAI(base_url=BASE_URL, api_key=DUMMY, max_retries=0)
assert (
    translate_to_english(client, "test-chat-model", "안녕, 세상아.")
    == "Hello, world."
)
path, headers, body = received[-1]
assert path == "/v1/responses"
assert body == {
    "model": "test-chat-model",
    "instructions": "You translate Korean into natural English. "
    "Reply with the translation only.",
    "input": "안녕, 세상아.",
    "temperature": 0.2,
    "max_output_tokens": 256,
}
server.shutdown()
server.server_close()
