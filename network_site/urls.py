from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as wagtail_serve

from home.translation_guards import convert_to_alias_if_reviewer
from network_site import search, views
from network_site.same_origin import same_origin_posts_only

urlpatterns = [
    # Before the admin's own route for it: translators must not publish by converting.
    path(
        "admin/localize/page/<int:page_id>/convert_to_alias/",
        convert_to_alias_if_reviewer,
        name="convert_to_alias_if_reviewer",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English at /, every other language under its prefix (/es/...).
urlpatterns += i18n_patterns(
    path("search/", search.search, name="search"),
    path("evaluate/", include("evaluations.urls")),
    # Files a page serves itself (events.ics, download/es.pdf) have no trailing slash.
    re_path(r"^(?P<path>(?:[\w\-.]+/)*)(?P<filename>[\w\-]+\.(?:ics|pdf|docx))$", views.page_file),
    # A tool's self-assessment posts without a CSRF cookie (it sets none): same-origin only.
    re_path(r"^(?P<path>(?:[\w\-]+/)+assess/)$", same_origin_posts_only(wagtail_serve)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "network_site.views.page_not_found"
handler500 = "network_site.views.server_error"
