"""Site-wide parts of pages are built once per content change, and never shown stale.

These run with the full-page cache off (the test default), so every response is
rendered, and only the site memo (network_site/site_memo.py) stands between a
change and the page.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SupportLine
from network_site import page_cache
from partners.models import PartnerPage

from .test_page_cache import rename_a_support_line_and_change_the_exit

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def restriction_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return [q for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]


def test_private_sections_are_looked_up_once_per_change_not_per_listing(client):
    html(client, "/partners/")
    assert restriction_queries(client, "/partners/") == []  # no private section at all
    about = ContentPage.objects.get(slug="about", locale__language_code="en")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    html(client, "/partners/")
    # Now Wagtail checks the served page's own restrictions; the listings ask nothing.
    assert len(restriction_queries(client, "/partners/")) == 1
    assert client.get("/about/").status_code == 302  # to the login page


def test_navigation_safety_links_and_help_lines_follow_each_change(client, home_page, demo_site):
    assert "Healing circles at home" not in html(client, "/")
    new_page = ContentPage(
        title="Healing circles at home", slug="circles-at-home", show_in_menus=True
    )
    home_page.add_child(instance=new_page)
    new_page.save_revision().publish()
    assert 'href="/circles-at-home/"' in html(client, "/partners/")

    rename_a_support_line_and_change_the_exit(demo_site)
    page = html(client, "/resources/")
    assert "Renamed support line" in page
    assert "https://weather.example.org/" in page


def test_a_new_view_restriction_hides_the_page_from_listings_at_once(client):
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    assert 'href="/partners/ryse-center/"' in html(client, "/partners/")
    PageViewRestriction.objects.create(page=ryse, restriction_type=PageViewRestriction.LOGIN)
    assert 'href="/partners/ryse-center/"' not in html(client, "/partners/")
    assert client.get("/partners/ryse-center/").status_code == 302  # to the login page


def test_unpublishing_a_translation_drops_it_from_the_switcher_at_once(client):
    spanish = PartnerPage.objects.get(slug="ryse-center", locale__language_code="es")
    alternate = '<link rel="alternate" hreflang="es"'
    assert alternate in html(client, "/partners/ryse-center/")
    spanish.unpublish()
    page = html(client, "/partners/ryse-center/")
    assert alternate not in page
    assert "This page is not translated yet" in page  # the switcher offers the home page


def test_a_change_made_on_another_server_shows_once_it_replaces_the_generation(client):
    """Another server's change arrives only through the shared generation: no signal here."""
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    assert line.name in html(client, "/")
    SupportLine.objects.filter(pk=line.pk).update(name="Changed elsewhere")  # sends no signal
    assert "Changed elsewhere" not in html(client, "/")  # this process still has its memo
    page_cache.store().set(page_cache.GENERATION_KEY, "set-by-another-server", timeout=None)
    assert "Changed elsewhere" in html(client, "/")


def test_a_partner_card_shows_a_new_summary_at_once(client):
    """Cards are kept rendered per content generation; a publish replaces them."""
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    assert partner.summary in html(client, "/partners/")
    partner.summary = "Restorative, family-centred support in Contra Costa."
    partner.save_revision().publish()
    assert "Restorative, family-centred support in Contra Costa." in html(client, "/partners/")


def test_a_preview_shows_the_draft_not_the_kept_fragment(client, rf, django_user_model):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    assert partner.summary in html(client, "/partners/ryse-center/")  # fragment kept
    partner.summary = "An unsaved change in the editor."
    partner.logo = None
    request = rf.get("/admin/")
    request.user = django_user_model.objects.create_superuser("previewer", "", "pw")
    preview = partner.make_preview_request(request).content.decode()
    assert "An unsaved change in the editor." in preview
    assert "partner__logo" not in preview


def event_page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q for q in queries if 'FROM "partners_eventpage"' in q["sql"]]


def test_only_so_many_listing_pages_are_kept_whatever_filters_visitors_choose(client, monkeypatch):
    from network_site import pagination

    monkeypatch.setattr(pagination, "KEPT_PAGES", 1)
    event_page_queries(client, "/events/")
    assert not event_page_queries(client, "/events/")  # kept
    online = "/events/?format=online"
    event_page_queries(client, online)
    assert event_page_queries(client, online)  # over the limit: built afresh each time
    assert not event_page_queries(client, "/events/")  # the first is still kept


def test_kept_parts_belong_to_their_own_page_language_and_preview(client, rf, django_user_model):
    from resources.models import ResourcePage

    tools = ResourcePage.objects.filter(locale__language_code="en").live().order_by("title")[:2]
    first, second = (html(client, tool.url) for tool in tools)
    assert f"<h1>{tools[0].title}</h1>" in first and f"<h1>{tools[1].title}</h1>" in second
    spanish = tools[0].get_translations().get(locale__language_code="es")
    assert f"<h1>{spanish.title}</h1>" in html(client, spanish.url)
    tool = tools[0].specific
    tool.summary = "An unsaved summary in the editor."
    request = rf.get("/admin/")
    request.user = django_user_model.objects.create_superuser("tool-previewer", "", "pw")
    assert (
        "An unsaved summary in the editor." in tool.make_preview_request(request).content.decode()
    )
    assert "An unsaved summary in the editor." not in html(client, tool.url)
