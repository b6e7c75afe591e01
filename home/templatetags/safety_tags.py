from django import template
from django.conf import settings
from django.utils.translation import get_language

from home.models import ContentPage, SafetySettings, SupportLine
from network_site.languages import home_children

register = template.Library()


@register.inclusion_tag("includes/quick_exit.html", takes_context=True)
def quick_exit(context):
    request = context["request"]
    return {
        # Wagtail keeps the setting on the request: one query however often it is read.
        "exit_url": SafetySettings.for_request(request).exit_url,
        "safety_page": safety_pages(request).get("safety"),
    }


@register.inclusion_tag("includes/help_lines.html")
def help_lines():
    """The same help block, in the same place, on every page (WCAG 3.2.6)."""
    language = get_language()
    return {"lines": lines_in(language), "LANGUAGE_CODE": language}


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
    """The safety and privacy pages in the visitor's language, among the home page's
    children (loaded once per request)."""
    return {
        page.slug: page
        for page in home_children(request)
        if page.slug in ("safety", "privacy") and page.specific_class is ContentPage
    }
