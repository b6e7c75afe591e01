"""Security and privacy headers for every response.

Public pages get a strict policy: our own scripts and styles only, frames only
from the two video players (created when a visitor presses play), never framed
themselves. The Wagtail admin needs inline scripts and styles, and frames its
own previews, so it gets a looser policy scoped to /admin/.

Referrer-Policy is no-referrer, except on the admin and on any page with a form
(one that used a CSRF token): there it is same-origin, because browsers send
`Origin: null` when posting from a no-referrer page, which Django's CSRF check
must refuse. same-origin still sends nothing to any other site.

Browsers keep nothing we send (`Cache-Control: no-store, private`): pages, search,
errors, feeds, downloads, and our own CSS, JS and images too, because a disk-cache entry
names this site's host whatever the file is (README, "Visitor safety", has the cost in
bytes). This middleware sits outside the page cache, so the page cache decides what to
store before this header exists; shared caches get their own directive (CDN-Cache-Control).
The admin's own static files (large, for trained staff) keep WhiteNoise's caching.
"""

from pathlib import Path

from django.conf import settings

PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
# A preview is the public page, rendered through the middleware for a page address
# (Wagtail's make_preview_request), inside the admin's preview panel: the admin frames it.
PREVIEW_CSP = PUBLIC_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'")
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
)


BROWSERS_KEEP_NOTHING = "no-store, private"


def public_static_prefixes():
    """Static folders of our own (static_src/css, js, img): what public pages load."""
    return tuple(
        f"{settings.STATIC_URL}{folder.name}/"
        for directory in settings.STATICFILES_DIRS
        for folder in Path(directory).iterdir()
        if folder.is_dir()
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"
        self.public_static = public_static_prefixes()

    def kept_by_browsers(self, request, is_admin):
        """Only the admin and the admin's static files may be cached by a browser."""
        if is_admin:
            return True
        path = request.path
        return path.startswith(settings.STATIC_URL) and not path.startswith(self.public_static)

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(self.admin_prefix)
        if not self.kept_by_browsers(request, is_admin):
            response["Cache-Control"] = BROWSERS_KEEP_NOTHING
            response.headers.pop("Expires", None)
        # Set by Wagtail's preview view, before this middleware sees the response.
        is_preview = getattr(request, "is_preview", False)
        public_csp = PREVIEW_CSP if is_preview else PUBLIC_CSP
        response.setdefault("Content-Security-Policy", ADMIN_CSP if is_admin else public_csp)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        has_form = is_admin or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        response.setdefault(
            "Referrer-Policy", "same-origin" if has_form else settings.SECURE_REFERRER_POLICY
        )
        response.setdefault("X-Content-Type-Options", "nosniff")
        # The admin frames its own previews; nobody frames public pages.
        response["X-Frame-Options"] = "SAMEORIGIN" if is_admin or is_preview else "DENY"
        return response
