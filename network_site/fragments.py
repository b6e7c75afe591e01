"""What a cached fragment's key names, so that a purge retires it and time cannot stale it.

Fragments are cached with Wagtail's own tags (`{% wagtailcache %}`, which renders afresh
in previews) through Django's cache API, in `caches[FRAGMENT_CACHE_ALIAS]`. Each key names
the page cache's tokens (network_site/page_store.py): `page`, the token of the path being
shown, which a purge of that path or of everything replaces; `everything`, the namespace
token, for the chrome every page shows (support lines, safety settings, navigation purge
everything). Keys also name the language and, where time changes what is shown, the
next clock moment (the help lines: the date). Signed-in people, and any request when the
store does not answer, get every fragment rendered afresh ("fragments-off" keeps nothing).
"""

from functools import cached_property, partial

from django.conf import settings
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from network_site import page_store

OFF = "fragments-off"


class FragmentKeys:
    """The key parts; `moment` is looked up only by a fragment that names it."""

    def __init__(self, cache, state=None, seconds=0, everything="", page="", query=""):
        self.cache = cache  # the alias for `using=`
        self.state = state
        self.seconds = seconds
        self.everything = everything
        self.page = page
        self.query = query

    @cached_property
    def moment(self):
        if self.state is None:  # nothing is kept, so the key does not matter
            return ""
        return self.state.next_moment(timezone.now()).isoformat()

    @cached_property
    def today(self):
        """For what changes only at local midnight (a support line's verification age)."""
        return timezone.localdate().isoformat()


def fragment_keys(request):
    """The key parts for this request, read once per request (with the page cache's own
    read when it made one: one round trip to the store in all)."""
    keys = getattr(request, "_fragment_keys", None)
    if keys is None:
        keys = _read(request)
        request._fragment_keys = keys
    return keys


def _read(request):
    user = getattr(request, "user", None)
    if settings.FRAGMENT_CACHE_ALIAS == OFF or (user is not None and user.is_authenticated):
        return FragmentKeys(cache=OFF)
    state = page_store.request_state(request)
    tokens = state.tokens()
    if tokens is None:
        return FragmentKeys(cache=OFF)
    everything, page = tokens
    return FragmentKeys(
        cache=settings.FRAGMENT_CACHE_ALIAS,
        state=state,
        seconds=settings.FRAGMENT_CACHE_SECONDS,
        everything=everything,
        page=f"{everything}.{page}",  # a purge of everything retires this path's too
        query=request.META.get("QUERY_STRING", ""),  # hashed into the key by the tag
    )


def lazy_context(build, names):
    """Context values that `build()` computes (once, and only if a template reads one):
    a fragment served from the cache then costs none of their queries."""
    built = []

    def value(name):
        if not built:
            built.append(build())
        return built[0][name]

    return {name: SimpleLazyObject(partial(value, name)) for name in names}
