"""Home and content pages in both languages: lang, hreflang, switcher, 404, sitemap."""

import re

import pytest
from wagtail.models import Locale, Page

pytestmark = pytest.mark.django_db


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/", "en", "Ending partner violence through healing, not punishment"),
        ("/es/", "es", "Terminar con la violencia en la pareja sanando, no castigando"),
        ("/about/", "en", "About the campaign"),
        ("/es/about/", "es", "Sobre la campaña"),
        ("/policy/", "en", "The CRISES Act"),
        ("/es/policy/", "es", "La Ley CRISES"),
    ],
)
def test_pages_render_in_their_language(client, url, lang, text):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="ltr">' in html
    assert text in html
    links = hreflangs(html)
    assert set(links) == {"en", "es", "x-default"}
    assert links["x-default"] == links["en"]


def test_home_quotes_are_exact_with_speakers(client):
    html = client.get("/").content.decode()
    assert "Removal is not our way." in html
    assert "George Galvis" in html and "Colsaria Henderson" in html
    assert "Men \u2014 we have a responsibility to replace relationships of power" in html


def test_untranslated_page_is_not_in_hreflang_and_switcher_goes_home(client, home_page):
    from home.models import ContentPage

    page = ContentPage(title="Only in English", slug="only-english", body=[])
    home_page.add_child(instance=page)
    page.save_revision().publish()
    html = client.get("/only-english/").content.decode()
    assert set(hreflangs(html)) == {"en", "x-default"}
    # The switcher offers Spanish, pointing at the Spanish home page.
    assert re.search(r'<a href="/es/" lang="es" hreflang="es"[^>]*>Español</a>', html)


def test_draft_translation_is_not_listed(client):
    spanish_about = Page.objects.get(
        url_path__endswith="/about/", locale=Locale.objects.get(language_code="es")
    )
    spanish_about.unpublish()
    html = client.get("/about/").content.decode()
    assert set(hreflangs(html)) == {"en", "x-default"}
    assert client.get("/es/about/").status_code == 404


def test_switcher_links_to_same_page_in_other_language(client):
    html = client.get("/about/").content.decode()
    assert '<a href="/es/about/" lang="es" hreflang="es">Español</a>' in html
    html = client.get("/es/about/").content.decode()
    assert '<a href="/about/" lang="en" hreflang="en">English</a>' in html


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/no-such-page/", "en", "We can’t find that page"),
        ("/es/no-such-page/", "es", "No encontramos esa página"),
    ],
)
def test_unknown_url_gives_styled_404_in_visitor_language(client, url, lang, heading):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert heading in html
    assert 'class="skip-link"' in html


def test_a_typed_address_of_an_untranslated_page_points_to_the_original(client):
    from partners.models import PartnerPage

    spanish = PartnerPage.objects.get(slug="ryse-center", locale__language_code="es")
    spanish.unpublish()
    response = client.get("/es/partners/ryse-center/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Esta página aún no está traducida" in html
    assert 'href="/partners/ryse-center/" hreflang="en" lang="en"' in html
    # An address that exists in no language stays a plain "not found".
    assert 'hreflang="en" lang="en">' not in client.get("/es/partners/nobody/").content.decode()


def test_500_page_is_in_visitor_language(rf):
    from network_site.views import server_error

    response = server_error(rf.get("/es/anything/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert "Algo salió mal" in html


def test_sitemap_lists_both_languages_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<loc>http://testserver/about/</loc>" in xml
    assert "<loc>http://testserver/es/about/</loc>" in xml
    assert 'hreflang="es" href="http://testserver/es/about/"' in xml


def test_robots_txt_points_to_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_reading_public_pages_sets_no_cookie(client):
    for url in ("/", "/es/", "/about/", "/es/policy/", "/no-such-page/"):
        assert not client.get(url).cookies, url
