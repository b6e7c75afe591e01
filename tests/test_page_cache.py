"""The origin page cache and the shared-cache directives: fast for anonymous visitors,
never showing anything stale, and a change purges only what shows it.

In CI's PostgreSQL pass REDIS_URL is set, so these run against the shared Redis cache.
"""

import datetime
import time

import pytest
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.models import SafetySettings, SupportLine
from network_site import page_cache, page_store
from partners.models import EventPage, PartnerPage
from resources.models import ResourcePage

from .test_resources_downloads import add_version, body

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_on():
    with override_settings(PAGE_CACHE_SECONDS=600):
        page_store.purge_everything()  # nothing left over from another test or run
        yield


def cached_twice(client, url):
    """The second anonymous request for a page comes from the cache."""
    first = client.get(url)
    assert first.status_code == 200, url
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit", url
    return second.content.decode()


def partner(slug="ryse-center", language="en"):
    return PartnerPage.objects.get(slug=slug, locale__language_code=language)


def test_a_cached_page_costs_no_query_and_keeps_its_headers(client):
    first = client.get("/es/partners/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/es/partners/")
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    for header in ("Content-Security-Policy", "Content-Language", "Referrer-Policy"):
        assert second[header] == first[header]
    assert not second.cookies


def test_publishing_shows_at_once_on_every_page_that_lists_it(client):
    urls = ["/", "/partners/", "/partners/ryse-center/", "/events/"]
    for url in urls:
        assert "RYSE Center" in cached_twice(client, url)
    page = partner()
    page.title = "RYSE Youth Center"
    page.save_revision().publish()
    for url in urls:
        assert "RYSE Youth Center" in client.get(url).content.decode(), url


def test_unpublishing_moving_and_deleting_show_at_once(client):
    event = EventPage.objects.filter(locale__language_code="en").first()
    event.title, event.slug = "A circle that moves", "a-circle-that-moves"
    event.save_revision().publish()
    old_parent = event.get_parent().specific
    assert event.title in cached_twice(client, old_parent.url)
    new_parent = PartnerPage.objects.filter(locale__language_code="en").exclude(pk=old_parent.pk)[0]
    assert event.title not in cached_twice(client, new_parent.url)
    event.move(new_parent, pos="last-child")
    assert event.title not in client.get(old_parent.url).content.decode()
    assert event.title in client.get(new_parent.url).content.decode()

    directory = cached_twice(client, "/partners/")
    other = partner("faith-in-the-valley")
    assert other.title in directory
    other.unpublish()
    assert other.title not in client.get("/partners/").content.decode()

    assert event.title in cached_twice(client, "/events/")
    event.delete()
    assert event.title not in client.get("/events/").content.decode()


def test_an_event_becoming_past_leaves_the_upcoming_listing_on_time(client):
    host = partner()
    # Far enough ahead that a slow CI machine still caches the listing before it ends.
    soon = timezone.localtime() + datetime.timedelta(seconds=6)
    event = EventPage(
        title="Circle ending in a moment",
        slug="ending-soon",
        summary="Ends soon.",
        start_date=soon.date() - datetime.timedelta(days=1),
        start_time=datetime.time(0, 0),
        end_date=soon.date(),
        end_time=soon.time().replace(microsecond=0),
        languages="|en|",
    )
    host.add_child(instance=event)
    event.save_revision().publish()
    assert event.title in cached_twice(client, "/events/")
    time.sleep(max(0.0, (event.ends_at - timezone.now()).total_seconds()) + 0.2)
    assert event.title not in client.get("/events/").content.decode()
    assert event.title in client.get("/events/past/").content.decode()


def test_a_new_resource_version_shows_at_once(client):
    url = "/resources/facilitators-guide-mens-circles/"
    assert "Current version: 3.0" not in cached_twice(client, url)
    add_version(
        ResourcePage.objects.get(
            url_path__endswith="/facilitators-guide-mens-circles/", locale__language_code="en"
        ),
        "3.0",
    )
    assert "Current version: 3.0" in client.get(url).content.decode()


def rename_a_support_line_and_change_the_exit(site):
    """A snippet published and a setting saved; pages show "Renamed support line" and
    https://weather.example.org/ once both are seen."""
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    line.name = "Renamed support line"
    line.save_revision().publish()
    settings_row = SafetySettings.for_site(site)
    settings_row.exit_url = "https://weather.example.org/"
    settings_row.save()


def test_a_changed_snippet_or_setting_shows_on_every_page(client, demo_site):
    urls = ["/", "/partners/ryse-center/", "/resources/"]
    for url in urls:
        cached_twice(client, url)
    rename_a_support_line_and_change_the_exit(demo_site)
    for url in urls:
        html = client.get(url).content.decode()
        assert "Renamed support line" in html, url
        assert "https://weather.example.org/" in html, url


