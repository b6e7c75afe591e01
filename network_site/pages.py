"""The base of every page model: `public()` in the page query, view restrictions in one."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from network_site.chooser_checks import ChooserCheckedPageForm
from network_site.public_pages import PublicPageManager


def ancestor_paths(path, steplen=Page.steplen):
    """The tree paths of a page and of each of its ancestors, computed, not queried."""
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


class NetworkPage(Page):
    """Pages are routed and served by Wagtail itself; a page's own extra addresses (feeds,
    downloads) are RoutablePageMixin routes on its model."""

    objects = PublicPageManager()
    # Chosen images, documents and pages must be ones the editor may choose.
    base_form_class = ChooserCheckedPageForm

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Wagtail checks the page and its ancestors before serving (two queries: the
        # ancestors, then their restrictions). Ancestors' paths are prefixes of this
        # page's, so one query does; restrictions of an alias's source page apply to it,
        # as in Wagtail.
        paths = ancestor_paths(self.path)
        sources = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
        return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__in=sources))
