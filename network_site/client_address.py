"""The one place that decides a visitor's address (search rate limits, login throttling).

Each proxy in front of the site appends the address it saw to X-Forwarded-For, so with
TRUSTED_PROXY_COUNT = N the Nth entry from the right was written by our outermost proxy;
everything left of it came from the visitor and is ignored. 0 (no proxy) means
REMOTE_ADDR. Written here rather than with django-ipware because the whole rule is
this, and ipware's heuristics (many headers, preferring public addresses) are what an
attacker would aim at.
"""

from ipaddress import ip_address

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    # A request that skipped some of our proxies carries fewer entries: its leftmost
    # entry is then still one our own proxies wrote.
    candidate = forwarded[-count] if len(forwarded) >= count else forwarded[0]
    try:
        return str(ip_address(candidate))
    except ValueError:
        return remote
