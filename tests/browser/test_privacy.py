"""Reading any page type contacts no other host and leaves no cookie."""

from urllib.parse import urlparse

from tests.browser.page_types import urls_of_every_page_type


def test_no_third_party_request_and_no_cookie_on_any_page_type(page, live_site):
    live_host = urlparse(live_site.url).netloc
    outside = []

    def guard(route):
        if urlparse(route.request.url).netloc == live_host:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    urls = urls_of_every_page_type()
    assert len(urls) >= 10
    for url in urls:
        page.goto(live_site.url + url)
        page.wait_for_load_state("networkidle")
    assert outside == []
    assert page.context.cookies() == []
