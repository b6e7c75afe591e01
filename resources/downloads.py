"""Stable download links, served through our checks, with caching headers and aggregate counts.

<tool>/download/<lang>.<format>        the current version's file
<tool>/v/<label>/<lang>.<format>       one version's file, forever
<tool>/read/                           the tool as a web page
"""

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse, HttpResponseNotModified
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import http_date, parse_http_date_safe, quote_etag
from wagtail.url_routing import RouteResult

from network_site.site_memo import memoised
from resources.files import FORMATS

FILE_NAME = re.compile(r"^(?P<lang>[a-z]{2,3}(?:-[a-z]{2,4})?)\.(?P<fmt>pdf|docx)$")
LABEL = re.compile(r"^[\w.\-]{1,20}$")


def route_resource(page, request, components):
    if components == ["read"]:
        return RouteResult(page, kwargs={"resource_route": "read"})
    if len(components) == 2 and components[0] == "download":
        return RouteResult(page, kwargs={"resource_route": "file", "filename": components[1]})
    if len(components) == 3 and components[0] == "v" and LABEL.match(components[1]):
        return RouteResult(
            page,
            kwargs={"resource_route": "file", "label": components[1], "filename": components[2]},
        )
    return None


def serve_resource_route(page, request, resource_route, filename=None, label=None):
    if resource_route == "read":
        if not page.reading_version:
            return not_found(page, request, "no_reading_version")
        return render(request, "resources/reading_version.html", {"page": page})
    match = FILE_NAME.match(filename or "")
    if match is None:
        return not_found(page, request, "bad_file")
    return serve_file(page, request, match["lang"], match["fmt"], label)


def language_versions(page):
    """Each live translation of the tool by language, versions prefetched (fixed queries),
    once per content change. Shared between requests: read, never changed. Which version
    is current is still decided per request (release dates)."""
    return memoised(("language-versions", page.translation_key), lambda: _language_versions(page))


def _language_versions(page):
    from django.db.models import Prefetch

    from resources.models import ResourcePage, ResourceVersion

    translations = (
        ResourcePage.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
        .prefetch_related(
            Prefetch("versions", queryset=ResourceVersion.objects.select_related("pdf", "docx"))
        )
    )
    return {t.locale.language_code: t for t in translations}


def source_documents(by_language):
    """Document ids of the default-language files, to tell "still the English file" apart."""
    from django.conf import settings

    source = by_language.get(settings.LANGUAGE_CODE)
    if source is None:
        return {}
    return {
        (v.translation_key, fmt): doc.pk for v in source.versions.all() for fmt, doc in v.files()
    }


def serve_file(page, request, lang, fmt, label):
    from django.conf import settings

    by_language = language_versions(page)
    tool = by_language.get(lang)
    if tool is None:
        return not_found(page, request, "language", by_language=by_language, lang=lang)
    if label is None:
        version = tool.current_version()
    else:
        version = next((v for v in tool.versions.all() if v.label == label), None)
    if version is None or version.status == "draft":
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
    count_download(page, version.label, lang, fmt)
    response = FileResponse(
        # A file object of this response's own: `document` is shared between requests.
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


def count_download(page, label, lang, fmt):
    """One more download of this file today. No IP, cookie or user agent is stored."""
    from resources.models import DownloadCount

    key = dict(
        resource_id=page.pk,
        version_label=label,
        language=lang,
        file_format=fmt,
        day=timezone.localdate(),
    )
    if DownloadCount.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DownloadCount.objects.create(count=1, **key)
    except IntegrityError:  # another request created it first
        DownloadCount.objects.filter(**key).update(count=F("count") + 1)


def not_found(page, request, reason, by_language=None, **details):
    """A 404 that says what exists, in the visitor's language."""
    by_language = by_language if by_language is not None else language_versions(page)
    context = {
        "page": page,
        "reason": reason,
        "by_language": sorted(by_language.items()),
        **details,
    }
    return render(request, "resources/download_not_found.html", context, status=404)
