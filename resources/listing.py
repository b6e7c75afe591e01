"""Contexts for the library listing and a tool's page: a fixed number of queries."""

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects

from network_site.languages import in_visitor_language, native_name
from network_site.pagination import kept_page
from network_site.templatetags.site_tags import kept_options

PER_PAGE = 12


def _versions_prefetch():
    from resources.models import ResourceVersion

    # The cards show only the current version's label and date: not its files.
    fields = ("page", "label", "release_date", "status", "sort_order")
    return Prefetch("versions", queryset=ResourceVersion.objects.only(*fields))


def languages_by_key(keys):
    """Languages each tool is published in: {translation_key: [codes]} in one query."""
    from resources.models import ResourcePage

    found = {}
    rows = (
        ResourcePage.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code")
    )
    for key, code in rows:
        found.setdefault(key, []).append(code)
    return {key: sorted(codes) for key, codes in found.items()}


def site_languages():
    return [(code, native_name(code)) for code, _name in settings.LANGUAGES]


def prepare_library_page(page):
    """The tools of one library page as cards show them: translated where published,
    with their current version and languages. Three queries, whatever the page holds."""
    shown = in_visitor_language(page.object_list)
    prefetch_related_objects(shown, _versions_prefetch())
    languages = languages_by_key([t.translation_key for t in shown])
    for tool in shown:
        tool.current = tool.current_version()
        tool.language_names = [native_name(c) for c in languages.get(tool.translation_key, [])]
    return page, shown


def library_context(request):
    from resources.models import AUDIENCES, KINDS, ResourcePage

    kind, audience, language = (request.GET.get(k, "") for k in ("kind", "audience", "language"))
    kind = kind if kind in dict(KINDS) else ""
    audience = audience if audience in dict(AUDIENCES) else ""
    language = language if language in dict(settings.LANGUAGES) else ""
    tools = (
        ResourcePage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
        .order_by("title")
    )
    if kind:
        tools = tools.filter(kind=kind)
    if audience:
        tools = tools.filter(audience=audience)
    if language:
        available = ResourcePage.objects.live().public().filter(locale__language_code=language)
        tools = tools.filter(translation_key__in=available.values("translation_key"))
    key = ("library", kind, audience, language)
    page, shown = kept_page(request, tools, PER_PAGE, key, prepare_library_page)
    return {
        "tools": shown,
        "page_obj": page,
        "kinds": kept_options("kinds", KINDS),
        "audiences": kept_options("audiences", AUDIENCES),
        "languages": kept_options("site-languages", site_languages(), own_language=True),
        "selected": {"kind": kind, "audience": audience, "language": language},
    }


def tool_context(page, request):
    """Current files as a language x format table, and the version history."""
    from resources.downloads import language_versions, source_documents

    by_language = language_versions(page)
    english = source_documents(by_language)
    own = by_language.get(page.locale.language_code, page)
    current = own.current_version()
    rows = []
    for code, tool in sorted(by_language.items()):
        version = tool.current_version()
        if version is None:
            continue
        cells = []
        for fmt, document in version.files():
            still_english = (
                code != settings.LANGUAGE_CODE
                and english.get((version.translation_key, fmt)) == document.pk
            )
            cells.append(
                {
                    "format": fmt,
                    "document": document,
                    "still_english": still_english,
                    "sha256": getattr(version, f"{fmt}_sha256"),
                }
            )
        # A language still on an older version says so: its files are not the current ones.
        behind = current is not None and version.translation_key != current.translation_key
        rows.append(
            {
                "code": code,
                "name": native_name(code),
                "version": version,
                "cells": cells,
                "other_version": behind,
                "translation_coming": behind and version.release_date < current.release_date,
            }
        )
    history = own.released_versions()
    newer = {}
    for newer_version, older in zip(history, history[1:], strict=False):
        newer[older.pk] = newer_version
    own_code = own.locale.language_code
    for version in history:
        version.superseded_by = newer.get(version.pk)
        # Link each file in the language it is really in.
        version.links = [
            (
                fmt,
                settings.LANGUAGE_CODE
                if own_code != settings.LANGUAGE_CODE
                and english.get((version.translation_key, fmt)) == document.pk
                else own_code,
            )
            for fmt, document in version.files()
        ]
    return {"current": current, "file_rows": rows, "history": history}
