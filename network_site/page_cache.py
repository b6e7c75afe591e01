"""How long a shared cache may keep a page, and the origin's own page cache.

Every response says how a *shared* cache may keep it, in its own directives
(`CDN-Cache-Control`, RFC 9213, and `Surrogate-Control` for Varnish/Fastly-style
proxies): a public page for at most the time until the next *clock moment* (an event
starting or ending, local midnight; apps register clocks), anything personal or
counted per request not at all. The browser's `Cache-Control` is the visitor-traces
code's concern (network_site/security.py); nothing here reads it.

The origin page cache keeps the same public pages for anonymous visitors in
`caches[PAGE_CACHE_ALIAS]` (Redis with REDIS_URL, else files on this machine). Entries
are keyed by host, path and the sorted query string, under a token per path: purging a
path (network_site/cache_purge.py) drops the token, so every query variant of it goes
at once and nothing else does. A token for the whole namespace is replaced only when
something shown on every page changes. A request reads the tokens before it renders
and stores under them, so a page rendered from rows a purge has just replaced is
stored where no one looks.

Any failure of the store (Redis down) is logged and the page is served uncached. The
connection settings make each call give up fast (REDIS_FAIL_FAST_OPTIONS), and after one
failure the rest of that request leaves the store alone; nothing about the store's
health is kept between requests, so the first request after Redis is back uses it.
"""

import datetime
import hashlib
import logging
import uuid
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone

logger = logging.getLogger(__name__)

CACHED_TYPES = ("text/html", "text/calendar", "application/xml", "text/plain")
NEVER_SHARED_PREFIXES = ("/admin/", "/documents/", "/django-admin/")
MAX_QUERY_STRING = 200
NO_STORE = "no-store"
PATH_TOKEN_SECONDS = 2 * 24 * 3600
NOT_STORED_HEADERS = ("Content-Length", "CDN-Cache-Control", "Surrogate-Control")
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


def next_clock_moment(now):
    """The nearest moment after `now` at which some clock changes what pages show, or None."""
    moments = [moment for moment in (clock() for clock in _clocks) if moment is not None]
    return min([m for m in moments if m > now], default=None)


def store():
    return caches[settings.PAGE_CACHE_ALIAS]


class StoreCalls:
    """The store's calls made for one request. A failure is logged and its default is
    returned; the request's later calls then return theirs at once (a Redis that hangs
    costs a request one timeout, not one per call)."""

    def __init__(self):
        self.failed = False

    def __call__(self, operation, default=None):
        if self.failed:
            return default
        try:
            return operation(store())
        except Exception as error:  # noqa: BLE001  (any backend's connection error)
            self.failed = True
            logger.warning("Page cache unavailable, serving uncached: %s", error)
            return default


def _purge(operation):
    """A purge is always tried and its failure is an error (a lost one could leave a page
    stale)."""
    try:
        operation(store())
    except Exception as error:  # noqa: BLE001  (any backend's connection error)
        logger.error("Page cache purge failed: %s", error)


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _tokens(cache, path):
    """The namespace's token and the path's token, made on first use (add: another server
    making one at the same moment wins, and both then use it)."""
    namespace_key = "page-cache:namespace"
    namespace = cache.get(namespace_key)
    if namespace is None:
        cache.add(namespace_key, uuid.uuid4().hex, timeout=None)
        namespace = cache.get(namespace_key)
    path_key = f"page-cache:{namespace}:path:{_digest(path)}"
    token = cache.get(path_key)
    if token is None:
        # Outlives every entry under it; one left by an old namespace then goes too.
        cache.add(path_key, uuid.uuid4().hex, timeout=PATH_TOKEN_SECONDS)
        token = cache.get(path_key)
    return namespace, token


def purge_paths(paths):
    """Forget every cached variant of these paths, on every host name."""

    def drop(cache):
        namespace = cache.get("page-cache:namespace")
        if namespace is not None:
            cache.delete_many([f"page-cache:{namespace}:path:{_digest(p)}" for p in paths])
        _moved(cache)

    if paths:
        _purge(drop)


def purge_everything():
    """Forget every cached page (what every page shows has changed)."""

    def replace(cache):
        cache.set("page-cache:namespace", uuid.uuid4().hex, timeout=None)
        _moved(cache)

    _purge(replace)


def _moved(cache):
    # A purge may change the next clock moment (an event published), so it is recomputed.
    cache.set("page-cache:content-version", uuid.uuid4().hex, timeout=None)


