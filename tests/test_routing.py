"""Routing finds a page in the same few queries at any depth, and still answers as Wagtail does."""

import pytest

from partners.models import EventPage, PartnerPage

from .test_partners_budgets import query_count
from .test_resources_downloads import body

pytestmark = pytest.mark.django_db


def test_a_deep_page_costs_no_more_queries_to_find_than_a_shallow_one(client):
    # Same template family (a detail page), two levels apart in the tree.
    partner = query_count(client, "/about/")
    event = query_count(client, "/partners/ryse-center/mens-circle/")
    assert event <= partner + 1, (partner, event)


@pytest.mark.parametrize(
    "url",
    [
        "/partners/no-such-partner/",
        "/partners/ryse-center/no-such-event/",
        "/partners/ryse-center/mens-circle/deeper/",
        "/resources/facilitators-guide-mens-circles/download/xx.exe",
    ],
)
def test_unknown_addresses_are_404(client, url):
    assert client.get(url).status_code == 404


def test_a_draft_page_is_not_served_but_its_live_children_are(client):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    event = EventPage.objects.child_of(partner).get(slug="mens-circle")
    partner.unpublish()
    assert client.get("/partners/ryse-center/").status_code == 404
    # Wagtail serves a live page below an unpublished one; so do we.
    assert event.live
    assert client.get("/partners/ryse-center/mens-circle/").status_code == 200


def test_page_routes_below_a_page_still_answer(client):
    assert client.get("/events/past/").status_code == 200
    assert client.get("/events/feed.ics")["Content-Type"].startswith("text/calendar")
    assert client.get("/partners/ryse-center/events.ics")["Content-Type"].startswith(
        "text/calendar"
    )
    assert client.get("/resources/facilitators-guide-mens-circles/read/").status_code == 200
    response = client.get("/resources/facilitators-guide-mens-circles/download/en.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert body(response).startswith(b"%PDF")


def test_spanish_addresses_route_to_spanish_pages(client):
    html = client.get("/es/partners/ryse-center/mens-circle/").content.decode()
    assert '<html lang="es"' in html
