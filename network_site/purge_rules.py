"""Which pages show an object: Wagtail's reference index, plus what each app declares.

Apps declare, from `AppConfig.ready()`, what the reference index cannot see:
listings that show a page by query (`register_listing`: an event on its partner's page,
the event index and the home page) and objects shown on every page
(`register_everywhere`: support lines, safety settings). The pages found are purged in
every language: each page's translations are added.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

_listings = []
_everywhere = []
# An object found through a snippet that a page uses is followed this many steps.
REFERENCE_DEPTH = 2


def register_listing(model, pages_showing):
    """`pages_showing(instance)` returns the pages (or page querysets) that list an instance
    of `model` beyond the reference index: a query, not a chooser."""
    _listings.append((model, pages_showing))


def register_everywhere(model, when=None):
    """Instances of `model` (those for which `when(instance)` holds) show on every page."""
    _everywhere.append((model, when))


def shown_everywhere(obj):
    return any(
        isinstance(obj, model) and (when is None or when(obj)) for model, when in _everywhere
    )


def declared_pages(obj):
    pages = []
    for model, pages_showing in _listings:
        if isinstance(obj, model):
            for found in pages_showing(obj):
                pages.extend(found if hasattr(found, "model") else [found])
    return pages


def pages_referencing(objects, depth=REFERENCE_DEPTH):
    """Page ids whose content uses any of `objects` (a chooser, a rich-text link, a block),
    directly or through a snippet; whether objects shown there are shown everywhere."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids, everywhere = set(), False
    others = []
    rows = ReferenceIndex.get_references_to_in_bulk(list(objects))
    for content_type_id, object_id in set(rows.values_list("base_content_type", "object_id")):
        if content_type_id == page_type.pk:
            page_ids.add(int(object_id))
        else:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            found = model and model._default_manager.filter(pk=object_id).first()
            if found is not None:
                others.append(found)
    if others:
        everywhere = any(shown_everywhere(obj) for obj in others)
        if depth > 1 and not everywhere:
            more_ids, everywhere = pages_referencing(others, depth - 1)
            page_ids |= more_ids
    return page_ids, everywhere


def page_neighbours(page):
    """A page and what shows it: its parent (section pages list their children), the
    pages that link to it, and its app's declared listings."""
    pages = [page, *declared_pages(page)]
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.append(parent)
    return pages


def in_every_language(pages=(), page_ids=()):
    """The pages and all their translations, as specific pages (live or not: an unpublished
    page's own address is purged too)."""
    keys = {page.translation_key for page in pages}
    ids = set(page_ids) - {page.pk for page in pages}
    if ids:
        keys |= set(Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True))
    return Page.objects.filter(translation_key__in=keys).specific(defer=True)


def what_shows(obj, extra_pages=()):
    """(everything, pages): whether `obj` is shown on every page; else the pages showing
    it, in every language. Pages using a non-page object (an image, a document) bring
    their own listings too: a partner's logo is also on the directory's card."""
    if shown_everywhere(obj):
        return True, []
    pages = list(extra_pages)
    page_ids, everywhere = pages_referencing([obj])
    if everywhere:
        return True, []
    if isinstance(obj, Page):
        pages.extend(page_neighbours(obj))
    else:
        pages.extend(declared_pages(obj))
        for page in Page.objects.filter(pk__in=page_ids).specific(defer=True):
            pages.extend(page_neighbours(page))
    return False, list(in_every_language(pages, page_ids))


def site_homes():
    """Every site's home page in every language (they list the latest of everything)."""
    return Page.objects.filter(depth=2)


def is_in_main_navigation(page):
    return isinstance(page, Page) and page.show_in_menus and page.depth == 3