def test_logged_in_users_search_downloads_and_admin_are_never_cached(admin_client_logged_in):
    client = Client()  # the admin fixture logs in the default client
    for url in ("/", "/partners/ryse-center/", "/admin/"):
        admin_client_logged_in.get(url)
        assert "X-Page-Cache" not in admin_client_logged_in.get(url), url
    for url in ("/search/?q=circle", "/resources/facilitators-guide-mens-circles/download/en.pdf"):
        for _ in range(2):
            response = client.get(url)
            if response.streaming:
                body(response)  # a download: read it, as a browser does
        assert "X-Page-Cache" not in response, url
    # A page an editor viewed was not stored for the public either.
    assert client.get("/partners/ryse-center/")["X-Page-Cache"] == "miss"


def test_a_response_that_uses_a_csrf_token_or_sets_a_cookie_is_not_stored():
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    def form_view(request):
        get_token(request)
        return HttpResponse("<form>token</form>")

    def cookie_view(request):
        response = HttpResponse("<p>hello</p>")
        response.set_cookie("seen", "1")
        return response

    for view in (form_view, cookie_view):
        middleware = page_cache.PageCacheMiddleware(view)
        for _ in range(2):
            response = middleware(RequestFactory().get(f"/{view.__name__}/"))
        assert "X-Page-Cache" not in response


def test_no_entry_outlives_the_next_event_boundary():
    upcoming = EventPage.objects.upcoming()
    boundary = min(
        [e.starts_at for e in upcoming if e.starts_at > timezone.now()]
        + [e.ends_at for e in upcoming]
    )
    seconds = page_store.seconds_until_next_clock_moment()
    assert seconds <= (boundary - timezone.now()).total_seconds()
    midnight = page_store.next_local_midnight()
    assert seconds <= (midnight - timezone.now()).total_seconds()


def test_public_pages_say_how_a_shared_cache_may_keep_them(client):
    response = client.get("/partners/ryse-center/")
    for header in ("CDN-Cache-Control", "Surrogate-Control"):
        directive = response[header]
        max_age = int(directive.split("max-age=")[1].split(",")[0])
        assert 1 <= max_age <= 600
    # Capped by the next clock moment (here midnight or an event boundary).
    assert max_age <= page_store.seconds_until_next_clock_moment()


def test_private_and_per_request_responses_are_never_shared(admin_client_logged_in):
    anonymous = Client()
    responses = [
        anonymous.get("/search/?q=circle"),
        anonymous.post("/partners/ryse-center/"),
        anonymous.get("/admin/login/"),
        admin_client_logged_in.get("/partners/ryse-center/"),
    ]
    download = anonymous.get("/resources/facilitators-guide-mens-circles/download/en.pdf")
    body(download)
    for response in [*responses, download]:
        assert response["CDN-Cache-Control"] == "no-store", response
        assert response["Surrogate-Control"] == "no-store", response


def test_a_draft_snippet_save_keeps_every_cached_page(client):
    urls = ["/", "/partners/ryse-center/", "/events/"]
    for url in urls:
        cached_twice(client, url)
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    line.name = "A draft nobody sees yet"
    line.save_revision()
    for url in urls:
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit", url
        assert "A draft nobody sees yet" not in response.content.decode()


def test_a_change_purges_only_the_pages_showing_it_with_all_their_query_variants(client):
    for url in ("/events/", "/events/?format=online&partner=x", "/resources/"):
        cached_twice(client, url)
    event = EventPage.objects.filter(locale__language_code="en").first()
    event.title = "A renamed circle"
    event.save_revision().publish()
    assert client.get("/events/")["X-Page-Cache"] == "miss"
    assert client.get("/events/?partner=x&format=online")["X-Page-Cache"] == "miss"
    assert client.get("/resources/")["X-Page-Cache"] == "hit"


def test_a_page_made_private_is_no_longer_served_from_the_cache(client):
    assert "RYSE Center" in cached_twice(client, "/partners/ryse-center/")
    PageViewRestriction.objects.create(page=partner(), restriction_type="login")
    response = client.get("/partners/ryse-center/")
    assert response.status_code == 302  # to the login page, not the cached profile


@pytest.fixture
def store_calls(monkeypatch):
    """Every call the page store gets (a round trip each on Redis), by method name; a
    backend's get_many made of its own gets (locmem, files) counts once."""
    from django.conf import settings
    from django.core.cache import caches

    store, calls, inside = caches[settings.PAGE_CACHE_ALIAS], [], []
    for name in ("get", "get_many", "set", "add", "delete", "delete_many", "has_key"):
        method = getattr(store, name)

        def counted(*args, _method=method, _name=name, **kwargs):
            if not inside:
                calls.append(_name)
            inside.append(_name)
            try:
                return _method(*args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(store, name, counted)
    return calls


def test_a_cached_page_costs_one_call_to_the_store(client, store_calls):
    for url in ("/", "/es/partners/", "/partners/ryse-center/", "/events/?format=online"):
        client.get(url)
        store_calls.clear()
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit", url
        assert store_calls == ["get_many"], url


def test_a_page_built_from_kept_fragments_reads_the_store_once(client, store_calls):
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get("/partners/ryse-center/")
        store_calls.clear()
        client.get("/partners/ryse-center/")
    assert store_calls == ["get_many"]
