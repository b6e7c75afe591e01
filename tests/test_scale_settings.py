"""Beyond one machine: Redis cache, S3 media and CDN purge, each switched on by a setting."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"


def settings_with(env):
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'storage': s.STORAGES['default']['BACKEND'], "
        "'cache': s.CACHES['default']['BACKEND'], "
        "'cdn': getattr(s, 'WAGTAILFRONTENDCACHE', {})}))"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_URL")
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, "DJANGO_SETTINGS_MODULE": "network_site.settings.test", **env},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_everything_is_local_by_default():
    values = settings_with({})
    assert values["storage"].endswith("FileSystemStorage")
    assert values["cache"].endswith("LocMemCache")
    assert values["cdn"] == {}


def test_each_setting_switches_its_part():
    values = settings_with(
        {
            "AWS_STORAGE_BUCKET_NAME": "healing-media",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
            "FRONTEND_CACHE_URL": "http://127.0.0.1:6081",
        }
    )
    assert values["storage"] == "storages.backends.s3.S3Storage"
    assert values["cache"] == "django_redis.cache.RedisCache"
    assert values["cdn"]["cdn"]["LOCATION"] == "http://127.0.0.1:6081"


def test_shared_cache_on_redis_counts_searches_across_servers():
    from django.core.cache.backends.base import InvalidCacheBackendError  # noqa: F401
    from django_redis.cache import RedisCache

    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": "healing-test"})
    try:
        cache.set("probe", 1, timeout=5)
    except Exception as error:  # noqa: BLE001
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL}: {error}")
        pytest.skip(f"Redis is not running at {REDIS_URL}")
    cache.delete("count")
    cache.add("count", 0, timeout=60)
    assert [cache.incr("count") for _ in range(3)] == [1, 2, 3]  # what a second server sees
    cache.delete_many(["count", "probe"])


class Recorder(BaseHTTPRequestHandler):
    seen = []

    def do_PURGE(self):  # noqa: N802
        Recorder.seen.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    Recorder.seen = []
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_publishing_an_event_purges_every_page_that_shows_it(purge_server):
    from partners.models import EventPage

    event = EventPage.objects.get(
        slug="mens-circle", url_path__contains="ryse-center", locale__language_code="en"
    )
    config = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_server,
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=config):
        event.title = "Men’s healing circle (new room)"
        event.save_revision().publish()
    paths = {path for _host, path in Recorder.seen}
    for expected in (
        "/partners/ryse-center/mens-circle/",
        "/partners/ryse-center/",
        "/events/",
        "/events/past/",
        "/events/feed.ics",
        "/partners/",
        "/",
        "/es/partners/ryse-center/mens-circle/",
        "/es/events/",
        "/es/",
    ):
        assert expected in paths, (expected, sorted(paths))
