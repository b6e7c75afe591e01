"""A stand-in CDN on loopback that records every PURGE and BAN it receives."""

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import override_settings


class Recorder(BaseHTTPRequestHandler):
    def answer(self):
        self.server.seen.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    do_PURGE = do_BAN = answer  # noqa: N815

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def recording_cdn():
    """Configure Wagtail's HTTP purge backend at a recorder; yields the list of
    (method, host, path) it receives."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    try:
        with override_settings(WAGTAILFRONTENDCACHE=config):
            yield server.seen
    finally:
        server.shutdown()
        server.server_close()


def purged_paths(seen):
    return {path for method, _host, path in seen if method == "PURGE"}


def banned_everything(seen):
    return any(method == "BAN" and path == "/" for method, _host, path in seen)
