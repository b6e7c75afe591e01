"""Site search in the visitor's language: pages of every kind, titles first, no writes.

The form posts, so the words never reach the address bar, the history or a synced
account; paging posts too. A plain `?q=` link still works for people who share one.
Search changes nothing, so it needs no CSRF token (and sets no cookie); a post is
accepted only from our own pages (Sec-Fetch-Site, or Origin where a browser sends no
Sec-Fetch-* headers). The page has a form, so its Referrer-Policy is same-origin: from
a no-referrer page browsers post `Origin: null`.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from network_site import search_sqlite
from network_site.client_address import client_address
from network_site.search_sqlite import RankedPages, ranked_hits
from network_site.views import error_page

MAX_QUERY_LENGTH = 200
NOT_A_WORD = re.compile(r"[^\w\s'’-]+")
PER_PAGE = 10
# Kinds of page a visitor can search for: code -> (position, label, model). The apps
# register theirs in AppConfig.ready(); the base knows none of them.
_search_types = {}


def register_search_type(code, label, model, position):
    _search_types[code] = (position, label, model)


def search_types():
    """code -> (label, model), in the order the search form lists them."""
    ordered = sorted(_search_types.items(), key=lambda item: item[1][0])
    return {code: (label, model) for code, (_position, label, model) in ordered}


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
    # None when the shared cache is down (its errors are ignored): searching still works.
    return (count or 0) > settings.SEARCH_RATE_LIMIT_PER_MINUTE


def is_from_our_pages(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    ours = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    return origin in ours


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def search(request):
    if request.method == "POST" and not is_from_our_pages(request):
        return error_page(
            request,
            403,
            _("This search came from another site"),
            _("For your safety, searches are only accepted from this site's own search page."),
        )
    response = search_response(request, request.POST if request.method == "POST" else request.GET)
    response["Referrer-Policy"] = "same-origin"
    return response


def search_response(request, params):
    types = search_types()
    # Words only: quotes and operators would be full-text syntax, not what people mean.
    query = " ".join(NOT_A_WORD.sub(" ", params.get("q", "")).split())[:MAX_QUERY_LENGTH]
    kind = params.get("type", "")
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
        locale = Locale.objects.filter(language_code=code).first()
        if connection.vendor == "sqlite":
            results = RankedPages(model, ranked_hits(model, locale, query))
        else:
            pages = model.objects.live().filter(locale=locale)
            # Wagtail's search backends filter on indexed fields only: Wagtail's own
            # `public()` filter (restricted paths read first), not our subquery.
            pages = pages.exclude(PageQuerySet.private_q(pages))
            # No search-promotion hit counting: a search never writes to the database.
            results = pages.search(query, operator="and")
        # Anything but a page number means the first page; past the end, the last.
        page = Paginator(results, PER_PAGE).get_page(params.get("page"))
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
