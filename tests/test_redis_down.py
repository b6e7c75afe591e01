"""Redis down is not an outage: pages are served uncached with a logged warning, a request
waits on the page store once at most, and nothing about the store's health outlives a
request (the first one after Redis is back uses it again).
"""

import contextlib
import logging
import socket
import threading

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings

pytestmark = pytest.mark.django_db
WORKING_PAGES = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "back"}


@pytest.fixture(autouse=True)
def cache_on():
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield


class HangingRedis:
    """A Redis that accepts connections on loopback and never answers (a hung server):
    counts the connections a client opens to it."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.connections = 0
        self.held = []
        threading.Thread(target=self.accept, daemon=True).start()

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.listener.getsockname()[1]}/0"

    def accept(self):
        with contextlib.suppress(OSError):
            while True:
                connection, _address = self.listener.accept()
                self.connections += 1
                self.held.append(connection)

    def close(self):
        self.listener.close()
        for held in self.held:
            held.close()


@pytest.fixture
def hung_redis():
    """The site's caches, with the site's own Redis options, at servers that never answer."""
    default, pages = HangingRedis(), HangingRedis()
    options = settings.REDIS_FAIL_FAST_OPTIONS
    down = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": default.url,
            "OPTIONS": {**options, "IGNORE_EXCEPTIONS": True},
        },
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": pages.url,
            "OPTIONS": options,
        },
        # Fragments live on the shared cache's Redis, with its options (settings/base.py).
        "fragments": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": default.url,
            "OPTIONS": {**options, "IGNORE_EXCEPTIONS": True},
        },
        "fragments-off": settings.CACHES["fragments-off"],
    }
    with override_settings(CACHES=down):
        yield default, pages
    default.close()
    pages.close()


def test_with_redis_hung_pages_are_served_uncached_with_a_warning_and_no_long_wait(
    client, caplog, hung_redis
):
    default, pages = hung_redis
    urls = ("/", "/partners/ryse-center/", "/events/", "/", "/search/?q=circle")
    with caplog.at_level(logging.WARNING):
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "X-Page-Cache" not in response
    assert "Page cache unavailable" in caplog.text
    # Each call gives up after the configured timeout, and a request that met one stops
    # asking: a request waits on each cache once at most.
    assert settings.REDIS_FAIL_FAST_OPTIONS["SOCKET_TIMEOUT"] <= 0.25
    assert settings.REDIS_FAIL_FAST_OPTIONS["SOCKET_CONNECT_TIMEOUT"] <= 0.25
    pool = caches["pages"].client.get_client().connection_pool.connection_kwargs
    assert pool["socket_timeout"] == settings.REDIS_FAIL_FAST_OPTIONS["SOCKET_TIMEOUT"]
    assert pages.connections <= len(urls) - 1  # search is never cached: it does not ask
    # Nor on the shared cache (Wagtail's site root paths, renditions, rate limits).
    assert default.connections <= len(urls)


def test_the_first_request_after_redis_is_back_is_cached_again(client, hung_redis):
    assert "X-Page-Cache" not in client.get("/partners/")
    with override_settings(CACHES={**settings.CACHES, "pages": WORKING_PAGES}):
        assert client.get("/partners/")["X-Page-Cache"] == "miss"
        assert client.get("/partners/")["X-Page-Cache"] == "hit"
