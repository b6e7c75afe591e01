from django import template
from django.conf import settings

from network_site.languages import in_visitor_language, section_under_home
from resources.models import ResourceIndexPage, ResourcePage

register = template.Library()


@register.inclusion_tag("resources/includes/contributed.html", takes_context=True)
def resources_contributed_by(context, partner_page):
    """Tools a partner contributed, in the visitor's language where translated."""
    tools = (
        ResourcePage.objects.live()
        .public()
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            contributors__partner__translation_key=partner_page.translation_key,
        )
        .defer_streamfields()
        .distinct()
        .order_by("title")
    )
    return {"tools": in_visitor_language(tools), "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}


@register.inclusion_tag("resources/includes/featured.html", takes_context=True)
def featured_resources(context, count=4):
    tools = (
        ResourcePage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .exclude(kind__in=["policy-paper", "summary"])
        .defer_streamfields()
        .order_by("title")[:count]
    )
    return {
        "tools": in_visitor_language(tools),
        "library": section_under_home(context["request"], ResourceIndexPage),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
