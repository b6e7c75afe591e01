"""The base of every page model: cheap `public()`, and routing in at most two queries."""

from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction

from network_site import site_memo
from network_site.chooser_checks import ChooserCheckedPageForm
from network_site.public_pages import PublicPageManager, private_section_paths
from network_site.site_memo import memoised


def section_under(home, model):
    """The live section front page of this type under a home page (the partner directory,
    the library...), looked up once per content change."""
    key = ("section", home.pk, model._meta.label)
    return memoised(key, lambda: model.objects.child_of(home).live().first())


# Addresses whose pages are kept per generation in each worker (a few pages each).
KEPT_ADDRESSES = 2000


def _pages_along(request, start, path_components):
    """Every page whose URL is a prefix of the requested one, by url_path: one query, or
    none when this address was routed earlier in this content generation."""
    along = getattr(request, "_pages_along_path", None)
    if along is None:
        key = ("pages-along", start.pk, *path_components)
        along = site_memo.recall(key)
        if along is None:
            along = _query_pages_along(start, path_components)
            request._pages_along_to_keep = key  # once routing has found the address
        request._pages_along_path = along
    return along


def _keep_pages_along(request):
    """Routing found a page, or a page's own route (it raises Http404 otherwise): keep its
    pages, and their specific forms once loaded, for later requests until the next change.
    Made-up addresses are never kept, so they cannot crowd out real ones."""
    key = request.__dict__.pop("_pages_along_to_keep", None)
    if key is not None:
        site_memo.remember(key, request._pages_along_path, at_most=KEPT_ADDRESSES)


def _query_pages_along(start, path_components):
    prefixes = {
        start.url_path + "".join(f"{part}/" for part in path_components[: i + 1])
        for i in range(len(path_components))
    }
    # By slug (indexed), then matched on the full URL path: url_path has no index.
    candidates = Page.objects.filter(
        slug__in=set(path_components),
        path__startswith=start.path,
        depth__gt=start.depth,
        depth__lte=start.depth + len(path_components),
    )
    return {page.url_path: page for page in candidates if page.url_path in prefixes}


class NetworkPage(Page):
    """Wagtail finds a page one level at a time, with two queries per level (the child,
    then its specific row). Here the first level fetches every page along the path at
    once; each level takes its child from that, and only the page to be served is loaded
    in full. Custom routes (feeds, downloads) still run at every level, in Wagtail's order.
    Until the next content change, a page address found once needs neither query.
    """

    objects = PublicPageManager()
    # Chosen images, documents and pages must be ones the editor may choose.
    base_form_class = ChooserCheckedPageForm

    class Meta:
        abstract = True

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        along = _pages_along(request, self, path_components)
        child = along.get(f"{self.url_path}{path_components[0]}/")
        if child is None or child.depth != self.depth + 1 or not child.path.startswith(self.path):
            return super().route(request, path_components)  # Wagtail's lookup; 404 if none
        child._cached_parent_obj = self
        remaining = path_components[1:]
        goes_deeper = remaining and f"{child.url_path}{remaining[0]}/" in along
        # Passed through on the way down: its own fields are not needed, only its routing.
        specific = child.specific_deferred if goes_deeper else child.specific
        result = specific.route(request, remaining)
        _keep_pages_along(request)
        return result

    def get_view_restrictions(self):
        # Wagtail checks the page and its ancestors (two queries) before serving. With no
        # private section anywhere, the usual case, nothing can apply: no query needed.
        if not private_section_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def localized(self):
        # Wagtail looks up the active locale and then the translation each time; routing
        # asks it of the site's root page on every request.
        return memoised(
            ("localized", self.pk, get_language()), lambda: super(NetworkPage, self).localized
        )
