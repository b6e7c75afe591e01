"""axe-core finds no WCAG 2.2 AA violation on any page type, in either language."""

from axe_playwright_python.sync_playwright import Axe

from tests.browser.page_types import urls_of_every_page_type

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_axe_reports_no_violation_on_any_page_type(page, live_site):
    axe = Axe()
    failures = {}
    for url in urls_of_every_page_type():
        page.goto(live_site.url + url)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
        if results.violations_count:
            failures[url] = results.generate_report()
    assert not failures, "\n\n".join(f"{url}\n{report}" for url, report in failures.items())
