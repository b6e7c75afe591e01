from django import template
from django.conf import settings
from django.template.loader import get_template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Site

from home.models import ContentPage, SafetySettings, SupportLine
from network_site.languages import site_home
from network_site.site_memo import memoised

register = template.Library()


@register.inclusion_tag("includes/quick_exit.html", takes_context=True)
def quick_exit(context):
    request = context["request"]
    site = Site.find_for_request(request)
    exit_url = memoised(
        ("exit-url", getattr(site, "pk", None)),
        lambda: SafetySettings.for_request(request).exit_url,
    )
    return {
        "exit_url": exit_url,
        "safety_page": safety_pages(request).get("safety"),
    }


@register.simple_tag
def help_lines():
    """The same help block, in the same place, on every page (WCAG 3.2.6), rendered once
    per language and content generation."""
    language = get_language()
    # Keyed by what else decides which lines show: a line not re-verified in time drops
    # off at midnight once the grace period is over.
    key = ("help-lines", language, timezone.localdate(), settings.SUPPORT_LINE_GRACE_DAYS)

    def render():
        block = get_template("includes/help_lines.html")
        return block.render({"lines": lines_in(language), "LANGUAGE_CODE": language})

    return memoised(key, render)


def lines_in(language):
    candidates = (
        SupportLine.objects.shown_publicly()
        .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        .select_related("locale")
    )
    chosen = {}
    for line in candidates:  # the visitor's language where translated, else English
        if line.locale.language_code == language or line.translation_key not in chosen:
            chosen[line.translation_key] = line
    return sorted(chosen.values(), key=lambda line: (line.sort_order, line.name))


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    pages = safety_pages(context["request"])
    return {"safety_page": pages.get("safety"), "privacy_page": pages.get("privacy")}


def safety_pages(request):
    """The safety and privacy pages in the visitor's language; one query per request."""
    cached = getattr(request, "_safety_pages", None)
    if cached is None:
        home = site_home(request)
        cached = {}
        if home is not None:
            cached = memoised(("safety-pages", home.pk), lambda: _safety_pages_under(home))
        request._safety_pages = cached
    return cached


def _safety_pages_under(home):
    pages = (
        ContentPage.objects.child_of(home)
        .live()
        .public()
        .filter(slug__in=("safety", "privacy"))
        .only("id", "slug", "title", "url_path", "path", "depth", "locale_id")
    )
    return {page.slug: page for page in pages}