def seconds_until_next_clock_moment(calls=None):
    """Seconds until the next clock moment (capped at a day), kept until a purge or the moment."""
    now = timezone.now()
    # Rounded down: a page may expire a little early, never late.
    return int((next_moment(now, calls) - now).total_seconds())


def next_moment(now, calls=None):
    """The next clock moment after `now` (at most a day away), kept until a purge or the moment."""
    calls = calls or StoreCalls()

    def kept(cache):
        version = cache.get("page-cache:content-version") or ""
        return cache.get(f"page-cache:until:{version}"), version

    until, version = calls(kept, default=(None, None))
    if until is None or until <= now:
        until = next_clock_moment(now) or now + datetime.timedelta(days=1)
        seconds = max(1, int((until - now).total_seconds()))
        if version is not None:
            calls(lambda cache: cache.set(f"page-cache:until:{version}", until, seconds))
    return until


def path_tokens(path, calls=None):
    """(namespace token, path token) as the page cache keys `path` under, or None when the
    store does not answer. A purge of the path, or of everything, replaces them."""
    calls = calls or StoreCalls()
    tokens = calls(lambda cache: _tokens(cache, path))
    return tokens if tokens and None not in tokens else None


def is_shareable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and settings.CSRF_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(NEVER_SHARED_PREFIXES)
        and "/search/" not in request.path
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
    )


def is_shareable_response(request, response):
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and response.get("Content-Type", "").split(";")[0] in CACHED_TYPES
    )


def shared_directive(request, response, calls=None):
    """What a shared cache may do with this response; its lifetime, 0 for none."""
    if not (is_shareable_request(request) and is_shareable_response(request, response)):
        return NO_STORE, 0
    lifetime = min(settings.CDN_CACHE_SECONDS, seconds_until_next_clock_moment(calls))
    if lifetime < 1:
        return NO_STORE, 0
    directive = f"max-age={lifetime}"
    if lifetime == settings.CDN_CACHE_SECONDS:
        # Serving a little late is safe only when no clock moment falls in that time;
        # purges remove an entry outright, stale or not.
        directive += f", stale-while-revalidate={settings.CDN_STALE_WHILE_REVALIDATE_SECONDS}"
    return directive, lifetime


def entry_key(request, namespace, token):
    query = urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), True)))
    return f"page-cache:{namespace}:page:{token}:{_digest(request.get_host())}:{_digest(query)}"


def cached_response(stored, request):
    content, headers = stored
    response = HttpResponse(content if request.method == "GET" else b"")
    for name, value in headers:
        response[name] = value
    response["Content-Length"] = str(len(content))
    response["X-Page-Cache"] = "hit"
    return response


def never_shared(response):
    """For a view whose answer must not be kept by any shared cache or the origin's (a
    form that shows answers or a round's open state): the directive is then the view's."""
    response["CDN-Cache-Control"] = NO_STORE
    response["Surrogate-Control"] = NO_STORE
    return response


def state_directive(request, response, calls=None):
    if "CDN-Cache-Control" in response:
        return 0  # the view's own (a rendition file); not a page for the origin cache
    directive, lifetime = shared_directive(request, response, calls)
    response["CDN-Cache-Control"] = directive
    response["Surrogate-Control"] = directive
    return lifetime


class PageCacheMiddleware:
    """States the shared-cache directive on every response it sees, and serves and stores
    whole public pages for anonymous visitors. It sits inside the security headers and
    WhiteNoise (static files keep their own headers), outside sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key, calls = None, StoreCalls()
        if settings.PAGE_CACHE_SECONDS and is_shareable_request(request):
            tokens = path_tokens(request.path, calls)
            if tokens:
                key = entry_key(request, *tokens)
                stored = calls(lambda cache: cache.get(key))
                if stored is not None:
                    response = cached_response(stored, request)
                    # Its lifetime counts from now: the next clock moment is nearer.
                    state_directive(request, response, calls)
                    return response
        response = self.get_response(request)
        lifetime = state_directive(request, response, calls)
        if key is not None and request.method == "GET" and lifetime >= 1:
            timeout = min(settings.PAGE_CACHE_SECONDS, lifetime)
            headers = [(k, v) for k, v in response.items() if k not in NOT_STORED_HEADERS]
            calls(lambda cache: cache.set(key, (response.content, headers), timeout))
            response["X-Page-Cache"] = "miss"
        return response
