"""The video host hears nothing until the visitor presses play, then exactly one request."""

from urllib.parse import urlparse


def test_video_host_is_contacted_only_on_play(page, live_site):
    live_host = urlparse(live_site.url).netloc
    requests = []

    def record(route):
        url = route.request.url
        requests.append(url)
        if urlparse(url).netloc == live_host:
            route.continue_()
        else:  # no internet here: answer for the video host ourselves
            route.fulfill(status=200, content_type="text/html", body="<p>player</p>")

    page.route("**/*", record)
    page.goto(live_site.url + "/partners/faith-in-the-valley/video/")
    page.wait_for_load_state("networkidle")
    assert all(urlparse(url).netloc == live_host for url in requests), requests
    assert page.locator("iframe").count() == 0

    before = len(requests)
    page.get_by_role("button", name="Play video (connects to YouTube)").click()
    page.wait_for_selector("iframe")
    page.wait_for_timeout(300)
    outside = [url for url in requests[before:] if urlparse(url).netloc != live_host]
    assert len(outside) == 1, outside
    assert outside[0].startswith("https://www.youtube-nocookie.com/embed/aBcDeFgHiJk")
    assert page.locator("iframe").count() == 1
    assert page.console_errors == []
