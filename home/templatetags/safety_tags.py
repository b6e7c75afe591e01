import logging

from django import template
from django.db import DatabaseError
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home import help_block
from home.models import ContentPage, SafetySettings
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
    html = help_block.render(language)
    help_block.keep_copy_if_missing(language, html)
    return html


@register.simple_tag
def help_lines_even_offline():
    """The help lines for an error page: from the database if it answers, else the last
    copy kept (home/help_block.py), else the block without lines."""
    language = get_language()
    try:
        return help_lines()
    except DatabaseError:
        logger.warning("Help lines from their last copy: the database did not answer")
    except Exception:  # an error page must not fail for its help block
        logger.exception("Help lines from their last copy")
    kept = help_block.kept_copy(language)
    if kept is not None:
        return mark_safe(kept)  # noqa: S308 (our own rendered template, kept as it was)
    return help_block.render_without_lines(language)


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
