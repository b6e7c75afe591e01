"""Listing pages: a page number from the query string, never an error."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def page_number(request):
    """A positive page number from the query string; anything else means page 1."""
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100000 else 1


def paginate(request, items, per_page):
    """The requested page of `items`; out-of-range numbers give the last page."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number(request))
    except (EmptyPage, PageNotAnInteger):
        return paginator.page(paginator.num_pages)
