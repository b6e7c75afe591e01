"""Query budgets: listing pages cost the same number of queries with 3 or 30 of everything."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from partners.models import EventPage, PartnerIndexPage, PartnerPage

pytestmark = pytest.mark.django_db


def query_count(client, url):
    client.get(url)  # warm per-process caches (site root paths) as a running site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_partners(count):
    directory = PartnerIndexPage.objects.get(locale__language_code="en")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    for n in range(count):
        partner = PartnerPage(
            title=f"Budget partner {n}",
            slug=f"budget-partner-{n}",
            summary="A partner.",
            about="<p>About.</p>",
            where_we_work="Fresno",
            regions="|fresno|",
            focus_areas="|youth|",
        )
        directory.add_child(instance=partner)
        partner.save_revision().publish()
        event = EventPage(
            title=f"Budget event {n}",
            slug="event",
            summary="An event.",
            start_date=tomorrow,
            start_time=datetime.time(18),
            end_time=datetime.time(19),
            languages="|en|",
        )
        partner.add_child(instance=event)
        event.save_revision().publish()


LISTINGS = [
    "/",
    "/es/",
    "/partners/",
    "/es/partners/",
    "/partners/?region=fresno",
    "/events/",
    "/es/events/",
    "/events/past/",
    "/events/?format=in_person&language=en",
    "/partners/ryse-center/",
    "/es/partners/ryse-center/",
    "/events/feed.ics",
]


def test_listing_query_count_does_not_grow_with_content(client):
    # The demo has four partners; bring it to three...
    PartnerPage.objects.get(slug="anti-police-terror-project", locale__language_code="es").delete()
    PartnerPage.objects.get(slug="anti-police-terror-project", locale__language_code="en").delete()
    small = {url: query_count(client, url) for url in LISTINGS}
    add_partners(27)  # ...then to thirty, each with an event
    large = {url: query_count(client, url) for url in LISTINGS}
    assert small == large


def test_event_and_video_pages_have_a_fixed_budget(client):
    for url in ("/partners/ryse-center/mens-circle/", "/partners/ryse-center/video/"):
        before = query_count(client, url)
        add_partners(5)
        assert query_count(client, url) == before
        PartnerPage.objects.filter(slug__startswith="budget-partner").delete()
