"""Listing pages: a page number from the query string, and pages kept per generation.

A listing's rows change only when content does, or when the clock passes a moment a
page-cache clock names (an event ending, midnight): the site memo is emptied then.
So a listing's count, and each page of it as shown, are computed once per change in
each worker, and a request only renders them.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import get_language

from network_site.site_memo import memoised

# Listing pages kept per generation in each worker, whatever filters visitors choose:
# about 3 MB at 20 cards a page. The most asked-for pages are kept first, in practice.
KEPT_PAGES = 200


def page_number(request):
    """A positive page number from the query string; anything else means page 1."""
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100000 else 1


class KeptCountPaginator(Paginator):
    """Counts once per content generation and clock tick (site memo), not per request:
    counting a large listing reads every row it holds (6 ms for 10,000 events)."""

    def __init__(self, items, per_page, count_key):
        super().__init__(items, per_page)
        self.count_key = count_key

    @cached_property
    def count(self):
        return memoised(("count", *self.count_key), self.object_list.count)


def kept_page(request, items, per_page, key, prepare):
    """`prepare(page)` for the requested page of `items`, kept in the site memo.

    `key` names exactly this selection of items (the filters); the page number is the
    one served (out-of-range numbers give the last page), so made-up numbers cannot
    fill the memo. `prepare` must return what every visitor in this language sees.
    """
    paginator = KeptCountPaginator(items, per_page, key)
    number = min(page_number(request), paginator.num_pages)
    page_key = ("page", *key, number, get_language())
    return memoised(page_key, lambda: prepare(paginator.page(number)), at_most=KEPT_PAGES)
