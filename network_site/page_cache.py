"""A full-page cache for anonymous visitors that is never stale.

Every entry is stored under the current *generation*. Any change to content (a page
published, unpublished, moved or deleted; a snippet, setting, document or image saved)
replaces the generation, so every page that might show the change is invalid at once,
on every server sharing the cache. Content that changes with the clock (an event
becoming past, a version released on a date, a support line past its grace period) is
covered by *clocks*: no entry outlives the next moment any registered clock names.

Only anonymous GETs of public pages are stored: no session cookie, not the admin, not
search (rate limited per request) or downloads (counted per request), nothing that set a
cookie or used a CSRF token. Off unless PAGE_CACHE_SECONDS is set (production: 600).
"""

import datetime
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone

GENERATION_KEY = "page-cache:generation"
CACHED_TYPES = ("text/html", "text/calendar", "application/xml", "text/plain")
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/django-admin/")
MAX_QUERY_STRING = 200
_clocks = []


def register_clock(func):
    """`func()` returns the next aware datetime at which shown content changes by itself, or None."""
    _clocks.append(func)
    return func


@register_clock
def next_local_midnight():
    """Dates shown on pages (releases, verification ages) turn over at midnight in our zone."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))


def store():
    return caches[settings.PAGE_CACHE_ALIAS]


def new_generation(**kwargs):
    """Invalidate every cached page now, and again once the change is committed, so a page
    rendered from the old rows before the commit is never stored under the new generation."""

    def replace():
        store().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)

    replace()
    transaction.on_commit(replace)


def current_generation():
    cache = store()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # add, not set: if another server made one at the same moment, use theirs.
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY) or generation
    return generation


def next_clock_moment(now):
    """The nearest moment after `now` at which some clock changes what pages show, or None."""
    moments = [moment for moment in (clock() for clock in _clocks) if moment is not None]
    return min([m for m in moments if m > now], default=None)


def seconds_until_content_changes(generation):
    """How long an entry may live: the nearest clock boundary, computed once per generation."""
    cache = store()
    key = f"page-cache:{generation}:until"
    until = cache.get(key)
    now = timezone.now()
    if until is None or until <= now:
        until = next_clock_moment(now)
        if until is None:
            until = now + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS)
        cache.set(key, until, timeout=max(1, int((until - now).total_seconds())))
    # Rounded down: an entry may expire a little early, never late.
    return min(settings.PAGE_CACHE_SECONDS, int((until - now).total_seconds()))


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(NEVER_CACHED_PREFIXES)
        and "/search/" not in request.path
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
    )


def is_cacheable_response(request, response):
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (user is not None and user.is_authenticated)
        and response.get("Content-Type", "").split(";")[0] in CACHED_TYPES
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class PageCacheMiddleware:
    """Serves and stores whole pages; sits inside the security headers, outside sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_cacheable_request(request):
            return self.get_response(request)
        generation = current_generation()
        key = f"page-cache:{generation}:{request.get_host()}:{request.get_full_path()}"
        cache = store()
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content if request.method == "GET" else b"")
            for name, value in headers:
                response[name] = value
            response["Content-Length"] = str(len(content))
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(request, response):
            timeout = seconds_until_content_changes(generation)
            if timeout >= 1:
                headers = [(k, v) for k, v in response.items() if k != "Content-Length"]
                cache.set(key, (response.content, headers), timeout=timeout)
            response["X-Page-Cache"] = "miss"
        return response


def changes_what_pages_show(sender):
    """Models whose saving can change a public page. Renditions (made while rendering) and
    download counters (written per download) are left out, or the cache would thrash."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page, Site

    from resources.models import DownloadCount

    if issubclass(sender, (AbstractDocument, AbstractImage, BaseViewRestriction, Locale, Site)):
        return True
    return (
        sender._meta.app_label in {"home", "partners", "resources", "wagtailredirects"}
        and not issubclass(sender, Page)  # drafts save the page row; publishing is a signal
        and sender is not DownloadCount
    )


def on_model_change(sender, **kwargs):
    if changes_what_pages_show(sender):
        new_generation()


def on_page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        new_generation()


def on_page_change(sender, **kwargs):
    new_generation()


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(on_page_change, dispatch_uid=f"page_cache_{id(signal)}")
    post_save.connect(on_model_change, dispatch_uid="page_cache_save")
    post_delete.connect(on_model_change, dispatch_uid="page_cache_delete")
    post_delete.connect(on_page_deleted, dispatch_uid="page_cache_page_delete")
