"""Images on S3-compatible storage, served through the site.

A page never makes the browser contact the bucket: image URLs are same-origin paths
under MEDIA_URL (the CSP allows images from 'self' only, and a visitor's browser talks
to no other host), and `serve_rendition` streams them from the storage. Only
renditions (`images/`) are served this way; documents go through their own guarded
views (/documents/, a tool's download links). A rendition's name never changes its
bytes (a replaced image gets new renditions), so shared caches may keep them long.
"""

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

RENDITIONS_PREFIX = "images/"
RENDITION_SHARED_SECONDS = 7 * 24 * 3600


class SiteServedS3Storage(S3Storage):
    """S3 storage whose URLs are the site's own paths, not the bucket's."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(self._normalize_name(name))


def serve_rendition(request, path):
    name = posixpath.normpath(path)
    if not name.startswith(RENDITIONS_PREFIX) or name != path or ".." in name.split("/"):
        raise Http404
    try:
        file = default_storage.open(name, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    except Exception as error:  # noqa: BLE001  (botocore's "no such key" has no common base)
        if "NoSuchKey" in repr(error) or "404" in repr(error):
            raise Http404 from error
        raise
    response = FileResponse(file, content_type=mimetypes.guess_type(name)[0])
    directive = f"max-age={RENDITION_SHARED_SECONDS}"
    response["CDN-Cache-Control"] = response["Surrogate-Control"] = directive
    return response
