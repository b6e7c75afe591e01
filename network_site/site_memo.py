"""Site-wide parts of every page, computed once per content generation, not per request.

Every page shows the same navigation, help lines, safety links and home pages, and
every public listing excludes the same private sections. Building them costs about
half a page's queries. They are kept in this process's memory under the page cache's
*generation* (network_site/page_cache.py), which every content change replaces in the
shared cache: so a change on any server is seen by every server's next request, and
nothing here is needed by another server. Only requests use the memo (the generation
is read once, lazily, per request); commands and the shell always query.
"""

import contextvars

from django.utils import timezone

_UNREAD = object()
_request_generation = contextvars.ContextVar("site_memo_generation", default=None)
_memo = {}
_memo_generation = None
_memo_until = None
_kept_per_kind = {}  # entries per kind (a key's first part), for kinds kept in limited number
# A guard against unbounded growth (keys include page ids); entries are small.
MAX_ENTRIES = 5000


class SiteMemoMiddleware:
    """Marks the request so the first memo lookup reads the current generation."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set(_UNREAD)
        try:
            remember_site(request)
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def remember_site(request):
    """Wagtail looks up the Site (with its root page) per request; it keeps what it finds
    on `request._wagtail_site`, so a memoised one is used in its place."""
    from django.core.exceptions import DisallowedHost
    from django.db import DatabaseError
    from wagtail.models import Site

    try:
        host = request.get_host()
    except DisallowedHost:
        return  # Django answers 400 further in; nothing to remember

    def find_site():
        site = Site.find_for_request(request)
        if site is not None:
            # Its specific form, so routing can use the home page's memoised translations.
            site.root_page = site.root_page.specific
        return site

    try:
        request._wagtail_site = memoised(("site", host, request.get_port()), find_site)
    except DatabaseError:
        return  # the database is down: quick exit (/leave/) and the 500 page still answer


def request_generation():
    """The content generation this request is served from (None outside requests)."""
    generation = _request_generation.get()
    if generation is _UNREAD:
        from network_site.page_cache import current_generation

        generation = current_generation()
        _request_generation.set(generation)
    return generation


def _current_memo():
    """This generation's memo, or None outside requests. It is emptied when the generation
    moves, and at the next moment a page-cache clock names (an event starting or ending,
    midnight), so what is kept may depend on the time as well as on content."""
    global _memo_generation, _memo_until
    generation = request_generation()
    if generation is None:
        return None
    if (
        generation != _memo_generation
        or len(_memo) >= MAX_ENTRIES
        or (_memo_until is not None and timezone.now() >= _memo_until)
    ):
        from network_site.page_cache import next_clock_moment

        _memo.clear()
        _kept_per_kind.clear()
        _memo_generation, _memo_until = generation, None
        _memo_until = next_clock_moment(timezone.now())
    return generation


def memoised(key, build, at_most=None):
    """`build()`'s result for this generation, from memory when another request made it.

    What `build` returns is shared between requests: callers treat it as read-only.
    `at_most` limits how many entries of this kind (the key's first part) are kept per
    generation; beyond that, `build()` runs each time. Kinds whose keys visitors can
    vary (listing pages by filter, addresses) use it to bound this worker's memory.
    """
    generation = _current_memo()
    if generation is None:
        return build()
    # The generation is part of the key, so a thread still serving an older generation
    # (threaded dev server) can never hand its rows to a request of the newer one.
    try:
        return _memo[generation, key]
    except KeyError:
        value = build()
        _keep(generation, key, value, at_most)
        return value


def _keep(generation, key, value, at_most):
    if at_most is not None:
        kept = _kept_per_kind.get(key[0], 0)
        if kept >= at_most:
            return
        _kept_per_kind[key[0]] = kept + 1
    _memo[generation, key] = value


def recall(key):
    """What `remember` kept under `key` in this generation, or None."""
    generation = _current_memo()
    return None if generation is None else _memo.get((generation, key))


def remember(key, value, at_most=None):
    """Keep `value` for this generation, for a caller that decides what is worth keeping
    (routing keeps the pages of addresses that exist, not of every address asked for)."""
    generation = _current_memo()
    if generation is not None:
        _keep(generation, key, value, at_most)


def forget():
    """Drop everything (tests roll the database back without a change signal)."""
    global _memo_generation, _memo_until
    _memo.clear()
    _kept_per_kind.clear()
    _memo_generation = _memo_until = None
    from django.core.cache import caches

    caches["fragments"].clear()
