"""Contexts for the library listing and a tool's page: a fixed number of queries."""

from django.conf import settings
from django.db.models import prefetch_related_objects

from network_site.languages import in_visitor_language, language_of, native_name
from network_site.pagination import paginate
from resources.choices import AUDIENCES, KINDS
from resources.downloads import source_documents

PER_PAGE = 12


def languages_by_key(tools, keys):
    """Languages each tool is published in: {translation_key: [codes]} in one query."""
    found = {}
    rows = tools.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code"
    )
    for key, code in rows:
        found.setdefault(key, []).append(code)
    return {key: sorted(codes) for key, codes in found.items()}


def site_languages():
    return [(code, native_name(code)) for code, _name in settings.LANGUAGES]


def library_cards(tools, page_of_tools):
    """The tools of one library page as cards show them: translated where published,
    with their current version and languages. Three queries, whatever the page holds."""
    shown = in_visitor_language(page_of_tools)
    prefetch_related_objects(shown, "versions")
    languages = languages_by_key(tools, [t.translation_key for t in shown])
    for tool in shown:
        tool.current = tool.current_version()
        tool.language_names = [native_name(c) for c in languages.get(tool.translation_key, [])]
    return shown


def library_context(request, tools):
    """The library listing, filtered by the query string. `tools`: the live, public tools
    in every language."""
    kind, audience, language = (request.GET.get(k, "") for k in ("kind", "audience", "language"))
    kind = kind if kind in dict(KINDS) else ""
    audience = audience if audience in dict(AUDIENCES) else ""
    language = language if language in dict(settings.LANGUAGES) else ""
    listed = tools.filter(locale__language_code=settings.LANGUAGE_CODE)
    listed = listed.defer_streamfields().order_by("title")
    if kind:
        listed = listed.filter(kind=kind)
    if audience:
        listed = listed.filter(audience=audience)
    if language:
        available = tools.filter(locale__language_code=language)
        listed = listed.filter(translation_key__in=available.values("translation_key"))
    page = paginate(request, listed, PER_PAGE)
    return {
        "tools": library_cards(tools, page.object_list),
        "page_obj": page,
        "kinds": KINDS,
        "audiences": AUDIENCES,
        "languages": site_languages(),
        "selected": {"kind": kind, "audience": audience, "language": language},
    }


def tool_context(page, request, by_language=None):
    """Current files as a language x format table, and the version history.
    `by_language`: the tool's translations with files, when the caller has them."""
    by_language = page.translations_with_files() if by_language is None else by_language
    english = source_documents(by_language)
    own_code = language_of(request, page)
    own = by_language.get(own_code, page)
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
    return {"current": current, "file_rows": rows, "history": history, "own_language": own_code}
