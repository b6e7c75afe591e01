"""What the origin page cache keeps, and the clock moments that bound how long.

The page cache (network_site/page_cache.py) keeps public pages for anonymous visitors in
`caches[PAGE_CACHE_ALIAS]` (Redis with REDIS_URL, else files on this machine), one entry
per host, path and sorted query string. Each entry records the two tokens it was stored
under: the *namespace* token, replaced when something every page shows changes, and its
path's token, dropped by a purge of that path (network_site/cache_purge.py), so every
query variant of it goes at once and nothing else does. A request reads the tokens
before it renders and stores them with the page, so a page rendered from rows a purge
has just replaced is never served. Fragments (network_site/fragments.py) name the same
tokens in their keys.

A request reads everything it needs from the store in one round trip (StoreState): the
tokens, the next clock moment and the stored page. Any failure of the store (Redis
down) is logged and the page is served uncached; after one failure the rest of that
request leaves the store alone, and nothing about the store's health outlives a request.
"""

import datetime
import hashlib
import logging
import uuid
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

logger = logging.getLogger(__name__)

PATH_TOKEN_SECONDS = 2 * 24 * 3600
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


NAMESPACE_KEY = "page-cache:namespace"
CONTENT_VERSION_KEY = "page-cache:content-version"
MOMENT_KEY = "page-cache:moment"


def _path_key(path):
    return f"page-cache:path:{_digest(path)}"


def entry_key(request):
    """One key per host, path and sorted query string; the tokens it was stored under are
    kept in the entry and checked on reading."""
    query = urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), True)))
    host, path = _digest(request.get_host()), _digest(request.path)
    return f"page-cache:page:{host}:{path}:{_digest(query)}"


class StoreState:
    """What the store says for one request, read in one round trip (one MGET on Redis):
    the namespace's and the path's tokens and either the stored page (the page cache's
    read: a cached page costs this one call) or the next clock moment (what fragments
    name). A page that is not stored reads its moment in a second call."""

    def __init__(self, path=None, entry_key=None):
        self.calls = StoreCalls()
        self.path_key = _path_key(path) if path is not None else None
        self.entry_key = entry_key
        self.moment_read = entry_key is None
        keys = [NAMESPACE_KEY, self.path_key, entry_key]
        if self.moment_read:
            keys += [CONTENT_VERSION_KEY, MOMENT_KEY]
        values = self.calls(lambda cache: cache.get_many([key for key in keys if key]))
        self.answered = values is not None
        values = values or {}
        self.namespace = values.get(NAMESPACE_KEY)
        self.token = values.get(self.path_key) if self.path_key else None
        self.stored = values.get(entry_key) if entry_key else None
        self.version = values.get(CONTENT_VERSION_KEY, "")
        self.moment = values.get(MOMENT_KEY)

    def _read_moment(self):
        self.moment_read = True
        keys = [CONTENT_VERSION_KEY, MOMENT_KEY]
        values = self.calls(lambda cache: cache.get_many(keys)) if self.answered else None
        values = values or {}
        self.version = values.get(CONTENT_VERSION_KEY, "")
        self.moment = values.get(MOMENT_KEY)

    def tokens(self):
        """(namespace token, path token), made on first use (add: another server making one
        at the same moment wins, and both then use it); None when the store does not answer."""
        if not self.answered or self.path_key is None:
            return None
        if self.namespace is None:
            self.namespace = self._made(NAMESPACE_KEY, None)
        if self.token is None:
            # Outlives every entry made under it.
            self.token = self._made(self.path_key, PATH_TOKEN_SECONDS)
        if self.namespace is None or self.token is None:
            return None
        return self.namespace, self.token

    def _made(self, key, timeout):
        def make(cache):
            cache.add(key, uuid.uuid4().hex, timeout=timeout)
            return cache.get(key)

        return self.calls(make)

    def fresh_page(self, now):
        """(content, headers, until) of the stored page, if it was stored under the tokens
        in force now and its clock moment has not come; else None."""
        if self.stored is None or self.namespace is None or self.token is None:
            return None
        namespace, token, until, content, headers = self.stored
        if (namespace, token) != (self.namespace, self.token) or until <= now:
            return None
        return content, headers, until

    def next_moment(self, now):
        """The next clock moment after `now` (at most a day away). It is kept in the store
        under the content version it was computed for, so a purge (which may publish an
        event) makes the next request compute it again."""
        if not self.moment_read:
            self._read_moment()
        if self.moment is not None:
            version, until = self.moment
            if version == self.version and until > now:
                return until
        until = next_clock_moment(now) or now + datetime.timedelta(days=1)
        self.moment = (self.version, until)
        if self.answered:
            seconds = max(1, int((until - now).total_seconds()))
            self.calls(lambda cache: cache.set(MOMENT_KEY, self.moment, seconds))
        return until


def request_state(request):
    """The request's StoreState, read once (by the page cache or the first fragment)."""
    state = getattr(request, "_page_store_state", None)
    if state is None:
        state = StoreState(request.path)
        request._page_store_state = state
    return state


def purge_paths(paths):
    """Forget every cached variant of these paths, on every host name."""

    def drop(cache):
        cache.delete_many([_path_key(path) for path in paths])
        _moved(cache)

    if paths:
        _purge(drop)


def purge_everything():
    """Forget every cached page (what every page shows has changed)."""

    def replace(cache):
        cache.set(NAMESPACE_KEY, uuid.uuid4().hex, timeout=None)
        _moved(cache)

    _purge(replace)


def _moved(cache):
    # A purge may change the next clock moment (an event published), so it is recomputed.
    cache.set(CONTENT_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def seconds_until_next_clock_moment(state=None):
    """Seconds until the next clock moment (capped at a day)."""
    now = timezone.now()
    # Rounded down: a page may expire a little early, never late.
    return int(((state or StoreState()).next_moment(now) - now).total_seconds())
