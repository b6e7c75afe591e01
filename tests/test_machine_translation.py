"""Machine translation: off by default, and when configured, only to the server we name."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from home.machine_translation import LibreTranslator


def test_no_machine_translation_unless_configured():
    assert getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) is None
    assert get_machine_translator() is None


class FakeLibreTranslate(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.received.append((self.path, body))
        reply = json.dumps({"translatedText": [f"ES:{q}" for q in body["q"]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


@pytest.mark.django_db
def test_libretranslate_translates_through_the_configured_server():
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        translator = LibreTranslator(
            {"URL": f"http://127.0.0.1:{server.server_port}/", "API_KEY": "k"}
        )
        english, spanish = (Locale.objects.get(language_code=c) for c in ("en", "es"))
        source = StringValue.from_plaintext("Healing together")
        result = translator.translate(english, spanish, [source])
        assert result[source].data == "ES:Healing together"
        path, body = FakeLibreTranslate.received[-1]
        assert path == "/translate"
        assert body["source"] == "en" and body["target"] == "es" and body["api_key"] == "k"
        assert not translator.can_translate(english, english)
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.django_db
def test_dummy_translator_is_what_tests_use(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    translator = get_machine_translator()
    english, spanish = (Locale.objects.get(language_code=c) for c in ("en", "es"))
    source = StringValue.from_plaintext("one two")
    assert translator.translate(english, spanish, [source])[source].data == "two one"
