# The notes' code under the installed openai SDK, line by line.
# (Runs after local_api.py, above.)
import openai
from openai import OpenAI

prompt = "안녕, 세상아."

# 1. "Before": the module-level API was removed in openai 1.0.
try:
    openai.Completion.create(
        model="text-davinci-003", prompt=prompt, temperature=1, max_tokens=256
    )
except openai.OpenAIError as error:
    removed = error
print(f"openai {openai.__version__}: {type(removed).__name__}")
assert type(removed).__name__ == "APIRemovedInV1"
assert "no longer supported in openai>=1.0.0" in str(removed)

# 2. "After": the template is passed as model=, so it is sent as a model
# name; the API answers 404 (model_not_found), as the stand-in does here.
DUMMY = "test-key-not-secret"  # a placeholder the stand-in accepts
client = OpenAI(base_url=BASE_URL, api_key=DUMMY, max_retries=0)
try:
    client.chat.completions.create(
        model=f"'{prompt}' 위의 문장을 영어로 번역해줘",
        messages=[{"role": "user", "content": prompt}],
    )
except openai.NotFoundError as error:
    rejected = error
print(type(rejected).__name__, rejected.status_code, rejected.code)
assert rejected.status_code == 404 and rejected.code == "model_not_found"
path, headers, body = received[-1]
assert body["model"].endswith("영어로 번역해줘")  # the instruction went here
assert "번역" not in str(body["messages"])  # ... and never into the prompt

# 3. Responses are typed objects: dict-style access fails.
response = client.chat.completions.create(
    model="test-chat-model", messages=[{"role": "user", "content": prompt}]
)
try:
    response["choices"]
except TypeError as error:
    print("TypeError:", error)
else:
    raise AssertionError("subscripting worked")
assert response.choices[0].message.content == "Hello, world."
server.shutdown()
server.server_close()
