"""Site search in the visitor's language: pages of every kind, titles first, no writes."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from network_site import search_sqlite
from network_site.client_address import client_address
from network_site.search_sqlite import RankedPages, ranked_hits
from network_site.site_memo import memoised

MAX_QUERY_LENGTH = 200
NOT_A_WORD = re.compile(r"[^\w\s'’-]+")
PER_PAGE = 10
KEPT_SEARCHES = 200  # per worker and generation; a few kilobytes each


def search_types():
    from home.models import ContentPage
    from partners.models import EventPage, PartnerPage, VideoPage
    from resources.models import ResourcePage

    return {
        "partner": (_("Partners"), PartnerPage),
        "event": (_("Events"), EventPage),
        "video": (_("Videos"), VideoPage),
        "resource": (_("Tools and resources"), ResourcePage),
        "page": (_("Pages"), ContentPage),
    }


def kept_hits(model, kind, locale, query):
    """The ranked hits of a search, kept per generation so a popular search (or a page of
    results after the first) does not rank the index again: a word in most pages takes
    about 19 ms on the large network. Only page ids are kept, under a salted hash of the
    search: the words themselves are not kept, and nothing says who searched."""
    search = f"{settings.SECRET_KEY}:{kind}:{locale.pk}:{query}"
    key = ("search-hits", hashlib.sha256(search.encode()).hexdigest())
    return memoised(key, lambda: ranked_hits(model, locale, query), at_most=KEPT_SEARCHES)


def over_rate_limit(request):
    """Count this search; True past the limit. The key is a salted hash that lives a minute."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    key = f"search-rate:{digest}"
    cache.add(key, 0, timeout=60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60)
        count = 1
    return count > settings.SEARCH_RATE_LIMIT_PER_MINUTE


def search(request):
    from network_site.pagination import paginate

    types = search_types()
    # Words only: quotes and operators would be full-text syntax, not what people mean.
    query = " ".join(NOT_A_WORD.sub(" ", request.GET.get("q", "")).split())[:MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "")
    kind = kind if kind in types else ""
    context = {
        "query": query,
        "kind": kind,
        "types": [(code, label) for code, (label, _model) in types.items()],
        "results": [],
        "page_obj": None,
    }
    if query:
        if over_rate_limit(request):
            return render(
                request, "search/search.html", {**context, "rate_limited": True}, status=429
            )
        model = types[kind][1] if kind else Page
        code = get_language()
        locale = memoised(("locale", code), Locale.objects.filter(language_code=code).first)
        if connection.vendor == "sqlite":
            results = RankedPages(model, kept_hits(model, kind, locale, query))
        else:
            pages = model.objects.live().public().filter(locale=locale)
            # No search-promotion hit counting: a search never writes to the database.
            results = pages.search(query, operator="and")
        page = paginate(request, results, PER_PAGE)
        labels = {model: label for label, model in types.values()}
        specific = list(page.object_list)
        # One query per page type on this page of results, not one per result
        # (RankedPages already loads them so).
        if not kind and not isinstance(results, RankedPages):
            found = Page.objects.filter(pk__in=[p.pk for p in specific]).specific().in_bulk()
            specific = [found[p.pk] for p in specific if p.pk in found]
        context.update(
            many=isinstance(results, RankedPages) and len(results) >= search_sqlite.RANKED_LIMIT,
            page_obj=page,
            results=[{"page": p, "type": labels.get(type(p), "")} for p in specific],
        )
    return render(request, "search/search.html", context)
