"""Purge by reference: when a page changes, every page that shows it is purged from the CDN.

Wagtail purges the changed page itself; a partner's event also appears on the
partner's profile, the event listing and the home page, in every language.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished


def pages_showing(page):
    """The page's ancestors below the root and the network-wide listings, in every language."""
    keys = set(page.get_ancestors().filter(depth__gte=2).values_list("translation_key", flat=True))
    keys.add(page.translation_key)
    from partners.models import EventIndexPage, PartnerIndexPage
    from resources.models import ResourceIndexPage

    for model in (EventIndexPage, PartnerIndexPage, ResourceIndexPage):
        keys.update(model.objects.values_list("translation_key", flat=True))
    return Page.objects.filter(translation_key__in=keys).live()


def purge_pages_showing(sender, instance, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(instance))
    for page in pages_showing(instance):
        if page.specific_class.__name__ == "EventIndexPage":
            url = page.get_full_url()
            if url:
                batch.add_urls([url + "past/", url + "feed.ics"])
    batch.purge()


def connect():
    page_published.connect(purge_pages_showing, dispatch_uid="purge_pages_showing_published")
    page_unpublished.connect(purge_pages_showing, dispatch_uid="purge_pages_showing_unpublished")
