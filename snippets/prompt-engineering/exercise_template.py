# Fill a template with str.format, never build the template from user text.
TEMPLATE = (
    "Translate into {target}. Reply with the translation only.\n"
    "<text>\n{text}\n</text>"
)
user_text = "집합 {1, 2}의 원소는 두 개다."

# Wrong: the user's text becomes part of the format string.
try:
    ("Translate into {target}.\n<text>\n" + user_text + "\n</text>").format(
        target="English"
    )
except (KeyError, IndexError, ValueError) as error:
    print(type(error).__name__, error)
else:
    raise AssertionError("expected format() to fail")

# Right: the text is a value; format() never looks inside values.
prompt = TEMPLATE.format(target="English", text=user_text)
assert "집합 {1, 2}" in prompt and prompt.endswith("</text>")
assert TEMPLATE.format(target="English", text="{target}").count("{target}") == 1
