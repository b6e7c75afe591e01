"""A page's own addresses (calendar files, feeds, the reading version, downloads) answer
only for a live page the visitor may see, and reveal nothing of any other.

Wagtail routes them (RoutablePageMixin) and serves them through its own view, so a
draft or unpublished page gives the site's plain 404, and a private page (a view
restriction) gives the login redirect or the password form, never the content.
"""

import datetime

import pytest
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from partners.models import EventIndexPage, EventPage, PartnerPage
from resources.models import ResourceIndexPage, ResourcePage

from .test_resources_downloads import GUIDE, add_version, body, new_document, tool

pytestmark = pytest.mark.django_db

RYSE = "/partners/ryse-center/"
TOOL_ROUTES = ["read/", "download/en.pdf", "download/es.pdf", "v/2.0/en.pdf", "v/9.9/en.pdf"]


def ryse():
    return PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")


def routes_of_each_kind():
    """(page, its own addresses) for every page model that adds routes."""
    event = EventPage.objects.child_of(ryse()).get(slug="mens-circle")
    return [
        (tool(), [GUIDE + route for route in TOOL_ROUTES]),
        (ryse(), [RYSE + "events.ics"]),
        (event, [RYSE + "mens-circle/event.ics"]),
        (
            EventIndexPage.objects.get(locale__language_code="en"),
            ["/events/past/", "/events/feed.ics"],
        ),
    ]


def assert_reveals_nothing(response, page, url, allowed=(404,)):
    assert response.status_code in allowed, (url, response.status_code)
    content = b"" if response.streaming else response.content
    if response.streaming:
        body(response)
    assert response.get("Content-Type", "").startswith("text/html"), url
    text = content.decode()
    assert escape(page.title) not in text and page.title not in text, url
    assert "%PDF" not in text and "BEGIN:VCALENDAR" not in text, url


def test_every_route_answers_for_a_live_public_page(client):
    for _page, urls in routes_of_each_kind():
        for url in urls:
            response = client.get(url)
            expected = 404 if "9.9" in url else 200
            assert response.status_code == expected, url
            if response.streaming:
                body(response)


@pytest.mark.parametrize("kind", range(4))
def test_an_unpublished_page_answers_404_on_every_route_revealing_nothing(client, kind):
    page, urls = routes_of_each_kind()[kind]
    page.unpublish()
    for url in urls:
        assert_reveals_nothing(client.get(url), page, url)


def test_a_draft_tool_never_published_answers_404_on_every_route(client):
    library = ResourceIndexPage.objects.get(locale__language_code="en")
    draft = ResourcePage(
        title="Unannounced healing toolkit",
        slug="unannounced-toolkit",
        kind="facilitator-guide",
        audience="facilitators",
        summary="Not ready.",
        description="<p>Not ready.</p>",
        reading_version=[("paragraph", "<p>Unannounced full text.</p>")],
        live=False,
    )
    library.add_child(instance=draft)
    add_version_without_publishing(draft, "1.0")
    draft.save_revision()
    assert not ResourcePage.objects.get(pk=draft.pk).live
    for route in ["", *TOOL_ROUTES, "v/1.0/en.pdf", "download/en.docx"]:
        url = f"/resources/unannounced-toolkit/{route}"
        response = client.get(url)
        assert_reveals_nothing(response, draft, url)
        assert "Unannounced full text" not in response.content.decode()


def add_version_without_publishing(page, label):
    from resources.demo_files import pdf_bytes
    from resources.models import ResourceVersion

    ResourceVersion.objects.create(
        page=page,
        label=label,
        release_date=datetime.date.today(),
        status="released",
        pdf=new_document(f"unannounced-{label}", pdf_bytes("Unannounced", "x", ["Text."])),
        locale=page.locale,
    )


@pytest.mark.parametrize("kind", range(4))
def test_a_page_for_signed_in_people_sends_visitors_to_log_in_on_every_route(client, kind):
    page, urls = routes_of_each_kind()[kind]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login" in response["Location"], url
        assert_reveals_nothing(response, page, url, allowed=(302,))


@pytest.mark.parametrize("kind", range(4))
def test_a_password_protected_page_asks_for_the_password_on_every_route(client, kind):
    page, urls = routes_of_each_kind()[kind]
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="circle-of-trust"
    )
    for url in urls:
        response = client.get(url)
        assert_reveals_nothing(response, page, url, allowed=(200,))
        assert 'name="password"' in response.content.decode(), url


def test_a_private_section_covers_the_routes_of_pages_below_it(client):
    page = ryse()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(RYSE + "mens-circle/event.ics")
    assert response.status_code == 302
    assert "BEGIN:VCALENDAR" not in response.content.decode()


@pytest.mark.parametrize(
    "label, days_ago, status",
    [("9.0", 0, "draft"), ("8.0", -30, "released"), ("7.0", 0, "withdrawn")],
)
def test_only_a_version_released_by_today_is_downloadable_or_listed(
    client, label, days_ago, status
):
    add_version(tool(), label, days_ago=days_ago, status=status)
    for language in ("", "/es"):
        response = client.get(f"{language}{GUIDE}v/{label}/en.pdf")
        assert response.status_code == 404
        assert f"v/{label}/" not in response.content.decode()
        assert f"v/{label}/" not in client.get(language + GUIDE).content.decode()
    # The released versions are still there.
    response = client.get(GUIDE + "v/2.0/en.pdf")
    assert response.status_code == 200
    assert body(response).startswith(b"%PDF")
