"""Pages are found at their addresses, and their own routes answer, as Wagtail routes them."""

import pytest

from partners.models import EventPage, PartnerPage

from .test_resources_downloads import body

pytestmark = pytest.mark.django_db


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


def ryse_mens_circle():
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    return EventPage.objects.child_of(partner).get(slug="mens-circle")


def test_a_published_edit_shows_on_the_page_at_once(client):
    url = "/partners/ryse-center/mens-circle/"
    client.get(url)
    event = ryse_mens_circle()
    event.title = "Men's circle, now on Thursdays"
    event.save_revision().publish()
    assert "now on Thursdays" in client.get(url).content.decode()


def test_a_renamed_or_moved_page_is_found_at_its_new_address_at_once(client):
    old = "/partners/ryse-center/mens-circle/"
    client.get(old)
    event = ryse_mens_circle()
    event.slug = "mens-circle-thursdays"
    event.save_revision().publish()
    assert client.get(old).status_code == 404
    assert client.get("/partners/ryse-center/mens-circle-thursdays/").status_code == 200
    new_partner = PartnerPage.objects.get(slug="faith-in-the-valley", locale__language_code="en")
    event.refresh_from_db()
    event.move(new_partner, pos="last-child")
    moved = "/partners/faith-in-the-valley/mens-circle-thursdays/"
    assert client.get(moved).status_code == 200
    # Wagtail leaves a redirect from the old address on a move.
    assert client.get("/partners/ryse-center/mens-circle-thursdays/")["Location"] == moved
