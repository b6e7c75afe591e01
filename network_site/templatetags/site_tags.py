import json
import uuid
from html import escape

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import get_template
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


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The main navigation, rendered once per language, generation and current section."""
    request = context["request"]
    home = languages.site_home(request)
    current_path = getattr(context.get("page"), "path", "")
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
    states = (getattr(home, "pk", None), current_path == getattr(home, "path", None))
    states += tuple(state for _item, state in items)

    def render():
        navigation = get_template("includes/main_navigation.html")
        return navigation.render(
            {"home": home, "items": items, "current_path": current_path, "request": request}
        )

    return memoised(("navigation-html", get_language(), *states), render)


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


# Kept parts that belong to one page (`{% kept "name" page.pk %}`), per worker and
# generation: a few kilobytes each.
KEPT_PAGE_PARTS = 1000


@register.tag
def kept(parser, token):
    """`{% kept "name" [value...] %}...{% endkept %}`: rendered once per site, language,
    content generation (with the memo's clock) and the values given, then reused by
    every request; previews always render afresh. Only for parts whose output depends
    on nothing else (the exit link, footer, a tool's files and history), which
    otherwise cost each request dozens of lookups and translations."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% kept %} needs a name")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    values = [parser.compile_filter(bit) for bit in bits[2:]]
    return KeptNode(bits[1].strip("\"'"), values, nodelist)


class KeptNode(template.Node):
    def __init__(self, name, values, nodelist):
        self.name, self.values, self.nodelist = name, values, nodelist

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = getattr(getattr(request, "_wagtail_site", None), "pk", None)
        values = tuple(value.resolve(context) for value in self.values)
        key = ("kept", self.name, site, get_language(), *values)
        at_most = KEPT_PAGE_PARTS if values else None
        return memoised(key, lambda: self.nodelist.render(context), at_most=at_most)
