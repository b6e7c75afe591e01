"""The large-network generator makes ordinary, public, working pages."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from partners.models import EventPage, PartnerPage
from resources.models import ResourcePage, ResourceVersion

from .test_query_budget import cold_query_count as query_count

pytestmark = pytest.mark.django_db


def test_generated_network_renders_and_listings_keep_their_query_budget(client):
    listings = [
        "/partners/",
        "/events/",
        "/events/past/",
        "/resources/",
        "/search/?q=healing&type=event",
    ]
    before = {url: query_count(client, url) for url in listings}
    call_command("generate_large_network", partners=12, events=60, resources=6, versions=5)
    call_command("generate_large_network", partners=2, events=2, resources=1, versions=1)
    assert PartnerPage.objects.filter(slug__startswith="generated-partner-").count() == 14
    assert EventPage.objects.filter(slug__startswith="event-0").count() >= 62
    tools = ResourcePage.objects.filter(
        slug__startswith="generated-tool-", locale__language_code="en"
    )
    assert tools.count() == 7
    assert ResourceVersion.objects.filter(page__in=tools).count() == 6 * 5 + 1
    # Each tool is in every site language too, with its versions, linked as translations.
    spanish = ResourcePage.objects.filter(
        slug__startswith="generated-tool-", locale__language_code="es"
    )
    assert sorted(spanish.values_list("translation_key", flat=True)) == sorted(
        tools.values_list("translation_key", flat=True)
    )
    assert ResourceVersion.objects.filter(page__in=spanish).count() == 6 * 5 + 1
    after = {url: query_count(client, url) for url in listings}
    assert after == before
    partner = PartnerPage.objects.get(slug="generated-partner-0003")
    for page in (partner, partner.get_children().first(), tools.first()):
        assert client.get(page.url).status_code == 200, page.url
    assert "Generated tool" in client.get("/search/?q=generated+tool").content.decode()
    html = client.get("/es/resources/generated-tool-000/").content.decode()
    assert '<html lang="es"' in html and "Generated tool 000" in html


FIVE_LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("zh-hans", "简体中文"),
    ("vi", "Tiếng Việt"),
    ("ko", "한국어"),
]


def test_in_five_languages_every_tool_is_in_each_and_pages_cost_no_more_queries(client):
    call_command("generate_large_network", partners=2, events=4, resources=3, versions=2)
    pages = ("/", "/resources/", "/resources/generated-tool-000/")
    two_languages = {url: query_count(client, url) for url in pages}
    with override_settings(LANGUAGES=FIVE_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=FIVE_LANGUAGES):
        call_command("sync_locales", verbosity=0)
        call_command("generate_large_network", partners=2, events=4, resources=3, versions=2)
        tool = "/resources/generated-tool-003/"  # made in all five
        for code in ("zh-hans", "vi", "ko"):
            html = client.get(f"/{code}{tool}").content.decode()
            assert f'<html lang="{code}"' in html
            assert f'hreflang="{code}"' in client.get(tool).content.decode()
        five_languages = {url: query_count(client, url) for url in ("/", "/resources/", tool)}
    assert list(five_languages.values()) == list(two_languages.values())
