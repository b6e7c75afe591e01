"""Browsers are told to keep nothing of ours: a watched device's cache must not name us."""

import pytest

pytestmark = pytest.mark.django_db
GUIDE = "/resources/facilitators-guide-mens-circles/"
EVERYTHING_A_VISITOR_LOADS = [
    "/",
    "/es/",
    "/partners/ryse-center/",
    "/events/",
    "/events/past/",
    "/events/feed.ics",
    "/es/safety/",
    GUIDE,
    GUIDE + "download/en.pdf",
    "/search/?q=healing",
    "/sitemap.xml",
    "/robots.txt",
    "/no-such-page/",
    "/es/no-such-page/",
    "/static/css/site.css",
    "/static/js/quick-exit.js",
    "/static/img/favicon.svg",
]


@pytest.mark.parametrize("url", EVERYTHING_A_VISITOR_LOADS)
def test_browsers_keep_nothing_a_visitor_loads(client, url):
    response = client.get(url)
    response.close()  # files are streamed
    assert response.status_code in (200, 404), url
    assert response["Cache-Control"] == "no-store, private"
    assert "Expires" not in response.headers


def test_the_page_cache_still_stores_what_browsers_may_not_keep(client, settings):
    from network_site import page_store

    settings.PAGE_CACHE_SECONDS = 600
    page_store.purge_everything()
    assert client.get("/partners/")["X-Page-Cache"] == "miss"
    again = client.get("/partners/")
    assert again["X-Page-Cache"] == "hit"
    assert again["Cache-Control"] == "no-store, private"


def test_the_admin_keeps_its_own_caching(client):
    # Staff load megabytes of admin scripts; their caching is the admin's business.
    response = client.get("/static/wagtailadmin/js/core.js")
    assert response.status_code == 200
    response.close()
    assert response.get("Cache-Control") != "no-store, private"
