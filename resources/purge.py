"""Which pages list a tool by query: purged with it (network_site/purge_rules.py)."""

from wagtail.models import Page

from network_site.purge_rules import site_homes
from resources.models import ResourceIndexPage


def tool_listings(tool):
    """The library (its parent, and any other), the home pages' featured tools, and the
    profiles of the partners who contributed it (a version is saved with its tool)."""
    contributors = Page.objects.filter(pk__in=tool.contributors.values_list("partner_id"))
    return [ResourceIndexPage.objects.all(), site_homes(), contributors]
