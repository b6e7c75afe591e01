"""Site-wide views: robots.txt, the multilingual sitemap, and the 404 and 500 pages."""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from network_site.languages import absolute_url, site_home


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def sitemap(request):
    """Every live, public page in every language, each listing its live translations."""
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gte=2)
        .select_related("locale")
        .only(
            "id",
            "url_path",
            "path",
            "depth",
            "translation_key",
            "locale__language_code",
            "last_published_at",
            "latest_revision_created_at",
        )
        .order_by("path")
    )
    entries, by_key = [], defaultdict(list)
    for page in pages:
        url = absolute_url(request, page)
        if url is None:
            continue
        entry = {
            "location": url,
            "lang": page.locale.language_code,
            "lastmod": page.last_published_at or page.latest_revision_created_at,
            "alternates": by_key[page.translation_key],
        }
        by_key[page.translation_key].append(entry)
        entries.append(entry)
    body = loader.render_to_string(
        "sitemap.xml", {"entries": entries, "default_language": settings.LANGUAGE_CODE}
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def original_of_untranslated(request):
    """For /es/<path>/ that does not exist: the live English page at <path>/, if there is one."""
    language = translation.get_language()
    prefix = f"/{language}/"
    if language == settings.LANGUAGE_CODE or not request.path.startswith(prefix):
        return None
    home = site_home(request, settings.LANGUAGE_CODE)
    if home is None:
        return None
    rest = request.path[len(prefix) :]
    return (
        Page.objects.live()
        .public()
        .filter(locale=home.locale, url_path=home.url_path + rest)
        .exclude(pk=home.pk)
        .first()
    )


def page_not_found(request, exception=None):
    """The styled 404; a page not yet translated points to the original instead of a dead end."""
    body = loader.render_to_string(
        "404.html", {"original": original_of_untranslated(request)}, request=request
    )
    return HttpResponseNotFound(body)


def server_error(request, *args, **kwargs):
    """A 500 page in the visitor's language that touches no database."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponseServerError(body)


def page_file(request, path, filename):
    """`/<page path>/<name>.<ics|pdf|docx>`: handed as it is to Wagtail's own serve view.

    Wagtail's URL pattern takes only addresses ending in a slash, and a file name should
    not have one. No routing here: Wagtail finds the page and its RoutablePageMixin route
    (`<name>.<ext>/`), checks that it is live, runs its `before_serve_page` hooks (view
    restrictions) and serves it, as for any other address."""
    return wagtail_serve(request, f"{path}{filename}/")
