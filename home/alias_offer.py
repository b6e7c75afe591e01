"""The "Convert to alias page" action is offered only to those who may do it: people who may
publish the translation (home/translation_guards.py refuses everyone else).

wagtail-localize offers it in two places: the page's action menu (once a translation
is stopped) and its translation editor, whose actions come from a JSON blob the view
builds with no hook. The first is dropped in construct_page_action_menu; for the
second, the editor is rendered here first (before wagtail-localize's own
before_edit_page hook) and the convert address is taken out of the editor's settings.
"""

import json
from html import unescape

from django.utils.html import escape
from wagtail import hooks
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

EDITOR_SETTINGS = 'data-props="'
# Its menu item's name. Not imported by class: importing wagtail-localize's hooks module
# here would register its admin URLs before home's guarded ones (translation_guards).
CONVERT_MENU_ITEM = "localize-convert-to-alias"


def may_convert(request, page):
    return page.permissions_for_user(request.user).can_publish()


def drop_convert_from_the_menu(menu_items, request, context):
    page = context.get("page")
    if page is not None and not may_convert(request, page):
        menu_items[:] = [i for i in menu_items if getattr(i, "name", "") != CONVERT_MENU_ITEM]


def without_convert_address(page_html):
    start = page_html.index(EDITOR_SETTINGS) + len(EDITOR_SETTINGS)
    end = page_html.index('"', start)
    props = json.loads(unescape(page_html[start:end]))
    props.setdefault("links", {})["convertToAliasUrl"] = None
    return page_html[:start] + escape(json.dumps(props)) + page_html[end:]


def translation_editor_without_convert(request, page):
    if request.method != "GET" or page.alias_of_id or may_convert(request, page):
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    response = edit_translation.edit_translation(request, translation, page)
    if response.status_code == 200 and EDITOR_SETTINGS in response.content.decode():
        response.content = without_convert_address(response.content.decode())
    return response


def register():
    hooks.register("construct_page_action_menu", drop_convert_from_the_menu)
    # Before wagtail-localize's own (order 0), which would render the editor unchanged.
    hooks.register("before_edit_page", translation_editor_without_convert, order=-1)
