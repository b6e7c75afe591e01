"""The site's URLs plus routes that fail on purpose, for the error page tests."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from network_site import urls


def forbidden(request):
    raise PermissionDenied


def suspicious(request):
    raise SuspiciousOperation("a request we cannot make sense of")


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [
    *i18n_patterns(
        path("fails/403/", forbidden),
        path("fails/400/", suspicious),
        path("fails/500/", broken),
        prefix_default_language=False,
    ),
    *urls.urlpatterns,
]
handler400 = urls.handler400
handler403 = urls.handler403
handler404 = urls.handler404
handler500 = urls.handler500
