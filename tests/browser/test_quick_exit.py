"""Quick exit: Shift three times leaves at once, without a trace in history or a referrer."""

import re

import pytest

EXIT_HOST = "https://www.google.com/"


@pytest.fixture
def exit_requests(page):
    """Answer the neutral site ourselves (no internet here) and record what reached it."""
    seen = []

    def fulfil(route):
        seen.append(route.request)
        route.fulfill(status=200, content_type="text/html", body="<title>Weather</title>")

    page.route(re.compile(r"^https://www\.google\.com/.*"), fulfil)
    return seen


def history_length(page):
    return page.evaluate("history.length")


def test_shift_three_times_leaves_without_history_or_referrer(page, live_site, exit_requests):
    page.goto(live_site.url + "/about/")
    page.goto(live_site.url + "/partners/")
    length = history_length(page)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(re.compile(r"^https://www\.google\.com/"))
    assert history_length(page) == length  # replaced, not added: Back skips the site
    assert len(exit_requests) == 1
    assert "referer" not in exit_requests[0].headers
    page.go_back()
    assert page.url.endswith("/about/")


def test_shift_with_letters_does_not_leave(page, live_site, exit_requests):
    page.goto(live_site.url + "/")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift+B")
    page.keyboard.press("Shift")
    page.wait_for_timeout(500)
    assert page.url.startswith(live_site.url)
    assert exit_requests == []


@pytest.mark.parametrize(
    ("path", "first", "second"),
    [
        ("/", "Press Shift 2 more times", "Press Shift 1 more time"),
        ("/es/", "Púlsela 2 veces más", "Púlsela 1 vez más"),
    ],
)
def test_status_counts_down_in_the_page_language(
    page, live_site, exit_requests, path, first, second
):
    page.goto(live_site.url + path)
    status = page.locator("[data-quick-exit] [role=status]")
    page.keyboard.press("Shift")
    assert first in status.inner_text()
    page.keyboard.press("Shift")
    assert second in status.inner_text()
    assert page.url.startswith(live_site.url)


def test_exit_button_works_and_focus_is_not_hidden(page, live_site, exit_requests):
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(live_site.url + "/safety/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # the second skip link
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.id")
    assert focused == "quick-exit"
    # Tab through the page: the focused element is never under the sticky bar.
    bar_bottom = page.evaluate(
        "document.querySelector('[data-quick-exit]').getBoundingClientRect().bottom"
    )
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break  # past the last link
        top = page.evaluate("document.activeElement.getBoundingClientRect().top")
        inside_bar = page.evaluate("!!document.activeElement.closest('[data-quick-exit]')")
        where = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        assert inside_bar or top >= bar_bottom - 1, where
    page.locator("#quick-exit").click()
    page.wait_for_url(re.compile(r"^https://www\.google\.com/"))
