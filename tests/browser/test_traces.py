"""What a visit leaves on a watched device, in a real Chromium with a persistent profile:
no page of ours in its disk cache, nothing in web storage, no service worker, no
manifest; search words in neither the address nor the title."""

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.page_types import urls_of_every_page_type

STORAGE_STATE = """async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    manifest: document.querySelectorAll("link[rel=manifest]").length,
})"""
NOTHING_STORED = {
    "local": 0,
    "session": 0,
    "indexedDB": [],
    "caches": [],
    "workers": 0,
    "manifest": 0,
}


def every_page_kind():
    """Every page type in both languages, past events, a 404, and each tool's reading
    version (the routes that are not pages of their own)."""
    from resources.models import ResourcePage

    urls = urls_of_every_page_type()
    for tool in ResourcePage.objects.live().public().exclude(reading_version=[]):
        urls.append(tool.get_url() + "read/")
    return urls


def search_by_form(page, base, prefix, words):
    page.goto(f"{base}{prefix}/search/")
    page.fill("#search-q", words)
    page.locator("form[role=search] button[type=submit]").click()
    page.wait_for_load_state()


def cached_urls(profile):
    """The URL of every entry in the profile's disk cache (Chromium's simple cache: each
    entry file starts with a 24-byte header whose bytes 12-15 give the key's length; the
    key ends with the URL)."""
    urls = []
    for entry in (profile / "Default" / "Cache" / "Cache_Data").glob("*_0"):
        data = entry.read_bytes()
        length = int.from_bytes(data[12:16], "little")
        urls.append(data[24 : 24 + length].decode("latin-1").split(" ")[-1])
    return urls


def test_a_visit_leaves_no_page_in_the_cache_and_nothing_in_storage(
    playwright_session, live_site, tmp_path
):
    profile = tmp_path / "profile"
    urls = every_page_kind()
    assert len(urls) >= 20  # both languages
    context = playwright_session.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    page = context.new_page()
    for url in urls:
        page.goto(live_site.url + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate(STORAGE_STATE) == NOTHING_STORED, url
    for prefix, words in (("", "accountability"), ("/es", "sanación")):
        search_by_form(page, live_site.url, prefix, words)
        assert page.evaluate(STORAGE_STATE) == NOTHING_STORED
    assert context.cookies() == []
    context.close()
    cached = cached_urls(profile)
    # The cache works: files served without our headers (the test server's own static
    # handler) are in it, so a page of ours would be too if it were kept.
    assert any(url.startswith(f"{live_site.url}/static/") for url in cached), cached
    ours = {live_site.url + url for url in [*urls, "/search/", "/es/search/"]}
    kept_pages = sorted(ours & {url.split("?")[0] for url in cached})
    print(f"disk cache: {len(cached)} entries, {len(kept_pages)} of them pages of ours")
    assert kept_pages == []


def test_searching_by_form_leaves_no_word_in_the_address_or_title(page, live_site):
    length = page.evaluate("history.length")
    search_by_form(page, live_site.url, "/es", "sanación")
    assert page.locator(".search-results li").count() > 0
    assert "sanaci" not in page.url and "q=" not in page.url
    assert "sanaci" not in page.title().lower()
    assert page.evaluate("history.length") == length + 2  # the form, then its results


def test_a_shared_search_link_still_finds_results(page, live_site):
    page.goto(live_site.url + "/search/?q=accountability")
    assert page.locator(".search-results li").count() > 0
