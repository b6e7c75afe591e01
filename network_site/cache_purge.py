"""Purge by reference: a change purges the pages that show it, from the origin page cache
and from the CDN (wagtail.contrib.frontend_cache), in every language.

What changes pages: a page published, unpublished, moved, renamed or deleted, or its
privacy changed; a snippet published, unpublished, saved (when it has no drafts) or
deleted; an image or document changed or deleted; a setting, Site, Locale or redirect
saved. Which pages show it comes from network_site/purge_rules.py. A draft save, an
upload nothing uses yet, a rendition made or a download counted purges nothing.

An object shown on every page purges everything: the origin's namespace is replaced and
the CDN gets `BAN /` per site host, which the VCL (.ci/varnish.vcl) turns into a ban of
everything under that host. Purges run at once and again when the transaction commits,
so a page rendered from the old rows in between is not kept. This is the only purge of
a page: Wagtail's own page_published handlers are left out (network_site/frontend_cache.py).
"""

import logging
import re
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail import signals
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    BaseViewRestriction,
    DraftStateMixin,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.snippets.models import get_snippet_models

from network_site import page_store
from network_site.purge_rules import in_every_language, what_shows

logger = logging.getLogger(__name__)
FILE_ROUTE = re.compile(r"\.(?:ics|pdf|docx)/$")
SITE_WIDE = (BaseSiteSetting, BaseGenericSetting, Site, Locale)


def page_addresses(pages):
    """(paths for the origin, full URLs for the CDN) of pages and their own routes
    (`get_cached_paths`: an event index's past events and feed)."""
    paths, urls = set(), set()
    cache_object = PurgeBatch()  # shares the site root lookups across pages
    for page in pages:
        parts = page.get_url_parts(cache_object)
        if parts is None:
            continue
        _site_id, root_url, page_path = parts
        for extra in own_paths(page):
            path = page_path + extra.lstrip("/")
            paths.add(path)
            urls.add((root_url or "") + path)
    return paths, urls


def own_paths(page):
    """ "/" and the page's own routes that take no argument (a listing's past/ and feed)."""
    paths = set(page.get_cached_paths())
    if isinstance(page, RoutablePageMixin):
        for pattern in page.get_subpage_urls():
            if pattern.name and not pattern.pattern.regex.groups:
                paths.add("/" + as_requested(page.reverse_subpage(pattern.name)))
    return paths


def as_requested(subpage_path):
    """A file route (`feed.ics/`) is asked for without its slash (network_site.urls)."""
    path = subpage_path.lstrip("/")
    return path[:-1] if FILE_ROUTE.search(path) else path


def purge(paths=(), urls=(), everything=False):
    """Purge now (origin) and once committed (origin again, then the CDN)."""
    paths, urls = set(paths), set(urls)

    def origin():
        if everything:
            page_store.purge_everything()
        else:
            page_store.purge_paths(paths)

    def cdn():
        if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
            return
        if everything:
            ban_everything()
        elif urls:
            PurgeBatch(urls).purge()

    if not (everything or paths):
        return
    origin()
    transaction.on_commit(origin)
    transaction.on_commit(cdn)


def purge_what_shows(obj, extra_pages=()):
    everything, pages = what_shows(obj, extra_pages)
    if everything:
        purge(everything=True)
    else:
        purge(*page_addresses(pages))


def purge_subtree_addresses(page):
    """A page and its descendants at their current addresses (before a move or rename)."""
    subtree = Page.objects.descendant_of(page, inclusive=True).specific(defer=True)
    purge(*page_addresses(in_every_language(list(subtree))))


def ban_everything():
    """`BAN /` for each site's host at every HTTP cache configured (no Wagtail backend can
    purge everything; the VCL bans all of that host's objects)."""
    hosts = {
        site.hostname + ("" if site.port in (80, 443) else f":{site.port}")
        for site in Site.objects.all()
    }
    for backend in settings.WAGTAILFRONTENDCACHE.values():
        location = urlsplit(backend.get("LOCATION", ""))
        if not location.netloc:
            continue
        for host in hosts:
            request = Request(  # noqa: S310  (the configured cache's own http URL)
                urlunsplit([location.scheme, location.netloc, "/", "", ""]),
                method="BAN",
                headers={"Host": host, "X-Ban-Everything": "1"},
            )
            try:
                urlopen(request, timeout=5)  # noqa: S310  (the configured cache's own URL)
            except (URLError, OSError) as error:
                logger.error(
                    "Couldn't ban everything at %s for %s: %s", location.netloc, host, error
                )


# Signal handlers: one per kind of change.


def on_page_published(sender, instance, **kwargs):
    purge_what_shows(instance)


def on_page_slug_changed(sender, instance_before, **kwargs):
    purge_subtree_addresses(instance_before)


def on_page_moving(sender, instance, **kwargs):
    purge_subtree_addresses(instance)
    purge_what_shows(instance)  # its old parent and listings


def on_page_moved(sender, instance, **kwargs):
    purge_what_shows(Page.objects.get(pk=instance.pk).specific)


def on_page_deleting(sender, instance, **kwargs):
    if instance.live:
        purge_what_shows(instance.specific_deferred)


def on_view_restriction_change(sender, instance, **kwargs):
    if isinstance(instance, PageViewRestriction):
        page = Page.objects.filter(pk=instance.page_id).specific().first()
        if page is None:
            return  # deleted with its page, which purged itself
        purge_subtree_addresses(page)
        purge_what_shows(page)
    else:  # a collection's restriction: its images and documents may be on any page
        purge(everything=True)


def on_object_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):  # pages have their own signals
        purge_what_shows(instance)


def on_object_saved(sender, instance, created=False, raw=False, **kwargs):
    if raw or isinstance(instance, Page | BaseViewRestriction):
        return
    if isinstance(instance, SITE_WIDE):
        purge(everything=True)
    elif isinstance(instance, Redirect):
        purge(paths=[instance.old_path + ("" if instance.old_path.endswith("/") else "/")])
    elif isinstance(instance, AbstractImage | AbstractDocument) or (
        type(instance) in get_snippet_models() and not isinstance(instance, DraftStateMixin)
    ):
        purge_what_shows(instance)  # an upload nothing uses finds no page


def on_object_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page | BaseViewRestriction):
        return
    if isinstance(instance, DraftStateMixin) and not instance.live:
        return  # never shown
    if isinstance(instance, AbstractImage | AbstractDocument) or (
        type(instance) in get_snippet_models()
    ):
        purge_what_shows(instance)


def connect():
    signals.page_published.connect(on_page_published, dispatch_uid="purge_page_published")
    signals.page_unpublished.connect(on_page_published, dispatch_uid="purge_page_unpublished")
    signals.page_slug_changed.connect(on_page_slug_changed, dispatch_uid="purge_page_slug")
    signals.pre_page_move.connect(on_page_moving, dispatch_uid="purge_page_moving")
    signals.post_page_move.connect(on_page_moved, dispatch_uid="purge_page_moved")
    signals.published.connect(on_object_published, dispatch_uid="purge_object_published")
    signals.unpublished.connect(on_object_published, dispatch_uid="purge_object_unpublished")
    pre_delete.connect(on_page_deleting, sender=Page, dispatch_uid="purge_page_deleting")
    for signal in (post_save, post_delete):
        signal.connect(
            on_view_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"purge_vr_{id(signal)}",
        )
    post_save.connect(on_object_saved, dispatch_uid="purge_object_saved")
    pre_delete.connect(on_object_deleting, dispatch_uid="purge_object_deleting")
