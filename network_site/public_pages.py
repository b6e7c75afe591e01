"""The page queryset every page model uses, so `.live().public()` costs no extra query.

Wagtail's `public()` looks up every view restriction each time it is called, which is
several times on each page. The private sections change only when a restriction is
saved or deleted (a new content generation), so their paths come from the site memo.
"""

from django.db.models import Q
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from network_site.site_memo import memoised


def private_section_paths():
    return memoised(
        "private-section-paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def private_sections_q():
    """Pages in a private section: a restricted page and everything below it (its path is
    a prefix of theirs). Matches nothing when there is no private section."""
    q = Q()
    for path in private_section_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


class PublicPageQuerySet(PageQuerySet):
    def private_q(self):
        return private_sections_q()


PublicPageManager = PageManager.from_queryset(PublicPageQuerySet)
