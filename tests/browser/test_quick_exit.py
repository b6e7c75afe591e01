"""Quick exit: Shift three times or the button leaves at once through /leave/ (which
clears this site's cache and storage), without a trace in history, title or referrer.

The neutral site is a stand-in on loopback (conftest `neutral_site`): nothing here
reaches the internet."""

import contextlib
import re
import time

import pytest

EXIT_BUDGET_SECONDS = 0.300


def time_presses(page):
    """Timestamps (seconds) of each Shift released and each click, taken by the page itself
    as the visitor's key or click reaches it (Playwright's own overhead left out)."""
    presses = []
    page.expose_function("reportPress", lambda ms: presses.append(ms / 1000))
    page.evaluate(
        """() => {
            addEventListener("keyup", (e) => e.key === "Shift" && reportPress(Date.now()), true);
            addEventListener("click", () => reportPress(Date.now()), true);
        }"""
    )
    return presses


@pytest.fixture
def leave_requests(page, live_site):
    """Every response to /leave/ (read with all_headers(): Playwright's `headers` leaves
    out security headers such as Clear-Site-Data)."""
    seen = []
    page.on("response", lambda response: response.url.endswith("/leave/") and seen.append(response))
    return seen


def history_length(page):
    return page.evaluate("history.length")


def assert_left_cleanly(page, neutral_site, leave_requests, length):
    assert history_length(page) == length  # replaced, not added: Back skips the site
    assert len(leave_requests) == 1
    headers = leave_requests[0].all_headers()
    cleared = headers.get("clear-site-data", "")
    assert '"cache"' in cleared and '"storage"' in cleared
    assert headers["referrer-policy"] == "no-referrer"
    # Once, or twice when the slow-server fallback fires before the neutral page commits.
    # (The neutral page's own favicon request names that page as its referrer: not ours.)
    visits = [a for a in neutral_site.arrivals if not a["path"].startswith("/favicon")]
    assert 1 <= len(visits) <= 2
    for arrival in visits:
        assert "referer" not in {name.lower() for name in arrival["headers"]}


def test_shift_three_times_leaves_through_leave_fast_and_without_a_trace(
    page, live_site, neutral_site, leave_requests
):
    page.goto(live_site.url + "/about/")
    page.goto(live_site.url + "/partners/")
    length = history_length(page)
    presses = time_presses(page)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(neutral_site.url, wait_until="commit")
    elapsed = neutral_site.arrivals[0]["at"] - presses[2]
    print(f"quick exit: third Shift to the neutral site in {elapsed * 1000:.0f} ms")
    assert elapsed < EXIT_BUDGET_SECONDS
    assert_left_cleanly(page, neutral_site, leave_requests, length)
    page.go_back()
    assert page.url.endswith("/about/")


def test_the_tab_is_blank_and_the_page_hidden_while_leaving(page, live_site, neutral_site):
    page.goto(live_site.url + "/partners/")
    seen = []
    page.expose_function("reportLeaving", lambda state: seen.append(state))
    # Read the tab the moment quick exit starts, before the page is gone.
    page.evaluate(
        """() => new MutationObserver(() => window.reportLeaving({
            title: document.title.trim(),
            icons: [...document.querySelectorAll("link[rel~='icon']")]
                .filter((link) => !link.href.startsWith("data:")).length,
            visibility: getComputedStyle(document.body).visibility,
        })).observe(document.documentElement, {attributes: true, attributeFilter: ["class"]})"""
    )
    page.locator("#quick-exit").click()
    page.wait_for_url(neutral_site.url)
    assert seen and seen[0] == {"title": "", "icons": 0, "visibility": "hidden"}


def test_quick_exit_goes_straight_to_the_neutral_site_if_we_are_slow(page, live_site, neutral_site):
    page.goto(live_site.url + "/partners/")

    def answer_late(route):
        time.sleep(3)  # the browser goes on meanwhile: its timer is not ours to block
        with contextlib.suppress(Exception):  # the browser gave up on this request
            route.fulfill(status=204)

    page.route(re.compile(r".*/leave/$"), answer_late)
    page.locator("#quick-exit").click()
    page.wait_for_url(neutral_site.url, timeout=10000)
    assert neutral_site.arrivals


def test_shift_with_letters_does_not_leave(page, live_site, neutral_site):
    page.goto(live_site.url + "/")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift+B")
    page.keyboard.press("Shift")
    page.wait_for_timeout(500)
    assert page.url.startswith(live_site.url)
    assert neutral_site.arrivals == []


@pytest.mark.parametrize(
    ("path", "first", "second"),
    [
        ("/", "Press Shift 2 more times", "Press Shift 1 more time"),
        ("/es/", "Púlsela 2 veces más", "Púlsela 1 vez más"),
    ],
)
def test_status_counts_down_in_the_page_language(page, live_site, path, first, second):
    page.goto(live_site.url + path)
    status = page.locator("[data-quick-exit] [role=status]")
    page.keyboard.press("Shift")
    assert first in status.inner_text()
    page.keyboard.press("Shift")
    assert second in status.inner_text()
    assert page.url.startswith(live_site.url)


def test_exit_button_works_and_focus_is_not_hidden(page, live_site, neutral_site, leave_requests):
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(live_site.url + "/about/")
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
    length = history_length(page)  # the skip link added an entry (#quick-exit)
    presses = time_presses(page)
    page.locator("#quick-exit").click()
    page.wait_for_url(neutral_site.url, wait_until="commit")
    elapsed = neutral_site.arrivals[0]["at"] - presses[-1]
    print(f"quick exit: button to the neutral site in {elapsed * 1000:.0f} ms")
    assert elapsed < EXIT_BUDGET_SECONDS
    assert_left_cleanly(page, neutral_site, leave_requests, length)


def test_the_button_works_without_javascript(browser, live_site, neutral_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site.url + "/partners/")
    page.locator("#quick-exit").click()
    page.wait_for_url(neutral_site.url)
    assert "referer" not in {name.lower() for name in neutral_site.arrivals[0]["headers"]}
    context.close()
