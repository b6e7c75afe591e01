import logging

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.models import ContentPage, SafetySettings, SupportLine
from network_site.languages import home_children

register = template.Library()
logger = logging.getLogger(__name__)


@register.inclusion_tag("includes/quick_exit.html", takes_context=True)
def quick_exit(context):
    request = context["request"]
    return {
        # Wagtail keeps the setting on the request: one query however often it is read.
        "exit_url": SafetySettings.for_request(request).exit_url,
        "safety_page": safety_pages(request).get("safety"),
    }


@register.simple_tag
def help_lines():
    """The same help block, in the same place, on every page (WCAG 3.2.6)."""
    language = get_language()
    return render_help_lines(language)


def render_help_lines(language):
    html = get_template("includes/help_lines.html").render(
        {"lines": lines_in(language), "LANGUAGE_CODE": language}
    )
    keep_copy_for_error_pages(language, html)
    return html


def copy_key(language):
    return f"help-lines-copy:{language}"


def keep_copy_for_error_pages(language, html):
    """The last help block shown, for an error page rendered while the database is down."""
    try:
        cache.set(copy_key(language), html, timeout=None)
    except Exception:  # a cache that is down must not break the page
        logger.warning("Could not keep a copy of the help lines", exc_info=True)


@register.simple_tag
def help_lines_even_offline():
    """The help lines for an error page: from the database if it answers, else the last
    copy shown, else the block without lines (it still says when to call 911)."""
    language = get_language()
    try:
        return help_lines()
    except DatabaseError:
        logger.warning("Help lines from their last copy: the database did not answer")
    except Exception:  # an error page must not fail for its help block
        logger.exception("Help lines from their last copy")
    try:
        kept = cache.get(copy_key(language))
    except Exception:
        kept = None
    if kept is not None:
        return mark_safe(kept)  # noqa: S308 (our own rendered template, kept as it was)
    return get_template("includes/help_lines.html").render({"lines": [], "LANGUAGE_CODE": language})


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
