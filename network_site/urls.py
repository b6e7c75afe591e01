from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as wagtail_serve

from home.views import leave
from network_site import media, search, views
from network_site.same_origin import same_origin_posts_only

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Image renditions from the media storage (S3 or files), served same-origin.
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>images/.+)$", media.serve_rendition),
    # Quick exit's way out, the same in every language.
    path("leave/", leave, name="leave"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English at /, every other language under its prefix (/es/...).
urlpatterns += i18n_patterns(
    path("search/", search.search, name="search"),
    path("evaluate/", include("evaluations.urls")),
    # Files a page serves itself (events.ics, download/es.pdf) have no trailing slash;
    # the view only hands the path to Wagtail's serve, which routes it (views.page_file).
    re_path(r"^(?P<path>(?:[\w\-.]+/)*)(?P<filename>[\w\-]+\.(?:ics|pdf|docx))$", views.page_file),
    # A tool's self-assessment posts without a CSRF cookie (it sets none): same-origin only.
    re_path(r"^(?P<path>(?:[\w\-]+/)+assess/)$", same_origin_posts_only(wagtail_serve)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "network_site.views.bad_request"
handler403 = "network_site.views.permission_denied"
handler404 = "network_site.views.page_not_found"
handler500 = "network_site.views.server_error"
