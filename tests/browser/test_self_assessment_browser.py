"""The self-assessment in Chromium: answered, scored, printed, saved, loaded and compared
without a single request after the page has loaded; and the same without JavaScript."""

import json

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from resources.assessment_scoring import score, scoring_rules
from resources.models import ResourcePage
from tests.browser.test_accessibility import TAGS

URL = "/resources/organisational-self-assessment/assess/"
PATTERN = ["3", "2", "1", "0", "na", "3", "3", "2"]  # varied, to compare both scorers


def rules():
    tool = ResourcePage.objects.get(
        slug="organisational-self-assessment", locale__language_code="en"
    )
    return scoring_rules(tool, tool.current_version())


def answer_all(page, pattern):
    fieldsets = page.locator("fieldset.statement")
    for index in range(fieldsets.count()):
        value = pattern[index % len(pattern)]
        fieldsets.nth(index).locator(f'input[value="{value}"]').check()


def shown_scores(page, where="[data-results]"):
    rows = page.locator(f"{where} tr[data-section]")
    return {
        rows.nth(i).get_attribute("data-section"): rows.nth(i).locator("[data-score]").inner_text()
        for i in range(rows.count())
    }


def expected_scores(pattern):
    data = rules()
    ids = [s["id"] for section in data["sections"] for s in section["statements"]]
    answers = {sid: pattern[i % len(pattern)] for i, sid in enumerate(ids)}
    result = score(data, answers)
    return {s["id"]: f"{s['score']}%" for s in result["sections"]}, f"{result['overall']}%"


def test_answered_scored_printed_saved_loaded_compared_with_no_request(page, live_site, tmp_path):
    page.goto(live_site.url + URL)
    page.wait_for_load_state("networkidle")
    sent = []
    page.on("request", lambda request: sent.append(request.url))
    total = page.locator("fieldset.statement").count()
    assert total >= 20

    # Keyboard: arrow keys move through a statement's radio group.
    page.locator("fieldset.statement").first.locator("input").first.focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("[data-progress]")).to_have_text(f"1 of {total} statements answered")

    # Asking for results with answers missing: an error summary naming them.
    page.get_by_role("button", name="Show my results").click()
    expect(page.locator("[data-error-summary]")).to_be_visible()
    assert page.locator("[data-error-list] li").count() == total - 1

    answer_all(page, PATTERN)
    expect(page.locator("[data-progress]")).to_have_text(f"{total} of {total} statements answered")
    page.get_by_role("button", name="Show my results").click()
    expect(page.locator("[data-results]")).to_be_visible()
    expect(page.locator("[data-error-summary]")).to_be_hidden()
    by_section, overall = expected_scores(PATTERN)
    assert shown_scores(page) == by_section  # the browser and the server agree
    expect(page.locator("[data-results] [data-overall]")).to_have_text(overall)
    expect(page.locator("[data-plan] a").first).to_be_visible()
    assert (
        not Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}}).violations_count
    )

    page.emulate_media(media="print")
    expect(page.locator("[data-questionnaire-form]")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("[data-results]")).to_be_visible()
    expect(page.locator(".report-meta")).to_contain_text("Version 1.0")
    expect(page.locator("h1")).to_contain_text("Self-assessment for men’s nonviolence programs")
    page.emulate_media(media="screen")

    with page.expect_download() as download:
        page.get_by_role("button", name="Save my answers to a file").click()
    first = tmp_path / "first.json"
    download.value.save_as(first)
    saved = json.loads(first.read_text())
    assert saved["version"] == "1.0" and len(saved["answers"]) == total

    page.get_by_role("button", name="Clear my answers").click()
    expect(page.locator("[data-results]")).to_be_hidden()
    assert page.locator("input[type=radio]:checked").count() == 0

    page.set_input_files("[data-open]", str(first))
    expect(page.locator("[data-file-status]")).to_contain_text("first.json loaded")
    assert page.locator("input[type=radio]:checked").count() == total
    page.get_by_role("button", name="Show my results").click()
    assert shown_scores(page) == by_section

    second = tmp_path / "second.json"
    second.write_text(json.dumps({**saved, "answers": {k: "0" for k in saved["answers"]}}))
    page.set_input_files("[data-compare]", [str(first), str(second)])
    expect(page.locator("[data-comparison]")).to_be_visible()
    headers = page.locator("[data-comparison] thead th").all_inner_texts()
    assert headers[1:] == ["first.json", "second.json"]
    expect(page.locator("[data-comparison] [data-overall-row]")).to_contain_text(overall)
    expect(page.locator("[data-comparison] [data-overall-row]")).to_contain_text("0%")

    bad = tmp_path / "notes.json"
    bad.write_text("not answers")
    page.set_input_files("[data-open]", str(bad))
    expect(page.locator("[data-file-status]")).to_contain_text("could not be read")

    assert [url for url in sent if url.startswith("http")] == []
    assert page.context.cookies() == []
    stored = page.evaluate(
        "async () => localStorage.length + sessionStorage.length + (await indexedDB.databases()).length"
    )
    assert stored == 0
    assert page.console_errors == []


def test_without_javascript_the_server_answers_and_keeps_answers_out_of_the_url(browser, live_site):
    context = browser.new_context(java_script_enabled=False, locale="en-US")
    page = context.new_page()
    page.goto(live_site.url + URL)
    expect(page.locator("[data-no-js-note]")).to_be_visible()
    answer_all(page, PATTERN[:-1])
    page.get_by_role("button", name="Show my results").click()
    expect(page.locator("[data-results]")).to_be_visible()
    by_section, overall = expected_scores(PATTERN[:-1])
    assert shown_scores(page) == by_section
    expect(page.locator("[data-results] [data-overall]")).to_have_text(overall)
    assert page.url == live_site.url + URL
    assert context.cookies() == []
    context.close()


def test_missing_answers_without_javascript_get_an_error_summary(browser, live_site):
    context = browser.new_context(java_script_enabled=False, locale="en-US")
    page = context.new_page()
    page.goto(live_site.url + URL)
    page.locator("fieldset.statement").nth(1).locator('input[value="2"]').check()
    page.get_by_role("button", name="Show my results").click()
    expect(page.locator("[data-error-summary]")).to_be_visible()
    expect(page.locator("fieldset.statement").nth(1).locator('input[value="2"]')).to_be_checked()
    assert page.locator("[data-error-summary] li").count() == page.locator("fieldset").count() - 1
    context.close()


def test_the_servers_error_summary_has_no_axe_violation(page, live_site):
    page.goto(live_site.url + URL)
    page.locator("fieldset.statement").nth(1).locator('input[value="2"]').check()
    with page.expect_navigation():
        # submit() skips the script's handler: the server's own error page, as without JS.
        page.evaluate("document.querySelector('[data-questionnaire-form]').submit()")
    expect(page.locator("[data-error-summary]")).to_be_visible()
    assert (
        not Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}}).violations_count
    )


def test_comfortable_on_a_phone(browser, live_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()
    page.goto(live_site.url + URL)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert (
        not Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}}).violations_count
    )
    context.close()
