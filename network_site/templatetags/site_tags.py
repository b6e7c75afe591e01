import json
from html import escape

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from network_site import fragments, languages

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the page being shown (its home page's), else the URL's language."""
    page = context.get("page")
    if getattr(page, "path", None) is None or "request" not in context:
        return get_language()
    return languages.language_of(context["request"], page)


@register.simple_tag(takes_context=True)
def fragment_keys(context):
    """The parts of a `{% wagtailcache %}` key for this request (network_site/fragments.py)."""
    if "request" not in context:
        return fragments.FragmentKeys(cache=fragments.OFF)
    return fragments.fragment_keys(context["request"])


@register.simple_tag
def text_direction(language_code):
    return "rtl" if languages.is_bidi(language_code) else "ltr"


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"links": languages.language_links(request, context.get("page"))}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_tags(context):
    request = context["request"]
    return {"links": languages.hreflang_links(request, context.get("page"))}


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    home = languages.site_home(request)
    current_path = getattr(context.get("page"), "path", "")
    items = []
    for item in languages.home_children(request):
        if item.show_in_menus:
            # "page" for the page itself, "true" for a page inside that section.
            state = (
                "page"
                if item.path == current_path
                else ("true" if current_path.startswith(item.path) else "")
            )
            items.append((item, state))
    return {"home": home, "items": items, "current_path": current_path, "request": request}


@register.simple_tag(takes_context=True)
def site_home_url(context):
    home = languages.site_home(context["request"])
    return home.get_url(context["request"]) if home else "/"


def render_options(options, own_language=False):
    """<option>s for (code, name) pairs, none selected. Escaped here rather than in a
    template loop or format_html: the partner filter of a large network has a thousand."""
    parts = []
    for code, name in options:
        code = escape(code)
        lang = f' lang="{code}"' if own_language else ""
        parts.append(f'<option value="{code}"{lang}>{escape(name)}</option>')
    return mark_safe("".join(parts))  # noqa: S308  (every value escaped above)


@register.simple_tag
def select_options(options, selected, own_language=False):
    """A filter's <option>s, (code, name) pairs, with the chosen one selected."""
    html = render_options(options, own_language)
    if selected:
        opening = f'<option value="{escape(selected)}"'
        html = html.replace(opening, f"{opening} selected", 1)
    return mark_safe(html)  # noqa: S308  (escaped by render_options)


JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """A schema.org <script type="application/ld+json"> block, safe to inline."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_LD_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
