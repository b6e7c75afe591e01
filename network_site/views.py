"""Site-wide views: robots.txt, the multilingual sitemap, and every error page.

Error pages (400, 403, 404, 429, 500, a refused form) speak the visitor's language (from
the URL prefix) and keep what every page has: skip links, quick exit and the help lines.
If the full page cannot be rendered (the database is down, or the error is in the page's
own parts) the plain page (500.html) is rendered instead, which needs no database;
and if even that fails, a fixed text in English, so an error never ends in another.
"""

import logging
from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
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
    language = language_of(request)
    with translation.override(language):
        try:
            body = loader.render_to_string(
                "404.html", {"original": original_of_untranslated(request)}, request=request
            )
        except Exception:
            logger.exception("The 404 page could not be rendered; the plain page was sent")
            return plain_error_page(request, 404, *MESSAGES[404])
    return HttpResponseNotFound(body)


def bad_request(request, exception=None):
    return error_page(request, 400, *MESSAGES[400])


def permission_denied(request, exception=None):
    return error_page(request, 403, *MESSAGES[403])


def csrf_failure(request, reason=""):
    return error_page(request, 403, *MESSAGES["csrf"])


def server_error(request, *args, **kwargs):
    """Never the full page: whatever broke may be in it, or the database may be down."""
    return plain_error_page(request, 500, *MESSAGES[500])


logger = logging.getLogger(__name__)
MESSAGES = {
    400: (
        _("We could not understand that request"),
        _("The address or the form may be incomplete. Please go back and try again."),
    ),
    403: (
        _("You cannot open this page"),
        _("This page is not open to visitors."),
    ),
    404: (
        _("We can’t find that page"),
        _("The page may have moved, or the address may have a typing mistake."),
    ),
    500: (
        _("Something went wrong on our side"),
        _("Nothing you did caused this. Please try again in a few minutes."),
    ),
    "csrf": (
        _("This form could not be sent"),
        _(
            "It may have been open for too long, or it came from another site. "
            "Go back, reload the page and try again."
        ),
    ),
}


def language_of(request):
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def error_page(request, status, heading, message):
    """The full error page (header, navigation, help lines) in the visitor's language."""
    language = language_of(request)
    with translation.override(language):
        context = {"heading": heading, "message": message, "status": status}
        try:
            body = loader.render_to_string("error.html", context, request=request)
        except Exception:
            logger.exception("The %s page could not be rendered; the plain page was sent", status)
            return plain_error_page(request, status, heading, message)
    return HttpResponse(body, status=status)


def plain_error_page(request, status, heading, message):
    """An error page that touches no database: help lines from their last copy."""
    language = language_of(request)
    with translation.override(language):
        context = {
            "heading": heading,
            "message": message,
            "LANGUAGE_CODE": language,
            "home_url": "/" if language == settings.LANGUAGE_CODE else f"/{language}/",
            "exit_url": settings.QUICK_EXIT_DEFAULT_URL,
        }
        try:
            body = loader.get_template("500.html").render(context)
        except Exception:
            logger.exception("The plain error page could not be rendered")
            body = LAST_RESORT.format(heading=escape(str(heading)), leave=reverse("leave"))
    return HttpResponse(body, status=status)


LAST_RESORT = (
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<meta name="referrer" content="no-referrer"><title>Error</title>'
    '<p><a href="{leave}" rel="noreferrer">Exit this page</a></p>'
    "<h1>{heading}</h1><p>If you are in danger right now and decide that calling 911 is "
    "safest for you, call 911.</p></html>"
)


def page_file(request, path, filename):
    """`/<page path>/<name>.<ics|pdf|docx>`: handed as it is to Wagtail's own serve view.

    Wagtail's URL pattern takes only addresses ending in a slash, and a file name should
    not have one. No routing here: Wagtail finds the page and its RoutablePageMixin route
    (`<name>.<ext>/`), checks that it is live, runs its `before_serve_page` hooks (view
    restrictions) and serves it, as for any other address."""
    return wagtail_serve(request, f"{path}{filename}/")
