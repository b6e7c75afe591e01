"""What the site memo keeps for listings follows the clock as well as content changes.

The home page's upcoming events, the event listings, their counts and the earliest
upcoming start are kept per content generation; an event that ends must still leave
them at once. The full-page cache is off here (the test default), so only the memo
stands between the clock and the page.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from partners.models import EventPage, PartnerPage

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def publish_event(title, starts, ends, slug):
    host = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    event = EventPage(
        title=title,
        slug=slug,
        summary="A circle.",
        start_date=timezone.localtime(starts).date(),
        start_time=timezone.localtime(starts).time().replace(microsecond=0),
        end_date=timezone.localtime(ends).date(),
        end_time=timezone.localtime(ends).time().replace(microsecond=0),
        languages="|en|",
    )
    host.add_child(instance=event)
    event.save_revision().publish()
    return event


@pytest.fixture
def clock(monkeypatch):
    """Moves this process's clock on, as the hours passing would."""
    real_now = timezone.now
    offset = [datetime.timedelta(0)]
    monkeypatch.setattr(timezone, "now", lambda: real_now() + offset[0])

    def advance(**delta):
        offset[0] += datetime.timedelta(**delta)

    return advance


def test_an_event_that_ends_leaves_home_and_listings_with_no_content_change(client, clock):
    now = timezone.now()
    event = publish_event(
        "Circle ending within the hour",
        now - datetime.timedelta(hours=1),
        now + datetime.timedelta(hours=1),
        slug="ending-within-the-hour",
    )
    for url in ("/", "/events/", "/partners/ryse-center/"):
        assert event.title in html(client, url), url
    assert event.title not in html(client, "/events/past/")

    clock(hours=2)  # nothing is published: only time passes
    for url in ("/", "/events/", "/partners/ryse-center/"):
        assert event.title not in html(client, url), url
    assert event.title in html(client, "/events/past/")


def test_an_event_already_under_way_shows_as_soon_as_it_is_published(client):
    """The listings walk the start-date index from the earliest upcoming start they know
    of; an event that started earlier than that, published now, must not be skipped."""
    html(client, "/events/")
    now = timezone.now()
    event = publish_event(
        "All-week gathering, already begun",
        now - datetime.timedelta(days=3),
        now + datetime.timedelta(days=3),
        slug="all-week-gathering",
    )
    assert event.title in html(client, "/events/")
    assert event.title in html(client, "/")


def counts(client, url):
    with CaptureQueriesContext(connection) as queries:
        html(client, url)
    return [q for q in queries if "COUNT(" in q["sql"]]


def test_a_listing_counts_its_events_once_per_change_not_per_request(client):
    url = "/events/?format=in_person"
    assert counts(client, url)
    assert not counts(client, url)
    now = timezone.now()
    publish_event(
        "A new circle next week",
        now + datetime.timedelta(days=7),
        now + datetime.timedelta(days=7, hours=2),
        slug="new-circle-next-week",
    )
    assert counts(client, url)
    assert "A new circle next week" in html(client, url)


def test_a_version_released_tomorrow_becomes_current_at_midnight(client, clock):
    from resources.models import ResourcePage

    from .test_resources_downloads import add_version

    url = "/resources/facilitators-guide-mens-circles/"
    guide = ResourcePage.objects.get(
        url_path__endswith="/facilitators-guide-mens-circles/", locale__language_code="en"
    )
    add_version(guide, "3.0", days_ago=-1)  # published today, released tomorrow
    assert "Current version: 3.0" not in html(client, url)
    assert "Version 3.0" not in html(client, "/resources/")
    clock(days=1)  # nothing is published: only the date changes
    assert "Current version: 3.0" in html(client, url)
    assert "Version 3.0" in html(client, "/resources/")
