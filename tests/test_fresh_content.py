"""Every change shows on the next page view: nothing of a page is kept between requests.

These run with the full-page cache off (the test default); fragments are cached as in
production ({% wagtailcache %}, network_site/fragments.py), in the store servers share.
"""

import pytest
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SafetySettings, SupportLine
from network_site import page_store
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def rename_a_support_line_and_change_the_exit(site):
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    line.name = "Renamed support line"
    line.save_revision().publish()
    settings_row = SafetySettings.for_site(site)
    settings_row.exit_url = "https://weather.example.org/"
    settings_row.save()


def test_a_private_page_leaves_the_navigation_and_asks_visitors_to_log_in(client):
    assert 'href="/about/"' in html(client, "/partners/")
    about = ContentPage.objects.get(slug="about", locale__language_code="en")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert 'href="/about/"' not in html(client, "/partners/")
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


def test_a_change_made_by_another_server_shows_on_the_next_request(client):
    """Another server's change sends no signal in this process, only its purge of the store
    all servers share: nothing kept in this process may hide the change."""
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    for url in ("/", "/partners/", "/partners/ryse-center/"):
        html(client, url)
    SupportLine.objects.filter(pk=line.pk).update(name="Changed elsewhere")  # no signal
    PartnerPage.objects.filter(pk=partner.pk).update(summary="Summary changed elsewhere")
    page_store.purge_everything()  # the other server's purge (the support line shows everywhere)
    for url in ("/", "/partners/", "/partners/ryse-center/"):
        page = html(client, url)
        assert "Changed elsewhere" in page, url
        assert "Summary changed elsewhere" in page, url


def test_a_partner_card_shows_a_new_summary_at_once(client):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    assert partner.summary in html(client, "/partners/")
    partner.summary = "Restorative, family-centred support in Contra Costa."
    partner.save_revision().publish()
    assert "Restorative, family-centred support in Contra Costa." in html(client, "/partners/")


def test_a_preview_shows_the_draft_not_the_published_page(client, rf, django_user_model):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    assert partner.summary in html(client, "/partners/ryse-center/")
    partner.summary = "An unsaved change in the editor."
    partner.logo = None
    request = rf.get("/admin/")
    request.user = django_user_model.objects.create_superuser("previewer", "", "pw")
    preview = partner.make_preview_request(request).content.decode()
    assert "An unsaved change in the editor." in preview
    assert "partner__logo" not in preview


def test_each_tool_page_shows_its_own_tool_language_and_preview(client, rf, django_user_model):
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
