"""What pages show follows the clock as well as content changes, with nothing published:
an event that ends leaves the lists, a version released tomorrow is current at midnight.
The full-page cache is off here (the test default).
"""

import datetime

import pytest
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
