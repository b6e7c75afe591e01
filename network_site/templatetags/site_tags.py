import json
import uuid
from html import escape

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from network_site import languages, site_memo
from network_site.public_pages import private_sections_q
from network_site.site_memo import memoised

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the page being shown: its locale, else the URL's language."""
    locale_id = getattr(context.get("page"), "locale_id", None)
    if locale_id is None:
        return get_language()
    return languages.locale_codes().get(locale_id, get_language())


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
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = []
    if home is not None:
        for item in memoised(("navigation", home.pk), lambda: menu_pages(home)):
            # "page" for the page itself, "true" for a page inside that section.
            state = (
                "page"
                if item.path == current_path
                else ("true" if current_path.startswith(item.path) else "")
            )
            items.append((item, state))
    return {"home": home, "items": items, "current_path": current_path, "request": request}


def menu_pages(home):
    children = home.get_children().live().exclude(private_sections_q()).in_menu()
    return list(children.only("id", "title", "url_path", "path", "depth", "locale_id"))


@register.simple_tag(takes_context=True)
def site_home_url(context):
    home = languages.site_home(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.simple_tag(takes_context=True)
def content_generation(context):
    """For `{% cache %}` keys: a fragment is rendered again after any content change.
    A preview (drafts, unsaved edits) or a render outside a request gets a fresh value,
    so it never shows, nor reuses, a fragment of the published page."""
    if getattr(context.get("request"), "is_preview", False):
        return uuid.uuid4().hex
    return site_memo.request_generation() or uuid.uuid4().hex


def render_options(options, own_language=False):
    """<option>s for (code, name) pairs, none selected. Escaped here rather than in a
    template loop or format_html: the partner filter of a large network has a thousand."""
    parts = []
    for code, name in options:
        code = escape(code)
        lang = f' lang="{code}"' if own_language else ""
        parts.append(f'<option value="{code}"{lang}>{escape(name)}</option>')
    return mark_safe("".join(parts))  # noqa: S308  (every value escaped above)


def kept_options(name, options, own_language=False):
    """`render_options` for a fixed list of choices, once per language and generation
    (lazily translated labels cost a lookup each, on every listing request)."""
    key = ("options", name, get_language(), own_language)
    return memoised(key, lambda: render_options(options, own_language))


@register.simple_tag
def select_options(options, selected, own_language=False):
    """A filter's <option>s with the chosen one selected. `options` is (code, name) pairs,
    or what `render_options` made of them, kept by the caller (the event filter's)."""
    html = options if isinstance(options, SafeString) else render_options(options, own_language)
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
