"""Which languages the site speaks, their native names, and links between translations.

Everything here is computed at most once per request (kept on the request or the page
object, never longer) and costs a fixed number of queries, whatever the number of
languages or pages.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from network_site.public_pages import private_sections_q


def native_name(code):
    """The language's name in that language ("Español"), for the switcher."""
    try:
        name = get_language_info(code)["name_local"]
        return name[:1].upper() + name[1:]
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)


def is_bidi(code):
    try:
        return get_language_info(code)["bidi"]
    except KeyError:
        return False


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: it points at that language's home page instead


def _site_homes(request):
    """Live home pages by language code: one query, kept on the request."""
    cached = getattr(request, "_site_homes", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = {}
        if site is not None:
            # Wagtail loads the site with its root page (select_related).
            homes = (
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .live()
                .select_related("locale")
            )
            cached = {home.locale.language_code: home for home in homes}
        if request is not None:  # the admin's reports ask outside any visitor's request
            request._site_homes = cached
    return cached


def site_home(request, language_code=None):
    """The home page in the given (or active) language, falling back to the default one."""
    homes = _site_homes(request)
    code = language_code or get_language()
    return homes.get(code) or homes.get(settings.LANGUAGE_CODE)


def _site_root_paths(request):
    """Wagtail's site root paths, read from its cache once per request."""
    if request is None:
        return Site.get_site_root_paths()
    if not hasattr(request, "_site_root_paths"):
        request._site_root_paths = Site.get_site_root_paths()
    return request._site_root_paths


def language_of(request, page):
    """The language a page is in: that of the home page it is under. Wagtail's site root
    paths (kept in the default cache by Wagtail, which clears them when a home page or a
    site changes) name each home's language, so serving a page needs no query for it."""
    site = Site.find_for_request(request) if request is not None else None
    for root in _site_root_paths(request):
        if (site is None or root.site_id == site.id) and page.url_path.startswith(root.root_path):
            return root.language_code
    return page.locale.language_code


def home_children(request):
    """The live, public pages directly under the visitor's home page (sections, safety and
    privacy pages, the navigation's pages): one query, kept on the request."""
    cached = getattr(request, "_home_children", None)
    if cached is None:
        home = site_home(request)
        cached = []
        if home is not None:
            children = Page.objects.live().filter(
                depth=home.depth + 1, path__range=Page._get_children_path_interval(home.path)
            )
            cached = list(
                children.exclude(private_sections_q())
                .order_by("path")
                .only(
                    "id",
                    "title",
                    "slug",
                    "url_path",
                    "path",
                    "depth",
                    "locale_id",
                    "content_type_id",
                    "show_in_menus",
                )
            )
        request._home_children = cached
    return cached


def section_under_home(request, model):
    """The live section front page of this type under the visitor's home page (the partner
    directory, the library...), from `home_children`: no query of its own."""
    for page in home_children(request):
        if page.specific_class is not None and issubclass(page.specific_class, model):
            return page
    return None


def live_translations(page):
    """Live, public translations of a page (itself included) by language code."""
    cache_attr = "_live_translations"
    cached = getattr(page, cache_attr, None)
    if cached is None:
        translations = Page.objects.filter(translation_key=page.translation_key).live()
        # Base Page rows have Wagtail's own `public()`, which costs a query of its own.
        translations = translations.exclude(private_sections_q())
        cached = {p.locale.language_code: p for p in translations.select_related("locale")}
        setattr(page, cache_attr, cached)
    return cached


def language_links(request, page=None):
    """Links for the language switcher: the same page where it exists, else that home page."""
    current = get_language()
    translations = live_translations(page) if page is not None and page.pk else {}
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url, is_translation = target.get_url(request), True
        elif page is None:
            # A view that is not a Wagtail page (search, 404): Django's own URL translation.
            url, is_translation = translate_url(request.path, code), True
        else:
            home = site_home(request, code)
            url = (
                home.get_url(request)
                if home is not None and home.locale.language_code == code
                else None
            )
            is_translation = False
        if url:
            links.append(
                LanguageLink(code, native_name(code), url, code == current, is_translation)
            )
    return links


def absolute_url(request, page):
    """The page's URL on the host the visitor used (the Site's hostname may be a placeholder)."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def hreflang_links(request, page=None):
    """(code, absolute URL) for every live translation, plus x-default."""
    if page is None or not page.pk:
        return []
    translations = live_translations(page)
    links = [(code, absolute_url(request, p)) for code, p in sorted(translations.items())]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append(("x-default", absolute_url(request, default)))
    return links


def in_visitor_language(pages, select_related=()):
    """Swap each page for its live translation in the active language, where one exists.

    Listings select and paginate pages of the default language (filters work on
    synchronised fields), then call this with them: one query, whatever the page count
    (none in the default language). A
    page with no live translation stays in English; templates mark it with
    `lang="en"` and "(in English)" via `page.shown_in_language`.
    """
    pages = list(pages)
    code = get_language()
    for page in pages:
        page.shown_in_language = settings.LANGUAGE_CODE
    if not pages or code == settings.LANGUAGE_CODE:
        return pages
    model = type(pages[0])
    translated = {
        p.translation_key: p
        for p in model.objects.live()
        .public()
        .defer_streamfields()  # cards show titles and summaries, not page bodies
        .filter(locale__language_code=code, translation_key__in=[p.translation_key for p in pages])
        .select_related(*select_related)
    }
    result = []
    for page in pages:
        swap = translated.get(page.translation_key)
        if swap is not None:
            swap.shown_in_language = code
        result.append(swap or page)
    return result
