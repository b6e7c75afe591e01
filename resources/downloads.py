"""Stable download links, served through our checks, with caching headers and aggregate counts.

<tool>/download/<lang>.<format>        the current version's file
<tool>/v/<label>/<lang>.<format>       one released version's file, forever

The routes themselves are the tool page's (RoutablePageMixin, resources.models): Wagtail
serves them only for a live page the visitor may see.
"""

import re

from django.conf import settings
from django.http import FileResponse, HttpResponseNotModified
from django.shortcuts import render
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from resources.files import FORMATS

FILE_NAME = re.compile(r"^(?P<lang>[a-z]{2,3}(?:-[a-z]{2,4})?)\.(?P<fmt>pdf|docx)$")


def source_documents(by_language):
    """Document ids of the default-language files, to tell "still the English file" apart."""
    source = by_language.get(settings.LANGUAGE_CODE)
    if source is None:
        return {}
    return {
        (v.translation_key, fmt): doc.pk for v in source.versions.all() for fmt, doc in v.files()
    }


def serve_file(page, request, filename, label=None):
    """The file `<lang>.<fmt>` of the current version, or of the version `label`. Only a
    version released on or before today is served (a draft, withdrawn or future version
    is not), and never a file in another language than the one asked for."""
    match = FILE_NAME.match(filename)
    if match is None:
        return not_found(page, request, "bad_file")
    lang, fmt = match["lang"], match["fmt"]
    by_language = page.translations_with_files()
    tool = by_language.get(lang)
    if tool is None:
        return not_found(page, request, "language", by_language=by_language, lang=lang)
    released = tool.released_versions()
    if label is None:
        version = released[0] if released else None
    else:
        version = next((v for v in released if v.label == label), None)
    if version is None:
        return not_found(page, request, "version", by_language=by_language, label=label)
    document = getattr(version, fmt)
    english = source_documents(by_language)
    still_english = (
        lang != settings.LANGUAGE_CODE
        and document is not None
        and english.get((version.translation_key, fmt)) == document.pk
    )
    if document is None or still_english:
        # Never serve a file in another language than the one asked for.
        return not_found(
            page, request, "file", by_language=by_language, lang=lang, fmt=fmt, version=version
        )
    etag = quote_etag(getattr(version, f"{fmt}_sha256"))
    last_modified = document.created_at
    if etag in [e.strip() for e in request.headers.get("If-None-Match", "").split(",")]:
        return HttpResponseNotModified(headers={"ETag": etag})
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    if (
        since is not None
        and not request.headers.get("If-None-Match")
        and int(last_modified.timestamp()) <= since
    ):
        return HttpResponseNotModified(headers={"ETag": etag})
    page.count_download(version.label, lang, fmt)
    response = FileResponse(
        document.file.storage.open(document.file.name, "rb"),
        content_type=FORMATS[fmt][1],
        as_attachment=True,
        filename=f"{page.slug}-v{version.label}-{lang}.{fmt}",
    )
    response["Content-Length"] = document.file.size
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "public, max-age=300" if label is None else "public, max-age=86400"
    return response


def not_found(page, request, reason, by_language=None, **details):
    """A 404 that says what exists (released versions of the live, public translations),
    in the visitor's language. Only reached for a live page the visitor may see."""
    by_language = by_language if by_language is not None else page.translations_with_files()
    context = {
        "page": page,
        "reason": reason,
        "by_language": sorted(by_language.items()),
        **details,
    }
    return render(request, "resources/download_not_found.html", context, status=404)
