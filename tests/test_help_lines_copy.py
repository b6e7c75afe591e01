"""The copy of the help lines kept for error pages: written when a page finds none and
when a support line changes, not on every page shown."""

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.db import OperationalError, connection
from django.test import Client, override_settings

from home.models import SupportLine

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.error_urls")]


class CountingCache(LocMemCache):
    """The default cache, counting what is written to it."""

    writes = []

    def set(self, key, *args, **kwargs):
        self.writes.append(key)
        return super().set(key, *args, **kwargs)

    def set_many(self, data, *args, **kwargs):
        self.writes.extend(data)
        return super().set_many(data, *args, **kwargs)


@pytest.fixture
def counted_cache():
    caches = {
        "default": {"BACKEND": "tests.test_help_lines_copy.CountingCache", "LOCATION": "count"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "fragments-off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    with override_settings(CACHES=caches):
        CountingCache.writes = []
        yield CountingCache.writes


def copy_writes(writes):
    return [key for key in writes if "help-lines-copy" in key]


def database_unreachable(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


def test_showing_a_page_again_writes_no_copy(client, counted_cache):
    assert client.get("/partners/").status_code == 200
    assert len(copy_writes(counted_cache)) == 1  # none was kept yet
    counted_cache.clear()
    for url in ("/partners/", "/events/", "/"):
        assert client.get(url).status_code == 200
    assert copy_writes(counted_cache) == []


def test_a_published_change_to_a_line_reaches_the_error_pages_copy(
    client, counted_cache, django_capture_on_commit_callbacks
):
    client.get("/es/")  # a copy is kept
    line = SupportLine.objects.filter(locale__language_code="es", live=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        line.how_to_reach = "Llame al 555-0142"
        line.save_revision().publish()
    with connection.execute_wrapper(database_unreachable):
        response = Client(raise_request_exception=False).get("/es/partners/")
    assert response.status_code == 500
    assert "Llame al 555-0142" in response.content.decode()
