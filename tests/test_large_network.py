"""The large-network generator makes ordinary, public, working pages."""

import pytest
from django.core.management import call_command

from partners.models import EventPage, PartnerPage
from resources.models import ResourcePage, ResourceVersion

from .test_partners_budgets import query_count

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
    tools = ResourcePage.objects.filter(slug__startswith="generated-tool-")
    assert tools.count() == 7
    assert ResourceVersion.objects.filter(page__in=tools).count() == 6 * 5 + 1
    after = {url: query_count(client, url) for url in listings}
    assert after == before
    partner = PartnerPage.objects.get(slug="generated-partner-0003")
    for page in (partner, partner.get_children().first(), tools.first()):
        assert client.get(page.url).status_code == 200, page.url
    assert "Generated tool" in client.get("/search/?q=generated+tool").content.decode()
