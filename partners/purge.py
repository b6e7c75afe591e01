"""Which pages list events and partners by query: purged with them (network_site/purge_rules.py)."""

from network_site.purge_rules import site_homes
from partners.models import EventIndexPage, PartnerIndexPage


def event_listings(event):
    """Its partner's profile (the parent page), the event listings (upcoming, past, feed)
    and the home pages' upcoming events."""
    return [EventIndexPage.objects.all(), site_homes()]


def partner_listings(partner):
    """The directory, the home pages' featured partners, and its name where its events are
    listed and on its own events and videos."""
    return [
        PartnerIndexPage.objects.all(),
        EventIndexPage.objects.all(),
        site_homes(),
        partner.get_children(),
    ]
