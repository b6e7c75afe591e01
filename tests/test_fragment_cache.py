"""Cached fragments ({% wagtailcache %}, network_site/fragments.py) are exact: a published
change to what a fragment shows is on the next page view, and a fragment is never shown
on another page, in another language, or in place of a preview's unsaved edits.

The page cache is off here (the test default), so what is kept is the fragments alone.
Every page is asked for once first, so its fragments are in the cache when the change
is made.
"""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Page

from home.models import ContentPage, SupportLine
from partners.models import EventPage, PartnerPage
from resources.models import ResourcePage, ResourceVersion

pytestmark = pytest.mark.django_db

RYSE = "/partners/ryse-center/"
GUIDE = "/resources/facilitators-guide-mens-circles/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        html(client, url)
    return len(captured)


def test_a_page_asked_for_again_is_built_from_its_kept_fragments(client):
    for url in ("/", RYSE, GUIDE, "/events/", "/resources/"):
        first = queries(client, url)
        again = queries(client, url)
        assert again < first, (url, first, again)


def test_a_page_built_from_kept_fragments_queries_only_to_find_the_page(client):
    """Nothing but Wagtail's routing and its view-restriction check reaches the database."""
    for url in ("/", "/partners/", RYSE, "/partners/ryse-center/mens-circle/", GUIDE):
        html(client, url)
        served = queries(client, url)
        with translation.override("en"), CaptureQueriesContext(connection) as finding:
            page = Page.find_for_request(RequestFactory().get(url), url)
            list(page.get_view_restrictions())
        assert served == len(finding), url


def test_a_published_support_line_shows_on_every_page_at_once(client):
    pages = ("/", RYSE, GUIDE, "/partners/")
    for url in pages:
        html(client, url)
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    line.hours = "Mondays only, 10am-noon"
    line.save_revision().publish()
    for url in pages:
        assert "Mondays only, 10am-noon" in html(client, url), url


def test_a_published_event_change_shows_on_its_partner_listings_and_home_at_once(client):
    event = EventPage.objects.get(
        url_path__endswith="/ryse-center/mens-circle/", locale__language_code="en"
    )
    pages = ("/", RYSE, "/events/", RYSE + "mens-circle/")
    for url in pages:
        assert event.title in html(client, url), url
    event.title = "Men's circle, now on Thursdays"
    event.save_revision().publish()
    for url in pages:
        assert "Men&#x27;s circle, now on Thursdays" in html(client, url), url


def test_a_new_version_shows_on_its_tool_and_in_the_library_at_once(client):
    for url in (GUIDE, "/resources/"):
        html(client, url)
    guide = ResourcePage.objects.get(
        slug="facilitators-guide-mens-circles", locale__language_code="en"
    )
    guide.versions.add(
        ResourceVersion(
            label="9.1",
            release_date=timezone.localdate() - datetime.timedelta(days=1),
            pdf=guide.versions.first().pdf,
            locale=guide.locale,
            changes="A new chapter on repair.",
        )
    )
    guide.save_revision().publish()
    tool = html(client, GUIDE)
    assert "Current version: 9.1" in tool and "A new chapter on repair." in tool
    assert "Version 9.1" in html(client, "/resources/")


def test_a_new_menu_page_shows_in_the_navigation_of_pages_already_kept(client, home_page):
    for url in ("/", RYSE, GUIDE):
        assert 'href="/circles-at-home/"' not in html(client, url)
    new_page = ContentPage(title="Circles at home", slug="circles-at-home", show_in_menus=True)
    home_page.add_child(instance=new_page)
    new_page.save_revision().publish()
    for url in ("/", RYSE, GUIDE):
        assert 'href="/circles-at-home/"' in html(client, url), url


def test_a_fragment_is_never_shown_on_another_page_or_in_another_language(client):
    partners = PartnerPage.objects.filter(locale__language_code="en").live().order_by("title")
    for partner in partners[:3]:
        page = html(client, partner.url)
        assert f"<h1>{escape(partner.title)}</h1>" in page
        assert f'<a href="{partner.url}" aria-current="page"' not in page  # not in the menu
    english, spanish = html(client, RYSE), html(client, "/es" + RYSE)
    assert '<html lang="en"' in english and '<html lang="es"' in spanish
    assert "Need help now?" in english and "Need help now?" not in spanish
    assert "Upcoming events" in english and "Upcoming events" not in spanish


def test_a_preview_shows_unsaved_edits_where_the_published_fragment_is_kept(
    client, rf, django_user_model
):
    guide = ResourcePage.objects.get(
        slug="facilitators-guide-mens-circles", locale__language_code="en"
    )
    html(client, GUIDE)
    guide.summary = "An unsaved summary in the editor."
    request = rf.get("/admin/")
    request.user = django_user_model.objects.create_superuser("fragment-previewer", "", "pw")
    preview = guide.make_preview_request(request).content.decode()
    assert "An unsaved summary in the editor." in preview
    assert "An unsaved summary in the editor." not in html(client, GUIDE)


def test_a_signed_in_editor_is_shown_every_fragment_rendered_afresh(client, django_user_model):
    html(client, RYSE)
    editor = django_user_model.objects.create_user("fragment-editor", password="pw")
    client.force_login(editor)
    PartnerPage.objects.filter(slug="ryse-center", locale__language_code="en").update(
        summary="Changed without a purge"
    )
    assert "Changed without a purge" in html(client, RYSE)
