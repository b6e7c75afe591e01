"""How long a shared cache may keep a page, and the origin's own page cache.

Every response says how a *shared* cache may keep it, in its own directives
(`CDN-Cache-Control`, RFC 9213, and `Surrogate-Control` for Varnish/Fastly-style
proxies): a public page for at most the time until the next *clock moment* (an event
starting or ending, local midnight; apps register clocks), anything personal or
counted per request not at all. The browser's `Cache-Control` is the visitor-traces
code's concern (network_site/security.py); nothing here reads it.

The origin page cache serves and stores the same public pages for anonymous visitors;
what it keeps, under which tokens, and the clock moments are network_site/page_store.py.
A cached page costs one call to the store.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from network_site.page_store import StoreState, entry_key, request_state

CACHED_TYPES = ("text/html", "text/calendar", "application/xml", "text/plain")
NEVER_SHARED_PREFIXES = ("/admin/", "/documents/", "/django-admin/")
MAX_QUERY_STRING = 200
NO_STORE = "no-store"
NOT_STORED_HEADERS = ("Content-Length", "CDN-Cache-Control", "Surrogate-Control")


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


def shared_directive(request, response, until=None):
    """What a shared cache may do with this response; its lifetime, 0 for none. `until` is
    the stored page's own clock moment; else the request's state says."""
    if not (is_shareable_request(request) and is_shareable_response(request, response)):
        return NO_STORE, 0
    now = timezone.now()
    until = until or request_state(request).next_moment(now)
    # Rounded down: a page may expire a little early, never late.
    lifetime = min(settings.CDN_CACHE_SECONDS, int((until - now).total_seconds()))
    if lifetime < 1:
        return NO_STORE, 0
    directive = f"max-age={lifetime}"
    if lifetime == settings.CDN_CACHE_SECONDS:
        # Serving a little late is safe only when no clock moment falls in that time;
        # purges remove an entry outright, stale or not.
        directive += f", stale-while-revalidate={settings.CDN_STALE_WHILE_REVALIDATE_SECONDS}"
    return directive, lifetime


def cached_response(content, headers, request):
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


def state_directive(request, response, until=None):
    if "CDN-Cache-Control" in response:
        return 0  # the view's own (a rendition file); not a page for the origin cache
    directive, lifetime = shared_directive(request, response, until)
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
        state = tokens = None
        if settings.PAGE_CACHE_SECONDS and is_shareable_request(request):
            state = StoreState(request.path, entry_key(request))
            request._page_store_state = state
            page = state.fresh_page(timezone.now())
            if page is not None:
                content, headers, until = page
                response = cached_response(content, headers, request)
                # Its lifetime counts from now: the moment is nearer than when stored.
                state_directive(request, response, until)
                return response
            # Read before rendering and stored with the page: a page rendered from rows a
            # purge has just replaced carries the replaced token, and is never served.
            tokens = state.tokens()
        response = self.get_response(request)
        lifetime = state_directive(request, response)
        if state is not None and tokens and request.method == "GET" and lifetime >= 1:
            self.keep(state, tokens, response, lifetime)
        return response

    @staticmethod
    def keep(state, tokens, response, lifetime):
        until = state.next_moment(timezone.now())  # read when the directive was stated
        headers = [(k, v) for k, v in response.items() if k not in NOT_STORED_HEADERS]
        entry = (*tokens, until, response.content, headers)
        timeout = min(settings.PAGE_CACHE_SECONDS, lifetime)
        state.calls(lambda cache: cache.set(state.entry_key, entry, timeout))
        response["X-Page-Cache"] = "miss"
