from django import template
from django.conf import settings
from django.utils.translation import get_language

from network_site.languages import in_visitor_language
from network_site.pages import section_under
from network_site.site_memo import memoised

register = template.Library()


@register.inclusion_tag("resources/includes/contributed.html", takes_context=True)
def resources_contributed_by(context, partner_page):
    """Tools a partner contributed, in the visitor's language where translated."""
    from resources.models import ResourcePage

    tools = (
        ResourcePage.objects.live()
        .public()
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            contributors__partner__translation_key=partner_page.translation_key,
        )
        .select_related("locale")
        .distinct()
        .order_by("title")
    )
    return {"tools": in_visitor_language(tools), "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}


@register.inclusion_tag("resources/includes/featured.html", takes_context=True)
def featured_resources(context, count=4):
    from resources.models import ResourceIndexPage, ResourcePage

    def tools():
        rows = (
            ResourcePage.objects.live()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .exclude(kind__in=["policy-paper", "summary"])
            .select_related("locale")
            .order_by("title")[:count]
        )
        return in_visitor_language(rows)

    home = context.get("page")
    library = section_under(home, ResourceIndexPage) if home else None
    return {
        "tools": memoised(("featured-tools", get_language(), count), tools),
        "library": library,
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
