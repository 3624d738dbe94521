# A local stand-in for the OpenAI API, for tests: it listens on 127.0.0.1,
# records every request and answers in the chat-completions format.
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODELS = {"test-chat-model"}  # the model names this stand-in accepts
REPLY = "Hello, world."  # what the "model" answers
received = []  # (path, headers, JSON body) of every request


def chat_completion(model):  # the body of a chat.completion
    return {
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {
                    "role": "assistant",
                    "content": REPLY,
                    "refusal": None,
                },
            }
        ],
        "usage": {
            "prompt_tokens": 9,
            "completion_tokens": 3,
            "total_tokens": 12,
        },
    }


def response(model):  # the body of a Responses API response
    return {
        "id": "resp-local",
        "object": "response",
        "created_at": 0,
        "model": model,
        "status": "completed",
        "output": [
            {
                "type": "message",
                "id": "msg-local",
                "status": "completed",
                "role": "assistant",
                "content": [
                    {"type": "output_text", "text": REPLY, "annotations": []}
                ],
            }
        ],
    }


ANSWERS = {"/v1/chat/completions": chat_completion, "/v1/responses": response}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        received.append((self.path, self.headers, body))
        if body["model"] not in MODELS or self.path not in ANSWERS:
            status, answer = (
                404,
                {
                    "error": {  # the API's answer to a bad model
                        "message": (
                            f"The model `{body['model']}` does not exist "
                            "or you do not have access to it."
                        ),
                        "type": "invalid_request_error",
                        "param": None,
                        "code": "model_not_found",
                    }
                },
            )
        else:
            status, answer = 200, ANSWERS[self.path](body["model"])
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # no access log on stderr
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # port 0: any free
threading.Thread(target=server.serve_forever, daemon=True).start()
BASE_URL = f"http://127.0.0.1:{server.server_port}/v1"
