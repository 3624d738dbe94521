"""The built site served on loopback as a static host serves it: text compressed with gzip.

GitHub Pages (like most static hosts) sends HTML, CSS, JavaScript, JSON and SVG gzip-compressed
to a browser that accepts it; Python's own http.server sends everything as is. Lighthouse's
simulated slow 4G counts the bytes sent, so the tests measure what a reader would be sent.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import os
import threading
from collections.abc import Iterator
from pathlib import Path

COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".ipynb"}


def sent_bytes(name: str, data: bytes) -> int:
    """How many bytes a static host sends for the file or URL path `name` holding `data`: text
    gzip-compressed, images and fonts (already compressed) as they are. A folder's address
    (`/optimizers/`) is its index.html, as the host serves it."""
    path = name.split("?")[0]
    path = path + "index.html" if path.endswith("/") else path
    return len(gzip.compress(data, 6)) if Path(path).suffix in COMPRESSED else len(data)


class Handler(http.server.SimpleHTTPRequestHandler):
    _gzipped: dict[tuple[str, float], bytes] = {}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants and os.path.isfile(path) and Path(path).suffix in COMPRESSED) or not self.path.startswith("/"):
            return super().send_head()
        if os.path.isdir(self.translate_path(self.path)) and not self.path.split("?")[0].endswith("/"):
            return super().send_head()  # the redirect to the folder's address
        key = (path, os.path.getmtime(path))
        if key not in self._gzipped:
            self._gzipped[key] = gzip.compress(Path(path).read_bytes(), 6)
        body = self._gzipped[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """The address (http://127.0.0.1:<port>) of `directory` served until the block ends."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
